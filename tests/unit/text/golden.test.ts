/**
 * Golden table: input → normalised text, one group per rule of the normalised form (see the
 * top of utils/text/normalize.ts). Near misses that must NOT change are listed with the
 * rule they could be confused with.
 */
import { describe, expect, it } from 'vitest';
import { normalize, normalizeTerm } from '@/utils/text';
import { mapViolation } from './map-invariants';

type Case = readonly [input: string, expected: string];

const GROUPS: Record<string, readonly Case[]> = {
  'NFKC: width, enclosed and compatibility forms': [
    ['ＬＩＮＥ', 'line'],
    ['ＡＢＣ１２３', 'abc123'],
    ['ｶﾀｶﾅ', 'かたかな'],
    ['ｶﾞｲﾄﾞ', 'がいど'],
    ['ﾊﾟｿｺﾝ', 'ぱそこん'],
    ['ｽﾏﾎ', 'すまほ'],
    ['①②③', '123'],
    ['Ⓛⓘⓝⓔ', 'line'],
    ['㈱', '(株)'],
    ['（株）', '(株)'],
    ['㍿', '株式会社'],
    ['㌔', 'きろ'],
    ['™', 'tm'],
    ['№', 'no'],
    ['℡', 'tel'],
    ['ﬁle', 'file'],
    ['！？', '!?'],
    ['＠', '@'],
    ['％', '%'],
    ['～', '~'],
    ['〜', '〜'],
    ['⑴', '(1)'],
    ['⒈', '1.'],
    ['㊤', '上'],
    ['½', '1⁄2'],
    ['𝐋𝐈𝐍𝐄', 'line'],
    ['𝕃𝕀ℕ𝔼', 'line'],
    ['🄻🄸🄽🄴', 'line'],
  ],
  'case folding': [
    ['LINE', 'line'],
    ['Line', 'line'],
    ['ÀÉÎ', 'àéî'],
    ['İ', 'i'],
    ['ẞ', 'ß'],
    ['Σ', 'σ'],
  ],
  'kana folding and voicing marks': [
    ['オンライン', 'おんらいん'],
    ['ガイドライン', 'がいどらいん'],
    ['ヴァイオリン', 'ゔぁいおりん'],
    ['ラーメン', 'らーめん'],
    ['3ヶ月', '3ゖ月'],
    ['ヽヾ', 'ゝゞ'],
    ['ヷ', 'わ'],
    ['ﾜﾞ', 'わ'],
    ['ｳﾞ', 'ゔ'],
    ['か゛', 'が'],
    ['は゜', 'ぱ'],
    ['カ\u3099', 'が'],
    ['ㇰ', 'ㇰ'],
    ['e\u0301', 'é'],
  ],
  'invisible characters removed': [
    ['L\u200BI\u200BN\u200BE', 'line'],
    ['LI\u200DNE', 'line'],
    ['\uFEFFabc', 'abc'],
    ['ab\u00ADc', 'abc'],
    ['a\u202Eb', 'ab'],
    ['a\u2060b', 'ab'],
    ['ﾗｲﾝ\u200C', 'らいん'],
    ['ﾗ\u3164ｲﾝ', 'らいん'],
    ['‼\uFE0E', '!!'],
    ['☺\uFE0F', '☺'],
    ['葛\u{E0100}', '葛'],
    ['1\uFE0F\u20E3', '1'],
    ['l\u0332i\u0332n\u0332e\u0332', 'line'],
    ['ｶ\u200Bﾞ', 'が'],
    ['👨\u200D👩\u200D👧', '👨👩👧'],
  ],
  'look-alike letters': [
    ['L\u0406N\u0415', 'line'],
    ['l\u0456n\u0435', 'line'],
    ['\u039F\u039A', 'ok'],
    ['\u0391\u0392\u0395', 'abe'],
    ['gm\u0430il', 'gmail'],
    ['\u0440\u0430\u0443\u0440\u0430l', 'paypal'],
    ['\u03BD', 'v'],
    ['ℓine', 'line'],
    ['ʟɪɴᴇ', 'line'],
    ['🅻🅸🅽🅴', 'line'],
    ['🇯🇵', 'jp'],
    ['β版', 'β版'],
    ['μ', 'μ'],
  ],
  'digits and kanji numerals': [
    ['〇九〇', '090'],
    ['〇九〇ー一二三四ー五六七八', '090-1234-5678'],
    ['〇九〇一二三四', '0901234'],
    ['〇九〇 一二三四 五六七八', '090 1234 5678'],
    ['九〇-一二', '90-12'],
    ['一3', '13'],
    ['一ー二', '1-2'],
    ['三〇〇〇円', '3000円'],
    ['壱弐参', '123'],
    ['壹貳參', '123'],
    ['一二を争う', '12を争う'],
    ['〇〇様', '00様'],
    ['〇', '0'],
    ['①〇', '10'],
    ['〇 九 〇', '090'],
    ['\u0660\u0669\u0660', '090'],
    ['\u0966\u096F\u0966', '090'],
    // Near misses: a lone numeral stays.
    ['一緒に', '一緒に'],
    ['三日', '三日'],
    ['一度', '一度'],
    ['第一', '第一'],
    ['3日', '3日'],
    ['零', '零'],
    ['零細企業', '零細企業'],
    ['二十一', '二十一'],
    ['5一緒', '5一緒'],
    ['090一', '090一'],
  ],
  'dashes between digits': [
    ['090ー1234ー5678', '090-1234-5678'],
    ['０９０－１２３４－５６７８', '090-1234-5678'],
    ['090一1234一5678', '090-1234-5678'],
    ['080\u22121234\u22125678', '080-1234-5678'],
    ['090\u20151234', '090-1234'],
    ['090\u20101234', '090-1234'],
    ['090ｰ1234', '090-1234'],
    // Near misses: the long-vowel mark elsewhere stays.
    ['1ーつ', '1ーつ'],
    ['12ー', '12ー'],
    ['データー', 'でーたー'],
    ['ー', 'ー'],
  ],
  'spelled-out symbols': [
    ['abc@gmail.com', 'abc@gmail.com'],
    ['abc＠gmail．com', 'abc@gmail.com'],
    ['abc ＠ gmail', 'abc@gmail'],
    ['abc あっと gmail どっと com', 'abc@gmail.com'],
    ['abcアットgmailドットcom', 'abc@gmail.com'],
    ['abc アットマーク gmail.com', 'abc@gmail.com'],
    ['abcｱｯﾄﾏｰｸgmail.com', 'abc@gmail.com'],
    ['abc(at)gmail(dot)com', 'abc@gmail.com'],
    ['abc [at] gmail [dot] com', 'abc@gmail.com'],
    ['abc（ａｔ）gmail', 'abc@gmail'],
    ['abc ( at ) gmail', 'abc@gmail'],
    ['yamada どっと taro あっと example どっと jp', 'yamada.taro@example.jp'],
    ['メールはtaroあっとexample.jpまで', 'めーるはtaro@example.jpまで'],
    ['(アット)', '@'],
    ['【at】', '@'],
    ['(AT)', '@'],
    ['{dot}', '.'],
    ['<at>', '@'],
    ['cat(at)', 'cat@'],
    ['gmail。com', 'gmail.com'],
    // Near misses: the words in ordinary Japanese, or without an address around them.
    ['あっという間', 'あっという間'],
    ['どっと笑う', 'どっと笑う'],
    ['アットホームな職場', 'あっとほーむな職場'],
    ['ｱｯﾄﾏｰｸ', 'あっとまーく'],
    ['ドットコム', 'どっとこむ'],
    ['x あっと', 'x あっと'],
    ['at', 'at'],
    ['です。com', 'です。com'],
    ['終わり。次', '終わり。次'],
  ],
  'spaced-out letters and kana': [
    ['L I N E', 'line'],
    ['L-I-N-E', 'line'],
    ['L.I.N.E', 'line'],
    ['L・I・N・E', 'line'],
    ['L_I_N_E', 'line'],
    ['L/I/N/E', 'line'],
    ['L|I|N|E', 'line'],
    ['L·I·N·E', 'line'],
    ['Ｌ　Ｉ　Ｎ　Ｅ', 'line'],
    ['L  I  N  E', 'line'],
    ['S k y p e', 'skype'],
    ['l-i-n-e-i-d', 'lineid'],
    ['ら い ん', 'らいん'],
    ['ラ・イ・ン', 'らいん'],
    ['ﾗ ｲ ﾝ', 'らいん'],
    ['ら・い・ん・で', 'らいんで'],
    ['連絡はL I N Eで', '連絡はlineで'],
    ['L I N E で連絡', 'line で連絡'],
    ['L I N E ら い ん', 'line らいん'],
    ['L I N E\nID', 'line\nid'],
    ['0 9 0 1 2 3 4', '0901234'],
    ['1.2.3', '123'],
    ['U.S.A.', 'usa.'],
    ['XL I N E', 'xl ine'],
    // Near misses: words, pairs, and separators wider than one character stay apart.
    ['LINE ID', 'line id'],
    ['a b', 'a b'],
    ['1 2', '1 2'],
    ['a.m.', 'a.m.'],
    ['1.5', '1.5'],
    ['2024/1/5', '2024/1/5'],
    ['I am a student', 'i am a student'],
    ['L - I - N - E', 'l - i - n - e'],
    ['はら い ん', 'はら い ん'],
    ['A/Bテスト', 'a/bてすと'],
  ],
  whitespace: [
    ['a  b', 'a b'],
    ['a\t\tb', 'a b'],
    ['a\u3000b', 'a b'],
    ['a\u00A0b', 'a b'],
    ['a\r\nb', 'a\nb'],
    ['a \n b', 'a\nb'],
    ['a\n\n\nb', 'a\nb'],
    ['a\u2028b', 'a\nb'],
    ['a \u200B b', 'a b'],
    [' a ', ' a '],
    ['終わり。\n次', '終わり。\n次'],
    ['本当？！', '本当?!'],
  ],
  'ordinary text and edge cases': [
    ['', ''],
    ['漢字とひらがな', '漢字とひらがな'],
    ['LINEスタンプのイラスト制作', 'lineすたんぷのいらすと制作'],
    ['外部ツールでのやり取りは行いません', '外部つーるでのやり取りは行いません'],
    ['😀', '😀'],
    ['\uD800', '\uFFFD'],
    ['a\uDC00b', 'a\uFFFDb'],
  ],
};

const ALL: readonly Case[] = Object.values(GROUPS).flat();

describe('normalize: golden table', () => {
  it('has at least 150 cases', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(150);
  });

  for (const [group, cases] of Object.entries(GROUPS)) {
    describe(group, () => {
      it.each(cases)('%j → %j', (input, expected) => {
        expect(normalize(input).text).toBe(expected);
        expect(mapViolation(input)).toBeNull();
      });
    });
  }
});

describe('normalizeTerm', () => {
  it('equals normalize(term).text for terms without surrounding whitespace', () => {
    for (const [input, expected] of ALL) {
      if (input.trim() !== input || expected.trim() !== expected) continue;
      expect(normalizeTerm(input), input).toBe(expected);
    }
  });

  it('trims whitespace at both ends only', () => {
    expect(normalizeTerm('  ＬＩＮＥ　ＩＤ\n')).toBe('line id');
    expect(normalizeTerm('\u3000')).toBe('');
    expect(normalizeTerm('\u200B')).toBe('');
  });

  it('lets rule authors write terms naturally', () => {
    expect(normalizeTerm('ライン')).toBe(normalize('らいん').text);
    expect(normalizeTerm('一緒に')).toBe('一緒に');
    expect(normalizeTerm('〇九〇')).toBe('090');
    expect(normalizeTerm('アットマーク')).toBe('あっとまーく');
  });
});
