/**
 * Reading and writing a stored item in an extension page. What is read is validated with
 * zod; a value that fails is moved aside (./backups.ts) and the fallback is used, so one bad
 * write can never break the pages or silently lose the user's data. What is written is
 * validated first, so the pages never store a value they would later reject.
 */
import type { z } from 'zod';
import { moveAside } from './backups';
import type { StoredItemName } from './keys';

/** The part of a WXT storage item this reader uses. */
interface ReadableItem {
  key: string;
  getValue(): Promise<unknown>;
  getMeta(): Promise<object>;
}

interface WritableItem<T> {
  setValue(value: T): Promise<void>;
}

export interface LoadResult<T> {
  value: T;
  /** Backup key when the stored value was invalid and moved aside, else null. */
  movedAsideTo: string | null;
}

function issueText(issue: z.core.$ZodIssue): string {
  const params = issue.code === 'custom' ? (issue.params as Record<string, unknown> | undefined) : undefined;
  return params?.reason ? `${String(params.reason)} ${JSON.stringify(params)}` : issue.message;
}

/** Zod issues as short `path: message` lines, for whoever reads a backup. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.slice(0, 20).map((i) => `${i.path.map(String).join('.') || '(root)'}: ${issueText(i)}`);
}

/** Reads, validates and, when invalid, moves the stored value aside and returns `fallback()`. */
export async function loadValidated<T>(
  name: StoredItemName,
  item: ReadableItem,
  schema: z.ZodType<T>,
  fallback: () => T,
): Promise<LoadResult<T>> {
  const raw: unknown = await item.getValue();
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { value: parsed.data, movedAsideTo: null };
  const meta = (await item.getMeta()) as { v?: unknown };
  const version = typeof meta.v === 'number' ? meta.v : 1;
  const movedAsideTo = await moveAside(name, item.key, version, raw, describeIssues(parsed.error.issues));
  return { value: fallback(), movedAsideTo };
}

/** Validates `value` (throws a ZodError when invalid) and stores the parsed result. */
export async function saveValidated<T>(item: WritableItem<T>, schema: z.ZodType<T>, value: unknown): Promise<T> {
  const parsed = schema.parse(value);
  await item.setValue(parsed);
  return parsed;
}
