/**
 * 着手金 / 手付金 / 前金: money paid before completion outside the platform's escrow. Not a
 * violation on CrowdWorks, but the platform takes no responsibility for it, so the risk
 * (and the paperwork) is the two parties' own.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { JOB_AND_THREAD_PAGES, NOT_ASKING } from '../shared';
import { SEED_CW_TROUBLE_PREVENTION } from '../sources';

export const rule = {
  id: 'advance-payment/deposit-outside-escrow',
  category: 'advance-payment',
  severity: 'warning',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    text: {
      regex: ['(着手金|手付金|手付け金|前金|内金)', '前払い\\s{0,2}(で|にて|として)?\\s{0,2}(お?支払|お?振り?込|送金|入金|お渡し)'],
    },
    unless: [
      ...NOT_ASKING,
      // 仮払い is the platform's own escrow, sometimes loosely called 前払い.
      { scope: 'sentence', pattern: { terms: ['仮払い', '仮払'] } },
      { scope: 'sentence', pattern: { terms: ['なし', '無し', 'ありません', 'いただきません', '頂きません'] } },
    ],
    kinds: ['job', 'message', 'contract'],
    author: 'other',
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '着手金・手付金など、サイト外での前払いの話が出ています',
    why: '着手金や手付金は禁止ではありませんが、サイトが想定する報酬の受け渡し方法(仮払い)とは別の取り決めで、クラウドワークスは一切責任を負わないとしています。支払った・受け取ったの食い違いや、支払い後の音信不通が起きても、運営の保護は受けられません。',
    steps: [
      'できるだけ仮払いの仕組みの中で取引してもらえないか相談してください。',
      '受け入れる場合は、別途の契約書で金額・支払日・本人確認の方法・連絡先・契約が反故にされた場合の扱いを決め、責任の所在をはっきりさせてください。',
      '相手からお金を払うよう求められる場合は、前払いではなく詐欺の可能性が高いので応じないでください。',
      'やり取りはサイト内のメッセージに残してください。',
    ],
  },
  en: {
    title: 'A deposit or advance outside the escrow is mentioned',
    why: 'A deposit (着手金, 手付金) is not forbidden, but it is outside the payment flow the site provides (仮払い), and CrowdWorks takes no responsibility for it. If the money goes missing or the other side vanishes after paying or being paid, the platform cannot help.',
    steps: [
      'Ask whether the deal can stay within the site’s 仮払い instead.',
      'If you accept it, sign a separate written contract: amount, date, how identities are checked, contact details, and what happens if the contract is broken.',
      'If it is you who is asked to pay, it is not an advance but a likely scam: refuse.',
      'Keep the conversation in the site’s messages.',
    ],
  },
  sources: [SEED_CW_TROUBLE_PREVENTION],
};

export const examples: RuleExamples = {
  matches: [
    { text: '着手金として報酬の半額を先にお支払いします', kind: 'message' },
    '手付金3万円をお渡しのうえ作業開始となります。',
    { text: '前払いでお振込みしますので口座を教えてください', kind: 'message' },
  ],
  doesNotMatch: [
    '着手金はいただきません。',
    { text: '仮払い(前払い)が完了しましたのでご安心ください', kind: 'message' },
    '作業着手の目安は契約後3日以内です。',
  ],
};
