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
    '(報酬|金額|料金|単価|予算|お支払い)\\s{0,2}(は)?\\s{0,2}(そのまま|同じ|変わらず|変わりません|変更ありません|据え置き|追加なし|変更なし|増やせ|増えません|上がりません|上げられ|変えられ)',
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
        text: { regex: ['(追加|別途|もう\\s{0,1}(1|一)(本|記事|件|点|枚|つ))'] },
        near: { pattern: SAME_PAY, within: 40 },
        kinds: ['message'],
        author: 'other',
      },
      {
        text: {
          regex: [
            '(無償|無料|ただ|さ.?びす)\\s{0,2}で\\s{0,2}(追加|修正|対応|作成|書いて|作って|もう)',
            'ついでに.{0,20}(お願い|して(いただ|くださ|もらえ|ほしい)|作って|書いて|対応)',
          ],
        },
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
  ],
  doesNotMatch: [
    { text: '追加で2記事お願いしたいので、追加契約を送ります。', kind: 'message' },
    { text: '追加の作業について、報酬は別途お支払いします', kind: 'message' },
    { text: '無料でご相談いただけます', kind: 'message' },
  ],
};
