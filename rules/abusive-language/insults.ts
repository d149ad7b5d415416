/**
 * Insults and abuse in the thread (バカ, 無能, 役立たず, ふざけるな, 死ね…). Written with the
 * normaliser in mind: バカ folds to ばか, which also starts ばかり, so it needs a following
 * word that only an insult would have.
 */
import type { RuleExamples, RuleGuidance, RuleSpec, Unless } from '../../utils/engine/rule-schema';
import { THREAD_PAGES } from '../shared';
import { SEED_CW_TROUBLE_PREVENTION, SEED_CW_WITHDRAWAL } from '../sources';

/** The word names the readers or the theme of a writing job: 「無能な上司に悩む人向けの記事」. */
const TOPIC_OF_WRITING: Unless = { scope: 'sentence', pattern: { terms: ['人向け', '方向け', 'というテーマ', 'のテーマ'] } };

export const rule = {
  id: 'abusive-language/insults',
  category: 'abusive-language',
  severity: 'warning',
  sites: ['crowdworks', 'lancers'],
  pageKinds: THREAD_PAGES,
  when: {
    any: [
      {
        text: {
          terms: ['馬鹿', '役立たず', '能無し', '脳無し', 'ふざけるな', 'ふざけんな', 'ふざけてる', 'ふざけてんの', '死ね', '消えろ', '低能', 'アホか', '頭おかしい', '頭がおかしい', '頭悪い', '頭が悪い', 'てめえ', 'てめー', 'お前', '常識ないの', '常識がないんですか', '常識がなさすぎ', '非常識', '小学生以下', '金返せ', 'なめてる', 'なめてんの', '舐めてる', '舐めてんの', 'いい加減にしろ', 'さっさとしろ', 'さっさとやれ', 'ゴミ以下'],
        },
                unless: [TOPIC_OF_WRITING],
        kinds: ['message'],
        author: 'other',
      },
      {
        text: {
          regex: [
            'ばか(です|だな|だろ|じゃない|じゃね|なの|なんです|やろう|野郎|にして|にする|にされ|すぎ|げて|みたい|か\\s{0,1}[!?。]|ども)',
            'くず(が|だ|です|野郎|やろう|人間|わ.?か.?|ども)',
            'ごみ(みたい|同然|以下|くおりてぃ|れべる|のような|のよう|作品|記事)',
            '使えない(人|奴|やつ|わ.?か.?|人間)',
            'くそ(が|野郎|やろう|みたい|わ.?か.?|仕事|ですね)',
            '(本当に|ほんとに|ほんと|まじで|全く|まったく)\\s{0,2}使えない',
            // 無能, but not the legal term 無能力(者).
            '無能([^力]|$)',
            // 「いい歳してこんなこともできないの?」.
            '(いい歳|いい年|いい大人)\\s{0,2}(して|なのに)',
            '(素人|小学生|中学生|子供|子ども|新人)\\s{0,2}(以下|同然|丸出し)',
            '(本当に|ほんとに|本当は)\\s{0,2}ぷろ\\s{0,2}(ですか|なの|なんですか)',
            '頭\\s{0,2}(を)?\\s{0,2}使(って|え|いなさい)',
            'いらいら\\s{0,2}(する|します|させ)',
            // Contemptuous verb endings and 「ふざけた仕事」.
            'やが(って|れ|る)',
            'ふざけた\\s{0,2}(仕事|対応|真似|納品|文章|記事|態度)',
            'こんな\\s{0,2}(簡単な)?\\s{0,2}(こと|事)\\s{0,2}(も)?\\s{0,2}(できない|出来ない|わからない|分からない)\\s{0,2}(の|んですか|んだ|なんて|とか)',
            // Contempt for the person's competence: 「プロ失格」「センスゼロ」「日本語も書けないなんて」.
            '(ぷろ|社会人|らいた.?|でざいな.?|わ.?か.?|大人|人として)\\s{0,2}(として)?\\s{0,2}失格',
            'せんす\\s{0,2}(が|の)?\\s{0,2}(ぜろ|皆無|かけらも|欠片も)',
            '(日本語|文章|指示)\\s{0,2}(も|が)\\s{0,2}(読めない|書けない|理解できない)\\s{0,2}(の|んですか|なんて|んだ|のか)',
          ],
        },
        unless: [TOPIC_OF_WRITING],
        kinds: ['message'],
        author: 'other',
      },
    ],
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '暴言・侮辱的な言葉が届いています',
    why: '相手を侮辱する言葉はメッセージガイドラインに反する行為で、クラウドワークスには「契約相手から暴言があった」場合の案内があります。文字だけのやり取りは誤解から言い争いになりやすいものの、言い返すと自分も違反になり、状況も悪くなります。',
    steps: [
      '言い返さず、落ち着いた丁寧な言葉で、事実と契約内容だけを伝えてください。',
      'メッセージを消さず、記録を残してください。',
      '暴言が続く場合は「違反報告する」から報告し、必要なら契約途中終了リクエストで契約を終えることも検討してください。',
    ],
  },
  en: {
    title: 'Abusive or insulting language',
    why: 'Insults break the platforms’ message guidelines, and CrowdWorks has a help page for when the other party is abusive. Text-only talk easily turns into quarrels through misunderstandings, but answering in kind puts you in breach as well and makes things worse.',
    steps: [
      'Do not answer in kind; reply calmly and politely, with facts and the contract’s terms only.',
      'Do not delete the messages; keep a record.',
      'If the abuse continues, report it with 「違反報告する」, and consider ending the contract with a 契約途中終了リクエスト.',
    ],
  },
  sources: [SEED_CW_TROUBLE_PREVENTION, SEED_CW_WITHDRAWAL],
};

export const examples: RuleExamples = {
  matches: [
    { text: 'こんなこともできないなんて本当に使えないですね', kind: 'message' },
    { text: 'バカなの？', kind: 'message' },
    { text: 'ゴミみたいな記事ですね。ふざけるな', kind: 'message' },
    { text: '無能なワーカーには二度と頼みません', kind: 'message', site: 'lancers' },
    { text: 'こんな納品物、ライターとして失格ですよ', kind: 'message' },
    { text: 'センスのかけらもないですね', kind: 'message' },
    { text: '指示も読めないんですか', kind: 'message' },
    { text: 'いい大人なのに納期も守れないんですね', kind: 'message' },
    { text: 'こんな簡単な事も分からないんですか', kind: 'message' },
    { text: '中学生以下の文章力ですね', kind: 'message' },
    { text: 'これで本当にプロなんですか', kind: 'message' },
    { text: 'もっと頭使えよ', kind: 'message' },
    { text: '適当な記事書きやがって', kind: 'message' },
    { text: 'こんなふざけた納品物は受け取れません', kind: 'message' },
  ],
  doesNotMatch: [
    { text: '修正ばかりで申し訳ありません', kind: 'message' },
    { text: 'このツールはMacでは使えないので、Windowsでお願いします', kind: 'message' },
    { text: 'カスタマー対応のマニュアルを送ります', kind: 'message' },
    { text: '無能だと言われて悔しいです(相談)', kind: 'message', own: true },
    { text: '「無能な働き者」というテーマでコラムをお願いします', kind: 'message' },
    { text: '日本語が読めない方向けに、やさしい日本語で書いてください', kind: 'message' },
    { text: '成年被後見人(旧・無能力者)の制度をまとめてください', kind: 'message' },
  ],
};
