/**
 * A client who completes few of the projects they start (CrowdWorks プロジェクト完了率), on a
 * meaningful number of orders. Unfinished projects mean cancelled or abandoned contracts.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { CLIENT_PAGES } from '../shared';
import { SEED_CW_CLIENT_VANISHED } from '../sources';

/** Below this share of completed projects the record is worth a look. */
const LOW_COMPLETION_PERCENT = 50;
/** Fewer orders than this say too little. */
const MIN_ORDERS = 5;

export const rule = {
  id: 'low-client-rating/low-completion-rate',
  category: 'low-client-rating',
  severity: 'warning',
  sites: ['crowdworks', 'lancers'],
  pageKinds: CLIENT_PAGES,
  when: {
    all: [
      { fact: 'client.completionRate', op: '<', value: LOW_COMPLETION_PERCENT },
      { fact: 'client.ordersPosted', op: '>=', value: MIN_ORDERS },
    ],
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: 'クライアントのプロジェクト完了率が低めです',
    why: '完了率が低いのは、契約したプロジェクトの多くが完了まで進まず、途中で終了・キャンセルされていることを示します。途中で連絡が途絶える、報酬が支払われないといったトラブルにつながることがあります。',
    steps: [
      'クライアントの評価コメントや過去の募集を見て、途中終了の理由が分かるか確認してください。',
      '契約前に、作業の進め方・納期・検収の基準をサイト内で確認してください。',
      '受ける場合は、作業を区切って仮払いしてもらい、一度に大きな作業を抱えないようにしてください。',
    ],
  },
  en: {
    title: 'This client completes few projects',
    why: 'A low completion rate means many of this client’s contracts did not reach completion and were ended or cancelled midway, which can mean silence or unpaid work.',
    steps: [
      'Look at the client’s ratings and past postings for why projects ended early.',
      'Before signing, confirm on the site how the work will run, the deadlines and the inspection criteria.',
      'If you go ahead, split the work into milestones each with its own 仮払い.',
    ],
  },
  sources: [SEED_CW_CLIENT_VANISHED],
};

export const examples: RuleExamples = {
  matches: [
    { client: { completionRate: 30, ordersPosted: 20 } },
    { client: { completionRate: 0, ordersPosted: 5 }, pageKind: 'client' },
    { client: { completionRate: 49, ordersPosted: 8 }, site: 'lancers' },
  ],
  doesNotMatch: [
    { client: { completionRate: 95, ordersPosted: 40 } },
    { client: { completionRate: 0, ordersPosted: 1 } },
    { client: { completionRate: null, ordersPosted: 10 } },
  ],
};
