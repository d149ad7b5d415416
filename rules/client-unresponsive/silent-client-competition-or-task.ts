/**
 * The client has not written for N days (default 5, the CrowdWorks setting) on a CrowdWorks
 * competition or task. The 連絡催促申請 is for project contracts only, so the route here is
 * the inquiry form (seed 002: after a competition's 採用 the office can contact the other
 * party); tasks are not meant for messages at all, and pending task work is approved
 * automatically two weeks after the application deadline (FAQ 10236).
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { CONTRACT_PAGES } from '../shared';
import { CW_CONTACT_REMINDER_FAQ, CW_INQUIRY, CW_TASK_APPROVAL_FAQ, SEED_CW_TROUBLE_PREVENTION } from '../sources';

export const rule = {
  id: 'client-unresponsive/silent-client-competition-or-task',
  category: 'client-unresponsive',
  severity: 'warning',
  sites: ['crowdworks'],
  pageKinds: CONTRACT_PAGES,
  when: {
    all: [
      { fact: 'contract.type', op: 'in', value: ['competition', 'task'] },
      { fact: 'contract.status', op: 'in', value: ['active', 'delivered'] },
      { daysSince: 'contract.lastClientMessageAt', op: '>=', value: { setting: 'clientSilentDaysCrowdworks' } },
    ],
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: 'クライアントからの連絡が途絶えています(コンペ・タスク)',
    why: 'クラウドワークスの連絡催促申請は、プロジェクト形式(固定報酬制・時間単価制)の契約中だけが対象で、コンペ形式やタスク形式では使えません。コンペで採用された後に連絡がとれない場合は、問い合わせフォームから連絡すると、事務局から相手に連絡してもらえることがあります。タスク形式はもともと相手とのやり取りを想定していない形式で、承認待ちの作業は承認期限(応募期限の2週間後)を過ぎると自動で承認されます。',
    steps: [
      'まずサイト内のメッセージで、状況の確認と返信のお願いを丁寧に送ってください。',
      'コンペで採用された後(納品後を含む)に連絡がとれない場合は、問い合わせフォームから事務局に連絡してください。',
      'タスクの承認が進まない場合は、承認期限(応募期限の2週間後)を確認してください。期限を過ぎた承認待ちの作業は自動で承認されます。',
      '納品物と日付、やり取りの記録を保存しておいてください。',
    ],
  },
  en: {
    title: 'The client has gone silent (competition or task)',
    why: 'CrowdWorks’ 連絡催促申請 covers project contracts only (fixed or hourly), not competitions or tasks. If a competition client cannot be reached after choosing your entry, contact the office through the inquiry form: it can contact the other party. Tasks are not meant for messages at all; task work awaiting approval is approved automatically once the approval deadline (two weeks after the application deadline) has passed.',
    steps: [
      'First send a polite message on the site asking how things stand and for a reply.',
      'For a competition, after your entry was chosen (delivered or not), contact the office through the inquiry form.',
      'If a task’s approval does not come, check its approval deadline (two weeks after the application deadline): pending work is approved automatically after it.',
      'Keep the deliverable, the dates and the messages.',
    ],
  },
  sources: [SEED_CW_TROUBLE_PREVENTION, CW_INQUIRY, CW_CONTACT_REMINDER_FAQ, CW_TASK_APPROVAL_FAQ],
};

export const examples: RuleExamples = {
  matches: [
    {
      contract: { status: 'delivered', type: 'competition', lastClientMessageAt: '2026-11-16T09:00:00+09:00' },
      now: '2026-11-21T12:00:00+09:00',
      note: '5 days',
    },
    { contract: { status: 'active', type: 'task', lastClientMessageAt: '2026-11-01' } },
    {
      contract: { status: 'active', type: 'competition', lastClientMessageAt: '2026-11-19' },
      settings: { clientSilentDaysCrowdworks: 2 },
      pageKind: 'messages',
    },
  ],
  doesNotMatch: [
    {
      contract: { status: 'delivered', type: 'competition', lastClientMessageAt: '2026-11-17T09:00:00+09:00' },
      now: '2026-11-21T12:00:00+09:00',
      note: '4 days',
    },
    { contract: { status: 'active', type: 'fixed', lastClientMessageAt: '2026-11-01' }, note: 'projects use the 連絡催促申請' },
    { contract: { status: 'completed', type: 'competition', lastClientMessageAt: '2026-10-01' } },
    { contract: { status: 'active', lastClientMessageAt: '2026-11-01' }, note: 'type not shown' },
  ],
};
