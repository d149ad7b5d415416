/**
 * A request for more work than agreed, without a word on pay: a quiet reminder to settle the
 * extra pay on the site before starting. (When the message says the pay stays the same,
 * scope-creep/extra-work-same-pay warns instead.)
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { THREAD_PAGES } from '../shared';
import { SEED_CW_TROUBLE_PREVENTION, SEED_LANCERS_TROUBLE } from '../sources';

export const rule = {
  id: 'scope-creep/extra-work-request',
  category: 'scope-creep',
  severity: 'info',
  sites: ['crowdworks', 'lancers'],
  pageKinds: THREAD_PAGES,
  when: {
    text: {
      regex: [
        // Any て-form request: 「追加で2本書いていただけますか」「追加で作ってもらえますか」.
        '追加(で|の)\\s{0,2}.{0,20}(お願い|て(いただ|くださ|下さ|もらえ|ほしい|頂)|ご対応|ご依頼)',
        '(契約|当初|最初)(の)?\\s{0,2}(内容|範囲|予定)\\s{0,2}(に|には)?\\s{0,2}(ない|なかった|含まれていない|以外の)',
        // 「契約にはない作業ですが」.
        '(契約|当初|最初)\\s{0,2}(に|には)\\s{0,2}(ない|なかった|含まれていない|含まれない|入っていない)',
      ],
    },
    unless: [
      // Pay is already being addressed.
      { scope: 'sentence', pattern: { terms: ['追加契約', '追加報酬', '別途お支払', '別途報酬', '金額変更', '契約金額の変更', 'お見積', '費用は'] } },
    ],
    kinds: ['message'],
    author: 'other',
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '追加の作業を頼まれています',
    why: '契約にない作業は、報酬と納期を決めてから始めるのが安全です。報酬の話がないまま引き受けると、後で「契約の範囲だと思っていた」と食い違うことがあります。',
    steps: [
      '今回の依頼が契約時の作業範囲に含まれるかを確認してください。',
      '含まれない場合は、追加の報酬と納期を提案し、サイト上で契約金額の変更か追加契約をしてもらってから始めてください。',
    ],
  },
  en: {
    title: 'You are asked for extra work',
    why: 'Work outside the contract is safest started only once its pay and deadline are settled. Taking it on with no word on pay invites a later “I thought it was included”.',
    steps: [
      'Check whether the request is within the scope agreed at the contract.',
      'If not, propose the extra pay and deadline, and start only once the contract amount is changed or an additional contract is made on the site.',
    ],
  },
  sources: [SEED_LANCERS_TROUBLE, SEED_CW_TROUBLE_PREVENTION],
};

export const examples: RuleExamples = {
  matches: [
    { text: '記事のクオリティが条件に満たないため、追加の記事作成をお願いします。', kind: 'message' },
    { text: '追加でSNS用の画像も作成していただけますか', kind: 'message' },
    { text: '当初の予定にはなかったのですが、翻訳もお願いします', kind: 'message' },
    { text: '契約には含まれていないのですが、画像選定もお願いできますか', kind: 'message' },
    { text: '追加で動画を1本作ってもらえますか', kind: 'message' },
  ],
  doesNotMatch: [
    { text: '追加で2本お願いしたいので、追加契約をお送りします', kind: 'message' },
    { text: '追加の修正はありません。ありがとうございました。', kind: 'message' },
    { text: '追加でお願いしたい作業があり、お見積をいただけますか', kind: 'message' },
  ],
};
