/**
 * Evidence highlights through the CSS Custom Highlight API: the page's DOM is never changed
 * (no wrapping <mark>s that a site's framework could trip over), and highlights cost no
 * layout. Browsers without the API simply get no highlight; the side panel still lists the
 * phrase. One <style> element carries the ::highlight colours.
 */
import type { Severity } from '../severity';

const NAMES: Record<Severity | 'flash', string> = {
  danger: 'omamori-danger',
  warning: 'omamori-warning',
  info: 'omamori-info',
  flash: 'omamori-flash',
};

const STYLE = `
::highlight(omamori-danger) { background-color: rgba(179, 38, 30, 0.22); text-decoration: underline 2px #b3261e; }
::highlight(omamori-warning) { background-color: rgba(230, 140, 0, 0.25); text-decoration: underline 2px #8a4b00; }
::highlight(omamori-info) { text-decoration: underline dotted 2px #1f5fa8; }
::highlight(omamori-flash) { background-color: #ffd54f; color: #000; }
`;

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): void;
}
type HighlightCtor = new (...ranges: Range[]) => { add(range: Range): void };

function api(win: Window): { registry: HighlightRegistry; Highlight: HighlightCtor } | null {
  const css = (win as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (win as unknown as { Highlight?: HighlightCtor }).Highlight;
  return css?.highlights && Highlight ? { registry: css.highlights, Highlight } : null;
}

export interface Highlighter {
  /** Replaces all highlights with these ranges. */
  show(ranges: ReadonlyArray<{ range: Range; severity: Severity }>): void;
  /** Scrolls to a range and flashes it for a moment. */
  flash(range: Range): void;
  clear(): void;
}

export function createHighlighter(doc: Document): Highlighter {
  const win = doc.defaultView;
  const hl = win ? api(win) : null;
  let style: HTMLStyleElement | null = null;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  const ensureStyle = () => {
    if (style?.isConnected) return;
    style = doc.createElement('style');
    style.dataset.omamori = 'highlights';
    style.textContent = STYLE;
    (doc.head ?? doc.documentElement).append(style);
  };

  return {
    show(ranges) {
      if (!hl) return;
      ensureStyle();
      for (const severity of ['danger', 'warning', 'info'] as const) {
        const mine = ranges.filter((r) => r.severity === severity).map((r) => r.range);
        if (mine.length > 0) hl.registry.set(NAMES[severity], new hl.Highlight(...mine));
        else hl.registry.delete(NAMES[severity]);
      }
    },
    flash(range) {
      const target = range.startContainer.parentElement;
      target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      if (!hl) return;
      ensureStyle();
      hl.registry.set(NAMES.flash, new hl.Highlight(range));
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => hl.registry.delete(NAMES.flash), 2000);
    },
    clear() {
      if (hl) for (const name of Object.values(NAMES)) hl.registry.delete(name);
      style?.remove();
      clearTimeout(flashTimer);
    },
  };
}
