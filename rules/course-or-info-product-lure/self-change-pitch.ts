/**
 * Job posts that speak to the reader's life rather than to a task: 「今の自分を変えたい方」
 * 「人生を変える」「マインドを学ぶ」「経済的自由」. The wording of coaching and school funnels
 * (CrowdWorks 2025-02 notice: monitor surveys and research jobs leading to a school).
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { JOB_AND_THREAD_PAGES } from '../shared';
import { CW_PROHIBITED_FAQ, CW_SCAM_NOTICE_2025 } from '../sources';

export const rule = {
  id: 'course-or-info-product-lure/self-change-pitch',
  category: 'course-or-info-product-lure',
  severity: 'warning',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    text: {
      terms: [
        '今の自分を変え',
        '自分を変えたい',
        '自分を変えるチャンス',
        '人生を変えたい',
        '人生を変えませんか',
        '人生を変えるチャンス',
        '人生を変える第一歩',
        '人生を変える副業',
        '新しい自分',
        '理想の自分',
        '理想の人生',
        '理想のライフスタイル',
        '経済的自由',
        '経済的な自由',
        '自由な人生',
        '本気で変わりたい',
        '本気で人生',
        '会社に依存しない',
        '会社に頼らない',
        'お金の不安から解放',
        '将来に不安を感じ',
        '将来のお金の不安',
        '今の働き方に疑問',
        '好きなことを仕事にしたい',
        '自由な働き方を手に入れ',
        'なりたい自分',
        '人生の選択肢を広げ',
        '成功者の思考',
      ],
      regex: [
        '稼ぐ力\\s{0,2}(を|が)?\\s{0,2}(身に|つけ|付け|手に)',
        '自己投資\\s{0,2}(として|が必要|だと思って|と考えて|になります|と思えば)',
        'まいんど\\s{0,2}(に関する|を学|せっと|を変|を磨|を身に|について|が大切|改革|の変化|を整え|を鍛え|から変|を手に)',
      ],
    },
    unless: [{ scope: 'sentence', pattern: { terms: ['書評', '要約', '文字起こし', '翻訳', '校正'] } }],
    kinds: ['job', 'message', 'contract'],
    author: 'other',
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '仕事の説明より「自分を変える」話が前に出ている募集です',
    why: '作業内容より「今の自分を変えたい」「人生を変える」「マインド」といった言葉が目立つ募集は、仕事を入口にスクールやコンサル、情報商材へ誘う流れでよく使われます。クラウドワークスの注意喚起でも、アンケートやリサーチの仕事からZoomやLINEに移り、高額なスクールを勧められる例が紹介されています。',
    steps: [
      '具体的な作業内容・納品物・報酬の計算方法をサイト内で確認してください。',
      '面談や説明会で講座・コンサル・教材の話が出たら、申し込まずに終えてください。',
      'お金を払う、LINEに登録する、ローンを組むといった話には応じないでください。',
      '仕事ではなく勧誘だった場合は「この仕事を通報する」から報告してください。',
    ],
  },
  en: {
    title: 'The post talks more about changing yourself than about a task',
    why: 'Posts that lead with “change yourself”, “change your life” or “mindset” rather than the work are a typical funnel into schools, coaching or info products. CrowdWorks’ own warning describes surveys and research jobs that move to Zoom or LINE and end with an expensive school.',
    steps: [
      'Ask on the site for the concrete work, deliverables and how the pay is calculated.',
      'If an interview or briefing turns to a course, coaching or materials, end it without signing up.',
      'Do not agree to pay, add a LINE account or take out a loan.',
      'If it was recruiting rather than work, report it with 「この仕事を通報する」.',
    ],
  },
  sources: [CW_SCAM_NOTICE_2025, CW_PROHIBITED_FAQ],
};

export const examples: RuleExamples = {
  matches: [
    '「今の自分を変えたい」と考えている方に向けた、海外トレンド・マインドに関するリサーチのお仕事です。',
    '副業で人生を変えたい方、一緒に頑張りましょう！',
    '経済的自由を手に入れるためのサポート付き',
  ],
  doesNotMatch: [
    '自己啓発書の要約記事(人生を変える習慣の本)を作成してください。',
    'マインドマップ作成ツールの使い方をまとめてください。',
    '新しい働き方を始めたい方へ。完全在宅の営業事務です。',
  ],
};
