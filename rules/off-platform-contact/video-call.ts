/**
 * 「Zoomで面談」「Google Meet で説明会」: a video meeting outside the site. CrowdWorks counts
 * meetings among the off-platform contacts that need a 申請, and its 2025 notice describes
 * fake jobs that lead to a Zoom 面談 and then to a LINE exchange or a school pitch.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { ABOUT_THE_TOPIC, JOB_AND_THREAD_PAGES, NOT_ASKING, OFF_PLATFORM_ADJUST, TOOL_AS_WORK_SUBJECT } from '../shared';
import { CW_OFF_PLATFORM_FAQ, CW_SCAM_NOTICE_2025, LANCERS_CONTACT_FAQ } from '../sources';

export const rule = {
  id: 'off-platform-contact/video-call',
  category: 'off-platform-contact',
  severity: 'warning',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    text: { terms: ['Zoom', 'ズーム', 'Google Meet', 'Googleミート', 'グーグルミート', 'Teams', 'チームス'], wordBoundary: true },
    near: {
      pattern: { terms: ['面談', '面接', '打ち合わせ', '打合せ', 'ミーティング', '説明会', '通話', '顔合わせ', 'お話し', 'オリエンテーション', '研修'] },
      within: 12,
    },
    unless: [...NOT_ASKING, ABOUT_THE_TOPIC, TOOL_AS_WORK_SUBJECT, { scope: 'sentence', pattern: { terms: ['ビデオ通話機能', 'サイト内'] } }],
    kinds: ['job', 'message', 'contract'],
    author: 'other',
  },
  adjust: OFF_PLATFORM_ADJUST,
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '外部のビデオ通話(Zoomなど)での面談を求められています',
    why: 'クラウドワークスでは、外部ツールでの打ち合わせもサービス外連絡申請が必要な連絡にあたります。ランサーズでは仮払い前はサイト内のビデオ通話を使うよう案内されています。公式の注意喚起では、実在しない仕事からZoom面談に進み、そこでLINE交換や高額なスクールの勧誘に移る手口が紹介されています。',
    steps: [
      '面談の目的と、サービス外連絡申請をするかをサイト内で確認してください(ランサーズでは仮払い前ならサイト内のビデオ通話を提案してください)。',
      '面談中にLINE交換や講座・教材の購入を持ちかけられたら、その場で断って構いません。',
      '面談で決まった仕事内容や報酬は、サイト内のメッセージに書き残してもらってください。',
      '勧誘だった場合は「違反報告する」から報告してください。',
    ],
  },
  en: {
    title: 'You are asked to an outside video call (Zoom etc.)',
    why: 'On CrowdWorks a meeting on an outside tool is off-platform contact and needs the off-platform contact request. Lancers asks you to use its own video call before 仮払い. CrowdWorks’ own warning describes fake jobs that lead to a Zoom 面談, where the talk turns to a LINE exchange or an expensive school.',
    steps: [
      'Ask on the site what the meeting is for and whether the off-platform contact request will be filed (on Lancers before 仮払い, suggest the site’s video call).',
      'If the call turns to a LINE exchange or buying a course, you may refuse on the spot.',
      'Have the scope and pay agreed in the call written down in the site’s messages.',
      'If it was a sales pitch, report it with 「違反報告する」.',
    ],
  },
  sources: [CW_OFF_PLATFORM_FAQ, CW_SCAM_NOTICE_2025, LANCERS_CONTACT_FAQ],
};

export const examples: RuleExamples = {
  matches: [
    '採用前にZoomで面談を行います。',
    { text: '一度グーグルミートでお話しできますか', kind: 'message' },
    '応募後、Ｚｏｏｍ説明会(30分)にご参加ください。',
    { text: 'Teamsで打ち合わせしましょう', kind: 'message', site: 'lancers' },
  ],
  doesNotMatch: [
    'Zoom会議の録画データを文字起こししてください。',
    '写真のズームや切り抜きなど簡単な画像加工です。',
    '面談はサイト内のビデオ通話機能で行います。Zoomは使いません。',
    'チームでの面談は予定していません。',
    'Zoomでの面談の操作手順をまとめた資料作成です。',
  ],
};
