/**
 * Typed reads of untrusted parsed JSON, one field at a time: each returns the value when it
 * has the expected type and undefined otherwise (numbers keep an explicit null: on the sites
 * it means "none yet", e.g. no rating). Pure, no DOM and no zod, so the content script and
 * the stored-value readers use it too.
 */
export type JsonRecord = Record<string, unknown>;

/** True for a plain object: not an array, not null. */
export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A plain object (not an array, not null), or undefined. */
export function record(value: unknown): JsonRecord | undefined {
  return isRecord(value) ? value : undefined;
}

/** An own field of an object (never one inherited from its prototype). */
export function field(parent: JsonRecord | undefined, key: string): unknown {
  return parent !== undefined && Object.hasOwn(parent, key) ? parent[key] : undefined;
}

export function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function flag(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

/** An id as the sites write them: a number or a string. */
export function identifier(value: unknown): string | number | undefined {
  return typeof value === 'string' || typeof value === 'number' ? value : undefined;
}

/** A number or a numeric string ("1,234"); null stays null. */
export function numeric(value: unknown): string | number | null | undefined {
  return value === null || typeof value === 'string' || typeof value === 'number' ? value : undefined;
}

export function list(value: unknown): unknown[] | undefined {
  return Array.isArray(value) ? value : undefined;
}
