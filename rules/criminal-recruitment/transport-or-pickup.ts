/**
 * Carrying or receiving things for strangers: 運びの仕事, 荷物を運ぶ仕事, 書類運搬, 荷物の受け取り,
 * 現金の回収, キャッシュカードの受け取り, 受け取った荷物の転送. A crowdsourcing site has no
 * courier work; the police list these among the typical criminal recruiting phrases.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { JOB_AND_THREAD_PAGES, WARNS_ABOUT_CRIME } from '../shared';
import { NPA_NOTICE_2024, NPA_WHITE_PAPER_2025, NPA_YAMIBAITO } from '../sources';

export const rule = {
  id: 'criminal-recruitment/transport-or-pickup',
  category: 'criminal-recruitment',
  severity: 'danger',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    text: {
      terms: ['運び屋', '運びの仕事', '運びのバイト', '運び案件', '荷物を運ぶ仕事', '荷物を運ぶだけ', '書類運搬', '書類を運ぶ', '受け取りの仕事', '受け取りのバイト', '受取代行', '受け取り代行', '荷受け代行'],
      regex: [
        '(荷物|郵便物|宅配便|小包|書類|封筒)\\s{0,2}(の)?\\s{0,2}(受け?取り?|運搬|運び|回収|お届け)\\s{0,2}(代行|だけ|のみ|の仕事|役|のばいと|ばいと|をお願い|していただ)',
        '(現金|きゃっしゅか.?ど|通帳)\\s{0,2}(の|を)?\\s{0,2}(回収|受け?取|受取|運搬|運ぶ|運んで|引き出|引出|お預か|預か)',
        // 「ATMでお金を引き出して」: the money may be named between.
        '(atm|えーてぃーえむ)\\s{0,2}(で|から)?\\s{0,2}(の)?\\s{0,2}(お金|現金)?\\s{0,2}(を)?\\s{0,2}(引き出|引出|出金|おろ)',
        // 「簡単な受け取りのお仕事」.
        '(受け?取り?|運び|受取)\\s{0,2}(の|だけの)\\s{0,2}(お?仕事|ばいと|案件)',
        '(荷物|商品|郵便物)\\s{0,2}(を)?\\s{0,2}受け取(って|り)[^。\\n]{0,15}(転送|再発送|別の住所|指定の住所|指定先|指定の場所|送るだけ|発送するだけ)',
        // Carrying with a destination between: 「書類を指定の場所まで運ぶだけ」.
        '(荷物|書類|封筒|小包|かばん|ばっぐ|品物|現金)\\s{0,2}を[^。\\n、]{0,12}(運ぶ|運んで|届ける|届けて|持って行|持っていく)\\s{0,2}(だけ|のみ|仕事|お仕事|ばいと)',
        '(届いた|受け取った)\\s{0,2}(荷物|商品|郵便物|小包)[^。\\n]{0,15}(転送|再発送|別の住所|指定の住所)',
        '(荷物|商品|郵便物|小包)\\s{0,2}(の)?\\s{0,2}受け?取り\\s{0,2}(と|や|・|&)\\s{0,2}(発送|転送|再発送)',
      ],
      wordBoundary: true,
    },
    unless: [
      WARNS_ABOUT_CRIME,
      // Software and content about logistics is ordinary work.
      { scope: 'sentence', pattern: { terms: ['アプリ開発', 'システム開発', 'サイト制作', '記事', 'ライティング', 'マニュアル作成', '物流システム'] } },
    ],
    kinds: ['job', 'message', 'contract'],
    author: 'other',
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '荷物や現金を運ぶ・受け取る仕事です',
    why: '知らない相手のために荷物・書類・現金・キャッシュカードを運んだり受け取ったりする仕事は、詐欺の「受け子」や「運び役」の典型で、警察庁が示す闇バイト募集の特徴的な表現にも「運びの仕事」「荷物を運ぶ仕事」「書類運搬」が挙がっています。中身を知らなかったと言っても、逮捕される例が多くあります。',
    steps: [
      '応募・返信をせず、住所や身分証を教えないでください。',
      '荷物が届いた・受け取ってしまった場合は、転送せずに警察に相談してください(#9110、緊急時は110)。',
      '「この仕事を通報する」または「違反報告する」から事務局に知らせてください。',
    ],
  },
  en: {
    title: 'Carrying or receiving parcels or cash for someone',
    why: 'Carrying or receiving parcels, documents, cash or bank cards for strangers is the classic role of a fraud “receiver” or “runner”; the police’s list of criminal-recruiting phrases includes “carrying work”, “a job carrying parcels” and “document transport”. Many people are arrested even though they say they did not know what was inside.',
    steps: [
      'Do not apply or reply, and do not give your address or ID.',
      'If a parcel has arrived or you have received one, do not forward it; go to the police (#9110, or 110 in an emergency).',
      'Report it with 「この仕事を通報する」 or 「違反報告する」.',
    ],
  },
  sources: [NPA_NOTICE_2024, NPA_WHITE_PAPER_2025, NPA_YAMIBAITO],
};

export const examples: RuleExamples = {
  matches: [
    '荷物を運ぶ仕事です。1回3万円。',
    '都内での書類運搬(バイク不要)',
    { text: 'ご自宅で荷物を受け取って、指定の住所へ転送してください', kind: 'message' },
    '高齢者宅で現金を回収していただくお仕事',
    '封筒を駅のロッカーまで届けるだけで報酬をお渡しします。',
    'ATMから現金をおろして渡すだけ',
    '自宅で荷物を受け取り、指定先へ発送するだけのお仕事',
    '荷物の受け取りのお仕事です。',
  ],
  doesNotMatch: [
    '物流システムの画面設計をお願いします。',
    '荷物の受け取り方を解説する記事のライティングです。',
    '運送会社の求人原稿の作成です。',
    '荷物を指定の場所まで運ぶだけの仕事には注意してください。',
  ],
};
