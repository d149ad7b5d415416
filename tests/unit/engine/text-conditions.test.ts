import { describe, expect, it } from 'vitest';
import { MAX_WIDEN } from '../../../utils/engine/limits';
import { evidenceTexts, findings, fires, page, rule } from './helpers';

describe('text patterns', () => {
  it('matches terms written naturally against normalised text (width, case, kana)', () => {
    const r = rule({ text: { terms: ['ライン'] } });
    expect(fires(r, page(['らいんで連絡ください']))).toBe(true);
    expect(fires(r, page(['ﾗｲﾝで連絡ください']))).toBe(true);
    expect(fires(r, page(['メールで連絡ください']))).toBe(false);
    const ascii = rule({ text: { terms: ['LINE'] } });
    expect(fires(ascii, page(['ＬＩＮＥで']))).toBe(true);
    expect(fires(ascii, page(['line で']))).toBe(true);
  });

  it('wordBoundary keeps ASCII words whole but allows Japanese right next to them', () => {
    const r = rule({ text: { terms: ['LINE'], wordBoundary: true } });
    expect(fires(r, page(['オンライン (online) 作業です']))).toBe(false);
    expect(fires(r, page(['LINEMAN のアプリ']))).toBe(false);
    expect(fires(r, page(['LINEで連絡します']))).toBe(true);
    expect(fires(r, page(['連絡はLINE。']))).toBe(true);
    expect(evidenceTexts(findings(r, page(['online と LINE と lines'])))).toEqual(['LINE']);
  });

  it('runs regexes on the normalised text, with word boundaries too', () => {
    const phone = rule({ text: { regex: ['0[789]0-?[0-9]{4}-?[0-9]{4}'] } });
    const found = findings(phone, page(['電話 ０９０－１２３４－５６７８ まで']));
    expect(evidenceTexts(found)).toEqual(['０９０－１２３４－５６７８']);
    const word = rule({ text: { regex: ['id[0-9]{2,4}'], wordBoundary: true } });
    expect(fires(word, page(['userid123 です']))).toBe(false);
    expect(fires(word, page(['id123 です']))).toBe(true);
  });

  it('finds overlapping terms of different patterns and of the same pattern', () => {
    const r = rule({
      all: [{ text: { terms: ['直接契約'] } }, { text: { terms: ['契約'] } }],
    });
    const found = findings(r, page(['直接契約をお願いします']));
    expect(found).toHaveLength(1);
    // 契約 sits inside 直接契約, so only the longer match is kept as evidence.
    expect(evidenceTexts(found)).toEqual(['直接契約']);
  });

  it('limits a condition to text kinds and to message authors', () => {
    const messagesOnly = rule({ text: { terms: ['振込'] }, kinds: ['message'] });
    expect(fires(messagesOnly, page(['振込先を教えて']))).toBe(false);
    expect(fires(messagesOnly, page([{ id: 'message:0', kind: 'message', text: '振込先を教えて', own: false }]))).toBe(
      true,
    );
    const fromClient = rule({ text: { terms: ['振込'] }, kinds: ['message'], author: 'other' });
    expect(fires(fromClient, page([{ id: 'message:0', kind: 'message', text: '振込します', own: true }]))).toBe(false);
    // Unknown authorship counts as the other party: a warning is better than silence.
    expect(fires(fromClient, page([{ id: 'message:0', kind: 'message', text: '振込します', own: null }]))).toBe(true);
    const mine = rule({ text: { terms: ['振込'] }, author: 'own' });
    expect(fires(mine, page([{ id: 'message:0', kind: 'message', text: '振込します', own: true }]))).toBe(true);
    expect(fires(mine, page(['振込します']))).toBe(false);
  });
});

describe('widen', () => {
  const email = rule({
    text: { regex: ['[a-z0-9_.+-]@[a-z0-9-]{1,16}\\.[a-z]{2,3}'], widen: { before: '[a-z0-9_.+-]', after: '[a-z0-9.-]' } },
  });

  it('extends a match over the class characters next to it, in the original text', () => {
    expect(evidenceTexts(findings(email, page(['応募は recruit.team@gmail.com まで'])))).toEqual(['recruit.team@gmail.com']);
    // Through the normaliser's folds: full width, spelled-out 「あっと」「どっと」, brackets.
    expect(evidenceTexts(findings(email, page(['ＴＡＮＡＫＡ．Ｋ＠ｍａｉｌ．ｃｏ．ｊｐへ'])))).toEqual(['ＴＡＮＡＫＡ．Ｋ＠ｍａｉｌ．ｃｏ．ｊｐ']);
    expect(evidenceTexts(findings(email, page(['連絡は abc あっと mail どっと com です'])))).toEqual(['abc あっと mail どっと com']);
    expect(evidenceTexts(findings(email, page(['yamada.k（アットマーク）outlook.jp まで'])))).toEqual(['yamada.k（アットマーク）outlook.jp']);
  });

  it('stops at the first character outside the class and never shortens the match', () => {
    expect(evidenceTexts(findings(email, page(['メール:ab@cd.jp。'])))).toEqual(['ab@cd.jp']);
    expect(evidenceTexts(findings(email, page(['メール：ｘ-y@cd.jpまで'])))).toEqual(['ｘ-y@cd.jp']);
    const before = rule({ text: { terms: ['円'], widen: { before: '[0-9,]' } } });
    expect(evidenceTexts(findings(before, page(['報酬は3,000円です'])))).toEqual(['3,000円']);
    expect(evidenceTexts(findings(before, page(['円安です'])))).toEqual(['円']);
  });

  it('widens by at most MAX_WIDEN characters each way, so a long run costs a bounded walk', () => {
    const run = 'a'.repeat(MAX_WIDEN + 40);
    const found = findings(email, page([`${run}@mail.com`]));
    expect(evidenceTexts(found)).toEqual([`${'a'.repeat(MAX_WIDEN + 1)}@mail.com`]);
    const after = rule({ text: { terms: ['@'], widen: { after: '[a-z]' } } });
    expect(evidenceTexts(findings(after, page([`x@${run}`])))).toEqual([`@${'a'.repeat(MAX_WIDEN)}`]);
  });

  it('checks word boundaries on the match itself, then widens', () => {
    const word = rule({ text: { terms: ['id'], wordBoundary: true, widen: { after: '[0-9]' } } });
    // 「id456」 is glued to digits, so it fails the boundary before any widening could make it whole.
    expect(evidenceTexts(findings(word, page(['id 123 と id456'])))).toEqual(['id']);
    expect(fires(word, page(['userid です']))).toBe(false);
  });
});

describe('proximity (near)', () => {
  const r = rule({ text: { terms: ['LINE'] }, near: { pattern: { terms: ['連絡', '追加'] }, within: 10 } });

  it('needs the other pattern within N normalised characters, before or after', () => {
    expect(fires(r, page(['LINEで連絡ください']))).toBe(true);
    expect(fires(r, page(['連絡はLINEで']))).toBe(true);
    expect(fires(r, page(['LINEスタンプのイラストを描ける方を探しています。ご連絡ください']))).toBe(false);
  });

  it('counts the distance in normalised characters (zero-width characters do not count)', () => {
    const padded = `LINE${'\u200b'.repeat(30)}で連絡`;
    expect(fires(r, page([padded]))).toBe(true);
    expect(fires(r, page([`LINE${'あ'.repeat(10)}連絡`]))).toBe(true);
    expect(fires(r, page([`LINE${'あ'.repeat(11)}連絡`]))).toBe(false);
  });

  it('gives the partner match as evidence too', () => {
    expect(evidenceTexts(findings(r, page(['まずLINEを追加してください'])))).toEqual(['LINE', '追加']);
  });
});

describe('unless', () => {
  const negated = rule({
    text: { terms: ['外部ツール', 'LINE'] },
    unless: [{ scope: 'sentence', pattern: { terms: ['行いません', '禁止'] } }],
  });

  it('sentence scope: a negation in the same sentence cancels the match', () => {
    expect(fires(negated, page(['外部ツールでのやり取りは行いません']))).toBe(false);
    expect(fires(negated, page(['LINEでの連絡は禁止です。']))).toBe(false);
    expect(fires(negated, page(['外部ツールでやり取りしましょう']))).toBe(true);
  });

  it('sentence scope: a negation in another sentence does not', () => {
    expect(fires(negated, page(['電話は禁止です。LINEで連絡しましょう']))).toBe(true);
    expect(fires(negated, page(['LINEで連絡しましょう！営業は禁止です']))).toBe(true);
    expect(fires(negated, page(['LINEで連絡しましょう\n外部ツールの利用は禁止']))).toBe(true);
    expect(evidenceTexts(findings(negated, page(['外部ツールは禁止です。LINEで連絡しましょう'])))).toEqual(['LINE']);
  });

  it('splits sentences on 。．！？!? and line breaks, but not on the dots of an address', () => {
    const r = rule({
      text: { terms: ['連絡'] },
      unless: [{ scope: 'sentence', pattern: { terms: ['禁止'] } }],
    });
    expect(fires(r, page(['line.me で連絡は禁止']))).toBe(false);
    expect(fires(r, page(['禁止事項あり．連絡ください']))).toBe(true);
    expect(fires(r, page(['禁止事項あり？連絡ください']))).toBe(true);
  });

  it('within and direction narrow where the exception may be', () => {
    const after = rule({
      text: { terms: ['LINE'] },
      unless: [{ scope: 'sentence', pattern: { terms: ['ません'] }, within: 8, direction: 'after' }],
    });
    expect(fires(after, page(['LINEは使いません']))).toBe(false);
    expect(fires(after, page(['すみません、LINEで連絡ください']))).toBe(true);
    expect(fires(after, page(['LINEで連絡を取り合うことは今後一切ありません']))).toBe(true);
    const before = rule({
      text: { terms: ['LINE'] },
      unless: [{ scope: 'text', pattern: { terms: ['公式'] }, direction: 'before' }],
    });
    expect(fires(before, page(['公式LINEを運用する仕事']))).toBe(false);
    expect(fires(before, page(['LINEで連絡、公式です']))).toBe(true);
  });

  it('an exception that contains the match (「LINEスタンプ」) cancels it in both directions', () => {
    const r = rule({
      text: { terms: ['LINE'] },
      unless: [{ scope: 'sentence', pattern: { terms: ['LINEスタンプ'] } }],
    });
    expect(fires(r, page(['LINEスタンプのイラスト制作']))).toBe(false);
  });

  it('text scope looks at the whole text source; page scope at every text on the page', () => {
    const textScope = rule({
      text: { terms: ['LINE'] },
      kinds: ['message'],
      unless: [{ scope: 'text', pattern: { terms: ['サービス外連絡申請'] } }],
    });
    const messages = (a: string, b: string) =>
      page(
        [
          { id: 'message:0', kind: 'message', text: a },
          { id: 'message:1', kind: 'message', text: b },
        ],
        { kind: 'messages' },
      );
    expect(fires(textScope, messages('サービス外連絡申請を出しました。LINEで連絡します', 'よろしく'))).toBe(false);
    expect(fires(textScope, messages('サービス外連絡申請を出しました', 'LINEで連絡します'))).toBe(true);
    const pageScope = rule({
      text: { terms: ['LINE'] },
      kinds: ['message'],
      unless: [{ scope: 'page', pattern: { terms: ['サービス外連絡申請'] } }],
    });
    expect(fires(pageScope, messages('サービス外連絡申請を出しました', 'LINEで連絡します'))).toBe(false);
    // The page-scope exception is looked for in texts of every kind, not only messages.
    const mixed = page(
      [
        { id: 'contract', kind: 'contract', text: 'サービス外連絡申請: 承認済み' },
        { id: 'message:0', kind: 'message', text: 'LINEで連絡します' },
      ],
      { kind: 'messages' },
    );
    expect(fires(pageScope, mixed)).toBe(false);
    // ...and in the user's own messages, even for a condition that reads only the client's.
    const fromClient = rule({
      text: { terms: ['LINE'] },
      kinds: ['message'],
      author: 'other',
      unless: [{ scope: 'page', pattern: { terms: ['サービス外連絡申請'] } }],
    });
    const thread = (ownText: string) =>
      page(
        [
          { id: 'message:0', kind: 'message', text: ownText, own: true },
          { id: 'message:1', kind: 'message', text: 'LINEで連絡します', own: false },
        ],
        { kind: 'messages' },
      );
    expect(fires(fromClient, thread('サービス外連絡申請を出しました'))).toBe(false);
    expect(fires(fromClient, thread('よろしくお願いします'))).toBe(true);
  });

  it('only the cancelled matches disappear; others keep the finding alive', () => {
    const found = findings(negated, page(['外部ツールは行いません。でもLINEならOK']));
    expect(evidenceTexts(found)).toEqual(['LINE']);
  });
});

describe('all / any / not', () => {
  it('combines text and fact conditions', () => {
    const r = rule({
      all: [
        { text: { terms: ['先払い'] } },
        { any: [{ fact: 'client.identityVerified', op: '==', value: false }, { fact: 'client.reviews', op: '==', value: 0 }] },
        { not: { text: { terms: ['返金保証'] } } },
      ],
    });
    const verified = { client: { identityVerified: true, reviews: 3 } };
    const unverified = { client: { identityVerified: false, reviews: 3 } };
    expect(fires(r, page(['先払いでお願いします'], unverified))).toBe(true);
    expect(fires(r, page(['先払いでお願いします'], verified))).toBe(false);
    expect(fires(r, page(['先払いでお願いします。返金保証あり'], unverified))).toBe(false);
    expect(fires(r, page(['後払いでお願いします'], unverified))).toBe(false);
  });

  it('collects evidence from every satisfied branch of any', () => {
    const r = rule({ any: [{ text: { terms: ['LINE'] } }, { text: { terms: ['Chatwork'] } }, { text: { terms: ['Zoom'] } }] });
    expect(evidenceTexts(findings(r, page(['ChatworkかLINEで'])))).toEqual(['Chatwork', 'LINE']);
  });
});
