/**
 * Threats to expose or harm: 晒す, 住所を調べる, 家族や職場に連絡する, 許さない, 覚えておけ. They aim
 * at the person rather than the contract and call for records and, when fear is real, the
 * police.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { THREAD_PAGES } from '../shared';
import { NPA_WHITE_PAPER_2025, SEED_CW_TROUBLE_PREVENTION, SEED_CW_WITHDRAWAL } from '../sources';

export const rule = {
  id: 'threat/exposure-or-harm',
  category: 'threat',
  severity: 'danger',
  sites: ['crowdworks', 'lancers'],
  pageKinds: THREAD_PAGES,
  when: {
    text: {
      regex: [
        // 「住所なんて調べればすぐわかる」: a scornful particle is as much a threat as 「を」.
        '(住所|自宅|身元|本名|家の場所)\\s{0,2}(を|も|なんて|なんか|くらい|ぐらい)?\\s{0,2}(すぐに?)?\\s{0,2}(調べ|特定|突き止め|割り出)',
        // 「住所はもう特定済みです」 (with 「は」 only the unmistakable verbs: 「住所は調べて入力」 is data work).
        '(住所|自宅|身元|本名|家の場所)\\s{0,2}は\\s{0,2}(もう|すでに|既に|とっくに)?\\s{0,2}(特定|突き止め|割り出|把握して)',
        '(ご自宅|自宅|あなたの家|お前の家|家の前)\\s{0,2}(まで|に)\\s{0,2}(押しかけ|乗り込|行くから|行くぞ|行きますから|行ってやる)',
        '晒(す|します|してやる|して(も|いい|やろう)|し上げ|されたい)',
        '(ねっと|sns|掲示板|口こみさいと|知恵袋)\\s{0,2}(に|で|上で)\\s{0,2}(書き込|拡散|公開|晒)\\s{0,2}(み|し|さ)?\\s{0,2}(ます|ますよ|せていただ|せてもら|てやる|いたします|む|す)',
        // 「勤務先にもこの件を連絡させていただきます」: 「も」 and an object may come between.
        '(家族|親|実家|職場|勤務先|お勤め先)\\s{0,2}(に|へ)\\s{0,2}(も)?\\s{0,2}([^。\\n、をは]{0,8}を)?\\s{0,2}(連絡|電話|知らせ|ばら|言い|伝え)\\s{0,2}(する|します|しますよ|ますよ|てやる|に行|させて|させていただ|いたします)',
        '個人情報\\s{0,2}(を)?\\s{0,2}(公開|晒|拡散|ばら)(します|しますよ|してやる|す|しちゃ)',
        '(覚えて(おけ|ろ|とけ)|絶対に?\\s{0,2}許さない|許さねえ|許さないぞ|許さないからな|ただ(じゃ|では)\\s{0,2}(済|すま)|痛い目(に|を)\\s{0,2}(あわせ|合わせ|遭わせ|見せ)|後悔\\s{0,2}(させ|するぞ|しますよ)|殺す)',
      ],
    },
    unless: [{ scope: 'sentence', pattern: { terms: ['つもりはありません', 'つもりはない', 'ことはありません', '報告', '相談'] } }],
    kinds: ['message'],
    author: 'other',
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '晒す・住所を調べるなどの脅しを受けています',
    why: '個人情報をネットに晒す、住所を調べる、家族や職場に連絡するといった言葉は、仕事の話ではなく脅しです。クラウドワークスの公式ページでは、話し合いで解決しない場合は警察や専門家への相談を検討するよう案内されており、脅迫があれば事務局が間に入る可能性が高いとされています。',
    steps: [
      'メッセージを消さず、日時が分かる形で記録を残してください。',
      '返信は最小限にし、個人情報(住所・本名・SNS)を一切伝えないでください。',
      '「違反報告する」から事務局に報告してください。',
      '身の危険を感じるときは、ためらわず警察に相談してください(#9110、緊急時は110)。',
    ],
  },
  en: {
    title: 'You are threatened with exposure or harm',
    why: 'Saying they will post your details online, find your address or contact your family or employer is not about the work; it is a threat. CrowdWorks’ official page advises going to the police or professionals when talking does not solve things, and the office is likely to step in on threats.',
    steps: [
      'Do not delete the messages; keep a dated record.',
      'Reply as little as possible and give no personal details (address, real name, social media).',
      'Report it with 「違反報告する」.',
      'If you feel unsafe, contact the police without hesitation (#9110, or 110 in an emergency).',
    ],
  },
  sources: [SEED_CW_TROUBLE_PREVENTION, SEED_CW_WITHDRAWAL, NPA_WHITE_PAPER_2025],
};

export const examples: RuleExamples = {
  matches: [
    { text: '納品しないならあなたの住所を調べますよ', kind: 'message' },
    { text: 'SNSで晒しますからね', kind: 'message' },
    { text: 'ご家族に連絡しますよ', kind: 'message' },
    { text: 'このこと、覚えておけ', kind: 'message' },
    { text: '本名くらいすぐ特定できますよ', kind: 'message' },
    { text: '職場にも今回の対応を伝えさせていただきます', kind: 'message' },
    { text: 'このやり取り、ネットで晒してもいいんですけどね', kind: 'message' },
    { text: '今回の件は掲示板で拡散させてもらいます', kind: 'message' },
    { text: '身元はすでに特定しています', kind: 'message' },
  ],
  doesNotMatch: [
    { text: '住所の調べ方を教えていただけますか？(店舗リスト作成の件です)', kind: 'message' },
    { text: 'SNSの書き込みを集計する作業です', kind: 'message' },
    { text: '晒すつもりはありません。', kind: 'message' },
    { text: '玉ねぎは水にさらしてから使ってください', kind: 'message' },
    { text: '手順を覚えておいてください', kind: 'message' },
    { text: '店舗の住所は調べて入力してください', kind: 'message' },
    { text: 'ご家族に連絡してから、ご都合を教えてください', kind: 'message' },
  ],
};
