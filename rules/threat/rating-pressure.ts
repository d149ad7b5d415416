/**
 * The rating used as a lever: 「低評価をつけますよ」「評価を下げます」 unless the worker gives in.
 * Withdrawing can bring a low rating (seed 003), but a rating threatened to extract unpaid
 * work is pressure the office should hear about.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { THREAD_PAGES } from '../shared';
import { SEED_CW_TROUBLE_PREVENTION, SEED_CW_WITHDRAWAL } from '../sources';

export const rule = {
  id: 'threat/rating-pressure',
  category: 'threat',
  severity: 'warning',
  sites: ['crowdworks', 'lancers'],
  pageKinds: THREAD_PAGES,
  when: {
    text: {
      regex: [
        // 「★1の評価をつけます」「低評価にせざるを得ません」: the rating word may be repeated, or 「に」 + する.
        '(低評価|最低評価|悪い評価|(星|★|☆)\\s{0,2}1|ばっど評価|悪評)\\s{0,2}(の)?\\s{0,2}(評価|れびゅ.?)?\\s{0,2}(を|に)?\\s{0,2}(つけ|付け|入れ|書き|せ|し|さ)(ます|させて|させていただ|せていただ|せて|ざるを|てやる|るぞ|るからな|ることになります)',
        '評価\\s{0,2}(を)?\\s{0,2}(下げ|落と)(ます|させて|ざるを|てやる|るぞ|るからな|ることになります)',
        // 「相応の評価をつけさせていただきます」: a veiled low rating.
        '(相応の|それなりの|しかるべき|厳しい|それ相応の)\\s{0,2}評価\\s{0,2}(を)?\\s{0,2}(つけ|付け|させ|し|下さ)(ます|させて|させていただ|せていただ|ざるを|ることになります)',
        // 「評価で最低をつけることになります」「評価は星1にします」.
        '評価\\s{0,2}(で|は|を)?\\s{0,2}(最低|最悪|(星|★|☆)\\s{0,2}1)\\s{0,2}(の評価)?\\s{0,2}(を|に)?\\s{0,2}(つけ|付け|入れ|せ|し|さ)(ます|させて|させていただ|せていただ|せて|ざるを|てやる|るぞ|るからな|ることになります)',
      ],
    },
    unless: [{ scope: 'sentence', pattern: { terms: ['つもりはありません', 'ことはありません', 'しません', 'いたしません'] } }],
    kinds: ['message'],
    author: 'other',
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '評価を下げると言って圧力をかけられています',
    why: '「言うとおりにしないと低評価をつける」という言い方は、無償の追加作業や不利な条件を飲ませるための圧力です。途中辞退などで低評価がつくことはありますが、脅しとして使われたときは事務局に記録を見てもらう価値があります。',
    steps: [
      'メッセージを消さず、記録を残してください。',
      '契約で決めた範囲と報酬を、丁寧な言葉で改めて伝えてください。',
      '追加の作業に応じる場合は、契約金額の変更など、サイト上の手続きで条件を残してください。',
      '脅しが続く場合は「違反報告する」から事務局に相談してください。',
    ],
  },
  en: {
    title: 'Your rating is used to pressure you',
    why: '“Do as I say or I will give you a bad rating” is pressure to get unpaid extra work or worse terms. A low rating can follow a withdrawal, but when it is used as a threat the office should see the record.',
    steps: [
      'Do not delete the messages; keep a record.',
      'Restate politely what the contract covers and what it pays.',
      'If you agree to extra work, change the contract amount on the site so the terms are recorded.',
      'If the pressure continues, report it with 「違反報告する」.',
    ],
  },
  sources: [SEED_CW_WITHDRAWAL, SEED_CW_TROUBLE_PREVENTION],
};

export const examples: RuleExamples = {
  matches: [
    { text: '修正に応じないなら低評価をつけますよ', kind: 'message' },
    { text: '評価を下げさせていただきます', kind: 'message' },
    { text: '星1をつけます', kind: 'message', site: 'lancers' },
    { text: '★1のレビューを書きますね', kind: 'message' },
    { text: 'この出来なら最低評価にします', kind: 'message' },
    { text: '評価は星1にさせていただきます', kind: 'message' },
    { text: 'それなりの評価をつけさせていただきます', kind: 'message' },
  ],
  doesNotMatch: [
    { text: '低評価をつけるつもりはありません', kind: 'message' },
    { text: '評価を下げる要因を分析してください', kind: 'message' },
    { text: '高評価をつけていただきありがとうございます', kind: 'message' },
    { text: '低評価にしないよう、丁寧に対応します', kind: 'message' },
  ],
};
