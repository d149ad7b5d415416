/**
 * Doing someone's school work: 宿題, 課題, レポート, 卒論, 読書感想文 for a student to hand in.
 * CrowdWorks lists 学校の課題・宿題・レポート・卒論の代行 among prohibited work; it is academic
 * misconduct for the student and leaves the worker unpaid if it comes to light.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { JOB_AND_THREAD_PAGES, NOT_ASKING } from '../shared';
import { CW_PROHIBITED_FAQ, SEED_CW_TROUBLE_PREVENTION } from '../sources';

export const rule = {
  id: 'homework-ghostwriting/school-assignment',
  category: 'homework-ghostwriting',
  severity: 'danger',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    text: {
      regex: [
        '(宿題|課題|れぽ.?と|卒論|卒業論文|修論|修士論文|博士論文|小論文|読書感想文|自由研究|論文|作文|課題図書)\\s{0,2}(の)?\\s{0,2}(代行|代筆|代理作成|作成代行|代わりに)',
        '(大学|学校|授業|ぜみ|高校|中学|専門学校|大学院|講義|単位)\\s{0,2}(の|で出された|で出た|に提出する|提出用の)?\\s{0,2}(課題|れぽ.?と|宿題|提出物|期末試験|小論文)',
        '(卒論|卒業論文|読書感想文|夏休みの宿題|自由研究)',
        '(代わりに|代理で)\\s{0,2}(解いて|書いて|やって|提出)',
      ],
    },
    unless: [
      ...NOT_ASKING,
      // School tooling and research data work are not ghostwriting.
      { scope: 'sentence', pattern: { terms: ['開発', 'システム', 'アプリ', '採点', '管理画面', '抄録', '書誌情報', 'データ収集', '書き方', 'テーマ例', 'まとめ記事', 'コツ', 'ネタ'] } },
    ],
    kinds: ['job', 'message', 'contract'],
    author: 'other',
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '学校の課題・宿題・レポートの代行の依頼です',
    why: '学校の課題、宿題、レポート、卒業論文などの代行は、クラウドワークスが違反としている仕事の例です。依頼した学生にとっては不正行為になり、発覚すれば支払いが拒まれたり、トラブルに巻き込まれたりします。',
    steps: [
      '応募・作業をしないでください。',
      '「自分の勉強の参考にする」と説明されても、提出用の文章や解答は作らないでください。',
      '「この仕事を通報する」から事務局に知らせてください。',
    ],
  },
  en: {
    title: 'School assignment ghostwriting',
    why: 'Writing someone’s school assignments, homework, reports or theses is among CrowdWorks’ examples of prohibited work. For the student it is academic misconduct, and when it comes to light payment is often refused.',
    steps: [
      'Do not apply or do the work.',
      'Even if told it is “only for reference”, do not write text or answers meant to be handed in.',
      'Report it with 「この仕事を通報する」.',
    ],
  },
  sources: [CW_PROHIBITED_FAQ, SEED_CW_TROUBLE_PREVENTION],
};

export const examples: RuleExamples = {
  matches: [
    '大学のレポート(2000字)を作成していただける方を募集します。',
    '卒論の執筆をお手伝いいただける方',
    '夏休みの宿題(読書感想文)をお願いします。',
    { text: '代わりに解いてもらえませんか？明日提出なんです', kind: 'message' },
  ],
  doesNotMatch: [
    '学術論文の抄録・書誌情報を収集するお仕事です。',
    '月次の売上レポートを作成してください。',
    '大学の課題管理システムの開発です。',
    '経営課題の解決策をまとめるリサーチ業務です。',
  ],
};
