/**
 * Insults and abuse in the thread (バカ, 無能, 役立たず, ふざけるな, 死ね…). Written with the
 * normaliser in mind: バカ folds to ばか, which also starts ばかり, so it needs a following
 * word that only an insult would have.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { THREAD_PAGES } from '../shared';
import { SEED_CW_TROUBLE_PREVENTION, SEED_CW_WITHDRAWAL } from '../sources';

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
          terms: ['馬鹿', '無能', '役立たず', 'ふざけるな', 'ふざけんな', 'ふざけてる', 'ふざけてんの', '死ね', '消えろ', '低能', 'アホか', '頭おかしい', '頭がおかしい', '頭悪い', '頭が悪い', 'てめえ', 'てめー', 'お前', '常識ないの', '常識がないんですか', '常識がなさすぎ', '非常識', '小学生以下', '金返せ', 'なめてる', 'なめてんの', '舐めてる', '舐めてんの', 'いい加減にしろ', 'さっさとしろ', 'さっさとやれ', 'ゴミ以下'],
        },
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
          ],
        },
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
  ],
  doesNotMatch: [
    { text: '修正ばかりで申し訳ありません', kind: 'message' },
    { text: 'このツールはMacでは使えないので、Windowsでお願いします', kind: 'message' },
    { text: 'カスタマー対応のマニュアルを送ります', kind: 'message' },
    { text: '無能だと言われて悔しいです(相談)', kind: 'message', own: true },
  ],
};
