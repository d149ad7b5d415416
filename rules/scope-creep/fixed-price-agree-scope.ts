/**
 * A quiet reminder while a fixed-price project is being negotiated: CrowdWorks' own figures
 * show fixed-price projects as the most trouble-prone format, and both seeds advise agreeing
 * the scope in writing before the contract.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { SEED_CW_TROUBLE_PREVENTION, SEED_LANCERS_TROUBLE } from '../sources';

export const rule = {
  id: 'scope-creep/fixed-price-agree-scope',
  category: 'scope-creep',
  severity: 'info',
  sites: ['crowdworks', 'lancers'],
  pageKinds: ['proposal', 'contract', 'messages'],
  when: {
    all: [
      { fact: 'contract.type', op: '==', value: 'fixed' },
      { fact: 'contract.status', op: '==', value: 'negotiating' },
    ],
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '固定報酬の契約前に、作業範囲を文章で決めておきましょう',
    why: 'クラウドワークスの公式ページによると、固定報酬制のプロジェクトはトラブルや困りごとが最も起きやすい形式です。多いのは、作業内容の認識のずれと、契約後の追加の要求です。',
    steps: [
      '作業内容・数量・納期・修正回数・納品形式を、メッセージで一つずつ確認してください。',
      '合意した内容を契約内容(またはメッセージ)に書き残し、後から見返せるようにしてください。',
      '仮払いが済んでから作業を始めてください。',
    ],
  },
  en: {
    title: 'Before a fixed-price contract, agree the scope in writing',
    why: 'CrowdWorks’ own page says fixed-price projects are the format where trouble happens most. The usual causes are mismatched expectations about the work and new demands after the contract.',
    steps: [
      'Confirm the work, quantity, deadline, number of revisions and delivery format one by one in the messages.',
      'Write what you agreed into the contract (or the messages) so it can be checked later.',
      'Start only after 仮払い.',
    ],
  },
  sources: [SEED_CW_TROUBLE_PREVENTION, SEED_LANCERS_TROUBLE],
};

export const examples: RuleExamples = {
  matches: [
    { contract: { type: 'fixed', status: 'negotiating' } },
    { contract: { type: 'fixed', status: 'negotiating' }, site: 'lancers', pageKind: 'contract' },
    { contract: { type: 'fixed', status: 'negotiating', funded: false }, pageKind: 'messages' },
  ],
  doesNotMatch: [
    { contract: { type: 'hourly', status: 'negotiating' } },
    { contract: { type: 'fixed', status: 'active' } },
    { contract: { type: 'fixed', status: 'negotiating' }, pageKind: 'job' },
    { text: '固定報酬のお仕事です' },
  ],
};
