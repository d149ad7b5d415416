/**
 * 「実績作り」「学びながら稼げる」「稼げるようになるまでサポート」「無料勉強会」: pay in experience or
 * learning. CrowdWorks forbids paying with スキルアップ・実績・成長 at below-market rates and
 * 初心者向け勉強会 that require buying materials or attending seminars; its 2025 notice names
 * 実績作り and スキルアップ as lures into schools.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { JOB_AND_THREAD_PAGES } from '../shared';
import { CW_LOW_PAY_ALERT, CW_PROHIBITED_FAQ, CW_SCAM_NOTICE_2025 } from '../sources';

export const rule = {
  id: 'course-or-info-product-lure/track-record-lure',
  category: 'course-or-info-product-lure',
  severity: 'warning',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    text: {
      terms: [
        '実績作り',
        '実績づくり',
        '実績を作りたい',
        '実績が作れる',
        '実績を作れる',
        '学びながら稼',
        '学びながら収入',
        '稼ぎながら学',
        '稼ぎながらスキル',
        'スキルを身につけながら稼',
        '稼げるように育成',
        '稼げるように指導',
        '稼げるようサポート',
        '稼げるまでサポート',
        '未経験からプロ',
      ],
      regex: [
        '稼ぎ方\\s{0,2}(を)?.{0,10}(教え|伝授|お伝え|学べ|れくちゃ)',
        'のうはう\\s{0,2}(を|も)?\\s{0,2}(無料で)?\\s{0,2}(伝授|お教え|教えます|公開|提供します|お伝え)',
        '無料\\s{0,2}(の)?\\s{0,2}(勉強会|講座|せみな.?|個別相談会)',
        '(勉強会|せみな.?|個別相談会?|説明会)\\s{0,2}\\(?\\s{0,2}(参加)?\\s{0,2}無料',
        '(無料|ぷれぜんと)[^。\\n]{0,8}のうはう',
        '勉強会\\s{0,2}(へ|に)\\s{0,2}(の)?\\s{0,2}(ご)?参加',
        // The set phrases with a few words between: 「学びながら在宅で稼げる」「稼げるようになるまでメンターがサポート」.
        '学びながら[^。\\n]{0,6}(稼|収入|報酬)',
        // Earning know-how handed out: 「稼ぐための知識はすべて無料で教えます」.
        '(稼ぐ|稼げる)\\s{0,2}(ため|ための|ように|よう)?\\s{0,2}(の)?\\s{0,2}(知識|方法|のうはう|こつ|仕組み|すきる)[^。\\n]{0,10}(教え|伝授|お伝え|学べ|れくちゃ|提供|ぷれぜんと)',
        // A seminar or consultation first: 「まずはセミナーにご参加ください」.
        '(まずは|最初に|はじめに|初めに)\\s{0,2}(無料)?\\s{0,2}(の)?\\s{0,2}(せみな.?|説明会|勉強会|うぇびな.?|個別相談会?)\\s{0,2}(に|へ)\\s{0,2}(ご|お)?(参加|申し?込)',
        '稼げる\\s{0,2}(よう)?\\s{0,2}(に)?\\s{0,2}(なる)?\\s{0,2}まで[^。\\n]{0,12}(さぽ.?と|指導|伴走|教え|面倒)',
      ],
    },
    unless: [{ scope: 'sentence', pattern: { terms: ['実績作りのためではなく', '講座の運営', 'セミナーの運営', '受付業務'] } }],
    kinds: ['job', 'message', 'contract'],
    author: 'other',
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '「実績作り」「学びながら稼げる」をうたう募集です',
    why: '報酬の代わりに「実績」「スキルアップ」「学び」を強調する募集は、クラウドワークスの注意喚起でスクール勧誘の入口として挙げられています。実績や成長を理由に相場より低い報酬で働かせることや、教材の購入やセミナー参加を条件にする「初心者向け勉強会」も、同社のルールで違反とされています。',
    steps: [
      '報酬が作業量に見合っているか、具体的な作業内容と一緒に確認してください。',
      '勉強会・説明会・個別相談への参加や、教材・講座の購入を求められたら応じないでください。',
      '仕事の形をした勧誘だった場合は「この仕事を通報する」から報告してください。',
    ],
  },
  en: {
    title: 'Paid in “track record” or “learning”',
    why: 'Posts that stress “build your track record”, “skill up” or “learn while you earn” instead of pay are named in CrowdWorks’ warning as an entry into school sales. Its rules also forbid paying below market in exchange for experience or growth, and “beginner study groups” that require buying materials or attending seminars.',
    steps: [
      'Check that the pay fits the volume of work, together with the concrete tasks.',
      'Decline study groups, briefings or one-to-one consultations, and any purchase of materials or courses.',
      'If it is recruiting dressed as a job, report it with 「この仕事を通報する」.',
    ],
  },
  sources: [CW_SCAM_NOTICE_2025, CW_PROHIBITED_FAQ, CW_LOW_PAY_ALERT],
};

export const examples: RuleExamples = {
  matches: [
    '【実績作り◎旅行好き・若手社会人歓迎】インフルエンサーをリサーチしてくれる方募集',
    '学びながら稼げる環境です。',
    '稼ぎ方を1から丁寧にお教えします！',
    '初回は無料勉強会にご参加いただきます。',
    'スキルを学びながら副業で稼ぐことができます。',
    '稼げるようになるまで講師が伴走します。',
    '稼げる仕組みを丁寧にお伝えします。',
    'まずは無料ウェビナーにお申し込みください。',
  ],
  doesNotMatch: [
    '業務を通して実務経験を積んでいただけます(報酬は相場どおり)。',
    'オンライン講座用スライド制作【Canva】',
    'セミナーの運営補助(受付業務)をお願いします。',
    '学びながら進められるよう、マニュアルをご用意しています(報酬は1件500円)。',
  ],
};
