/**
 * Size limits that keep analysis bounded on hostile pages. A 5 MB page must not hang the tab:
 * text beyond these caps is not scanned, and the engine says so in a notice.
 */

/** Characters scanned per text source (a job description, one message, one card digest). */
export const MAX_SOURCE_CHARS = 200_000;

/** Characters scanned per page, over all its text sources together. */
export const MAX_PAGE_CHARS = 1_000_000;

/** Matches kept per pattern per text source; more add nothing to a finding but cost memory. */
export const MAX_HITS_PER_PATTERN = 500;

/** Characters a pattern's `widen` may add on each side of a match (an address's local part is ≤ 64). */
export const MAX_WIDEN = 64;

/** Evidence items kept per finding (the first ones in page order). */
export const MAX_EVIDENCE = 5;

/** Of those, slots kept for fact evidence when a finding also has many text matches. */
export const RESERVED_FACT_EVIDENCE = 2;

/** Deeper condition trees are refused: no real rule needs them, and evaluation recurses. */
export const MAX_CONDITION_DEPTH = 24;
