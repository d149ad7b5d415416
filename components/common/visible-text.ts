/**
 * Page text prepared for display. It is always rendered as a text node (never HTML); on top
 * of that, invisible formatting characters are shown as `[U+202E]` so a crafted phrase
 * cannot reorder itself on screen (RTL override) or hide letters (zero-width characters),
 * and very long text is cut.
 */
const INVISIBLE = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

function codePointLabel(char: string): string {
  const hex = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return `[U+${hex}]`;
}

/** `text` with invisible controls made visible, cut to `max` characters (code points). */
export function toVisibleText(text: string, max = 300): string {
  const points = Array.from(text);
  const cut = points.length > max ? `${points.slice(0, max).join('')}…` : text;
  return cut.replace(INVISIBLE, codePointLabel);
}
