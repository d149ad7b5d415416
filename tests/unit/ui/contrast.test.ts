import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../shared';

/** The colour tokens of components/theme.css: light (`:root`) and dark (the media query). */
function tokens(): { light: Record<string, string>; dark: Record<string, string> } {
  const css = readFileSync(join(REPO_ROOT, 'components', 'theme.css'), 'utf8');
  const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
  const read = (block: string) =>
    Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
  const darkEnd = css.indexOf('}\n}', darkStart);
  return { light: read(css.slice(0, darkStart)), dark: read(css.slice(darkStart, darkEnd)) };
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** [foreground, background, minimum ratio]: text needs 4.5:1, borders and focus rings 3:1. */
const PAIRS: [string, string, number][] = [
  ['fg', 'bg', 4.5],
  ['fg', 'card-bg', 4.5],
  ['muted', 'bg', 4.5],
  ['muted', 'card-bg', 4.5],
  ['link', 'bg', 4.5],
  ['link', 'card-bg', 4.5],
  ['button-fg', 'button-bg', 4.5],
  ['ok', 'bg', 4.5],
  ['bg', 'danger-fg', 4.5],
  ['bg', 'warning-fg', 4.5],
  ['bg', 'info-fg', 4.5],
  ['danger-fg', 'bg', 4.5],
  ['danger-fg', 'danger-bg', 4.5],
  ['fg', 'danger-bg', 4.5],
  ['fg', 'warning-bg', 4.5],
  ['fg', 'info-bg', 4.5],
  ['muted', 'warning-bg', 4.5],
  ['warning-fg', 'bg', 4.5],
  ['info-fg', 'bg', 4.5],
  ['border', 'bg', 3],
  ['focus', 'bg', 3],
  ['focus', 'card-bg', 3],
];

describe('theme colours (WCAG AA)', () => {
  const { light, dark } = tokens();

  it('defines every token in both schemes', () => {
    expect(Object.keys(dark).sort()).toEqual(Object.keys(light).sort());
    expect(Object.keys(light).length).toBeGreaterThan(10);
  });

  for (const [scheme, palette] of Object.entries({ light, dark })) {
    it(`meets the contrast minimums in ${scheme} mode`, () => {
      for (const [fg, bg, min] of PAIRS) {
        expect(contrast(palette[fg]!, palette[bg]!), `${scheme}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(min);
      }
    });
  }
});
