/**
 * Where the shared fixtures and seeds live: `../shared/` beside the checkout (CI puts it
 * there). Tests read them in place; they are never copied into the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED_DIR = resolve(REPO_ROOT, '..', 'shared');

if (!existsSync(SHARED_DIR)) {
  throw new Error(`../shared not found beside the checkout (looked in ${SHARED_DIR})`);
}

/** Absolute path of a file under ../shared/. */
export function sharedPath(...parts: string[]): string {
  return join(SHARED_DIR, ...parts);
}

export function readShared(...parts: string[]): string {
  return readFileSync(sharedPath(...parts), 'utf8');
}

/** Parses a JSON Lines file under ../shared/. */
export function readSharedJsonl<T = unknown>(...parts: string[]): T[] {
  return readShared(...parts)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}
