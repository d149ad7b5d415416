/**
 * A client rated below the user's threshold (default 4.0) on enough reviews (default 3).
 * Both seeds put checking the client's rating first among the ways to avoid trouble.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { CLIENT_PAGES } from '../shared';
import { SEED_CW_CLIENT_VANISHED, SEED_LANCERS_TROUBLE } from '../sources';

export const rule = {
  id: 'low-client-rating/below-threshold',
  category: 'low-client-rating',
  severity: 'warning',
  sites: ['crowdworks', 'lancers'],
  pageKinds: CLIENT_PAGES,
  when: {
    all: [
      { fact: 'client.rating', op: '<', value: { setting: 'minClientRating' } },
      { fact: 'client.reviews', op: '>=', value: { setting: 'minReviewsForRating' } },
    ],
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: 'クライアントの評価が低めです',
    why: 'クライアントの評価は、過去のワーカーが実際に取引した結果です。評価が低いクライアントとは、契約内容と違う要求、急なキャンセル、連絡の途絶などのトラブルが起きやすいとされています。',
    steps: [
      'クライアントのプロフィールで、低い評価につけられたコメントを読んでください。',
      '気になる点(支払い・修正・連絡の速さ)は、応募前や契約前にサイト内で確認してください。',
      '受ける場合は、作業範囲と報酬を文章で確認し、仮払い後に始めてください。',
    ],
  },
  en: {
    title: 'This client is rated low',
    why: 'A client’s rating comes from workers who actually dealt with them. With low-rated clients, trouble such as demands beyond the contract, sudden cancellations or silence is more likely.',
    steps: [
      'Read the comments attached to the low ratings on the client’s profile.',
      'Ask on the site about what worries you (payment, revisions, response time) before applying or signing.',
      'If you go ahead, confirm scope and pay in writing and start only after 仮払い.',
    ],
  },
  sources: [SEED_LANCERS_TROUBLE, SEED_CW_CLIENT_VANISHED],
};

export const examples: RuleExamples = {
  matches: [
    { client: { rating: 3.2, reviews: 12 } },
    { client: { rating: 3.9, reviews: 3 }, site: 'lancers', pageKind: 'client' },
    { client: { rating: 4.3, reviews: 10 }, settings: { minClientRating: 4.5 } },
  ],
  doesNotMatch: [
    { client: { rating: 4.6, reviews: 40 } },
    { client: { rating: 2.0, reviews: 1 }, note: 'too few reviews to judge' },
    { client: { rating: null, reviews: 0 } },
  ],
};
