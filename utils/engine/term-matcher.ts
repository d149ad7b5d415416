/**
 * Finds every occurrence of many literal terms in one pass over a normalised text.
 *
 * The terms form a trie stored in flat typed arrays (transitions in an open-addressing hash
 * table). The scan reads each character once and tests the pair (this character, next one)
 * against a bitmap of the pairs that start a term (indexed by the low 10 bits of each, so a
 * test is a shift and a load): most positions stop there. Where the bit is set, the exact
 * pair is looked up, and the walk starts at depth 2, bounded by the longest term. So the cost
 * is linear in the text whatever the text is, and overlapping occurrences are all reported.
 *
 * Measured on 500k characters of Japanese prose against the rule set's terms: the bitmap pass
 * costs about twice a bare charCodeAt loop; the whole scan is several times faster than a walk
 * over a trie of Maps, and than one combined alternation regex built from the same trie (V8
 * tries the alternation at every position). A full Aho–Corasick table would be as fast but
 * costs megabytes and milliseconds to build in every page.
 */
import { isWordBoundaryAt } from './word-boundary';

/**
 * Who asked for a term: a pattern (and whether it wants whole ASCII words), or — when `gate`
 * is 0 or more — the regex of that number, for which the term is a required literal.
 */
export interface TermEntry {
  readonly patternId: number;
  readonly wordBoundary: boolean;
  readonly gate: number;
}

/** Receives one occurrence; `start`/`end` are offsets into the scanned (normalised) text. */
export type TermHitSink = (entry: TermEntry, start: number, end: number) => void;

export interface TermMatcher {
  /**
   * Reports every occurrence of every pattern term in `text`, in order of start position, and
   * sets `gatesSeen[gate]` for every gate literal that occurs (no call per occurrence: gate
   * literals such as 契約 occur thousands of times in a long thread).
   */
  scan(text: string, onHit: TermHitSink, gatesSeen?: Uint8Array): void;
}

const EMPTY = -1;

/** Smallest power of two ≥ 2 × n (at least 16): keeps open addressing short. */
function tableSize(n: number): number {
  let size = 16;
  while (size < n * 2) size *= 2;
  return size;
}

/** Bit index of a pair of code units in the pair bitmap (low 10 bits of each). */
const pairBit = (first: number, second: number): number => ((first & 0x3ff) << 10) | (second & 0x3ff);

/** Mixes two 16-bit values into a table slot. */
const mix = (a: number, b: number): number => Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b);

/** Trie transitions node × code unit → node, in open addressing over typed arrays. */
class Transitions {
  private readonly fromNode: Int32Array;
  private readonly viaCode: Int32Array;
  private readonly toNode: Int32Array;
  private readonly mask: number;

  constructor(edges: readonly (readonly [number, number, number])[]) {
    const size = tableSize(edges.length);
    this.mask = size - 1;
    this.fromNode = new Int32Array(size).fill(EMPTY);
    this.viaCode = new Int32Array(size);
    this.toNode = new Int32Array(size);
    for (const [from, code, to] of edges) {
      let slot = mix(from, code) & this.mask;
      while (this.fromNode[slot] !== EMPTY) slot = (slot + 1) & this.mask;
      this.fromNode[slot] = from;
      this.viaCode[slot] = code;
      this.toNode[slot] = to;
    }
  }

  /** The child of `node` by `code`, or -1. */
  next(node: number, code: number): number {
    let slot = mix(node, code) & this.mask;
    for (;;) {
      const from = this.fromNode[slot] as number;
      if (from === EMPTY) return EMPTY;
      if (from === node && this.viaCode[slot] === code) return this.toNode[slot] as number;
      slot = (slot + 1) & this.mask;
    }
  }
}

/**
 * Builds a matcher for the given (already normalised) terms; null when there are none.
 * Works on UTF-16 code units, so astral characters need no special handling.
 */
export function buildTermMatcher(terms: Iterable<readonly [string, TermEntry]>): TermMatcher | null {
  // Build the trie with Maps first; it is flattened below.
  const children: Map<number, number>[] = [new Map()];
  const entriesOf: (TermEntry[] | null)[] = [null];
  let maxLength = 0;
  for (const [term, entry] of terms) {
    if (term.length === 0) continue;
    let node = 0;
    for (let i = 0; i < term.length; i++) {
      const code = term.charCodeAt(i);
      let child = children[node]?.get(code);
      if (child === undefined) {
        child = children.length;
        children.push(new Map());
        entriesOf.push(null);
        children[node]?.set(code, child);
      }
      node = child;
    }
    const entries = (entriesOf[node] ??= []);
    const same = (e: TermEntry) =>
      e.patternId === entry.patternId && e.wordBoundary === entry.wordBoundary && e.gate === entry.gate;
    if (!entries.some(same)) entries.push(entry);
    maxLength = Math.max(maxLength, term.length);
  }
  if (maxLength === 0) return null;

  const edges: [number, number, number][] = [];
  children.forEach((map, from) => map.forEach((to, code) => edges.push([from, code, to])));
  const transitions = new Transitions(edges);
  // Past the first characters most nodes have a single child (the rest of one word): those
  // steps are two array reads instead of a hash lookup.
  const onlyCode = new Int32Array(children.length).fill(EMPTY);
  const onlyChild = new Int32Array(children.length).fill(EMPTY);
  children.forEach((map, node) => {
    if (map.size !== 1) return;
    for (const [code, child] of map) {
      onlyCode[node] = code;
      onlyChild[node] = child;
    }
  });

  // Depth-1 terms (a single character) are found through their own small table.
  const singles = new Map<number, number>();
  // The pairs of code units that start a term, with the depth-2 node they lead to.
  const pairs: [number, number, number][] = [];
  for (const [first, depthOne] of children[0] as Map<number, number>) {
    if (entriesOf[depthOne]) singles.set(first, depthOne);
    for (const [second, depthTwo] of children[depthOne] as Map<number, number>) pairs.push([first, second, depthTwo]);
  }
  const hasSingles = singles.size > 0;
  const isSingle = new Uint8Array(hasSingles ? 0x10000 : 0);
  for (const code of singles.keys()) isSingle[code] = 1;
  const pairBits = new Int32Array(1 << 15);
  const pairSize = tableSize(2 * pairs.length);
  const pairMask = pairSize - 1;
  const pairFirst = new Int32Array(pairSize).fill(EMPTY);
  const pairSecond = new Int32Array(pairSize);
  const pairNode = new Int32Array(pairSize);
  for (const [first, second, node] of pairs) {
    const bit = pairBit(first, second);
    pairBits[bit >> 5] = (pairBits[bit >> 5] as number) | (1 << (bit & 31));
    let slot = mix(first, second) & pairMask;
    while (pairFirst[slot] !== EMPTY) slot = (slot + 1) & pairMask;
    pairFirst[slot] = first;
    pairSecond[slot] = second;
    pairNode[slot] = node;
  }

  // Per node: the pattern entries to report, and the gates to mark.
  const reportOf: (TermEntry[] | null)[] = entriesOf.map((list) => {
    const report = list?.filter((e) => e.gate < 0) ?? [];
    return report.length > 0 ? report : null;
  });
  const gatesOf: (number[] | null)[] = entriesOf.map((list) => {
    const gates = list?.filter((e) => e.gate >= 0).map((e) => e.gate) ?? [];
    return gates.length > 0 ? gates : null;
  });
  const NO_GATES = new Uint8Array(0);

  /** Reports and marks what a node holds, for text[start, end). */
  function emit(node: number, text: string, start: number, end: number, onHit: TermHitSink, seen: Uint8Array): void {
    const gates = gatesOf[node];
    if (gates) for (const gate of gates) seen[gate] = 1;
    const entries = reportOf[node];
    if (!entries) return;
    for (const entry of entries) {
      if (!entry.wordBoundary || isWordBoundaryAt(text, start, end)) onHit(entry, start, end);
    }
  }

  function scan(text: string, onHit: TermHitSink, gatesSeen: Uint8Array = NO_GATES): void {
    const length = text.length;
    const bits = pairBits;
    const singlesToo = hasSingles;
    let next = length > 0 ? text.charCodeAt(0) : 0;
    for (let start = 0; start < length; start++) {
      const first = next;
      next = start + 1 < length ? text.charCodeAt(start + 1) : EMPTY;
      if (singlesToo && isSingle[first] === 1) emit(singles.get(first) as number, text, start, start + 1, onHit, gatesSeen);
      if (next === EMPTY) continue;
      const bit = ((first & 0x3ff) << 10) | (next & 0x3ff);
      if (((bits[bit >> 5] as number) & (1 << (bit & 31))) === 0) continue;
      let slot = mix(first, next) & pairMask;
      let node = EMPTY;
      for (;;) {
        const stored = pairFirst[slot] as number;
        if (stored === EMPTY) break;
        if (stored === first && pairSecond[slot] === next) {
          node = pairNode[slot] as number;
          break;
        }
        slot = (slot + 1) & pairMask;
      }
      if (node === EMPTY) continue;
      const limit = Math.min(length, start + maxLength);
      for (let end = start + 2; ; end++) {
        if (entriesOf[node]) emit(node, text, start, end, onHit, gatesSeen);
        if (end >= limit) break;
        const code = text.charCodeAt(end);
        const only = onlyCode[node] as number;
        if (only === code) node = onlyChild[node] as number;
        else if (only !== EMPTY) break;
        else node = transitions.next(node, code);
        if (node === EMPTY) break;
      }
    }
  }

  return { scan };
}
