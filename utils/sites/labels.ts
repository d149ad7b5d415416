/**
 * Reading facts by their visible Japanese labels: table rows (th → td), definition lists
 * (dt → dd), and "label value" runs in plain text. Labels outlive the sites' CSS class
 * names, so adapters fall back to these when embedded data is missing.
 */
import { findAll, findFirst } from './dom/query';
import { lineOf } from './dom/text';

/** Rows read at most per document (keeps label lookups bounded on huge pages). */
const MAX_ROWS = 2_000;

/** Folds a label for comparison: no white space, NFKC, no trailing colon. */
export function foldLabel(label: string): string {
  return label.normalize('NFKC').replace(/\s+/g, '').replace(/[:：]$/, '');
}

/** Label → value element pairs found under a root. */
export class LabelledValues {
  private readonly pairs: { label: string; value: Element }[] = [];

  add(label: string, value: Element): void {
    const folded = foldLabel(label);
    if (folded && this.pairs.length < MAX_ROWS) this.pairs.push({ label: folded, value });
  }

  get size(): number {
    return this.pairs.length;
  }

  /** The value element of the first row whose label equals (or else starts with) one of `labels`. */
  element(...labels: string[]): Element | null {
    const wanted = labels.map(foldLabel);
    const exact = this.pairs.find((pair) => wanted.includes(pair.label));
    if (exact) return exact.value;
    return this.pairs.find((pair) => wanted.some((w) => pair.label.startsWith(w)))?.value ?? null;
  }

  /** The label actually found for one of `labels` (useful when the label itself is the fact). */
  label(...labels: string[]): string | null {
    const wanted = labels.map(foldLabel);
    return this.pairs.find((pair) => wanted.some((w) => pair.label.startsWith(w)))?.label ?? null;
  }

  /** The value text (one line) of the first matching row, or null. */
  text(...labels: string[]): string | null {
    const element = this.element(...labels);
    if (!element) return null;
    const text = lineOf(element);
    return text === '' ? null : text;
  }
}

/** Collects th/td rows and dt/dd pairs under `root`. */
export function readLabelledValues(root: Document | Element | null | undefined): LabelledValues {
  const values = new LabelledValues();
  if (!root) return values;
  for (const row of findAll(root, 'tr', MAX_ROWS)) {
    const head = findFirst(row, 'th');
    const cell = findFirst(row, 'td');
    if (head && cell) values.add(lineOf(head), cell);
  }
  for (const term of findAll(root, 'dt', MAX_ROWS)) {
    let next = term.nextElementSibling;
    while (next && next.tagName.toUpperCase() !== 'DD' && next.tagName.toUpperCase() !== 'DT') next = next.nextElementSibling;
    if (next && next.tagName.toUpperCase() === 'DD') values.add(lineOf(term), next);
  }
  return values;
}

/**
 * The value right after a label in plain text: finds each occurrence of `label` (plain
 * indexOf, linear) and tries `value` — a pattern anchored with ^ — on the next `window`
 * characters. Returns the first capture group of the first hit.
 */
export function valueAfterLabel(text: string, label: string, value: RegExp, window = 40): string | null {
  let from = 0;
  for (let hits = 0; hits < 50; hits += 1) {
    const at = text.indexOf(label, from);
    if (at < 0) return null;
    const start = at + label.length;
    const m = value.exec(text.slice(start, start + window));
    if (m) return m[1] ?? m[0];
    from = start;
  }
  return null;
}

/** True/false from whichever of two marker phrases occurs in the text; null when neither does. */
export function flagFromMarkers(text: string, yes: readonly string[], no: readonly string[]): boolean | null {
  // The negative marker wins when both appear (e.g. "本人確認未提出" next to a help link about 本人確認済み).
  if (no.some((marker) => text.includes(marker))) return false;
  if (yes.some((marker) => text.includes(marker))) return true;
  return null;
}
