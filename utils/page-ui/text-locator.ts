/**
 * Finds evidence phrases in the live DOM. The adapters extract text with their own line
 * breaks (<br> → newline, blocks separated), so offsets into extracted text do not map 1:1 to
 * DOM text nodes. Instead we index the page's text nodes once per pass with white space left
 * out, and look each phrase up the same way; the hit maps back to exact (node, offset) pairs.
 */

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
/** Upper bound on indexed characters: a 5 MB page must not freeze the tab. */
const MAX_INDEXED_CHARS = 2_000_000;

export interface TextIndex {
  /** Non-white-space characters of the indexed text nodes, in document order. */
  readonly compact: string;
  /** For each character of `compact`: which node (index into `nodes`) and offset it came from. */
  readonly nodeOf: Uint32Array;
  readonly offsetOf: Uint32Array;
  readonly nodes: readonly Text[];
}

/** Same set as the regex class \s, by code unit, so both sides of a lookup agree. */
function isWhitespace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) || code === 32 || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Indexes the text under `root`, skipping scripts, styles and our own elements. */
export function indexText(root: Node, isOwnElement: (el: Element) => boolean): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const nodes: Text[] = [];
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node) {
      if (node.nodeType === 1) {
        const el = node as Element;
        return SKIPPED_TAGS.has(el.tagName) || isOwnElement(el) ? 2 /* REJECT */ : 3 /* SKIP */;
      }
      return 1; /* ACCEPT */
    },
  });
  let total = 0;
  for (let node = walker.nextNode(); node && total < MAX_INDEXED_CHARS; node = walker.nextNode()) {
    nodes.push(node as Text);
    total += (node as Text).data.length;
  }
  const capacity = Math.min(total, MAX_INDEXED_CHARS);
  const nodeOf = new Uint32Array(capacity);
  const offsetOf = new Uint32Array(capacity);
  const parts: string[] = [];
  let n = 0;
  for (let index = 0; index < nodes.length && n < capacity; index++) {
    const data = nodes[index]!.data;
    let part = '';
    let runStart = -1;
    for (let i = 0; i < data.length && n < capacity; i++) {
      if (isWhitespace(data.charCodeAt(i))) {
        if (runStart >= 0) part += data.slice(runStart, i);
        runStart = -1;
        continue;
      }
      if (runStart < 0) runStart = i;
      nodeOf[n] = index;
      offsetOf[n] = i;
      n++;
      if (n === capacity) {
        part += data.slice(runStart, i + 1);
        runStart = -1;
      }
    }
    if (runStart >= 0) part += data.slice(runStart);
    parts.push(part);
  }
  return { compact: parts.join(''), nodeOf: nodeOf.subarray(0, n), offsetOf: offsetOf.subarray(0, n), nodes };
}

/**
 * The DOM range of the `occurrence`-th appearance (0-based, clamped to the last one) of
 * `phrase` in the index, ignoring white space on both sides; null when absent.
 */
export function locatePhrase(index: TextIndex, phrase: string, occurrence = 0): Range | null {
  const needle = phrase.replace(/\s+/g, '');
  if (!needle) return null;
  let at = -1;
  for (let from = 0, seen = 0; ; seen++) {
    const hit = index.compact.indexOf(needle, from);
    if (hit < 0) break;
    at = hit;
    if (seen >= occurrence) break;
    from = hit + 1;
  }
  if (at < 0) return null;
  const last = at + needle.length - 1;
  const startNode = index.nodes[index.nodeOf[at]!]!;
  const endNode = index.nodes[index.nodeOf[last]!]!;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, index.offsetOf[at]!);
  range.setEnd(endNode, index.offsetOf[last]! + 1);
  return range;
}
