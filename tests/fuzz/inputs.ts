/**
 * Generated input for fuzzing the normaliser and the rule engine: a seeded generator (same
 * seed, same inputs) that mixes random Unicode, Japanese text of every script, the separators
 * and spelled-out symbols the normaliser folds, long runs of the characters the context rules
 * react to, and risky phrases cut up and disguised. Pure: no DOM, no browser.
 */

/** A small, fast, seedable PRNG (mulberry32): enough spread for test input, and reproducible. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FuzzInput {
  /** Which generator made it (reported with the slowest input). */
  kind: string;
  text: string;
}

type Random = () => number;
const int = (random: Random, max: number) => Math.floor(random() * max);
const pick = <T>(random: Random, items: readonly T[]): T => items[int(random, items.length)] as T;
const codePoint = (random: Random, from: number, to: number) => String.fromCodePoint(from + int(random, to - from + 1));

/** Unicode blocks the sites' text comes from, and the odd ones hostile text uses. */
const RANGES: readonly [number, number][] = [
  [0x20, 0x7e], // ASCII
  [0x3040, 0x309f], // hiragana
  [0x30a0, 0x30ff], // katakana
  [0xff61, 0xff9f], // half-width katakana
  [0xff01, 0xff5e], // full-width ASCII
  [0x4e00, 0x9fff], // kanji
  [0x3000, 0x303f], // CJK punctuation, ideographic space
  [0x0300, 0x036f], // combining marks
  [0x200b, 0x206f], // zero-width, bidi controls, general punctuation
  [0xfe00, 0xfe0f], // variation selectors
  [0xd800, 0xdfff], // lone surrogates
  [0x1f300, 0x1faff], // emoji
  [0x10000, 0x10ffff], // anything astral
  [0x2460, 0x24ff], // circled and parenthesised numbers
  [0x3200, 0x33ff], // enclosed CJK, squared units (NFKC expands them)
];

const SEPARATORS = [' ', '\u3000', '・', 'ー', '－', '‐', '―', '.', '．', '。', '、', ',', '/', '／', '|', '_', '＿', '-', '\u200b', '\n', '\t', '(', ')', '（', '）', '「', '」', '【', '】', '*', '＊', '~', '〜'];
const SPELLED = ['あっと', 'アット', 'ｱｯﾄ', 'at', '(at)', '［at］', 'どっと', 'ドット', 'dot', '＠', '@', 'かっこ', 'まる'];
const WORDS = [
  'LINE', 'ＬＩＮＥ', 'ライン', 'らいん', 'line', 'ID', 'ＩＤ', 'アイディー', 'gmail', 'yahoo', 'com', 'co', 'jp', 'lin.ee', 'line.me',
  '追加', '友だち', '連絡', '直接', '契約', '手数料', '仮払い', '振込', 'お振込み', '口座番号', '購入', '代行', 'レビュー', '星5', '案件',
  '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '〇', '零', '０', '1', '23', '4,000', '５万円', '円',
  'マニュアル代', '登録料', '副業', '在宅', '日給', '稼げる', 'チャットワーク', 'Chatwork', 'Discord', 'Telegram', 'http', 'https://', 'www',
];
const RUN_UNITS = ['.', '．', '＠', '@', 'あっと', 'ドット', ' ', '\u3000', 'L I N E ', 'ー', '0', '一', '(', '（「【', 'a ', 'ら・', '\u200b', 'ﾞ', '\u0301', '😀'];

function randomUnicode(random: Random, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) {
    const [from, to] = pick(random, RANGES);
    text += codePoint(random, from, to);
  }
  return text;
}

function japaneseMix(random: Random, length: number): string {
  let text = '';
  while (text.length < length) {
    const roll = random();
    if (roll < 0.35) text += pick(random, WORDS);
    else if (roll < 0.55) text += pick(random, SEPARATORS);
    else if (roll < 0.65) text += pick(random, SPELLED);
    else text += codePoint(random, ...pick(random, RANGES.slice(0, 7)));
  }
  return text;
}

/** A risky phrase with separators, spelled-out symbols or spaces pushed between its letters. */
function disguisedPhrase(random: Random): string {
  const phrase = pick(random, [
    'LINE IDを追加してください', 'ken_090あっとgmailどっとcom', '手数料がもったいないので直接契約で', 'マニュアル代として3000円をお振込みください',
    '口座番号を教えてください', 'lin.ee/abcdef', 'ラインで連絡ください', 'レビューを星5で書いてください', '090-1234-5678',
  ]);
  let text = '';
  for (const char of phrase) {
    text += char;
    const roll = random();
    if (roll < 0.3) text += pick(random, SEPARATORS);
    else if (roll < 0.4) text += pick(random, SEPARATORS).repeat(1 + int(random, 8));
    else if (roll < 0.45) text += pick(random, SPELLED);
  }
  return text;
}

function longRun(random: Random, length: number): string {
  const unit = pick(random, RUN_UNITS);
  const body = unit.repeat(Math.max(1, Math.floor(length / unit.length)));
  // Often with something the rules look for at one end or in the middle.
  const roll = random();
  if (roll < 0.3) return `${body}LINE`;
  if (roll < 0.6) return `LINE ID ${body}@gmail.com`;
  if (roll < 0.8) return body.slice(0, body.length >> 1) + disguisedPhrase(random) + body.slice(body.length >> 1);
  return body;
}

/**
 * The next input drawn from `random`. Most inputs are short, as page texts are; about one
 * in fifty is a long run of up to 20,000 characters.
 */
export function nextInput(random: Random): FuzzInput {
  const roll = random();
  if (roll < 0.25) return { kind: 'unicode', text: randomUnicode(random, int(random, 200)) };
  if (roll < 0.55) return { kind: 'japanese-mix', text: japaneseMix(random, int(random, 400)) };
  if (roll < 0.75) return { kind: 'disguised-phrase', text: `${japaneseMix(random, int(random, 60))}${disguisedPhrase(random)}${japaneseMix(random, int(random, 60))}` };
  if (roll < 0.9) return { kind: 'separators', text: Array.from({ length: int(random, 300) }, () => pick(random, [...SEPARATORS, ...SPELLED])).join('') };
  if (roll < 0.98) return { kind: 'short-run', text: longRun(random, 16 + int(random, 500)) };
  return { kind: 'long-run', text: longRun(random, 1_000 + int(random, 19_000)) };
}
