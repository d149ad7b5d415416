/**
 * The contract page shows no 仮払い yet: a reminder not to start. It becomes a danger when the
 * client's messages already ask for the work to begin (issue 7: "danger if the messages show
 * work already asked for").
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { CW_ESCROW_FAQ, CW_PROHIBITED_FAQ, SEED_LANCERS_TROUBLE } from '../sources';

export const rule = {
  id: 'work-before-escrow/unfunded-contract',
  category: 'work-before-escrow',
  severity: 'info',
  sites: ['crowdworks', 'lancers'],
  pageKinds: ['contract', 'messages', 'proposal'],
  when: {
    all: [
      { fact: 'contract.funded', op: '==', value: false },
      { fact: 'contract.status', op: 'in', value: ['negotiating', 'active'] },
      // Hourly contracts are funded week by week; the rule is about fixed-price work.
      { not: { fact: 'contract.type', op: 'in', value: ['hourly', 'task'] } },
    ],
  },
  adjust: [
    {
      when: {
        text: {
          regex: [
            '(作業|制作|執筆|着手|撮影|編集)\\s{0,2}(を)?\\s{0,2}(開始|始め|進め|すた.?と)\\s{0,2}(して|てください|ていただ|てもらえ|お願い|ましょう|ちゃって)',
            '(早速|さっそく|すぐに|今日から|本日から|今から)\\s{0,2}(作業|着手|始め|取り掛|とりかか|進め|書き始め|制作)',
          ],
        },
        unless: [{ scope: 'sentence', pattern: { terms: ['仮払い後', '仮払いが完了', '仮払い完了', '仮払いの確認後', '仮払い済'] } }],
        kinds: ['message'],
        author: 'other',
      },
      severity: 'danger',
    },
  ],
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: 'まだ仮払いされていません。作業は仮払い後に',
    why: 'この契約はまだ仮払いが済んでいません。仮払い前の作業はクラウドワークスで違反とされ、ランサーズでも仮払いの完了後に作業を始めるルールです。相手が作業開始を急かしている場合は特に注意してください。',
    steps: [
      '契約画面に「仮払い済み」「仮払いが完了」と表示されるまで作業を始めないでください。',
      '開始を急かされたら、「仮払いの確認後にすぐ着手します」とサイト内で伝えてください。',
      '仮払いがいつまでも行われない場合は、契約を見送るか、事務局に相談してください。',
    ],
  },
  en: {
    title: 'Not funded yet: start only after 仮払い',
    why: 'This contract has no 仮払い yet. Work before 仮払い is prohibited on CrowdWorks, and Lancers’ rule is to start only once 仮払い is complete. Be especially careful if the client is pressing you to begin.',
    steps: [
      'Do not start until the contract page shows 仮払い済み / 仮払いが完了.',
      'If pressed, reply on the site that you will start as soon as 仮払い is confirmed.',
      'If 仮払い never comes, drop the contract or ask the office.',
    ],
  },
  sources: [CW_PROHIBITED_FAQ, CW_ESCROW_FAQ, SEED_LANCERS_TROUBLE],
};

export const examples: RuleExamples = {
  matches: [
    { contract: { funded: false, status: 'active', type: 'fixed' } },
    { contract: { funded: false, status: 'negotiating' }, site: 'lancers' },
    {
      text: '本日から作業を始めてください',
      kind: 'message',
      contract: { funded: false, status: 'active', type: 'fixed' },
      severity: 'danger',
    },
    {
      text: '仮払い後に作業を開始してください',
      kind: 'message',
      contract: { funded: false, status: 'active' },
      severity: 'info',
    },
  ],
  doesNotMatch: [
    { contract: { funded: true, status: 'active', type: 'fixed' } },
    { contract: { funded: false, status: 'completed' } },
    { contract: { funded: false, status: 'active', type: 'hourly' } },
    { text: '本日から作業を始めてください', kind: 'message' },
  ],
};
