/**
 * Paid or scripted reviews: posting 口コミ on Google Maps, EC stores, app stores or gourmet
 * sites, 星5 requests, サクラ / やらせ, 「購入後にレビュー」. CrowdWorks lists review requests for
 * EC and review sites among prohibited work; such reviews also break the review sites' rules
 * and Japan's stealth-marketing rules.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { CAUTIONARY, JOB_AND_THREAD_PAGES, negatedWithin } from '../shared';
import { CW_EXTERNAL_RULES_2020, CW_PROHIBITED_FAQ, SEED_CW_TROUBLE_PREVENTION } from '../sources';

/** Review-bearing places, normalised. */
const REVIEW_SITES =
  '(ぐ.?ぐる|google|まっぷ|食べろぐ|ほっとぺっぱ.?|ぐるなび|楽天|amazon|あまぞん|app\\s{0,2}store|あっぷすとあ|google\\s{0,2}play|ぐ.?ぐるぷれい|あぷり|すとあ|通販|ec\\s{0,2}さいと|口こみさいと|くちこみさいと|れびゅ.?さいと|yahoo|やふ.?|じゃらん|tripadvisor)';

/**
 * Negated close to the match only: review posts often carry an unrelated 「不要」 in the same
 * sentence (「口コミ投稿(来店不要)」), which negates the visit, not the review.
 */
const NOT_REVIEW_REQUEST = [...negatedWithin(10), ...CAUTIONARY];

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
            '(口こみ|くちこみ|れびゅ.?|評価|感想)(の|を)?\\s{0,2}(投稿|書き込|記入|代行|作成代行|書いて|書く|書き|書け|残して|載せて)',
          ],
        },
        near: { pattern: { regex: [REVIEW_SITES] }, within: 30 },
        unless: [
          ...NOT_REVIEW_REQUEST,
          // Reading, answering or writing about reviews, or a review article on one's own blog.
          { scope: 'sentence', pattern: { terms: ['コードレビュー', 'デザインレビュー', '収集', '分析', '集計', '返信', 'ブログ', '記事', 'メディア'] } },
        ],
        kinds: ['job', 'message', 'contract'],
        author: 'other',
      },
      {
        text: {
          regex: [
            '(さくら|やらせ|すてま)\\s{0,2}(の|として|で|での)?\\s{0,2}(れびゅ.?|口こみ|くちこみ|投稿|評価|書き込み)',
            // 「★5の評価」「星は5でお願いします」.
            '(星|★|☆)\\s{0,2}(は|を)?\\s{0,2}5\\s{0,2}(つ)?\\s{0,2}(の|で)?\\s{0,2}(評価|れびゅ.?|口こみ|をつけ|を付け|をお願い|お願い|投稿)',
            // The rating the review must give: 「レビューは高評価でお願いします」.
            '(れびゅ.?|口こみ|くちこみ|評価)\\s{0,2}(は|を)?\\s{0,2}(高評価|星5|★5|☆5|満点|5つ星)\\s{0,2}(で|に)\\s{0,2}(お願い|して|つけ|書い)',
            // Reviews of the client's own shop or clinic: 「当院の口コミを書いてくれる方」.
            '(当店|当院|当さろん|当ほてる|弊社|当社|自社|うち)\\s{0,2}(の)?\\s{0,2}(口こみ|くちこみ|れびゅ.?)\\s{0,2}(を)?\\s{0,2}(書|投稿|記入|つけ|付け|残)',
            '(口こみ|くちこみ|れびゅ.?)\\s{0,2}さいと\\s{0,2}(へ|に)\\s{0,2}(の)?\\s{0,2}(投稿|書き込)',
            '高評価(の)?\\s{0,2}(れびゅ.?|口こみ|くちこみ)(を)?\\s{0,2}(投稿|書|記入|お願い)',
            '(口こみ|くちこみ|れびゅ.?)(の)?\\s{0,2}(投稿)?\\s{0,2}(代行|代筆)',
            '(購入|注文|利用|来店)[^。\\n]{0,12}(れびゅ.?|口こみ|くちこみ|評価)\\s{0,2}(を|の)?\\s{0,2}(投稿|書いて|書き込|記入|つけ|付け)',
            '(ぐ.?ぐる|google)\\s{0,2}(まっぷ|map)\\s{0,2}(へ|に|で)?(の)?\\s{0,2}(記事|口こみ|くちこみ|れびゅ.?|写真|感想)?(の)?\\s{0,2}(投稿|書き込)',
          ],
        },
        unless: [...NOT_REVIEW_REQUEST, { scope: 'sentence', pattern: { terms: ['ありがとう', 'いただきまして'] } }],
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
    'Googleで当店のレビューを書いていただける方(実際のご利用は不要です)',
    { text: 'サクラでのれびゅー投稿なので気楽にどうぞ', kind: 'message' },
    { text: '評価は星5でお願いしますね', kind: 'message' },
    '当サロンの口コミを残していただくだけのお仕事です。',
    '大手口コミサイトへの投稿をお願いします。',
    { text: '口コミは満点で書いてくださいね', kind: 'message' },
  ],
  doesNotMatch: [
    'Googleマップで店舗情報を検索してリストにまとめてください。',
    '楽天の口コミを収集して傾向を分析するお仕事です。',
    'コードレビューをお願いします(GitHub)。',
    '自分のブログに掲載するレビュー記事の執筆です。',
    { text: '星5の評価をいただきましてありがとうございました', kind: 'message' },
    'Amazonで購入した本の感想をブログ記事に書いてください。',
    '口コミ投稿の依頼は禁止です。Googleのガイドラインをご確認ください。',
  ],
};
