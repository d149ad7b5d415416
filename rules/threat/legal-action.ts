/**
 * Legal threats in the thread: 訴える, 損害賠償, 法的措置, 弁護士から連絡, 違約金を請求. Often
 * used to force unpaid work or a withdrawal; the platforms step in on threats, so the
 * worker's best move is to keep the record and report.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { THREAD_PAGES } from '../shared';
import { SEED_CW_TROUBLE_PREVENTION, SEED_CW_WITHDRAWAL } from '../sources';

export const rule = {
  id: 'threat/legal-action',
  category: 'threat',
  severity: 'danger',
  sites: ['crowdworks', 'lancers'],
  pageKinds: THREAD_PAGES,
  when: {
    text: {
      regex: [
        '訴え(ます|させて|させていただ|させてもら|てやる|るぞ|るからな|る(こと|つもり|準備|予定)|られても)',
        '(訴訟|裁判|提訴|少額訴訟)\\s{0,2}(を)?\\s{0,2}(起こ|します|を検討|も辞さ|に持ち込|になります|沙汰)',
        // Claimed in the active voice, an amount may sit between (「違約金10万円を払ってもらいます」); the
        // passive 「損害賠償を請求されたとき」 is a topic, not a threat.
        '(損害賠償|賠償金|慰謝料|違約金)\\s{0,2}(として)?\\s{0,2}(\\d{1,3}(,\\d{3}){0,2}\\s{0,2}(万)?\\s{0,2}円)?\\s{0,2}(を|も)?\\s{0,2}(請求(し(ます|ています|ましょう)|いたし|させ|する(こと|予定|つもり|から|可能性|場合|ので)|も辞さ)|払って(もら|いただ|くださ)|支払って(もら|いただ|くださ)|お支払い(いただ|くださ)|求め(ます|させ|る)|いただきます|頂きます)',
        '法的(な)?\\s{0,2}(措置|手段|処置|対応|責任を問|手続き?|処分)',
        // The veiled form: 「しかるべき措置を取らせていただきます」「然るべき機関に」.
        '(しかるべき|然るべき|相応の)\\s{0,2}(措置|手段|処置|機関|ところ\\s{0,2}(に|へ))',
        // Damages demanded as a verb: 「損害を賠償してもらいます」「弁償していただきます」.
        '(損害|損失|被害)\\s{0,2}(を|の|は|も)?\\s{0,2}(賠償|補償|弁償)\\s{0,2}(して(もら|いただ|くださ)|させ|を?請求|を?求め|しろ|しなさい)',
        '弁償\\s{0,2}(して(もら|いただ|くださ)|させ|しろ|しなさい)',
        // 「出るとこ出ますよ」: going to court, idiomatically.
        '出る\\s{0,2}(ところ|とこ)\\s{0,2}(へ|に)?\\s{0,2}(出|でま)',
        '弁護士\\s{0,2}(に|を通じて|を通して|経由で|から|を立て|と)\\s{0,2}(相談して|依頼して|連絡|ご連絡|対応|話|進め|請求|訴え|お送り|送付|相談済|依頼済|相談しま|依頼しま)',
        '(警察|被害届|内容証明)\\s{0,2}(に|を)?\\s{0,2}(通報|届け|出し|送り|送付|相談します|行きます)',
      ],
    },
    unless: [
      {
        scope: 'sentence',
        pattern: { terms: ['つもりはありません', 'つもりはない', 'ことはありません', '考えていません', 'いたしません', 'しません', '保険', '規約'] },
      },
      // A writing brief that names the topic: 「『損害賠償を請求するには』というテーマで」.
      { scope: 'sentence', pattern: { regex: ['(という|の)\\s{0,2}てーま', '(記事|こらむ|ぶろぐ)\\s{0,2}(の)?\\s{0,2}(たいとる|見出し|題名)'] } },
    ],
    kinds: ['message'],
    author: 'other',
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '訴える・損害賠償などの脅しを受けています',
    why: '「契約どおりにしないと訴える」「損害賠償を請求する」といった言葉は、相手を不安にさせて無償の作業や条件の変更を飲ませるために使われることがあります。クラウドワークスは契約の当事者ではないため通常は介入しませんが、脅迫のような言葉がある場合は事務局が間に入ってくれる可能性が高いとされています。慌てて返事や支払いをする必要はありません。',
    steps: [
      'メッセージを消さず、画面の保存などで記録を残してください。',
      '感情的に言い返さず、丁寧な言葉で、契約内容に沿った事実だけを伝えてください。',
      'メッセージ画面の「違反報告する」や問い合わせフォームから事務局に相談してください。',
      '実際に請求書や訴状が届いた場合は、弁護士会の法律相談などの専門家に相談してください。身の危険を感じるときは警察(#9110、緊急時は110)へ。',
    ],
  },
  en: {
    title: 'You are threatened with legal action or damages',
    why: 'Words such as “I will sue you” or “I will claim damages” are sometimes used to frighten a worker into unpaid work or new terms. CrowdWorks is not a party to the contract and normally stays out, but where there are threats the office is likely to step in. You do not have to answer or pay in a hurry.',
    steps: [
      'Do not delete anything; keep the messages (screenshots).',
      'Do not answer in anger; reply politely, sticking to the facts of the contract.',
      'Report it to the office with 「違反報告する」 in the messages or the inquiry form.',
      'If an actual claim or court papers arrive, consult a lawyer (e.g. the bar association’s consultation). If you feel unsafe, call the police (#9110, or 110 in an emergency).',
    ],
  },
  sources: [SEED_CW_WITHDRAWAL, SEED_CW_TROUBLE_PREVENTION],
};

export const examples: RuleExamples = {
  matches: [
    { text: '契約満了しないなら訴えますよ。', kind: 'message' },
    { text: '納期遅延の損害賠償を請求させていただきます', kind: 'message' },
    { text: 'このままなら法的措置を取ります', kind: 'message' },
    { text: '弁護士に相談して進めます', kind: 'message', site: 'lancers' },
    { text: 'キャンセルするなら違約金5万円を支払っていただきます', kind: 'message' },
    { text: '誠意がなければ法的手続きに移ります', kind: 'message' },
    { text: 'こうなったら出るところに出ますからね', kind: 'message' },
    { text: '改善がなければ然るべき手段を検討します', kind: 'message' },
    { text: '遅れた分の損失は補償していただきます', kind: 'message' },
    { text: 'この件はすでに弁護士に依頼済みです', kind: 'message' },
  ],
  doesNotMatch: [
    { text: '訴えるつもりはありませんので、ご安心ください。', kind: 'message' },
    { text: '損害賠償を請求するつもりだ、と先方に言われて困っています', kind: 'message', own: true },
    { text: '損害賠償責任保険への加入状況を教えてください', kind: 'message' },
    { text: '腰痛を訴える方に向けた記事をお願いします', kind: 'message' },
    { text: '違約金を請求された場合の対応をまとめてください', kind: 'message' },
    { text: '「慰謝料を請求するには」というテーマの記事です', kind: 'message' },
    { text: 'ご指摘の件は社内で然るべく対応いたします', kind: 'message' },
  ],
};
