/**
 * The combination that raises the unverified signal to a warning: no 本人確認, no track
 * record, and generous pay offered for beginner-level work. Each alone is common; together
 * they describe the fake-job funnel CrowdWorks' 2025 notice warns about.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { CLIENT_PAGES } from '../shared';
import { CW_SCAM_NOTICE_2025, SEED_CW_CLIENT_VANISHED } from '../sources';

export const rule = {
  id: 'unverified-client/unverified-new-high-pay',
  category: 'unverified-client',
  severity: 'warning',
  sites: ['crowdworks', 'lancers'],
  pageKinds: CLIENT_PAGES,
  when: {
    all: [
      { fact: 'client.identityVerified', op: '==', value: false },
      { any: [{ fact: 'client.reviews', op: '==', value: 0 }, { fact: 'client.ordersPosted', op: '<=', value: 1 }] },
      {
        any: [
          { all: [{ fact: 'job.paymentType', op: '==', value: 'hourly' }, { fact: 'job.budgetMin', op: '>=', value: 1800 }] },
          { all: [{ fact: 'job.paymentType', op: '==', value: 'fixed' }, { fact: 'job.budgetMax', op: '>=', value: 50000 }] },
        ],
      },
      {
        text: { terms: ['未経験', '初心者', '誰でも', 'どなたでも', 'スキル不要', '資格不要', '経験不要', '経験不問', '主婦', '学生'] },
        kinds: ['job'],
      },
    ],
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '本人確認なし・実績なしのクライアントが、未経験者に高めの報酬を提示しています',
    why: '本人確認がない、評価も募集実績もない、それなのに未経験者向けの仕事に相場より高い報酬がついている——一つひとつはよくあることですが、重なると注意が必要です。クラウドワークスの注意喚起では、実在しない仕事で応募者を集め、面談でLINEや高額なスクールに誘導する手口が紹介されています。',
    steps: [
      '仕事内容・作業量・報酬の根拠を、応募前にサイト内で具体的に尋ねてください。',
      'LINEやZoomでの面談、講座・ツールの購入、身分証の提出を求められたら、その時点でやめてください。',
      '契約する場合も、仮払いの後に作業を始めてください。',
    ],
  },
  en: {
    title: 'Unverified, new client offering high pay for beginner work',
    why: 'No identity verification, no ratings or history, and pay above market for work anyone can do: each is common alone, but together they call for care. CrowdWorks’ own warning describes fake jobs used to gather applicants who are then led, in an interview, to LINE or an expensive school.',
    steps: [
      'Before applying, ask on the site for specifics: the work, the volume and why the pay is what it is.',
      'Stop as soon as you are asked to move to LINE or Zoom, to buy a course or tool, or to send ID.',
      'If you do sign, start only after 仮払い.',
    ],
  },
  sources: [CW_SCAM_NOTICE_2025, SEED_CW_CLIENT_VANISHED],
};

const NEW_UNVERIFIED = { identityVerified: false, reviews: 0, ordersPosted: 1 };

export const examples: RuleExamples = {
  matches: [
    { text: '未経験歓迎の在宅データ入力', client: NEW_UNVERIFIED, job: { paymentType: 'fixed', budgetMax: 100000 }, pageKind: 'job' },
    { text: '主婦の方大歓迎！簡単入力', client: NEW_UNVERIFIED, job: { paymentType: 'hourly', budgetMin: 2000 }, pageKind: 'job' },
    { text: 'スキル不要のチャット対応', client: { identityVerified: false, reviews: 0 }, job: { paymentType: 'fixed', budgetMax: 250000 }, pageKind: 'job', site: 'lancers' },
  ],
  doesNotMatch: [
    { text: '未経験歓迎の在宅データ入力', client: { identityVerified: true, reviews: 0, ordersPosted: 1 }, job: { paymentType: 'fixed', budgetMax: 100000 }, pageKind: 'job' },
    { text: '未経験歓迎の在宅データ入力', client: NEW_UNVERIFIED, job: { paymentType: 'fixed', budgetMax: 5000 }, pageKind: 'job' },
    { text: 'Reactの実務経験3年以上', client: NEW_UNVERIFIED, job: { paymentType: 'fixed', budgetMax: 300000 }, pageKind: 'job' },
    { text: '未経験歓迎の在宅データ入力', client: { identityVerified: false, reviews: 25, ordersPosted: 40 }, job: { paymentType: 'fixed', budgetMax: 100000 }, pageKind: 'job' },
  ],
};
