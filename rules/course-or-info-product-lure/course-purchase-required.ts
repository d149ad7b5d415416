/**
 * The job requires buying or joining something first: a course, school, consulting plan,
 * online salon, seminar or info product. CrowdWorks lists study groups that require buying
 * 情報商材 or attending seminars among prohibited work.
 */
import type { RuleExamples, RuleGuidance, RuleSpec, Unless } from '../../utils/engine/rule-schema';
import { ABOUT_THE_TOPIC, JOB_AND_THREAD_PAGES, NOT_ASKING } from '../shared';
import { CAA_SIDE_JOB_NOTICE_2022, CW_PROHIBITED_FAQ, CW_SCAM_NOTICE_2025 } from '../sources';

/** Negated, free of charge, or material made FOR a course. */
const NOT_A_PAID_COURSE: Unless[] = [
  ...NOT_ASKING,
  // A free training course before paid work is ordinary onboarding.
  { scope: 'sentence', pattern: { terms: ['無料', '無償', '弊社負担', '費用はかかりません', 'かかりません'] } },
  ABOUT_THE_TOPIC,
  // Producing material for someone's course is ordinary work; a design or video-editing course
  // itself is not (those schools are the lure the CrowdWorks 2025 notice describes).
  { scope: 'sentence', pattern: { terms: ['スライド', 'LP', '台本', '運営サポート', '運営補助', '事務局'], wordBoundary: true } },
  { scope: 'sentence', pattern: { regex: ['(でざいん|動画編集|制作|作成)\\s{0,2}(を|の)?\\s{0,2}(お願い|ご依頼|依頼|していただ|できる方|お任せ)'] } },
];

export const rule = {
  id: 'course-or-info-product-lure/course-purchase-required',
  category: 'course-or-info-product-lure',
  severity: 'danger',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    any: [
      {
        text: {
          regex: [
            // A parenthesis and a verb form may come between: 「講座(有料)を受講していただく必要があります」.
            '(講座|すく.?る|こんさる|さろん|こみゅにてぃ|せみな.?|教材|情報商材|塾|ぷろぐらむ|さぽ.?とぷらん|会員)\\s{0,2}(\\([^)\\n]{0,10}\\))?\\s{0,2}(への|の|に|を)?\\s{0,2}(入会|受講|参加|購入|加入|申し?込み?|登録)\\s{0,2}(して|していただく|いただく|頂く|する)?\\s{0,2}(こと)?\\s{0,2}(が|は)?\\s{0,2}(必要|必須|条件|前提)',
            // Work only for the client's students, and the invitation to enrol.
            '(受講生|塾生|すく.?る生|さろん(会員|めんば.?)|こみゅにてぃ(会員|めんば.?))\\s{0,2}(様)?\\s{0,2}(限定|のみ|だけ|に)\\s{0,2}(の|に|を)?\\s{0,2}(案件|お仕事|仕事|ご?紹介)',
            // A job post recruiting students: 「オンラインスクール生募集」.
            '(すく.?る|講座|塾|さろん|こ.?す)\\s{0,2}(の)?\\s{0,2}(生|受講生|会員|めんば.?)\\s{0,2}(を)?\\s{0,2}(大)?募集',
            // 「スクールの卒業生のみにお仕事を」.
            '(すく.?る|講座|さろん|塾|こ.?す|ぷろぐらむ)[^。\\n]{0,8}(受講生|卒業生|修了生|会員|めんば.?|生徒)\\s{0,2}(様)?\\s{0,2}(限定|のみ|だけ)',
            '(講座|すく.?る|こんさる|さろん|塾|ぷろぐらむ|こ.?す)\\s{0,2}(に|へ|を)\\s{0,2}(お|ご)?(申し?込|入会|入学|受講|加入)\\s{0,2}(み|して)?\\s{0,2}(くださ|下さ|お願い)',
            // A tuition fee with its terms: 「受講料は分割払いも可能」.
            '(受講料|受講費|入塾金|月謝)\\s{0,2}(は|の|が)?\\s{0,2}(分割|一括|ろ.?ん|\\d|月々|あり|別途|必要|かかり)',
            '(高額|有料)\\s{0,2}(な|の)?\\s{0,2}(講座|すく.?る|こんさる|塾|教材|さろん|情報商材|ぷろぐらむ)',
            '情報商材\\s{0,2}(を|の)?\\s{0,2}(ご?購入|買|お渡し|特典|ぷれぜんと|配布)',
            'おんらいんさろん\\s{0,2}(への|に)?\\s{0,2}(入会|参加|加入)',
          ],
        },
        unless: NOT_A_PAID_COURSE,
        kinds: ['job', 'message', 'contract'],
        author: 'other',
      },
      {
        // Work handed out after taking the course: 「講座で学んでいただき、その後お仕事をご紹介」
        // 「個別コンサル(有料)を受けていただくと、案件を優先的に紹介」.
        text: { regex: ['(講座|すく.?る|こんさる|さろん|せみな.?|れっすん|こ.?す|ぷろぐらむ)[^。\\n]{0,12}(受け|受講|参加|購入|入会|加入|申し?込|学ん|学び)'] },
        near: { pattern: { regex: ['(案件|お?仕事)\\s{0,2}(を)?\\s{0,2}(優先的に|優先して)?\\s{0,2}(ご?紹介|お渡し|斡旋|提供|回し)'] }, within: 15 },
        unless: NOT_A_PAID_COURSE,
        kinds: ['job', 'message', 'contract'],
        author: 'other',
      },
    ],
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
    '案件の前に、弊社の動画講座(月額制)を受講していただくことが条件です。',
    '当サロンメンバー限定のお仕事です。',
    { text: 'まずはこちらのコースにお申し込みください', kind: 'message' },
    { text: '月謝は月々1万円からです', kind: 'message' },
    'まずは当スクールのコースを受講していただき、修了後にお仕事をお渡しします。',
    '当講座の修了生のみを対象にした案件です。',
    'Webデザイン講座の受講生を募集しています。',
  ],
  doesNotMatch: [
    'オンライン講座用スライド制作をお願いします。',
    'スクールへの入会は不要です。',
    'オンラインサロンの運営サポート(投稿の予約)です。',
    '業務開始前に無料の研修講座を受講していただく必要があります。',
    'スクールの受講生向けLPのデザインをお願いします。',
    '受講料はかかりません。研修修了後に案件をご紹介します。',
  ],
};
