/**
 * Words from the police lists that are too common to flag alone — 高額, 高収入, 即金, ドライバー,
 * 送迎 — flagged when a companion that makes them a recruiting pitch sits close by (same-day
 * cash, hand delivery, "easy", ID, anonymous apps, a few hours' work).
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { JOB_AND_THREAD_PAGES, WARNS_ABOUT_CRIME } from '../shared';
import { NPA_NOTICE_2024, NPA_WHITE_PAPER_2025 } from '../sources';

export const rule = {
  id: 'criminal-recruitment/generic-with-companion',
  category: 'criminal-recruitment',
  severity: 'danger',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    any: [
      {
        text: { terms: ['高額', '高収入', '即金'] },
        near: {
          pattern: {
            terms: ['即日', '即金', '即払い', '手渡し', '現金', '楽で', '楽して', '楽な', '誰でも', '短時間', '1日だけ', '一日だけ', '数時間で', '身分証', 'テレグラム', 'Telegram', 'シグナル', 'Signal', '運ぶ', '運搬', '受け取り', '日払い'],
            wordBoundary: true,
          },
          within: 15,
        },
        unless: [WARNS_ABOUT_CRIME],
        kinds: ['job', 'message', 'contract'],
        author: 'other',
      },
      {
        text: { terms: ['ドライバー', '送迎', '運転手'] },
        near: {
          pattern: {
            terms: ['高額', '高収入', '即日', '即金', '日払い', '手渡し', '身分証', 'テレグラム', 'Telegram', 'Signal', '1日だけ', '一日だけ', '数時間'],
            regex: ['日給\\s{0,2}\\d'],
            wordBoundary: true,
          },
          within: 15,
        },
        unless: [WARNS_ABOUT_CRIME, { scope: 'sentence', pattern: { terms: ['インストール', 'デバイス', 'プリンター', 'アプリ開発'] } }],
        kinds: ['job', 'message', 'contract'],
        author: 'other',
      },
    ],
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '「高額」「即金」などの言葉が、闇バイト募集に典型的な組み合わせで使われています',
    why: '「高額」「高収入」「ドライバー」「送迎」は普通の求人にも出てくる言葉ですが、「即日」「手渡し」「楽」「短時間」「身分証」「テレグラム」などと組み合わさると、警察庁が注意を呼びかける闇バイト募集の特徴に当てはまります。',
    steps: [
      '仕事の内容・依頼主の会社名・作業場所を、サイト内で具体的に確認してください。答えが曖昧なら応募しないでください。',
      '匿名性の高いアプリへの移動、身分証の送付、現金や荷物の受け渡しを求められたら、すぐにやめて警察に相談してください(#9110)。',
      '「この仕事を通報する」から事務局に知らせてください。',
    ],
  },
  en: {
    title: '“High pay” or “cash” in the combination typical of criminal recruiting',
    why: '“High pay”, “high income”, “driver” or “pick-up” appear in ordinary ads too, but next to “same day”, “cash in hand”, “easy”, “a few hours”, “ID” or “Telegram” they match the features the National Police Agency warns about.',
    steps: [
      'Ask on the site for the concrete work, the company name and the place. If the answer is vague, do not apply.',
      'If asked to move to an anonymous app, send ID, or hand over cash or parcels, stop and consult the police (#9110).',
      'Report it with 「この仕事を通報する」.',
    ],
  },
  sources: [NPA_NOTICE_2024, NPA_WHITE_PAPER_2025],
};

export const examples: RuleExamples = {
  matches: [
    '高額報酬・即日払い！',
    '短時間で高収入のお仕事です',
    '送迎ドライバー募集、日給3万円手渡し',
    { text: 'ドライバーの仕事はテレグラムで説明します', kind: 'message' },
  ],
  doesNotMatch: [
    '高額案件の獲得を目指すWebデザイナー向け記事の執筆',
    'プリンタードライバーのインストール手順書の作成',
    '送迎バスの時刻表をExcelに入力してください',
  ],
};
