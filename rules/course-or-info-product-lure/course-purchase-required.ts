/**
 * The job requires buying or joining something first: a course, school, consulting plan,
 * online salon, seminar or info product. CrowdWorks lists study groups that require buying
 * 情報商材 or attending seminars among prohibited work.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { JOB_AND_THREAD_PAGES, NOT_ASKING } from '../shared';
import { CAA_SIDE_JOB_NOTICE_2022, CW_PROHIBITED_FAQ, CW_SCAM_NOTICE_2025 } from '../sources';

export const rule = {
  id: 'course-or-info-product-lure/course-purchase-required',
  category: 'course-or-info-product-lure',
  severity: 'danger',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    text: {
      regex: [
        '(講座|すく.?る|こんさる|さろん|こみゅにてぃ|せみな.?|教材|情報商材|塾|ぷろぐらむ|さぽ.?とぷらん|会員)\\s{0,2}(への|の|に)?\\s{0,2}(入会|受講|参加|購入|加入|申し?込み?|登録)\\s{0,2}(が|は)?\\s{0,2}(必要|必須|条件|前提)',
        '(高額|有料)\\s{0,2}(な|の)?\\s{0,2}(講座|すく.?る|こんさる|塾|教材|さろん|情報商材|ぷろぐらむ)',
        '情報商材\\s{0,2}(を|の)?\\s{0,2}(ご?購入|買|お渡し|特典|ぷれぜんと|配布)',
        'おんらいんさろん\\s{0,2}(への|に)?\\s{0,2}(入会|参加|加入)',
      ],
    },
    unless: [
      ...NOT_ASKING,
      // Producing material for someone's course is ordinary work.
      { scope: 'sentence', pattern: { terms: ['スライド', 'LP', '制作', '動画編集', 'デザイン', '台本', '運営サポート', '運営補助', '事務局'], wordBoundary: true } },
    ],
    kinds: ['job', 'message', 'contract'],
    author: 'other',
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '講座・スクール・情報商材への申し込みが条件になっています',
    why: '仕事を受ける条件として講座の受講やサロンへの入会、教材の購入を求めるのは、仕事ではなく販売です。クラウドワークスは、情報商材の購入やセミナー参加を必要とする「勉強会」の募集を違反としています。消費者庁も、安いガイドブックを買わせた後に電話で高額なサポートプランを契約させる副業事業者について注意を呼びかけています。',
    steps: [
      '申し込み・購入・入会をしないでください。ローンやクレジットの利用を勧められても応じないでください。',
      'すでに申し込んだ場合は、契約書面と支払い記録を保存し、消費者ホットライン(188)に相談してください。クーリング・オフや中途解約ができることがあります。',
      '「この仕事を通報する」または「違反報告する」から事務局に報告してください。',
    ],
  },
  en: {
    title: 'Buying a course, school or info product is a condition',
    why: 'Requiring you to take a course, join a salon or buy materials to get the work is selling, not hiring. CrowdWorks forbids “study groups” that require buying info products or attending seminars. The Consumer Affairs Agency has also warned about side-job sellers who sell a cheap guidebook and then sign people up for expensive “support plans” over the phone.',
    steps: [
      'Do not sign up, buy or join; refuse loans or credit offered for it.',
      'If you already signed up, keep the contract papers and payment records and call the consumer hotline 188; cooling-off or cancellation may be possible.',
      'Report it with 「この仕事を通報する」 or 「違反報告する」.',
    ],
  },
  sources: [CW_PROHIBITED_FAQ, CW_SCAM_NOTICE_2025, CAA_SIDE_JOB_NOTICE_2022],
};

export const examples: RuleExamples = {
  matches: [
    'お仕事の開始には講座の受講が必須です。',
    { text: 'まずはオンラインサロンに入会していただきます', kind: 'message' },
    '情報商材をご購入いただいた方に案件をお渡しします。',
    { text: '高額なスクールですが、すぐに元が取れます', kind: 'message', site: 'lancers' },
  ],
  doesNotMatch: [
    'オンライン講座用スライド制作をお願いします。',
    'スクールへの入会は不要です。',
    'オンラインサロンの運営サポート(投稿の予約)です。',
  ],
};
