/**
 * Paid or scripted reviews: posting 口コミ on Google Maps, EC stores, app stores or gourmet
 * sites, 星5 requests, サクラ / やらせ, 「購入後にレビュー」. CrowdWorks lists review requests for
 * EC and review sites among prohibited work; such reviews also break the review sites' rules
 * and Japan's stealth-marketing rules.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { JOB_AND_THREAD_PAGES, NOT_ASKING } from '../shared';
import { CW_EXTERNAL_RULES_2020, CW_PROHIBITED_FAQ, SEED_CW_TROUBLE_PREVENTION } from '../sources';

/** Review-bearing places, normalised. */
const REVIEW_SITES =
  '(ぐ.?ぐる\\s{0,2}まっぷ|google\\s{0,2}(map|まっぷ)|まっぷ|食べろぐ|ほっとぺっぱ.?|ぐるなび|楽天|amazon|あまぞん|app\\s{0,2}store|あっぷすとあ|google\\s{0,2}play|ぐ.?ぐるぷれい|あぷり|すとあ|通販|ec\\s{0,2}さいと|口こみさいと|くちこみさいと|れびゅ.?さいと|yahoo|やふ.?|じゃらん|tripadvisor)';

export const rule = {
  id: 'review-request/paid-review',
  category: 'review-request',
  severity: 'danger',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    any: [
      {
        text: {
          regex: [
            '(口こみ|くちこみ|れびゅ.?|評価|感想)(の|を)?\\s{0,2}(投稿|書き込|記入|代行|作成代行)',
          ],
        },
        near: { pattern: { regex: [REVIEW_SITES] }, within: 30 },
        unless: [...NOT_ASKING, { scope: 'sentence', pattern: { terms: ['コードレビュー', 'デザインレビュー', '収集', '分析', '集計', '返信'] } }],
        kinds: ['job', 'message', 'contract'],
        author: 'other',
      },
      {
        text: {
          regex: [
            '(さくら|やらせ|すてま)\\s{0,2}(の)?\\s{0,2}(れびゅ.?|口こみ|くちこみ|投稿|評価|書き込み)',
            '(星|★|☆)\\s{0,2}5\\s{0,2}(の)?\\s{0,2}(評価|れびゅ.?|口こみ|をつけ|を付け|をお願い|投稿)',
            '高評価(の)?\\s{0,2}(れびゅ.?|口こみ|くちこみ)(を)?\\s{0,2}(投稿|書|記入|お願い)',
            '(口こみ|くちこみ|れびゅ.?)(の)?\\s{0,2}(投稿)?\\s{0,2}(代行|代筆)',
            '(購入|注文|利用|来店)[^。\\n]{0,12}(れびゅ.?|口こみ|くちこみ|評価)\\s{0,2}(を|の)?\\s{0,2}(投稿|書いて|書き込|記入|つけ|付け)',
            '(ぐ.?ぐる|google)\\s{0,2}(まっぷ|map)\\s{0,2}(へ|に|で)?(の)?\\s{0,2}(記事|口こみ|くちこみ|れびゅ.?|写真|感想)?(の)?\\s{0,2}(投稿|書き込)',
          ],
        },
        unless: NOT_ASKING,
        kinds: ['job', 'message', 'contract'],
        author: 'other',
      },
    ],
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '口コミ・レビューの投稿を頼まれています',
    why: 'ECサイトや口コミサイト、Googleマップ、アプリストアへのレビュー投稿の依頼は、クラウドワークスで違反とされている仕事の例です。実際に使っていない店や商品の評価を書くことは、各サイトの規約に反し、消費者をだますステルスマーケティングにもなります。投稿したアカウントが停止されるなど、書いた側も不利益を受けます。',
    steps: [
      '応募・作業をしないでください。すでに契約中なら、作業を止めて事情を説明してください。',
      '自分のアカウントで他人が用意した文章を投稿したり、星の数を指定されて評価したりしないでください。',
      '「この仕事を通報する」または「違反報告する」から事務局に報告してください。',
    ],
  },
  en: {
    title: 'You are asked to post reviews',
    why: 'Requests to post reviews on EC sites, review sites, Google Maps or app stores are among CrowdWorks’ examples of prohibited work. Reviewing shops or products you did not use breaks those sites’ rules and misleads consumers (stealth marketing); the accounts that post them get suspended too.',
    steps: [
      'Do not apply or do the work; if already under contract, stop and explain why.',
      'Do not post text someone else wrote from your account, or give ratings you were told to give.',
      'Report it with 「この仕事を通報する」 or 「違反報告する」.',
    ],
  },
  sources: [CW_PROHIBITED_FAQ, CW_EXTERNAL_RULES_2020, SEED_CW_TROUBLE_PREVENTION],
};

export const examples: RuleExamples = {
  matches: [
    'Googleマップへの記事投稿支援の依頼です。こちらで作成した記事の投稿代行をお願いします。',
    'Amazonで商品を購入後にレビューを投稿してください。',
    '★5の評価をつけていただける方',
    { text: '食べログに口コミを書き込むだけの簡単なお仕事です', kind: 'message' },
    'アプリストアへのレビュー投稿(1件300円)',
  ],
  doesNotMatch: [
    'Googleマップで店舗情報を検索してリストにまとめてください。',
    '楽天の口コミを収集して傾向を分析するお仕事です。',
    'コードレビューをお願いします(GitHub)。',
    '自分のブログに掲載するレビュー記事の執筆です。',
  ],
};
