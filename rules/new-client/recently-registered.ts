/**
 * A client account registered within the last 30 days. Context only: new accounts are also
 * how removed accounts come back.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { CLIENT_PAGES } from '../shared';
import { CW_SCAM_NOTICE_2025, SEED_CW_CLIENT_VANISHED } from '../sources';

/** An account younger than this counts as recent. */
const RECENT_DAYS = 30;

export const rule = {
  id: 'new-client/recently-registered',
  category: 'new-client',
  severity: 'info',
  sites: ['crowdworks', 'lancers'],
  pageKinds: CLIENT_PAGES,
  when: { daysSince: 'client.registeredAt', op: '<', value: RECENT_DAYS },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '登録して間もないクライアントです',
    why: '登録から日の浅いアカウントには、まだ評価や実績がありません。多くは普通の新規クライアントですが、利用制限を受けた相手が作り直したアカウントであることもあります。',
    steps: [
      '仕事内容が具体的か、報酬が作業に見合っているかを確認してください。',
      'サイト外への誘導や、購入・登録を求める話が出たら応じないでください。',
      '仮払いの後に作業を始めてください。',
    ],
  },
  en: {
    title: 'The client registered recently',
    why: 'A recently created account has no ratings or history yet. Most are ordinary new clients, but some are accounts re-created after a restriction.',
    steps: [
      'Check that the job is specific and the pay fits the work.',
      'Do not follow requests to move off the site or to buy or sign up for something.',
      'Start only after 仮払い.',
    ],
  },
  sources: [SEED_CW_CLIENT_VANISHED, CW_SCAM_NOTICE_2025],
};

export const examples: RuleExamples = {
  matches: [
    { client: { registeredAt: '2026-11-10' }, now: '2026-11-21T12:00:00+09:00' },
    { client: { registeredAt: '2026-11-21T08:00:00+09:00' }, pageKind: 'client' },
    { client: { registeredAt: '2026-10-30' }, site: 'lancers' },
  ],
  doesNotMatch: [
    { client: { registeredAt: '2020-04-01' } },
    { client: { registeredAt: null } },
    { client: { registeredAt: '2026-10-22' }, now: '2026-11-21T12:00:00+09:00', note: '30 days' },
  ],
};
