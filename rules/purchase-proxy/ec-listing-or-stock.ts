/**
 * EC store work that CrowdWorks banned on 2024-12-18: listing goods (出品・商品登録) and
 * stock management (在庫管理), typically for resale shops without stock of their own.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { ABOUT_THE_TOPIC, JOB_PAGES, NOT_ASKING } from '../shared';
import { CW_GUIDELINE_2024, CW_WORKER_NEWS_2024 } from '../sources';

export const rule = {
  id: 'purchase-proxy/ec-listing-or-stock',
  category: 'purchase-proxy',
  severity: 'warning',
  sites: ['crowdworks'],
  pageKinds: [...JOB_PAGES, 'messages', 'proposal'],
  when: {
    text: {
      regex: [
        '(出品|商品登録|在庫管理|在庫確認)(の)?(作業|代行|業務|すたっふ|担当|お仕事)',
        '在庫(の)?(有無|数|状況|切れ)\\s{0,2}(を|の)?\\s{0,2}(入力|更新|確認|ちぇっく|反映|管理|記入)',
        // 「ヤフオクへの商品出品」: 「への」 and 「商品」 may come between.
        '(amazon|あまぞん|めるかり|らくま|やふおく|ebay|楽天|shopify|yahoo\\s{0,2}しょっぴんぐ|base)\\s{0,2}(の|へ|に|で|への|での)?\\s{0,2}(商品)?\\s{0,2}(の)?\\s{0,2}(出品|商品登録|登録作業)',
        '(無在庫|せどり|転売)',
      ],
      wordBoundary: true,
    },
    unless: [
      ...NOT_ASKING,
      ABOUT_THE_TOPIC,
      // Work FOR sellers that is not the listing: 「出品者向けの画像加工」「出品代行サービスのロゴ制作」.
      {
        scope: 'sentence',
        pattern: {
          regex: [
            '(出品者|せら.?|販売者|ec事業者)\\s{0,2}(様)?\\s{0,2}向け',
            '(ろご|ばな.?|lp|ちらし|あいこん|名刺)\\s{0,2}(の)?\\s{0,2}(制作|作成|でざいん)',
          ],
        },
      },
      // Building the tools, or explaining them, is not doing the listing.
      { scope: 'sentence', pattern: { terms: ['使い方', '字幕', '動画編集', '開発', 'システム', '実装', 'プログラム', 'マクロ', '自動化', 'API', '転売禁止', '転売防止', '対策', '記事', 'ブログ', '解説', 'ライティング'], wordBoundary: true } },
    ],
    kinds: ['job', 'message'],
    author: 'other',
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: 'ECサイトの出品・商品登録・在庫管理の仕事です',
    why: 'クラウドワークスは2024年12月18日の仕事依頼ガイドライン改定で、ECサイトへの出品作業・商品登録・在庫管理の代行を禁止しました。在庫を持たない転売の手伝いなど、出品先のサイトの規約にも触れる仕事が多く、契約しても途中で掲載中断や利用制限になることがあります。',
    steps: [
      '仕事内容が出品・商品登録・在庫の入力や更新にあたるか、募集文とメッセージで確認してください。',
      'あたる場合は応募を見送ってください。契約中なら、作業を止めて事務局に相談してください。',
      '禁止された仕事の募集は「この仕事を通報する」から報告できます。',
    ],
  },
  en: {
    title: 'EC store listing, product registration or stock work',
    why: 'CrowdWorks’ guideline revision of 2024-12-18 bans listing goods on EC sites, product registration and stock management done for others. Much of this work supports resale without stock, which also breaks the store sites’ own rules; such jobs may be suspended mid-contract.',
    steps: [
      'Check in the posting and the messages whether the work is listing, product registration or entering/updating stock.',
      'If it is, do not apply. If you are already under contract, stop and ask the CrowdWorks office.',
      'You can report the posting with 「この仕事を通報する」.',
    ],
  },
  sources: [CW_GUIDELINE_2024, CW_WORKER_NEWS_2024],
};

export const examples: RuleExamples = {
  matches: [
    'オンラインショップの商品価格もしくは在庫の有無を入力してください。',
    'Amazonへの出品作業をお願いします。',
    '【在庫管理代行】スキマ時間でOK',
    'メルカリ出品のお手伝い。無在庫販売のノウハウあり。',
    'ラクマでの商品の出品をお願いします。',
  ],
  doesNotMatch: [
    '在庫管理システムの開発(Laravel)をお願いします。',
    '自社ECの商品説明文のライティングです。',
    'Amazonストアのバナー制作をお願いします。',
    '転売防止のための注意書きを作成してください。',
    'メルカリ出品者向けの梱包マニュアルの図解をお願いします。',
    '出品代行サービスのバナー作成をお願いします。',
    '転売ツールの使い方動画にテロップを入れてください。',
  ],
};
