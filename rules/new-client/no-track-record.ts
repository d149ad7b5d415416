/**
 * A client with no reviews and at most one posting (the current one may be counted): nothing
 * yet shows how they deal with workers. Context only.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { CLIENT_PAGES } from '../shared';
import { SEED_CW_CLIENT_VANISHED, SEED_LANCERS_TROUBLE } from '../sources';

export const rule = {
  id: 'new-client/no-track-record',
  category: 'new-client',
  severity: 'info',
  sites: ['crowdworks', 'lancers'],
  pageKinds: CLIENT_PAGES,
  when: {
    all: [
      { fact: 'client.reviews', op: '==', value: 0 },
      // 募集実績 may include the job being viewed, so one posting still means no history.
      { fact: 'client.ordersPosted', op: '<=', value: 1 },
    ],
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: 'クライアントにはまだ評価も取引実績もありません',
    why: '初めて発注するクライアントは珍しくありませんが、評価がないぶん、支払いや連絡の確かさを過去の取引から判断できません。',
    steps: [
      '作業内容・納期・報酬・修正の範囲を、契約前にサイト内で文章にしておいてください。',
      '本人確認や発注ルールチェック(ランサーズは認証)の表示も確認してください。',
      '必ず仮払いの後に作業を始め、大きな作業は区切って納品・検収してもらってください。',
    ],
  },
  en: {
    title: 'The client has no ratings or history yet',
    why: 'First-time clients are common, but without ratings there is no record to judge how reliably they pay or communicate.',
    steps: [
      'Put the work, deadline, pay and revision scope in writing on the site before the contract.',
      'Check identity verification and the 発注ルールチェック badge (Lancers: verifications).',
      'Start only after 仮払い, and split large work into stages delivered and inspected one by one.',
    ],
  },
  sources: [SEED_LANCERS_TROUBLE, SEED_CW_CLIENT_VANISHED],
};

export const examples: RuleExamples = {
  matches: [
    { client: { reviews: 0, ordersPosted: 0 } },
    { client: { reviews: 0, ordersPosted: 1 }, pageKind: 'client' },
    { client: { reviews: 0, ordersPosted: 1 }, site: 'lancers', pageKind: 'job-list' },
  ],
  doesNotMatch: [
    { client: { reviews: 0, ordersPosted: 12 } },
    { client: { reviews: 3, ordersPosted: 1 } },
    { client: { reviews: null, ordersPosted: null } },
  ],
};
