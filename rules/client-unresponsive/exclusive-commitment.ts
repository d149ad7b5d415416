/**
 * Postings that ask for exclusivity or most of the worker's week (専属, 掛け持ち不可, 週30時間
 * 以上). Seed 001's advice: keep several clients, so a client who vanishes does not take all
 * the income with them. A quiet reminder.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { JOB_PAGES } from '../shared';
import { SEED_CW_CLIENT_VANISHED } from '../sources';

export const rule = {
  id: 'client-unresponsive/exclusive-commitment',
  category: 'client-unresponsive',
  severity: 'info',
  sites: ['crowdworks', 'lancers'],
  pageKinds: [...JOB_PAGES, 'proposal', 'messages'],
  when: {
    text: {
      regex: [
        '専属\\s{0,2}(の|で|契約|ら|わ.?か|すたっふ|ぱ.?とな)',
        '(他|ほか)\\s{0,2}(社|の)?\\s{0,2}(案件|仕事|お仕事|くらいあんと|業務)\\s{0,2}(と|との)?\\s{0,2}(の)?\\s{0,2}(掛け持ち|かけもち|併用|兼業|並行)\\s{0,2}(は)?\\s{0,2}(不可|禁止|ng|できません|お控え|ご遠慮)',
        '(週\\s{0,2}[3-9]\\d|月\\s{0,2}[1-9]\\d\\d)\\s{0,2}時間\\s{0,2}以上',
        '(他|ほか)の(仕事|案件)\\s{0,2}(は|を)\\s{0,2}(辞めて|やめて|減らして|整理して)',
      ],
      wordBoundary: true,
    },
    kinds: ['job', 'message'],
    author: 'other',
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '一つのクライアントに頼りきりにならないように',
    why: '専属や長時間の稼働を求める仕事は安定して見えますが、クライアントが突然連絡を絶つと収入がまとめて止まります。評価の高いクライアントでも途中で音信不通になった例があり、複数の仕事を受け持って収入の柱を分けておくと、被害を小さくできます。',
    steps: [
      '契約期間・稼働時間・途中終了の条件を、契約前にサイト内で確認してください。',
      '可能なら他の仕事との掛け持ちを続け、一つの仕事に収入を依存しないようにしてください。',
      '長期の案件でも、報酬は区切りごとに仮払いと検収を通して受け取ってください。',
    ],
  },
  en: {
    title: 'Do not depend on a single client',
    why: 'Exclusive or long-hours jobs look stable, but if the client suddenly goes silent all your income stops at once. Even well-rated clients have vanished mid-contract; keeping several jobs spreads that risk.',
    steps: [
      'Before the contract, check the period, hours and conditions for ending it on the site.',
      'If you can, keep other work going so that no single job carries your income.',
      'Even on long jobs, get paid in stages through 仮払い and inspection.',
    ],
  },
  sources: [SEED_CW_CLIENT_VANISHED],
};

export const examples: RuleExamples = {
  matches: [
    '専属ライターを募集します。',
    '他社案件との掛け持ちは不可となります。',
    '週30時間以上稼働できる方',
  ],
  doesNotMatch: [
    '他の案件との掛け持ちOKです。',
    '週10時間程度の稼働をお願いします。',
    '月160時間のテレアポ業務(シフト制)',
  ],
};
