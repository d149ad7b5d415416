/**
 * Moving the talk to apps built for anonymity or vanishing messages (Telegram, Signal,
 * Threema, 「秘匿性の高いアプリ」). The police describe this as the step where criminal
 * recruiters take control; no ordinary client needs it.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { ABOUT_THE_TOPIC, CONTACT_CONTEXT, JOB_AND_THREAD_PAGES, TOOL_AS_WORK_SUBJECT, WARNS_ABOUT_CRIME } from '../shared';
import { NPA_NOTICE_2024, NPA_WHITE_PAPER_2025, NPA_YAMIBAITO } from '../sources';

export const rule = {
  id: 'criminal-recruitment/anonymous-app',
  category: 'criminal-recruitment',
  severity: 'danger',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    any: [
      {
        text: { terms: ['Telegram', 'テレグラム', 'テレグラ', 'Threema', 'スリーマ'], wordBoundary: true },
        unless: [WARNS_ABOUT_CRIME, TOOL_AS_WORK_SUBJECT, ABOUT_THE_TOPIC],
        kinds: ['job', 'message', 'contract'],
        author: 'other',
      },
      {
        // Signal is also an English word and an FX term, so it needs contact wording nearby.
        text: { terms: ['Signal', 'シグナル'], wordBoundary: true },
        near: { pattern: CONTACT_CONTEXT, within: 12 },
        unless: [
          WARNS_ABOUT_CRIME,
          TOOL_AS_WORK_SUBJECT,
          { scope: 'sentence', pattern: { terms: ['FX', 'トレード', '相場', '売買サイン', '信号', '処理', 'processing'], wordBoundary: true } },
        ],
        kinds: ['job', 'message', 'contract'],
        author: 'other',
      },
      {
        // 「シグナルというアプリ」: named as an app, it needs no contact wording.
        text: { regex: ['(signal|しぐなる)\\s{0,2}(という|って|の)?\\s{0,2}(あぷり|ちゃっと|めっせんじゃ.?)'], wordBoundary: true },
        unless: [WARNS_ABOUT_CRIME, TOOL_AS_WORK_SUBJECT],
        kinds: ['job', 'message', 'contract'],
        author: 'other',
      },
      {
        text: {
          regex: [
            '(秘匿|匿名)\\s{0,2}(性)?\\s{0,2}(の|が)?\\s{0,2}(高い)?\\s{0,2}(あぷり|ちゃっと|つ.?る|めっせんじゃ.?)',
            '(履歴|めっせ.?じ|ろぐ)\\s{0,2}(が)?\\s{0,2}(自動で|自動的に)?\\s{0,2}(消える|消去される|残らない)\\s{0,2}(あぷり|ちゃっと|つ.?る)',
          ],
        },
        unless: [WARNS_ABOUT_CRIME],
        kinds: ['job', 'message', 'contract'],
        author: 'other',
      },
    ],
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '匿名性の高いアプリ(テレグラム・シグナルなど)に誘導されています',
    why: '警察庁によると、闇バイトの募集では、応募者をテレグラムやシグナルなどの匿名性の高いアプリに誘導し、身分証を送らせて、それを使って脅し、犯罪を実行させる手口が取られています。普通の仕事の依頼者が、メッセージが消えるアプリを使う必要はありません。',
    steps: [
      'アプリを入れたり登録したりせず、連絡先や身分証を送らないでください。',
      'すでにやり取りしている・脅されている場合は、すぐに警察に相談してください(#9110、緊急時は110)。',
      '「この仕事を通報する」または「違反報告する」から事務局に知らせてください。',
    ],
  },
  en: {
    title: 'You are moved to an anonymous app (Telegram, Signal…)',
    why: 'According to the National Police Agency, criminal recruiters move applicants to anonymous apps such as Telegram or Signal, make them send ID, and use it to threaten them into committing crimes. An ordinary client has no need for an app whose messages disappear.',
    steps: [
      'Do not install or sign up, and do not send contact details or ID.',
      'If you are already in contact or being threatened, go to the police at once (#9110, or 110 in an emergency).',
      'Report it with 「この仕事を通報する」 or 「違反報告する」.',
    ],
  },
  sources: [NPA_NOTICE_2024, NPA_WHITE_PAPER_2025, NPA_YAMIBAITO],
};

export const examples: RuleExamples = {
  matches: [
    '詳細はテレグラムでお伝えします。',
    { text: 'Signalで連絡できますか？IDを送ります', kind: 'message' },
    { text: '連絡は秘匿性の高いアプリで行います', kind: 'message' },
    'Signalアプリを入れておいてください。',
  ],
  doesNotMatch: [
    'Telegram bot の開発(Python)をお願いします。',
    'FXのシグナル配信サービスの紹介記事です。売買サインの解説もお願いします。',
    'signal processing の論文翻訳',
    'Signalアプリの使い方を解説する記事です。',
    'TelegramとWhatsAppの違いを比較する記事をお願いします。',
  ],
};
