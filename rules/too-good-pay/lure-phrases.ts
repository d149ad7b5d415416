/**
 * Earnings promises that no ordinary job makes: 「必ず稼げる」「スマホだけで月10万」「1日10分で」
 * 「返金保証」「不労所得」. The consumer authorities' side-business cases open with exactly these
 * pitches; plain 「スマホでできる」「未経験歓迎」 are left alone.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { ABOUT_THE_TOPIC, JOB_AND_THREAD_PAGES } from '../shared';
import { CAA_SIDE_JOB_NOTICE_2022, CW_SCAM_NOTICE_2025, NPA_WHITE_PAPER_2025 } from '../sources';

export const rule = {
  id: 'too-good-pay/lure-phrases',
  category: 'too-good-pay',
  severity: 'warning',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    text: {
      regex: [
        '(必ず|絶対(に)?|確実に|誰でも|だれでも|簡単に|かんたんに|楽に|らくに|楽して|らくして)\\s{0,2}(儲か|もうか|稼げ|かせげ|稼ぐ|稼ぎ|月\\s{0,2}\\d|日給|高収入|副収入)',
        '(返金保証|全額返金保証|元本保証|収入保証|の.?りすく|りすくなし|りすくぜろ|不労所得|放置(する)?だけ|放置で稼)',
        '(ほったらかしで|寝ながら|寝ている間に?)\\s{0,2}(稼|収入|お金|報酬|月\\s{0,2}\\d)',
        // 「寝ている間にも収入が」「何もしなくても報酬が入る」.
        '(ほったらかし|放置|寝ながら|寝ている間|寝てる間|何もしなくても|何もせず)\\s{0,2}(で|に|にも|でも)?\\s{0,2}(毎月|毎日|毎週|自動で|自動的に|勝手に|ずっと)?\\s{0,2}(稼|収入|お金|報酬|月\\s{0,2}\\d|\\d{1,3}\\s{0,2}万|入金|不労)',
        '(すまほ|すま.?とふぉん|携帯)\\s{0,2}(1台|だけ|のみ|ひとつ|一台)\\s{0,2}(で)?\\s{0,2}.{0,6}(稼|月\\s{0,2}\\d|日給|万円|収入|副収入)',
        '[1一]日\\s{0,2}(たった|わずか|僅か|ほんの)?\\s{0,2}\\d{1,2}\\s{0,2}分[^。\\n]{0,15}(稼|月\\s{0,2}\\d|万円|収入|報酬|日給)',
        '(誰でも|だれでも|簡単|かんたん)[^。\\n]{0,12}(日給|日収|月収)\\s{0,2}\\d',
        // 「スマホで簡単に1日3万円」: an easy day at a sum no entry work pays.
        '(誰でも|だれでも|簡単|かんたん|楽に|らくに|気軽に)[^。\\n]{0,12}[1一]日\\s{0,2}([2-9]|[1-9]\\d)\\s{0,2}万',
        // Aiming at a monthly sum no side job pays: 「月収100万円を目指す」「月収50万円も夢じゃない」.
        '(月収|月)\\s{0,2}([5-9]\\d|[1-9]\\d\\d)\\s{0,2}万\\s{0,2}(円)?\\s{0,2}(以上)?\\s{0,2}(を)?\\s{0,2}(目指|夢)',
        '(100\\s{0,2}%|100\\s{0,2}ぱ.?せんと|百ぱ.?せんと)\\s{0,2}(稼|儲|成功|収入|報酬)',
        '(月収|月給|月)\\s{0,2}\\d{2,3}\\s{0,2}万\\s{0,2}(円)?\\s{0,2}(以上)?\\s{0,2}(も|可能|稼|超|保証|確実|以上可能|達成)',
        '(未経験|初心者|主婦|学生)\\s{0,2}(でも|から|の方でも)\\s{0,2}.{0,8}(月|日給|日収|[1一]日)\\s{0,2}\\d{1,3}\\s{0,2}万',
        '(簡単|かんたん|楽|らく)\\s{0,2}(で|な|に|して)?\\s{0,2}(高収入|高額報酬|高報酬)',
        '即日\\s{0,2}(払い|現金|報酬|お?支払|振込)',
      ],
    },
    unless: [
      {
        scope: 'sentence',
        pattern: { terms: ['わけではありません', 'わけではない', 'ことはありません', '保証しません', '保証はありません', '甘くない', '注意', '詐欺', 'ありえません'] },
      },
      ABOUT_THE_TOPIC,
    ],
    kinds: ['job', 'message', 'contract'],
    author: 'other',
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '「必ず稼げる」「スマホだけで月◯万円」のような誘い文句です',
    why: '仕事の募集で、確実な収入や手軽さを強く約束することはまずありません。こうした文句は、登録料や教材代を払わせる副業詐欺、スクールや情報商材の勧誘、闇バイトの募集でよく使われます。警察も「楽で、簡単、高収入」をうたう募集に注意を呼びかけています。',
    steps: [
      '具体的な作業内容・作業量・報酬の計算方法をサイト内で確認してください。説明が曖昧なら応募しないでください。',
      'お金の支払い、LINE登録、身分証の提出を求められたら、その時点でやめてください。',
      '違反や詐欺と思われる場合は「この仕事を通報する」から報告してください。',
    ],
  },
  en: {
    title: 'Lure phrases: “sure to earn”, “¥100k a month with just a phone”',
    why: 'Real job postings hardly ever promise certain income or effortless work. These phrases are typical of side-business scams that charge fees, of school or info-product pitches, and of criminal recruiting; the police warn against posts selling “easy, simple, high pay”.',
    steps: [
      'Ask on the site for the concrete work, volume and how the pay is calculated; if the answer is vague, do not apply.',
      'Stop as soon as you are asked to pay, add a LINE account or send ID.',
      'If it looks prohibited or fraudulent, report it with 「この仕事を通報する」.',
    ],
  },
  sources: [CW_SCAM_NOTICE_2025, NPA_WHITE_PAPER_2025, CAA_SIDE_JOB_NOTICE_2022],
};

export const examples: RuleExamples = {
  matches: [
    '誰でも簡単に月10万円稼げます！',
    'スマホ1台で月収30万円も可能',
    '1日10分の作業で月5万円',
    '全額返金保証つきなので安心です。',
    '未経験でも月20万円以上',
    '何もしなくても毎月お金が入ってくる仕組みです。',
    { text: '寝てる間にも報酬が発生します', kind: 'message' },
    '1日わずか20分の作業で月収15万円',
    '完全放置で月3万円の不労所得',
    '学生でも1日2万円稼げます',
    '在宅で気軽に1日2万円も',
    '100%儲かる仕組みです',
    '半年で月収80万円を目指しましょう',
  ],
  doesNotMatch: [
    'スマホでできる簡単なテキスト入力のお仕事です。',
    '在宅でしっかり稼ぎたい方に向けたお仕事です。',
    '【即日依頼可能】営業テレアポメンバー募集',
    '【月10万】地方競馬の予想を毎日できる方',
    '必ず稼げるわけではありません。実力次第です。',
    '日払い・即日払いに対応した求人サイトを比較する記事を書いてください。',
  ],
};
