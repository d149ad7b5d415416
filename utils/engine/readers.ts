/**
 * Readers: which texts a pattern may be looked for in — a text kind, and whether the text is
 * the signed-in user's own message. Each reader gets its own matcher, so a thread's own
 * messages are not searched for what only the other party's messages are checked for.
 */
import { TEXT_KINDS, type TextKind } from '../facts';

/**
 * Who wrote a text, as far as conditions care: the signed-in user ('own', a message with
 * own === true) or anyone else (every other text).
 */
export type Authorship = 'own' | 'other';

/** A reader as a string key: `${kind}/${authorship}`. */
export type ReaderKey = `${TextKind}/${Authorship}`;

/** The matcher key of a text source. */
export function readerKey(kind: TextKind, own: boolean | null | undefined): ReaderKey {
  return `${kind}/${own === true ? 'own' : 'other'}`;
}

/** Every reader. */
export const ALL_READERS: readonly ReaderKey[] = TEXT_KINDS.flatMap((kind) => [
  `${kind}/own` as const,
  `${kind}/other` as const,
]);

/** The readers a text condition reads: its kinds (default all) times its author (default any). */
export function readersOf(kinds: readonly TextKind[] | undefined, author: 'own' | 'other' | 'any'): ReaderKey[] {
  const chosen = kinds && kinds.length > 0 ? kinds : TEXT_KINDS;
  const authorships: readonly Authorship[] = author === 'any' ? ['own', 'other'] : [author];
  return chosen.flatMap((kind) => authorships.map((a): ReaderKey => `${kind}/${a}`));
}
