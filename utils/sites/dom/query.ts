/**
 * Bounded element lookups for site adapters.
 *
 * Adapters only ever pass *compound* selectors here (one element's tag, classes, attributes;
 * no descendant or child combinators) and scope nested lookups by calling again on the
 * result. That keeps every lookup answerable by `Element.matches` on one element, so when
 * the native `querySelectorAll` cannot cope (some DOM implementations recurse per nesting
 * level and overflow the stack on very deep pages) an iterative walk gives the same answer
 * with a hard cap on the work done.
 */

/** Elements visited at most by one fallback walk. */
export const MAX_WALK_ELEMENTS = 250_000;

/** Results returned at most by one lookup unless the caller asks for fewer. */
export const DEFAULT_RESULT_LIMIT = 10_000;

type Root = Document | Element;

function safeMatches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

function rootElement(root: Root): Element | null {
  return 'documentElement' in root ? root.documentElement : root;
}

/**
 * Walks the descendants of `root` in document order without recursion, calling `visit` on
 * each element until it returns false or the walk cap is reached.
 */
export function walkElements(root: Root, visit: (element: Element) => boolean, cap = MAX_WALK_ELEMENTS): void {
  const top = rootElement(root);
  if (!top) return;
  let visited = 0;
  let node: Element | null = top.firstElementChild;
  if (root !== top && 'documentElement' in root && !visit(top)) return;
  while (node && visited < cap) {
    visited += 1;
    if (!visit(node)) return;
    if (node.firstElementChild) {
      node = node.firstElementChild;
      continue;
    }
    while (node && node !== top && !node.nextElementSibling) node = node.parentElement;
    if (!node || node === top) return;
    node = node.nextElementSibling;
  }
}

/**
 * All descendants of `root` matching one compound selector, in document order, at most
 * `limit`. Never throws: an invalid selector yields an empty list.
 */
export function findAll(root: Root | null | undefined, selector: string, limit = DEFAULT_RESULT_LIMIT): Element[] {
  if (!root) return [];
  try {
    const found = root.querySelectorAll(selector);
    const out: Element[] = [];
    for (let i = 0; i < found.length && out.length < limit; i += 1) {
      const element = found[i];
      if (element) out.push(element);
    }
    return out;
  } catch {
    // Fall through to the bounded walk (native lookup overflowed or the selector is bad).
  }
  const out: Element[] = [];
  walkElements(root, (element) => {
    if (safeMatches(element, selector)) out.push(element);
    return out.length < limit;
  });
  return out;
}

/** The first descendant of `root` matching one compound selector, or null. */
export function findFirst(root: Root | null | undefined, selector: string): Element | null {
  return findAll(root, selector, 1)[0] ?? null;
}

/** The first match of any of the selectors, tried in order (a list of fallbacks). */
export function findFirstOf(root: Root | null | undefined, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = findFirst(root, selector);
    if (found) return found;
  }
  return null;
}

/** Nearest ancestor (or the element itself) matching a compound selector, at most `maxUp` levels up. */
export function closestMatching(element: Element | null, selector: string, maxUp = 64): Element | null {
  let node: Element | null = element;
  for (let level = 0; node && level <= maxUp; level += 1) {
    if (safeMatches(node, selector)) return node;
    node = node.parentElement;
  }
  return null;
}

/** The element's own id attribute lookup, tolerant of documents without getElementById. */
export function byId(doc: Document, id: string): Element | null {
  try {
    return doc.getElementById(id);
  } catch {
    return findFirst(doc, `[id="${id}"]`);
  }
}
