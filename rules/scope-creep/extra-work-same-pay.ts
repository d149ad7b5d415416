/**
 * Extra work at the same pay: 「追加で…お願いします。報酬はそのままで」「ついでに」「無償で」. The
 * seeds' most common contract trouble: requests beyond the agreed scope with no change to the
 * contract amount.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { THREAD_PAGES } from '../shared';
import { SEED_CW_TROUBLE_PREVENTION, SEED_CW_WITHDRAWAL, SEED_LANCERS_TROUBLE } from '../sources';

/** Signals that the extra work is not going to be paid for. */
const SAME_PAY = {
  regex: [
    '(報酬|金額|料金|単価|予算|お支払い)\\s{0,2}(は|が|も)?\\s{0,2}(そのまま|このまま|今のまま|現状のまま|同じ|変わら(ず|ない)|変わりません|変更ありません|据え置き|追加なし|変更なし|増やせ|増えま?せん|増えない|上がりません|上がらない|上げられ|変えられ)',
    // 「報酬は最初の金額のままで」「単価は今の通り」.
    '(報酬|金額|料金|単価|予算)\\s{0,2}(は|も)?\\s{0,2}(最初|当初|今|現在|今回|契約時|前回)\\s{0,2}(の)?\\s{0,2}(金額|報酬|料金|単価|予算)?\\s{0,2}(の)?\\s{0,2}(まま|通り|どおり)',
    '(同じ金額|同額|同じ単価|同じ予算|同じ報酬|同じ料金|この金額|今の金額|今回の金額)\\s{0,2}(で|内|の範囲)',
    '追加\\s{0,2}(の)?\\s{0,2}(料金|報酬|費用|請求)\\s{0,2}(は)?\\s{0,2}(なし|無し|ありません|払えません|出ません|発生しません|できません)',
    '(無償|無料|ただ|さ.?びす|おまけ)\\s{0,2}で',
    'ついでに',
    '(契約|今回の金額|この金額|同じ金額|同額)\\s{0,2}(の)?\\s{0,2}(範囲|内|まま)',
  ],
};

export const rule = {
  id: 'scope-creep/extra-work-same-pay',
  category: 'scope-creep',
  severity: 'warning',
  sites: ['crowdworks', 'lancers'],
  pageKinds: THREAD_PAGES,
  when: {
    any: [
      {
        text: {
          regex: [
            '(追加|別途|もう\\s{0,1}(1|一)(本|記事|件|点|枚|つ))',
            // More of the same deliverable: 「文字数を3000字から5000字に増やして」.
            '(文字数|本数|枚数|ぺ.?じ数|尺|ぼりゅ.?む|作業量|件数)\\s{0,2}(を)?[^。\\n]{0,16}(増やして|増やしていただ|増量|倍に)',
            // Any quantity raised from N to M: 「画像を10枚から20枚に」.
            '\\d{1,4}\\s{0,2}(枚|本|件|字|文字|ぺ.?じ|記事|点|個|秒|分)\\s{0,2}から\\s{0,2}\\d{1,4}\\s{0,2}(枚|本|件|字|文字|ぺ.?じ|記事|点|個|秒|分)\\s{0,2}(に|へ)',
          ],
        },
        near: { pattern: SAME_PAY, within: 40 },
        // A new contract or extra pay for the extra work is the right way, not scope creep.
        unless: [{ scope: 'text', pattern: { terms: ['追加契約', '別途契約', '追加で契約', '契約を追加', '追加報酬', '追加料金をお支払', '別途お支払', '別途報酬'] } }],
        kinds: ['message'],
        author: 'other',
      },
      {
        text: {
          regex: [
            '(無償|無料|ただ|さ.?びす)\\s{0,2}で\\s{0,2}(追加|修正|対応|作成|書いて|作って|もう)',
            '(無償|無料|ただ)\\s{0,2}で\\s{0,2}(お願い|やって|して(いただ|くださ|もらえ))',
            // 「英語版も同じ報酬内で」: more of the work at the pay already agreed.
            '(も|まで)\\s{0,2}(同じ|この|今の|今回の)\\s{0,2}(金額|報酬|料金|単価|予算|額)\\s{0,2}(内|の範囲|で|のまま)',
          ],
        },
        // A repeat order at the same price is not extra work: 「次回も同じ単価で」.
        unless: [{ scope: 'sentence', direction: 'before', within: 8, pattern: { terms: ['次回', '次も', '今後', '来月', '継続', '引き続き'] } }],
        kinds: ['message'],
        author: 'other',
      },
      {
        // Any て-form request after ついでに: 「ついでにロゴの修正もやってもらえます?」. Written as
        // term + proximity rather than one regex with a gap, which backtracks on repeats.
        text: { terms: ['ついでに'] },
        near: { pattern: { regex: ['(お願い|て(いただ|くださ|下さ|もらえ|ほしい|頂)|対応)'] }, within: 30 },
        unless: [{ scope: 'sentence', direction: 'before', within: 8, pattern: { terms: ['次回', '次も', '今後', '来月', '継続', '引き続き'] } }],
        kinds: ['message'],
        author: 'other',
      },
    ],
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '契約外の作業を同じ報酬で頼まれています',
    why: '契約後に、契約内容にない作業(追加の記事、別の修正、関係のない作業)を同じ報酬のまま求められるのは、よくあるトラブルの形です。サイト上の契約内容が後から確かめられる唯一の記録なので、口頭やメッセージの流れで引き受けると、無償の作業が積み重なります。',
    steps: [
      '契約時に合意した作業範囲を確認し、今回の依頼がその外にあるかを丁寧に伝えてください。',
      '引き受ける場合は、追加の報酬と納期を決め、サイト上の契約金額の変更や追加契約で記録に残してください。',
      '断りにくい場合も、「契約内容の範囲でお受けします」と事実だけを伝えれば十分です。',
      'どうしても合意できないときは、契約途中終了リクエストや事務局への相談を検討してください。',
    ],
  },
  en: {
    title: 'Extra work asked for at the same pay',
    why: 'After the contract, being asked for work outside it (another article, other fixes, unrelated tasks) at unchanged pay is a common kind of trouble. The contract on the site is the only record you can point to later; accepting extras casually in the messages piles up unpaid work.',
    steps: [
      'Check the scope agreed in the contract and politely say whether this request is outside it.',
      'If you accept, agree the extra pay and deadline and record them by changing the contract amount or with an additional contract on the site.',
      'If it is hard to refuse, it is enough to say you will do what the contract covers.',
      'If you cannot agree, consider a 契約途中終了リクエスト or asking the office.',
    ],
  },
  sources: [SEED_LANCERS_TROUBLE, SEED_CW_TROUBLE_PREVENTION, SEED_CW_WITHDRAWAL],
};

export const examples: RuleExamples = {
  matches: [
    { text: '追加で2記事お願いします。報酬はそのままでお願いできますか？', kind: 'message' },
    { text: 'サービスで修正もう一回お願いします', kind: 'message' },
    { text: 'ついでにバナーも作っていただけますか', kind: 'message' },
    { text: '別途LPの原稿も、今回の金額の範囲でお願いします', kind: 'message', site: 'lancers' },
    { text: '追加でFAQページもお願いします。予算が増やせないのでそのままの金額で', kind: 'message' },
    { text: '単価は当初のままで、本数を10本から15本に増やしていただけますか', kind: 'message' },
    { text: '英訳も無償でお願いできますか', kind: 'message' },
    { text: '料金は変わらないのですが、追加で図解も入れてもらえますか', kind: 'message' },
    { text: '金額はこのままで、もう1本追加をお願いします', kind: 'message' },
    { text: 'ついでに表紙のデザインも直してもらえません?', kind: 'message' },
    { text: '韓国語版まで同じ料金内でお願いしたいです', kind: 'message' },
    { text: '単価は据え置きで、動画を3本から5本に変更してください', kind: 'message' },
  ],
  doesNotMatch: [
    { text: '追加で2記事お願いしたいので、追加契約を送ります。', kind: 'message' },
    { text: '追加の作業について、報酬は別途お支払いします', kind: 'message' },
    { text: '無料でご相談いただけます', kind: 'message' },
    { text: '追加で3本お願いします。同じ単価で追加契約をお送りしますね', kind: 'message' },
    { text: '次回も同じ単価でお願いできれば嬉しいです', kind: 'message' },
  ],
};
