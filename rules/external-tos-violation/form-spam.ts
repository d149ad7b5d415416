/**
 * Sending sales messages through companies' inquiry forms (フォーム営業), usually with a
 * template and a target list at a few yen per send. Contact forms are meant for inquiries;
 * most sites forbid unsolicited advertising through them, and the sender's IP or account
 * is what gets blocked or reported.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { JOB_AND_THREAD_PAGES, NOT_ASKING } from '../shared';
import { CW_EXTERNAL_RULES_2020, CW_PROHIBITED_FAQ } from '../sources';

export const rule = {
  id: 'external-tos-violation/form-spam',
  category: 'external-tos-violation',
  severity: 'warning',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    any: [
      {
        text: { regex: ['(お?問い?合わせ|お?問合せ|こんたくと)\\s{0,2}ふぉ.?む'] },
        near: { pattern: { terms: ['送信', '送る', '送って', '送付', '営業', '案内', '文面', 'テンプレ', '定型文', 'DM', '宣伝', '広告', '1件'] }, within: 30 },
        unless: [
          ...NOT_ASKING,
          // Building a form, or answering what arrives through one.
          {
            scope: 'sentence',
            pattern: { terms: ['作成', '設置', '実装', '開発', '制作', 'カスタマイズ', 'への返信', 'に返信', '返信対応', 'への回答', 'お客様からの', 'スパム', 'reCAPTCHA', '対策', 'セキュリティ'] },
          },
        ],
        kinds: ['job', 'message', 'contract'],
        author: 'other',
      },
      {
        // The same through inquiry addresses: 「お問い合わせ窓口へ営業メールを一斉送信」.
        text: { regex: ['(お?問い?合わせ|お?問合せ)\\s{0,2}(窓口|先|あどれす|め.?る)'] },
        near: { pattern: { terms: ['営業メール', '一斉送信', '一斉に送', '宣伝メール', '案内メール'] }, within: 20 },
        unless: [...NOT_ASKING, { scope: 'sentence', pattern: { terms: ['リスト作成のみ', '送信はしません', '送信は行いません', 'への返信', 'に返信', '返信対応'] } }],
        kinds: ['job', 'message', 'contract'],
        author: 'other',
      },
      {
        text: { terms: ['フォーム営業', 'フォームDM', '問い合わせフォーム営業'] },
        unless: [...NOT_ASKING, { scope: 'sentence', pattern: { terms: ['リスト作成のみ', '送信はしません', '送信は行いません'] } }],
        kinds: ['job', 'message', 'contract'],
        author: 'other',
      },
    ],
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '企業の問い合わせフォームへの営業送信(フォーム営業)の仕事です',
    why: '問い合わせフォームは問い合わせのための窓口で、一方的な営業や宣伝の送信を禁じている企業が多くあります。送信するのはワーカー自身なので、迷惑行為として苦情を受けたり、ブロックや通報の対象になったりするのはワーカー側です。1件数円の報酬で大量に送らせる募集が目立ちます。',
    steps: [
      '仕事が「送信」まで含むのか、リスト作成や文面作成だけなのかを契約前に確認してください。',
      '送信を含む場合は、送り先のサイトが営業目的の送信を禁止していないか確かめ、禁止されていれば送らないでください。',
      'ワーカーの名前やアドレスで送らせる場合は断ってください。',
      '外部サービスの規約に反すると思われる場合は「この仕事を通報する」から報告できます。',
    ],
  },
  en: {
    title: 'Sending sales messages through companies’ inquiry forms',
    why: 'Inquiry forms are for inquiries, and many companies forbid unsolicited sales or advertising through them. The worker is the one who sends, so complaints, blocks and reports land on the worker. Such jobs often pay a few yen per message for large volumes.',
    steps: [
      'Before signing, check whether the job includes sending, or only building the list or the text.',
      'If it includes sending, check that the target sites do not forbid sales messages, and do not send where they do.',
      'Refuse to send under your own name or email address.',
      'If it breaks outside services’ rules, you can report it with 「この仕事を通報する」.',
    ],
  },
  sources: [CW_PROHIBITED_FAQ, CW_EXTERNAL_RULES_2020],
};

export const examples: RuleExamples = {
  matches: [
    'テンプレートを使って、企業のお問い合わせフォームにメッセージを送信するお仕事です。',
    '企業のHPにある問い合わせフォームへ指定する文章、内容で入力、送信作業を行っていただきます。',
    '「企業リスト」の問い合わせフォームへ、案内文を送信していただくお仕事です。',
    '【フォーム営業】1件3円',
    '各社のお問い合わせフォームにサービス紹介を送っていただく作業です。',
    '企業の問い合わせ先アドレスに宣伝メールを送る作業です。',
  ],
  doesNotMatch: [
    '企業の採用ページを検索し、問い合わせ先となるメールアドレスやフォームのURLをリストに入力してください。',
    'WordPressでお問い合わせフォームを作成し、送信テストまでお願いします。',
    'お問い合わせフォームから届いたご質問への返信対応です。',
  ],
};
