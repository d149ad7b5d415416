import { describe, expect, it } from 'vitest';
import { indexText, locatePhrase } from '@/utils/page-ui/text-locator';

function dom(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html; // test fixture markup, not page data
  document.body.replaceChildren(root);
  return root;
}

const notOurs = () => false;

describe('text locator', () => {
  it('finds a phrase split across elements and line breaks, ignoring white space', () => {
    const root = dom('<p>連絡は <b>LINE</b><br>\n ID: ken_090 まで</p>');
    const range = locatePhrase(indexText(root, notOurs), 'LINE ID: ken_090');
    expect(range?.toString()).toBe('LINE\n ID: ken_090');
  });

  it('takes the requested occurrence and clamps to the last one', () => {
    const root = dom('<p>LINE one</p><p>LINE two</p>');
    const index = indexText(root, notOurs);
    expect(locatePhrase(index, 'LINE', 1)?.startContainer.parentElement?.textContent).toBe('LINE two');
    expect(locatePhrase(index, 'LINE', 5)?.startContainer.parentElement?.textContent).toBe('LINE two');
  });

  it('skips scripts, styles and our own elements', () => {
    const root = dom('<script>var LINE=1</script><style>.LINE{}</style><omamori-notice>LINE</omamori-notice><p>no match</p>');
    const index = indexText(root, (el) => el.tagName === 'OMAMORI-NOTICE');
    expect(locatePhrase(index, 'LINE')).toBeNull();
  });

  it('keeps surrogate pairs whole', () => {
    const root = dom('<p>😀LINE😀</p>');
    expect(locatePhrase(indexText(root, notOurs), '😀LINE😀')?.toString()).toBe('😀LINE😀');
  });

  it('returns null for an empty or absent phrase', () => {
    const index = indexText(dom('<p>abc</p>'), notOurs);
    expect(locatePhrase(index, '  ')).toBeNull();
    expect(locatePhrase(index, 'xyz')).toBeNull();
  });
});
