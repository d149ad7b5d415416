/**
 * Readable text of a DOM subtree, close to what a person sees: `<br>` becomes a newline,
 * block elements are separated by newlines, scripts and styles are skipped.
 *
 * The walk is iterative (no recursion) and capped in nodes visited and characters
 * produced, so a huge or 10,000-deep page costs bounded work and cannot overflow the stack.
 * `textContent` / `innerText` are avoided on purpose: some DOM implementations compute
 * them recursively.
 */

/** Nodes visited at most per call. */
export const MAX_TEXT_NODES = 200_000;
/** Characters produced at most per call. */
export const MAX_TEXT_CHARS = 100_000;

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE',
  'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'CAPTION',
]);
const CELL_TAGS = new Set(['TD', 'TH']);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'HEAD', 'TITLE']);

export interface TextOptions {
  /**
   * 'normal' collapses every run of white space to one space (ordinary HTML);
   * 'pre-line' keeps newlines written in the text (user text shown with pre-wrap).
   */
  whitespace?: 'normal' | 'pre-line';
  /** Subtrees for which this returns true are left out (e.g. tags inside a title link). */
  skip?: (element: Element) => boolean;
  maxNodes?: number;
  maxChars?: number;
}

/** HTML white space (U+3000 and other Unicode spaces are text, as in innerText). */
const HTML_SPACE_RUN = /[ \t\n\r\f]+/g;
const BLANK = /^[ \t\n\r\f]*$/;

/**
 * Collects pieces. Block boundaries are "required line breaks" as in innerText: several in
 * a row count once (two for a paragraph), and blank text between blocks adds nothing.
 */
class TextSink {
  private readonly parts: string[] = [];
  private length = 0;
  private pending = 0;
  private started = false;
  constructor(private readonly maxChars: number) {}
  get full(): boolean {
    return this.length >= this.maxChars;
  }
  private write(piece: string): void {
    if (this.full) return;
    const room = this.maxChars - this.length;
    const kept = piece.length > room ? piece.slice(0, room) : piece;
    this.parts.push(kept);
    this.length += kept.length;
  }
  private flush(): void {
    if (this.pending > 0 && this.started) this.write('\n'.repeat(this.pending));
    this.pending = 0;
  }
  breaks(count: number): void {
    if (this.started) this.pending = Math.max(this.pending, count);
  }
  lineBreak(): void {
    this.flush();
    this.write('\n');
    this.started = true;
  }
  text(piece: string): void {
    if (!piece) return;
    if (BLANK.test(piece)) {
      if (this.started && this.pending === 0) this.write(' ');
      return;
    }
    this.flush();
    this.write(piece);
    this.started = true;
  }
  result(): string {
    return this.parts
      .join('')
      .replace(/[ \t\f]*\n[ \t\f]*/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .replace(/^[ \t\n\r\f]+|[ \t\n\r\f]+$/g, '');
  }
}

function textPiece(raw: string, mode: 'normal' | 'pre-line', preformatted: boolean): string {
  const unified = raw.replace(/\r\n?/g, '\n');
  if (preformatted) return unified;
  // Blank text between elements is layout, not content, in either mode.
  if (mode === 'pre-line' && !BLANK.test(unified)) return unified.replace(/[ \t\f]+/g, ' ');
  return unified.replace(HTML_SPACE_RUN, ' ');
}

/**
 * The readable text of `root` (see the module comment). Returns '' for null.
 */
export function textOf(root: Node | null | undefined, options: TextOptions = {}): string {
  if (!root) return '';
  const mode = options.whitespace ?? 'normal';
  const maxNodes = options.maxNodes ?? MAX_TEXT_NODES;
  const sink = new TextSink(options.maxChars ?? MAX_TEXT_CHARS);
  let preDepth = 0;
  let visited = 0;

  const enter = (node: Node): boolean => {
    if (node.nodeType === 3) {
      sink.text(textPiece(node.nodeValue ?? '', mode, preDepth > 0));
      return false;
    }
    if (node.nodeType !== 1) return false;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || (options.skip && node !== root && options.skip(element))) return false;
    if (tag === 'BR') {
      sink.lineBreak();
      return false;
    }
    if (BLOCK_TAGS.has(tag)) sink.breaks(tag === 'P' ? 2 : 1);
    if (tag === 'PRE' || tag === 'TEXTAREA') preDepth += 1;
    return true;
  };
  const leave = (element: Element): void => {
    const tag = element.tagName.toUpperCase();
    if (tag === 'PRE' || tag === 'TEXTAREA') preDepth -= 1;
    if (BLOCK_TAGS.has(tag)) sink.breaks(tag === 'P' ? 2 : 1);
    else if (CELL_TAGS.has(tag)) sink.text(' ');
  };

  if (!enter(root)) return sink.result();
  let node: Node | null = root.firstChild;
  if (!node && root.nodeType === 1) leave(root as Element);
  while (node && visited < maxNodes && !sink.full) {
    visited += 1;
    const entered = enter(node);
    if (entered && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (entered) leave(node as Element);
    // Climb until a next sibling exists, closing every element left behind.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node.nodeType === 1) leave(node as Element);
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  return sink.result();
}

/** Text of an element on one line (titles, labels, names). */
export function lineOf(root: Node | null | undefined, options: Omit<TextOptions, 'whitespace'> = {}): string {
  return textOf(root, { ...options, whitespace: 'normal', maxChars: options.maxChars ?? 2_000 })
    .replace(HTML_SPACE_RUN, ' ')
    .trim();
}
