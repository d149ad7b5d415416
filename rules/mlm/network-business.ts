/**
 * Recruiting into multi-level marketing: マルチ商法, ネットワークビジネス, 権利収入, 「紹介するだけで
 * 報酬」, ダウンライン. Both platforms list MLM recruiting among prohibited acts.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { ABOUT_THE_TOPIC, JOB_AND_THREAD_PAGES, NOT_ASKING } from '../shared';
import { CW_PROHIBITED_FAQ, LANCERS_MLM_2018, SEED_CW_TROUBLE_PREVENTION } from '../sources';

export const rule = {
  id: 'mlm/network-business',
  category: 'mlm',
  severity: 'danger',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    text: {
      terms: [
        'マルチ商法',
        'マルチレベル',
        'マルチまがい',
        'MLM',
        'ネットワークビジネス',
        'ネットワーク・ビジネス',
        'ねずみ講',
        'ネズミ講',
        '権利収入',
        'ダウンライン',
        'アップライン',
        '人を紹介するだけ',
        '紹介するだけで報酬',
        '紹介するだけで収入',
        '紹介するだけで稼',
        '紹介報酬が永久',
        '友達を紹介すると',
        '友人を紹介すると',
        '知人を紹介',
        'グループ報酬',
        'タイトル報酬',
      ],
      regex: [
        // Spaced or dotted: 「ネットワーク ビジネス」「ネットワーク・ビジネス」.
        // 「紹介するだけで毎月収入が」.
        '紹介する\\s{0,2}だけ\\s{0,2}(で)?[^。\\n]{0,6}(報酬|収入|稼|お金|ぼ.?なす)',
        'ねっとわ.?く\\s{0,2}[・]?\\s{0,2}(型)?\\s{0,2}(の)?\\s{0,2}びじねす',
        // Pay that keeps coming from each recruit's purchases: 「紹介した方が購入するたびに報酬が」.
        '紹介(した|された|していただいた)\\s{0,2}(方|人|会員)[^。\\n]{0,20}(たびに|ほど|継続的|ずっと|永続|毎月)',
        // Income from the recruits' own sales: 「その方の売上の一部があなたの収入に」.
        '(その方|その人|紹介者|紹介した(方|人)|紹介された(方|人)|下の(方|人))\\s{0,2}の\\s{0,2}(売上|購入額|購入金額|報酬|収入|成果)\\s{0,2}(の)?\\s{0,2}(一部|\\d{1,2}\\s{0,2}(%|割))',
        '紹介(した|された|していただいた)\\s{0,2}(人|方|会員)\\s{0,2}の\\s{0,2}(分|売上|購入|成果)\\s{0,2}(も|が|まで)',
        // Spreading products one uses, and bonuses for introducing friends.
        '(愛用品|愛用者|愛用している商品)\\s{0,2}(を|として|に)?\\s{0,2}(広める|広めて|広げ|紹介)',
        '(友人|友達|友だち|知人|知り合い|周りの方|周りの人)\\s{0,2}(に|を)\\s{0,2}([^。\\n、]{0,6}を)?\\s{0,2}(ご)?紹介\\s{0,2}(する|して|すると|すれば|したら)[^。\\n]{0,10}(ぼ.?なす|報酬|収入|還元)',
        // Rank or pay that follows the number recruited: 「紹介者数に応じてランクが上がり」.
        '(紹介者数|紹介人数|紹介数|紹介した人数|勧誘人数)\\s{0,2}(に)?\\s{0,2}(応じ|比例|よって|よる)',
        // The chain below the recruit: 「紹介された方がさらに紹介すると」「あなたの下に」「その下の紹介分」.
        '紹介(された|した|していただいた)\\s{0,2}(方|人)\\s{0,2}(が|も)\\s{0,2}(さらに|また|次の人を|誰かを)',
        '(あなた|自分|ご自身)\\s{0,2}の\\s{0,2}(下|傘下)\\s{0,2}(に|の|で)',
        'その下\\s{0,2}の\\s{0,2}(紹介|会員|人|方)',
        // Pay that grows with the number recruited: 「紹介者が増えるほど報酬が」「2人紹介するだけで」.
        '(紹介者|紹介人数|紹介数|仲間|会員|ちーむめんば.?|組織)\\s{0,2}(が|を)\\s{0,2}(増える|増えれば|増やす|増やせば|増えると)\\s{0,2}(ほど|だけ|と|につれ|たびに)?[^。\\n]{0,15}(報酬|収入|ぼ.?なす|還元)',
        '\\d{1,2}\\s{0,2}人\\s{0,2}(を|に)?\\s{0,2}紹介\\s{0,2}(する|して|すれば|すると)?\\s{0,2}(だけ)',
      ],
      wordBoundary: true,
    },
    unless: [
      ...NOT_ASKING,
      ABOUT_THE_TOPIC,
      // 「紹介料はありません」: the reward is denied right after it is named.
      { scope: 'sentence', direction: 'after', within: 12, pattern: { terms: ['ありません', 'ございません', '一切なし'] } },
      { scope: 'sentence', pattern: { terms: ['ではありません', 'ではない', 'ではございません'] } },
    ],
    kinds: ['job', 'message', 'contract'],
    author: 'other',
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: 'マルチ商法(ネットワークビジネス)への勧誘の可能性があります',
    why: 'クラウドワークスはMLM・ねずみ講やその関連の仕事を違反としており、ランサーズも勧誘に注意を呼びかけています。「人を紹介すると報酬」「権利収入」という説明の仕事は、商品の購入や会員登録の費用を自分で負担させ、友人や家族を勧誘させる形になりがちです。',
    steps: [
      '会員登録・商品購入・説明会への参加をしないでください。',
      '知人や家族を紹介・勧誘しないでください。',
      '勧誘を受けたら「違反報告する」または「この仕事を通報する」から報告してください。',
      'すでに契約してしまった場合は、消費者ホットライン(188)に相談してください。クーリング・オフできることがあります。',
    ],
  },
  en: {
    title: 'This may be recruiting for multi-level marketing',
    why: 'CrowdWorks lists MLM, pyramid schemes and related work as violations, and Lancers warns about such recruiting. Work described as “earn by introducing people” or “residual income” usually makes you pay for products or membership and recruit friends and family.',
    steps: [
      'Do not register, buy products or attend the briefing.',
      'Do not recruit friends or family.',
      'Report the approach with 「違反報告する」 or 「この仕事を通報する」.',
      'If you already signed up, call the consumer hotline 188; a cooling-off cancellation may be possible.',
    ],
  },
  sources: [CW_PROHIBITED_FAQ, LANCERS_MLM_2018, SEED_CW_TROUBLE_PREVENTION],
};

export const examples: RuleExamples = {
  matches: [
    '知人を紹介するだけで権利収入が得られるお仕事です。',
    { text: 'ネットワークビジネスの仲間を募集しています', kind: 'message' },
    { text: 'ダウンラインが増えると報酬が増えます', kind: 'message', site: 'lancers' },
    'MLM経験者歓迎',
    'ネットワーク・ビジネスで一緒に成功しましょう。',
    { text: '紹介した人の購入額の10%がずっと入ります', kind: 'message' },
    { text: '紹介された人がまた紹介すると、そこからもボーナスが出ます', kind: 'message' },
    '会員が増えれば増えるほど、毎月の報酬が還元される仕組みです。',
    '3人紹介するだけで元が取れます。',
    { text: 'あなたが誘った人の分も、紹介した人の分も報酬になります', kind: 'message' },
    '愛用品を広めるだけの簡単なお仕事です。',
    '知人に紹介すればするほどボーナスが増えます。',
    '周りの方にサプリを紹介すると報酬が入ります。',
    '紹介人数に比例してボーナスが上がります。',
    'ネットワーク型のビジネスです。',
    '知り合いを紹介するだけで毎月お金が入ります。',
    '紹介した人が買い物をするたびに、あなたにも還元があります。',
  ],
  doesNotMatch: [
    'ネットワークエンジニアの募集です。',
    'マルチタスクが得意な方歓迎。',
    '当社はマルチ商法ではありません。',
    'XMLMapperの設定ファイルを修正してください。',
    'ネットワークビジネスの勧誘の断り方をまとめた記事を書いてください。',
    '紹介した人数に応じた紹介料はありません。',
  ],
};
