import { describe, expect, it } from 'vitest';
import { closestMatching, findAll, findFirst, walkElements } from '@/utils/sites/dom/query';
import { lineOf, textOf } from '@/utils/sites/dom/text';
import { flagFromMarkers, readLabelledValues, valueAfterLabel } from '@/utils/sites/labels';
import { formatYenRange, toCount, toNumber, toYenRange } from '@/utils/sites/numbers';
import { parseHtml } from './parse-html';

const body = (html: string) => parseHtml(`<html><body>${html}</body></html>`).body;

describe('textOf', () => {
  it('turns <br> into newlines and separates blocks as innerText does (a blank line around paragraphs)', () => {
    const root = body('<div>一行目<br>二行目</div><p>段落A</p><p>段落B</p><ul><li>項目1</li><li>項目2</li></ul>');
    expect(textOf(root)).toBe('一行目\n二行目\n\n段落A\n\n段落B\n\n項目1\n項目2');
  });

  it('collapses HTML white space but keeps ideographic spaces', () => {
    expect(textOf(body('<p>  ＬＩＮＥ　ＩＤ：\n   ｋｅｎ  </p>'))).toBe('ＬＩＮＥ　ＩＤ： ｋｅｎ');
  });

  it('keeps written newlines in pre-line mode, CRLF unified', () => {
    expect(textOf(body('<div>一行目\r\n二行目\n\n三行目</div>'), { whitespace: 'pre-line' })).toBe('一行目\n二行目\n\n三行目');
  });

  it('skips scripts, styles and subtrees the caller leaves out', () => {
    const root = body('<div>見える<script>var hidden=1</script><style>.x{}</style><span class="tag">NEW</span></div>');
    expect(textOf(root, { skip: (element) => element.matches('.tag') })).toBe('見える');
  });

  it('stops at the character cap', () => {
    expect(textOf(body(`<p>${'あ'.repeat(500)}</p>`), { maxChars: 10 })).toBe('あ'.repeat(10));
  });

  it('gives one line for titles', () => {
    expect(lineOf(body('<a> 【急募】\n  データ入力 </a>').firstElementChild)).toBe('【急募】 データ入力');
    expect(lineOf(null)).toBe('');
  });
});

describe('bounded lookups', () => {
  it('find, walk and climb with compound selectors', () => {
    const root = body('<section><div class="a"><span id="x">1</span></div><div class="a b">2</div></section>');
    expect(findAll(root, 'div.a')).toHaveLength(2);
    expect(findFirst(root, '.b')?.textContent).toBe('2');
    expect(closestMatching(findFirst(root, '#x'), 'section')?.tagName).toBe('SECTION');
    const seen: string[] = [];
    walkElements(root, (element) => (seen.push(element.tagName), true));
    expect(seen).toEqual(['SECTION', 'DIV', 'SPAN', 'DIV']);
    expect(findAll(root, ':::bad')).toEqual([]);
  });
});

describe('labels', () => {
  it('pairs th/td rows and dt/dd items', () => {
    const labels = readLabelledValues(
      body('<table><tr><th>固定報酬制</th><td>10,000円 〜 50,000円</td></tr></table><dl><dt>提案数：</dt><dd>12 件</dd></dl>'),
    );
    expect(labels.text('固定報酬制')).toBe('10,000円 〜 50,000円');
    expect(labels.label('時間単価制', '固定報酬制')).toBe('固定報酬制');
    expect(labels.text('提案数')).toBe('12 件');
    expect(labels.text('応募期限')).toBeNull();
  });

  it('reads the value after a label in text, and flags from markers', () => {
    expect(valueAfterLabel('総合評価\n4.9\n募集実績\n45 件', '募集実績', /^\s*(\d+)\s*件/)).toBe('45');
    expect(valueAfterLabel('総合評価 -', '総合評価', /^\s*(\d\.\d)/)).toBeNull();
    expect(flagFromMarkers('本人確認未提出', ['本人確認済み'], ['本人確認未提出'])).toBe(false);
    // A client writing 本人確認済み next to the site's own 未提出 label does not flip it.
    expect(flagFromMarkers('本人確認済みです 本人確認未提出', ['本人確認済み'], ['本人確認未提出'])).toBe(false);
    expect(flagFromMarkers('認定', ['本人確認済み'], ['本人確認未提出'])).toBeNull();
  });
});

describe('numbers', () => {
  it('reads counts, decimals and Japanese multipliers', () => {
    expect(toCount('71 人')).toBe(71);
    expect(toNumber('評価 3.6')).toBe(3.6);
    expect(toNumber('1,234,567円')).toBe(1234567);
    expect(toNumber('5千')).toBe(5000);
    expect(toNumber('１．５万')).toBe(15000);
    expect(toNumber('-')).toBeNull();
  });

  it('reads yen ranges as the sites print them', () => {
    expect(toYenRange('10,000円 〜 50,000円')).toEqual({ min: 10000, max: 50000 });
    expect(toYenRange('20,000 円 ~ 50,000 円 / 固定')).toEqual({ min: 20000, max: 50000 });
    expect(toYenRange('〜 33,000円')).toEqual({ min: null, max: 33000 });
    expect(toYenRange('10,000円 〜')).toEqual({ min: 10000, max: null });
    expect(toYenRange('5千円未満')).toEqual({ min: null, max: 5000 });
    expect(toYenRange('410,000 円 ~ 880,000 円 / 月 週3日･4日･5日')).toEqual({ min: 410000, max: 880000 });
    expect(toYenRange('33,000 円')).toEqual({ min: 33000, max: 33000 });
    expect(toYenRange('見積り希望')).toBeNull();
  });

  it('formats ranges for card pay lines', () => {
    expect(formatYenRange(100000, 150000)).toBe('100,000円 〜 150,000円');
    expect(formatYenRange(null, 4400)).toBe('〜 4,400円');
    expect(formatYenRange(null, null)).toBeNull();
  });
});
