/**
 * Pay out of line with the work: simple beginner tasks (data entry, copy-paste, taps) at an
 * hourly rate or a fixed budget far above what such work earns on the platforms. The
 * thresholds sit well above the ordinary market for entry work (about 1,000 yen an hour),
 * so only the implausible offers trip them.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { JOB_PAGES } from '../shared';
import { CW_LOW_PAY_ALERT, CW_SCAM_NOTICE_2025 } from '../sources';

/** Hourly pay at or above this for beginner entry work is implausible. */
const HOURLY_YEN = 2000;
/** A fixed budget at or above this for beginner entry work is implausible. */
const FIXED_YEN = 200_000;

export const rule = {
  id: 'too-good-pay/high-pay-simple-work',
  category: 'too-good-pay',
  severity: 'warning',
  sites: ['crowdworks', 'lancers'],
  pageKinds: [...JOB_PAGES, 'proposal-form'],
  when: {
    all: [
      {
        any: [
          { all: [{ fact: 'job.paymentType', op: '==', value: 'hourly' }, { fact: 'job.budgetMin', op: '>=', value: HOURLY_YEN }] },
          { all: [{ fact: 'job.paymentType', op: '==', value: 'fixed' }, { fact: 'job.budgetMin', op: '>=', value: FIXED_YEN }] },
        ],
      },
      {
        text: { terms: ['未経験', '初心者', '誰でも', 'どなたでも', 'スキル不要', '資格不要', '経験不要', '経験不問', '特別なスキルは不要'] },
        kinds: ['job'],
      },
      {
        text: {
          terms: ['データ入力', '入力作業', '入力スタッフ', '入力業務', '簡単入力', 'コピペ', 'タイピング', '文字入力', '簡単作業', '簡単な作業', '軽作業', 'スマホ作業', 'リスト作成', 'アンケート回答', 'タップ作業', '転記'],
        },
        kinds: ['job'],
      },
    ],
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '作業内容に比べて報酬が高すぎます',
    why: '未経験でもできる入力作業などの相場に比べて、時給や固定報酬が大きく上回っています。相場からかけ離れた好条件は、応募者を集めてLINEやスクール、教材の購入に誘導する募集でよく見られます(クラウドワークスの注意喚起)。',
    steps: [
      '作業内容・作業量・報酬の内訳を、応募前にサイト内で具体的に確認してください。',
      '契約前の面談でLINE交換や講座の案内、支払いの話が出たら応じないでください。',
      '契約する場合は、仮払いの後に作業を始めてください。',
    ],
  },
  en: {
    title: 'The pay is far above what the work is worth',
    why: 'The hourly rate or fixed budget is far above the going rate for beginner entry work. Offers this far out of line are typical of postings that gather applicants and lead them to LINE, a school or buying materials (CrowdWorks’ own warning).',
    steps: [
      'Before applying, ask on the site for the concrete work, volume and how the pay breaks down.',
      'If a pre-contract interview turns to LINE, courses or payments, decline.',
      'If you sign, start only after 仮払い.',
    ],
  },
  sources: [CW_SCAM_NOTICE_2025, CW_LOW_PAY_ALERT],
};

export const examples: RuleExamples = {
  matches: [
    { text: '【主婦・初心者歓迎！時給2,000円！】簡単入力スタッフ募集', job: { paymentType: 'hourly', budgetMin: 2000, budgetMax: 3000 } },
    { text: '【長期歓迎】未経験から始められる在宅データ入力', job: { paymentType: 'fixed', budgetMin: 250000, budgetMax: 300000 } },
    { text: '誰でもできるコピペ作業です', job: { paymentType: 'hourly', budgetMin: 2500 }, site: 'lancers' },
  ],
  doesNotMatch: [
    { text: '未経験歓迎の在宅データ入力', job: { paymentType: 'hourly', budgetMin: 1000, budgetMax: 1200 } },
    { text: 'Webアプリ開発(React/TypeScript)未経験不可', job: { paymentType: 'fixed', budgetMin: 300000 } },
    { text: '未経験歓迎の在宅データ入力', job: { paymentType: 'fixed', budgetMin: 50000, budgetMax: 100000 } },
    { text: '未経験歓迎の在宅データ入力' },
  ],
};
