/**
 * Lending or selling one's name, bank account, phone or SIM: 口座の買取, 携帯を契約して渡す,
 * 名義貸し. These end up as fraud accounts and burner phones, and handing them over is a crime
 * in itself.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { JOB_AND_THREAD_PAGES, WARNS_ABOUT_CRIME } from '../shared';
import { NPA_WHITE_PAPER_2025, NPA_YAMIBAITO } from '../sources';

export const rule = {
  id: 'criminal-recruitment/name-lending',
  category: 'criminal-recruitment',
  severity: 'danger',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    text: {
      terms: ['名義貸し', '口座売買', '口座買取', '口座の買取', '口座レンタル', '携帯買取'],
      regex: [
        '(口座|通帳|きゃっしゅか.?ど)\\s{0,2}(を|の)?\\s{0,2}(売買|買い?取|譲渡|譲って|売って|売る|売却|貸して|貸し出|れんたる|お貸し)',
        '(携帯|すまほ|sim|回線|携帯電話)\\s{0,2}(を|の)?\\s{0,2}(新規)?\\s{0,2}(契約して|契約代行|名義|譲渡|譲って|売って|買い?取)',
        '名義\\s{0,2}(を|の)?\\s{0,2}(貸|借り|お借り|使わせ|お貸し|れんたる)',
        '(口座|通帳)\\s{0,2}(を)?\\s{0,2}(新しく|新規)?\\s{0,2}開設して\\s{0,2}(送|渡|譲|売|お渡し)',
      ],
    },
    unless: [
      WARNS_ABOUT_CRIME,
      { scope: 'sentence', pattern: { terms: ['犯罪です', '違法です', '禁止'] } },
      // A licensed buyback shop as the subject of design or writing work.
      { scope: 'sentence', pattern: { terms: ['買取店', '買取業者', '買取サービス', 'チラシ', 'バナー', 'ロゴ', 'LP', 'デザイン'], wordBoundary: true } },
    ],
    kinds: ['job', 'message', 'contract'],
    author: 'other',
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '口座・携帯・名義の売買や貸し借りを持ちかけられています',
    why: '自分の口座や携帯電話、名義を他人に売ったり貸したりすると、詐欺の振込先や連絡用の電話として使われます。譲り渡すこと自体が犯罪になり、口座の凍結や新しい口座が作れなくなるなど、長く不利益が続きます。',
    steps: [
      '口座・キャッシュカード・携帯電話・SIMを渡したり契約したりしないでください。',
      'すでに渡してしまった場合は、銀行や携帯会社に連絡して止め、警察に相談してください(#9110)。',
      '「この仕事を通報する」または「違反報告する」から事務局に知らせてください。',
    ],
  },
  en: {
    title: 'Selling or lending your bank account, phone or name',
    why: 'An account, phone or name sold or lent to others becomes a fraud drop account or a burner phone. Handing them over is itself a crime, and it can get your accounts frozen and stop you opening new ones for years.',
    steps: [
      'Do not hand over or open bank accounts, cash cards, phones or SIMs for anyone.',
      'If you already did, call the bank or phone company to stop them and consult the police (#9110).',
      'Report it with 「この仕事を通報する」 or 「違反報告する」.',
    ],
  },
  sources: [NPA_WHITE_PAPER_2025, NPA_YAMIBAITO],
};

export const examples: RuleExamples = {
  matches: [
    '使っていない銀行口座を買い取ります。',
    { text: 'スマホを新規契約して送っていただくだけです', kind: 'message' },
    '名義をお借りするだけの簡単なお仕事',
  ],
  doesNotMatch: [
    '口座の売買は犯罪です、という啓発記事を書いてください。',
    '携帯電話の料金プランを比較する記事です。',
    '銀行口座の開設手順を図解してください。',
    'スマホ買取店のチラシを作ってください。',
  ],
};
