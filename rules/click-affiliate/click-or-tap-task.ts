/**
 * Paid clicks and taps: 「バナーをクリックするだけ」「1タップ＝10円」「ポチポチ作業」. CrowdWorks
 * forbids banner and link clicks for pay (affiliate fraud); the clicks are worth money only
 * because advertisers are misled.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { JOB_AND_THREAD_PAGES, NOT_ASKING } from '../shared';
import { CW_PROHIBITED_FAQ, LANCERS_AFFILIATE_2021, SEED_CW_TROUBLE_PREVENTION } from '../sources';

export const rule = {
  id: 'click-affiliate/click-or-tap-task',
  category: 'click-affiliate',
  severity: 'danger',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    text: {
      regex: [
        // 「タップ」 folds to たっぷ, so a continuation is required (たっぷり means "plenty").
        '(くりっく|たっぷ|ぽちぽち|ぽちっと|ぽち)\\s{0,2}(する|して|していただく|いただく|頂く)?\\s{0,2}(だけ|のみ|作業|お仕事|業務|案件)',
        '1\\s{0,2}(くりっく|たっぷ)(\\s|&|=|で|ごと|につき|あたり)',
        '(ば.?な.?|りんく|広告|url)\\s{0,2}(を|の)?\\s{0,2}(くりっく|たっぷ)\\s{0,2}(して|する|いただ|頂|作業|だけ|で報酬)',
        // Other verbs for the same act: 「リンクを踏んでいただくだけ」「広告を押すだけ」.
        '(ば.?な.?|りんく|広告|url)\\s{0,2}(を)?\\s{0,2}(踏|ふん|ふむ|押)\\s{0,2}(して|す|で|む|んで)?\\s{0,2}(いただく|いただ|頂|もらう)?\\s{0,2}(だけ|作業|で報酬|のみ)',
        '(くりっく|たっぷ)\\s{0,2}(1回|1件|\\d{1,3}回)\\s{0,2}(あたり|につき|で|ごと)?\\s{0,2}=?\\s{0,2}\\d{1,4}\\s{0,2}円',
      ],
    },
    unless: [
      ...NOT_ASKING,
      { scope: 'sentence', pattern: { terms: ['クリックポスト', 'クリック率', 'クリック単価', 'CTR', '広告運用', 'クリック数の分析', 'UI', 'ボタン配置', '開発', '実装', 'システム', '画面', '操作性'], wordBoundary: true } },
    ],
    kinds: ['job', 'message', 'contract'],
    author: 'other',
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: 'クリック・タップするだけで報酬が出る仕事です',
    why: 'バナーやリンクをクリック・タップするだけで報酬が出る仕事は、広告主をだますアフィリエイトの不正クリックに加担するもので、クラウドワークスが違反としている仕事の例です。報酬が支払われない、作業したアカウントや端末が不正利用とみなされる、といったことが起きます。',
    steps: [
      '応募・作業をしないでください。',
      '指定されたリンクやアプリを開いて登録したり、個人情報を入力したりしないでください。',
      '「この仕事を通報する」から事務局に知らせてください。',
    ],
  },
  en: {
    title: 'Paid for clicks or taps',
    why: 'Jobs that pay you to click or tap banners or links make you part of affiliate click fraud that misleads advertisers; CrowdWorks lists them as prohibited work. Pay often never comes, and the accounts or devices used can be flagged for fraud.',
    steps: [
      'Do not apply or do the work.',
      'Do not open the given links or apps to sign up or enter personal data.',
      'Report it with 「この仕事を通報する」.',
    ],
  },
  sources: [CW_PROHIBITED_FAQ, LANCERS_AFFILIATE_2021, SEED_CW_TROUBLE_PREVENTION],
};

export const examples: RuleExamples = {
  matches: [
    'スマホでタップしていただくだけの簡単なルーティン作業です。1タップ＆スクショ1回＝10円',
    '指定のバナーをクリックして、スクショを送ってください。',
    'ポチポチ作業で報酬GET',
    'クリック1回につき5円お支払いします。',
    '送られてきたリンクを踏むだけで報酬がもらえます。',
    'バナーを押していただくだけの作業です。',
  ],
  doesNotMatch: [
    '商品はクリックポストで発送します。',
    '広告のクリック率を改善する施策を提案してください。',
    'たっぷり時間をかけて丁寧に作業してください。',
    'ほぼワンクリックで完了するコピペ動画作成です。',
    'リンクを踏んでしまった場合の対処法を解説してください。',
  ],
};
