/**
 * Doing someone's school work: 宿題, 課題, レポート, 卒論, 読書感想文 for a student to hand in.
 * CrowdWorks lists 学校の課題・宿題・レポート・卒論の代行 among prohibited work; it is academic
 * misconduct for the student and leaves the worker unpaid if it comes to light.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { ABOUT_THE_TOPIC, JOB_AND_THREAD_PAGES, NOT_ASKING } from '../shared';
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
        // A subject may sit between (「高校の数学の課題」), and 「提出」 may lead (「学校の提出課題」).
        '(大学|短大|短期大学|学校|授業|ぜみ|高校|中学|専門学校|大学院|講義|単位)\\s{0,2}(の|で出された|で出た|に提出する|提出用の)?\\s{0,2}([^。\\n、をは]{1,6}の)?\\s{0,2}(提出)?\\s{0,2}(課題|れぽ.?と|宿題|提出物|期末試験|小論文)',
        // Sitting a test or a class for someone: 「小テストを代わりに受けて」「替え玉受験」.
        '(小てすと|期末てすと|中間てすと|試験|受験|授業|講義|出席|単位認定)[^。\\n]{0,6}(代わりに|代理で|代行)',
        '(替え玉|かえだま)\\s{0,2}(受験|出席)',
        // 宿題 is school work whatever the wording of the request, and a child's school work too.
        '宿題\\s{0,2}(を)?\\s{0,2}(手伝|やって|解いて|代わり|書いて|見て|して(いただ|くださ|もらえ|ほしい))',
        '(息子|娘|子ども|子供|うちの子)\\s{0,2}(の)?[^。\\n]{0,8}(宿題|課題|れぽ.?と|作文|読書感想文|自由研究)',
        // A thesis to be written for its author: 「修士論文の一部(考察)を書いていただける方」.
        '(修論|修士論文|博士論文|学位論文)[^。\\n]{0,12}(書いて|書ける|書く|執筆|作成|代筆|代行)',
        '(卒論|卒業論文|読書感想文|夏休みの宿題|自由研究)',
        '(代わりに|代理で)\\s{0,2}(解いて|書いて|やって|提出)',
      ],
    },
    unless: [
      ...NOT_ASKING,
      ABOUT_THE_TOPIC,
      // School tooling and research data work are not ghostwriting.
      { scope: 'sentence', pattern: { terms: ['商品説明', 'キット', '教材', '校正', '添削', '翻訳', '集計', '開発', 'システム', 'アプリ', '採点', '管理画面', '抄録', '書誌情報', 'データ収集', '書き方', 'テーマ例', 'まとめ記事', 'コツ', 'ネタ'] } },
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
    '中学の理科の宿題を手伝ってくれる方',
    '短大の提出レポートを1本お願いします。',
    'オンライン講義の出席を代わりにお願いしたいです。',
    '博士論文の第3章を執筆していただける方を探しています。',
    { text: '娘の理科の宿題を見てもらえる方いませんか', kind: 'message' },
  ],
  doesNotMatch: [
    '学術論文の抄録・書誌情報を収集するお仕事です。',
    '月次の売上レポートを作成してください。',
    '大学の課題管理システムの開発です。',
    '経営課題の解決策をまとめるリサーチ業務です。',
    '大学の広報誌の特集ページの課題を洗い出すシステム改善提案です。',
    'アプリの動作テストを代わりに実施していただける方',
    '修士論文の英文校正をお願いします。',
    '大学の授業評価アンケートの集計作業です。',
    '自由研究キットの商品説明文をお願いします。',
    '卒論代行サービスの実態を検証する記事です。',
  ],
};
