/**
 * Delivered and still not inspected after the user's threshold (default 7 days). CrowdWorks'
 * guideline for inspection is one week; after that its office contacts the client and may
 * complete the inspection under the terms. Lancers has no automatic inspection for projects,
 * so its route is the 連絡催促申請.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { CONTRACT_PAGES } from '../shared';
import {
  CW_CONTACT_REMINDER_FAQ,
  CW_INQUIRY,
  CW_INSPECTION_FAQ,
  LANCERS_PROJECT_GUIDE,
  LANCERS_REMINDER_FAQ,
  SEED_CW_CLIENT_VANISHED,
} from '../sources';

export const rule = {
  id: 'inspection-overdue/delivered-not-inspected',
  category: 'inspection-overdue',
  severity: 'warning',
  sites: ['crowdworks', 'lancers'],
  pageKinds: CONTRACT_PAGES,
  when: {
    all: [
      { daysSince: 'contract.deliveredAt', op: '>', value: { setting: 'inspectionOverdueDays' } },
      { not: { fact: 'contract.status', op: 'in', value: ['completed', 'cancelled'] } },
    ],
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '納品から日数が経っても検収されていません',
    why: 'クラウドワークスでは、クライアントの検収期間の目安は1週間です。目安を過ぎても検収されない場合は事務局に連絡すると、事務局からクライアントに連絡し、その後は規約に基づいて検収の処理を進めることがあります(必ず処理されるとは限りません)。ランサーズのプロジェクトには自動検収の期間が見当たらず、連絡がない場合の公式の手段は連絡催促申請です。',
    steps: [
      'まずサイト内のメッセージで、納品済みであることと検収のお願いを丁寧に伝えてください。',
      'クラウドワークス: 1週間を過ぎても検収されなければ、問い合わせ(チャットボット)から事務局に連絡してください。',
      'ランサーズ: メッセージやワークスペースで7日以上連絡がない場合は、連絡催促申請を使えます(相手の回答期限は申請から7日)。',
      '納品物と納品日、やり取りの記録を保存しておいてください。',
    ],
  },
  en: {
    title: 'Delivered, but still not inspected',
    why: 'On CrowdWorks the guideline for a client’s inspection is one week. After that, contact the office: it contacts the client and may then proceed with the inspection under the terms (not guaranteed). Lancers projects have no automatic inspection period that we could find; the official route when the client is silent is the 連絡催促申請.',
    steps: [
      'First, politely remind the client in the site’s messages that the work is delivered and ask for inspection.',
      'CrowdWorks: after one week without inspection, contact the office through the inquiry chatbot.',
      'Lancers: after 7+ days without contact in messages or the workspace, file a 連絡催促申請 (the client then has 7 days to answer).',
      'Keep the deliverable, the delivery date and the messages.',
    ],
  },
  sources: [CW_CONTACT_REMINDER_FAQ, CW_INSPECTION_FAQ, CW_INQUIRY, SEED_CW_CLIENT_VANISHED, LANCERS_REMINDER_FAQ, LANCERS_PROJECT_GUIDE],
};

export const examples: RuleExamples = {
  matches: [
    { contract: { status: 'delivered', deliveredAt: '2026-11-13T10:00:00+09:00' }, now: '2026-11-21T12:00:00+09:00', note: '8 days' },
    { contract: { status: 'delivered', deliveredAt: '2026-11-01' }, site: 'lancers' },
    {
      contract: { status: 'delivered', deliveredAt: '2026-11-18T09:00:00+09:00' },
      now: '2026-11-21T12:00:00+09:00',
      settings: { inspectionOverdueDays: 2 },
      note: 'user threshold of 2 days',
    },
  ],
  doesNotMatch: [
    { contract: { status: 'delivered', deliveredAt: '2026-11-14T10:00:00+09:00' }, now: '2026-11-21T12:00:00+09:00', note: 'exactly 7 days' },
    { contract: { status: 'completed', deliveredAt: '2026-10-01' } },
    { contract: { status: 'active' } },
  ],
};
