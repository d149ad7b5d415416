/**
 * The worker pays before earning: 登録料, 教材費, 初期費用, 保証金, a tool or manual to buy, a
 * paid support plan. Work platforms pay workers; a job that charges them is the side-business
 * scam pattern the consumer authorities keep describing (cheap manual, then a costly plan).
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { JOB_AND_THREAD_PAGES, NOT_ASKING } from '../shared';
import { CAA_SIDE_JOB_NOTICE_2022, CW_PROHIBITED_FAQ, CW_SCAM_NOTICE_2025, SEED_CW_TROUBLE_PREVENTION } from '../sources';

/** 「無料」「0円」「弊社負担」: the fee is named only to say there is none. */
const NO_FEE = {
  scope: 'sentence' as const,
  pattern: {
    terms: ['無料', '弊社負担', '当方負担', 'こちらで負担', 'こちら負担', '会社負担', '一切かかりません', 'かかりません', 'ゼロ', '発生しません', 'いただきません', '頂きません', 'ございません', 'なし'],
    // 「0円」, but not the tail of 「19,800円」.
    regex: ['(^|[^\\d,.])0\\s?円'],
  },
};

export const rule = {
  id: 'upfront-fee/pay-to-start',
  category: 'upfront-fee',
  severity: 'danger',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    any: [
      {
        text: {
          terms: ['登録料', '登録費', '入会金', '入会費', '教材費', '教材代', '初期費用', '初期投資', '研修費', '研修料', '受講料', '受講費', '保証金', '加盟金', 'システム利用費', 'マニュアル代', 'サポート費用', 'サポート料', '参加費', '月会費', '年会費', 'ツール代', 'ツール利用料'],
        },
        unless: [...NOT_ASKING, NO_FEE],
        kinds: ['job', 'message', 'contract'],
        author: 'other',
      },
      {
        text: {
          regex: [
            '(まにゅある|つ.?る|教材|さぽ.?とぷらん|ぷらん|そふと|あぷり|ぱっけ.?じ|きっと|しすてむ|自動売買|ea)[^。\\n]{0,15}(を|の)\\s{0,2}(ご)?(購入|お買い?求め|買って)(が|は)?\\s{0,2}(必要|必須|条件|いただ|くださ|頂)',
            // A price the worker is to pay: 「9,800円をご購入いただきます」「3,000円をお振込みください」.
            '\\d{1,3}(,\\d{3}){0,2}\\s{0,2}円\\s{0,2}\\)?\\s{0,2}(を|の)\\s{0,2}(ご|お)?(購入|支払|振り?込|入金)\\s{0,2}(み|い)?\\s{0,2}(いただきます|いただく|ください|下さい|が必要)',
            '(事前に|最初に|はじめに|初めに|まず)\\s{0,2}(\\d{1,3}(,\\d{3}){0,3}|\\d{1,7})\\s{0,2}(円|万円)\\s{0,2}(を|の)?\\s{0,2}(お?支払|お?振り?込|ご入金|入金|ご負担)',
            '(費用|料金|代金)(が|は)?\\s{0,2}(かかります|必要です|必要になります|ご負担)',
          ],
        },
        unless: [...NOT_ASKING, NO_FEE],
        kinds: ['job', 'message', 'contract'],
        author: 'other',
      },
    ],
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '仕事を始めるためにお金を払うよう求められています',
    why: '仕事の受注者が先にお金を払う必要はありません。登録料・教材費・ツール代・サポートプランなどを払わせる「仕事」は、副業詐欺でよく見られる流れ(安いマニュアル → LINE登録 → 電話 → 高額なサポート契約)の入口です。クラウドワークスも、情報商材の購入やセミナー参加を条件にする募集を違反としています。',
    steps: [
      'お金は払わず、カード情報や口座情報も伝えないでください。',
      '「返金保証」「必ず稼げる」と言われても信じず、契約や申し込みをしないでください。',
      'すでに払ってしまった場合は、やり取りと支払いの記録を残し、消費者ホットライン(188)に相談してください。',
      '「この仕事を通報する」または「違反報告する」から事務局に報告してください。',
    ],
  },
  en: {
    title: 'You are asked to pay to start working',
    why: 'A worker never needs to pay to get work. Jobs that charge a registration fee, teaching materials, a tool or a support plan are the entry of a well-known side-business scam (cheap manual → LINE → phone call → expensive support plan). CrowdWorks also forbids postings that require buying info products or attending seminars.',
    steps: [
      'Do not pay, and do not give card or bank details.',
      'Ignore promises such as “money-back guarantee” or “sure to earn”; do not sign up.',
      'If you have already paid, keep the messages and payment records and call the consumer hotline 188.',
      'Report it with 「この仕事を通報する」 or 「違反報告する」.',
    ],
  },
  sources: [CW_PROHIBITED_FAQ, CW_SCAM_NOTICE_2025, SEED_CW_TROUBLE_PREVENTION, CAA_SIDE_JOB_NOTICE_2022],
};

export const examples: RuleExamples = {
  matches: [
    '開始時に教材費として19,800円が必要です。',
    { text: '作業にはツールの購入が必要となります', kind: 'message' },
    { text: 'まず3,000円をお振込みいただいた方にマニュアルをお送りします', kind: 'message' },
    '初期費用はかかりますが、すぐに回収できます。',
    { text: 'サポートプランの購入が条件です', kind: 'message', site: 'lancers' },
  ],
  doesNotMatch: [
    '登録料・初期費用は一切かかりません。',
    '教材費は弊社負担です。',
    '作業に必要なツールは無料で貸与します。',
    '報酬は検収後にお支払いします。',
  ],
};
