/**
 * Buying, ordering, receiving or contracting on someone's behalf — the "bulk purchase
 * request", limited goods, 「ご自身のカードで購入」, 「購入後に全額返金」. CrowdWorks forbids any
 * work that puts money out of the worker's pocket even for a while; Lancers forbids buying
 * with a lancer's account for a client.
 */
import type { RuleExamples, RuleGuidance, RuleSpec, Unless } from '../../utils/engine/rule-schema';
import { ABOUT_THE_TOPIC, JOB_AND_THREAD_PAGES, NOT_ASKING } from '../shared';
import { CW_GUIDELINE_2024, CW_PROHIBITED_FAQ, CW_WORKER_NEWS_2024, SEED_CW_TROUBLE_PREVENTION } from '../sources';

/** Customers buying, proxy buying as the subject of other work, warnings and negations. */
const NOT_BUYING_FOR_THE_CLIENT: Unless[] = [
  ...NOT_ASKING,
  ABOUT_THE_TOPIC,
  // The shop's own customers buying, as the subject of a mail, a page or a packing job.
  {
    scope: 'sentence',
    pattern: { terms: ['お客様', '顧客', '購入者', 'ユーザー', '会員様', 'キャッチコピー', '商品説明', 'コピー', 'ありがとう', 'サンクス', '例文', 'テンプレート', '梱包', '発送作業', '出荷'] },
  },
  // A shop or service that sells proxy buying as the subject of design or development work.
  { scope: 'sentence', pattern: { terms: ['LP', 'サイト制作', 'ホームページ', 'バナー', 'システム開発', 'ロゴ', 'アプリ開発', 'デザイン', '分析', 'ページ', 'キャンペーン'], wordBoundary: true } },
];

export const rule = {
  id: 'purchase-proxy/buy-on-behalf',
  category: 'purchase-proxy',
  severity: 'danger',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    any: [
      {
        text: {
          regex: [
            '(購入|買い?付け?|注文|予約|抽選|受け?取り?|取り寄せ|お取り寄せ|契約)(の)?代行',
            // 「代わりに購入」 and the compound 「代理購入」.
            '(代理|代わり)(で|に)?\\s{0,2}(ご)?(購入|注文|予約|買|受け?取|契約|申し?込)',
            // Entering a lottery for tickets or goods, or handing over what was won.
            '(ちけっと|ぐっず|限定品|商品|もでる)\\s{0,2}(の)?\\s{0,2}抽選\\s{0,2}(に|へ)(の)?\\s{0,2}(お|ご)?(申し?込|応募|参加)',
            '当選\\s{0,2}(したら|した場合|後|すれば|された方)[^。\\n]{0,20}(買い?取|お?譲り|譲って|送って|発送|転送)',
            // Buying at a named place on request: 「店頭で購入してきてください」「ストアで注文していただける方」.
            '(店|店頭|店舗|通販|ねっと|さいと|すとあ|しょっぷ|amazon|あまぞん|楽天|めるかり|やふおく)\\s{0,2}(で|にて|から)\\s{0,2}([^。\\n、]{0,12}を)?\\s{0,2}(ご)?(購入|注文|買っ|買い|予約)\\s{0,2}(して|し)?\\s{0,2}(き|来)?\\s{0,2}(て)?\\s{0,2}(いただ|くださ|下さ|頂|もらえ|ほしい|お願い)',
            '買い?付け(作業|業務|の仕事|をお願い|して|を依頼|すたっふ)',
            '(限定|人気|数量限定|抽選|新作|発売日)(の)?(商品|品|もでる|すにーか.?|ぐっず|ちけっと)(を|の)?\\s{0,2}(購入|確保|取り寄せ|予約|入手|お取り寄せ|買)',
            '取り寄せ(て|を|の)?\\s{0,2}(いただ|くださ|依頼|お願い)',
            // A service may be named between: 「ご自身の楽天アカウントで注文」.
            '(ご)?(自身|自分|ご本人)の[^。\\n]{0,8}(あかうんと|か.?ど|名義|口座|くれじっとか.?ど)\\s{0,2}(で|を|から)[^。\\n]{0,6}(ご)?(購入|注文|契約|出品|決済|立て?替|申し?込)',
            '(商品|品物|代金|購入費|購入代金|商品代)\\s{0,2}(を|の|は|も)?\\s{0,2}(一時的に|一旦|いったん|先に|まず|ご自身で|自分で)?\\s{0,2}(ご)?(立て?替|負担して|ご負担)',
            '立て?替え?\\s{0,2}(て|を)?\\s{0,2}(いただ|くださ|下さ|もらえ|お願い)',
            '(商品|品物)を[^。\\n]{0,10}(ご)?購入(して|いただ|くださ|頂|の上)',
            // Any request to buy or order: the worker's money goes out (「リストの商品をまとめて注文していただけますか」).
            '(購入|注文|買っ)\\s{0,2}(して|し)?\\s{0,2}(いただけますか|いただけませんか|いただきたい|いただく|いただき|ください|下さい|もらえ|ほしい|頂け|頂き|てきて|てきてください)',
            '(代金|購入費|購入代金|商品代)\\s{0,2}(は)?\\s{0,2}(後日|後ほど|あとで|納品後)?\\s{0,2}(全額)?\\s{0,2}(お返し|返金|払い戻|きゃっしゅばっく|精算|お?振り?込)',
            // Buy, then forward what arrives: 「購入→届いたら弊社へ転送」; a named item: 「指定商品を購入」.
            '(購入|注文|買っ|買い)[^。\\n]{0,12}(届いたら|届き次第|到着後|到着したら|受け取ったら)[^。\\n]{0,10}(転送|発送|送って|送付|お送り)',
            '指定\\s{0,2}(の)?\\s{0,2}(商品|品|もの|品物)\\s{0,2}(を)?\\s{0,2}(ご)?(購入|注文|買)',
            // 「いったんご自身で購入していただき」.
            '(ご自身|ご自分|自分|各自)\\s{0,2}で\\s{0,2}(一旦|いったん|先に)?\\s{0,2}(ご)?(購入|注文|買っ|買い|立て?替)\\s{0,2}(して|し)?\\s{0,2}(いただ|くださ|下さ|もらえ|頂)',
            '(まとめ買い|大量購入|複数購入|大量注文)\\s{0,2}(を|して|の代行|作業|していただ|をお願い)',
            '(購入|注文)(後|した後|いただいた後)\\s{0,2}(に)?\\s{0,2}(全額|代金)?\\s{0,2}(返金|きゃっしゅばっく|お返し)',
          ],
        },
        unless: NOT_BUYING_FOR_THE_CLIENT,
        kinds: ['job', 'message', 'contract'],
        author: 'other',
      },
      {
        // Bought by the worker, then paid back: 「楽天で購入→レビュー→商品代金を全額キャッシュバック」
        // 「当選したら購入して発送してください。商品代は後払いで全額お返しします」.
        text: { terms: ['全額お返し', '全額返金', 'お返しします', '返金します', '返金いたします', 'キャッシュバック', '後払いで', '後日精算', '精算します', '立替分', '立て替え分'] },
        near: { pattern: { terms: ['購入して', '購入し、', '購入→', '購入後', '購入いただ', 'ご購入', '注文して', '注文し、', '注文→', '買って', '買い物'] }, within: 30 },
        unless: NOT_BUYING_FOR_THE_CLIENT,
        kinds: ['job', 'message', 'contract'],
        author: 'other',
      },
    ],
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '代理での購入・注文・受け取りを頼まれています',
    why: 'クラウドワークスは、購入代行・買付け・限定商品の取り寄せなど、一時的にでもワーカーにお金の負担が生じる仕事を禁止しています。2024年12月18日のガイドライン改定では、本来は本人がすべき注文・購入・契約・受け取り・買付けを代わりに行う仕事も禁止と明記されました。立て替えた代金が戻らない、犯罪に使われる荷物の受け取り役にされる、といった被害につながります。',
    steps: [
      '商品の購入・注文・受け取り・契約を引き受けず、代金も立て替えないでください。',
      '自分の名義・カード・アカウントを使う依頼は、理由にかかわらず断ってください。',
      'すでに支払った場合は、やり取りの記録と支払いの証拠を保存してください。',
      '「この仕事を通報する」または「違反報告する」から事務局に報告してください。',
    ],
  },
  en: {
    title: 'You are asked to buy, order or receive goods for someone',
    why: 'CrowdWorks forbids work that puts any money out of the worker’s pocket, even for a while: proxy buying, sourcing (買付け), ordering limited goods. Its 2024-12-18 guideline revision also bans ordering, buying, contracting, receiving or sourcing on someone’s behalf. The money you advance may never come back, and parcels received for strangers can be part of a crime.',
    steps: [
      'Do not buy, order, receive or sign for anything, and do not advance money.',
      'Refuse any request to use your own name, card or account, whatever the reason given.',
      'If you have already paid, keep the messages and proof of payment.',
      'Report it with 「この仕事を通報する」 or 「違反報告する」.',
    ],
  },
  sources: [CW_PROHIBITED_FAQ, CW_GUIDELINE_2024, CW_WORKER_NEWS_2024, SEED_CW_TROUBLE_PREVENTION],
};

export const examples: RuleExamples = {
  matches: [
    '【購入代行】人気スニーカーの抽選に応募していただくお仕事です。',
    {
      text: '限定スニーカーの抽選に応募して、当選したら購入して弊社指定の住所へ発送してください。商品代は後払いで全額お返しします。',
      evidence: ['当選したら購入して弊社指定の住所へ発送', '後払いで', '全額お返し', 'お返しします'],
    },
    { text: '楽天で商品を購入→レビュー投稿→商品代金を全額キャッシュバックします。', evidence: ['購入→', 'キャッシュバック'] },
    '数量限定の商品を購入していただき、指定の住所へ発送してください。',
    { text: 'ご自身のアカウントで購入して、後日代金をお支払いします', kind: 'message' },
    '商品をご購入後に全額返金いたします(モニター)。',
    { text: '代わりに注文していただけますか？', kind: 'message', site: 'lancers' },
    '海外ブランドの買い付けスタッフ募集',
    '家電量販店で最新ゲーム機を購入してきてもらえる方',
    '限定グッズの抽選へのお申し込みをお願いします。',
    '当選した場合はそのまま弊社に発送してください。',
    { text: '代理注文をお願いできますか', kind: 'message' },
    { text: 'ご自身のメルカリのアカウントで購入していただけますか', kind: 'message' },
    { text: '代金はいったん立て替えていただけると助かります', kind: 'message' },
    { text: '一度ご自分で注文していただけますか。購入費は後日お振込みします', kind: 'message' },
    '通販で注文し、到着したら弊社まで発送してください。',
    '指定の商品を注文していただくお仕事です。',
    { text: 'こちらの一覧にある品をまとめて注文していただけませんか', kind: 'message' },
  ],
  doesNotMatch: [
    '購入代行サービスのLP制作をお願いします。',
    '商品の購入や代金の立て替えは一切ありません。',
    '自社商品の説明文を作成してください。',
    'お取り寄せグルメの紹介記事(実食不要)を書いてください。',
    '代理購入サービスの仕組みを解説する記事を書いてください。',
    'ネットショップで購入していただいたお客様へのお礼メールの作成です。',
    '「今すぐ購入してください」に代わるキャッチコピーを考えてください。',
    '「ご購入いただきありがとうございます」で始まるメール文を作ってください。',
    '購入者から返品の申し出があった場合は全額返金します、という規約文を作成してください。',
    'ご購入後30日以内なら全額返金いたします、というキャンペーンのバナーを作ってください。',
  ],
};
