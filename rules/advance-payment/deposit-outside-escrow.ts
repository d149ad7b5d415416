/**
 * 着手金 / 手付金 / 前金: money paid before completion outside the platform's escrow. Not a
 * violation on CrowdWorks, but the platform takes no responsibility for it, so the risk
 * (and the paperwork) is the two parties' own.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { ABOUT_THE_TOPIC, JOB_AND_THREAD_PAGES, NOT_ASKING } from '../shared';
import { SEED_CW_TROUBLE_PREVENTION } from '../sources';

export const rule = {
  id: 'advance-payment/deposit-outside-escrow',
  category: 'advance-payment',
  severity: 'warning',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    text: {
      regex: [
        '(着手金|手付金|手付け金|前金|内金)',
        // 「前払いで報酬をお渡し」「先払いでお振込み」: the object may sit between.
        '(前払い|先払い)\\s{0,2}(で|にて|として)?[^。\\n、]{0,6}(お?支払|お?振り?込|送金|入金|お渡し)',
        // Paid when the work starts: 「報酬のうち2万円は着手時にお渡しします」.
        '(着手時|着手前|作業前|開始前|契約時)\\s{0,2}(に)?\\s{0,2}(先に)?\\s{0,2}(お?支払|お渡し|お?振り?込|送金)',
        // Part of the pay before the work: 「報酬の半額を先にお支払い」.
        '(報酬|代金|お支払い)\\s{0,2}(の)?\\s{0,2}(半額|半分|一部|全額|\\d{1,2}\\s{0,2}(%|割))\\s{0,2}(を|は)?\\s{0,2}(先に|前もって|事前に|先払い|前払い)',
      ],
    },
    unless: [
      ...NOT_ASKING,
      ABOUT_THE_TOPIC,
      // 着手金 is also a law-firm fee, a frequent subject of writing work for law offices.
      { scope: 'sentence', pattern: { terms: ['法律事務所', '弁護士', '士業', '行政書士', '司法書士'] } },
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
    { text: '先払いで代金をお支払いしますね', kind: 'message' },
    { text: '報酬の3割を事前にお渡しする形でいかがでしょう', kind: 'message' },
    { text: '前払いで3分の1だけ送金しますね', kind: 'message' },
    { text: '半額は作業前にお振込みします', kind: 'message' },
  ],
  doesNotMatch: [
    '着手金はいただきません。',
    { text: '仮払い(前払い)が完了しましたのでご安心ください', kind: 'message' },
    '作業着手の目安は契約後3日以内です。',
    '弁護士費用の着手金について解説する記事を書いてください。',
    '法律事務所の料金ページ(着手金・報酬金)の文章作成です。',
    { text: '報酬の全額を先に仮払いしていただく決まりです', kind: 'message' },
  ],
};
