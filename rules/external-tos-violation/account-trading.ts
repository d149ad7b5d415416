/**
 * Accounts on other services bought, sold, lent or mass-produced: アカウント売買, 複数アカウント
 * 作成, SMS認証代行, 「あなたのメルカリアカウントを貸して」. CrowdWorks names using someone else's
 * メルカリ account as work that breaks an outside service's rules.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { JOB_AND_THREAD_PAGES, NOT_ASKING } from '../shared';
import { CW_EXTERNAL_RULES_2020, CW_PROHIBITED_FAQ, SEED_CW_TROUBLE_PREVENTION } from '../sources';

export const rule = {
  id: 'external-tos-violation/account-trading',
  category: 'external-tos-violation',
  severity: 'danger',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    text: {
      regex: [
        '(あかうんと|垢)\\s{0,2}(の)?\\s{0,2}(売買|販売|買取|買い取|譲渡|貸し出し|貸与|れんたる|転売|売却)',
        // With 「を」 (「アカウントを販売」), or a few words apart (「アカウントがあれば買い取ります」).
        '(あかうんと|垢)\\s{0,2}を\\s{0,2}(売買|販売|買取|買い取|譲渡|転売|売却|売って|譲って|お譲り)',
        '(あかうんと|垢)[^。\\n]{0,16}(買い?取(り|ります|らせ|って)|売ってくだ|売っていただ|譲って|お譲り|貸して|買います)',
        // Mass-producing accounts as a verb: 「アカウントを量産していただく」.
        '(あかうんと|垢)\\s{0,2}(を|の)?\\s{0,2}(量産|大量作成|大量生産|大量に作|複数作成|複数作っ|大量取得)',
        // Selling through the worker's own marketplace account: 「あなたのメルカリアカウントで出品して」.
        '(あなた|ご自身|自分)\\s{0,2}の[^。\\n]{0,8}あかうんと\\s{0,2}(で|を|から|を使って)[^。\\n]{0,8}(出品|転売|販売)\\s{0,2}(して|する|させ|いただ|お願い|を)',
        '(複数|大量|量産|\\d{2,4}個)\\s{0,2}(の)?\\s{0,2}(instagram|いんすた(ぐらむ)?|x|twitter|tiktok|sns|gmail|google|line)?\\s{0,2}(あかうんと|垢)\\s{0,2}(の|を)?\\s{0,2}(作成|開設|取得|登録|量産)',
        '(大量|量産)\\s{0,2}(の)?\\s{0,2}(instagram|いんすた(ぐらむ)?|x|twitter|tiktok|sns)?\\s{0,2}(あかうんと|垢)\\s{0,2}(の|を)?\\s{0,2}運用',
        '(あかうんと|垢)\\s{0,2}(を)?\\s{0,2}(複数|大量|量産|\\d{1,4}個)\\s{0,2}(に)?\\s{0,2}(作成|開設|取得|登録|作って|用意|運用)',
        '(さぶあか|捨て垢|捨てあか|量産垢|業者垢)\\s{0,2}(の|を)?\\s{0,2}(作成|作って|運用|用意)',
        '(sms|電話番号)\\s{0,2}認証\\s{0,2}(の)?\\s{0,2}(代行|用|を代わり)',
        // The worker's own number used to verify someone else's account.
        '(あなた|ご自身)\\s{0,2}の\\s{0,2}(携帯|電話)\\s{0,2}(番号)?\\s{0,2}(で|を使って)\\s{0,2}(登録|認証)',
        '(他人|第三者|知人|家族)\\s{0,2}(の)?\\s{0,2}(あかうんと|名義)\\s{0,2}(で|を|から)\\s{0,2}(登録|出品|作成|利用|使)',
        '(めるかり|amazon|あまぞん|やふおく|楽天|paypay|ぺいぺい|いんすた|tiktok|x|youtube)\\s{0,2}(の)?\\s{0,2}あかうんと\\s{0,2}(を)?\\s{0,2}(お借り|貸して|使わせ|貸与|譲って|売って)',
      ],
      wordBoundary: true,
    },
    unless: [...NOT_ASKING, { scope: 'sentence', pattern: { terms: ['不正検知', '対策', '防止'] } }],
    kinds: ['job', 'message', 'contract'],
    author: 'other',
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '外部サービスのアカウントの売買・貸し借り・大量作成です',
    why: 'SNSや通販・フリマサービスのアカウントを売り買いしたり、貸し借りしたり、大量に作ったりすることは、ほとんどのサービスの規約違反です。クラウドワークスも、他人のメルカリアカウントを使わせる仕事など、外部サービスのルールに反する仕事を禁止しています。自分の名義や電話番号が詐欺や不正に使われる危険もあります。',
    steps: [
      '応募・作業をしないでください。自分の名義・電話番号・アカウントを貸したり譲ったりしないでください。',
      'すでに認証コードやログイン情報を渡した場合は、すぐにパスワードを変え、そのサービスに相談してください。',
      '「この仕事を通報する」または「違反報告する」から事務局に報告してください。',
    ],
  },
  en: {
    title: 'Buying, selling, lending or mass-creating accounts',
    why: 'Trading, lending or mass-creating accounts on social media, shopping or flea-market services breaks almost every service’s terms. CrowdWorks forbids work that breaks outside services’ rules, such as letting someone use another person’s メルカリ account. Your name or phone number may end up used for fraud.',
    steps: [
      'Do not apply or do the work; never lend or hand over your name, phone number or accounts.',
      'If you already gave a verification code or login, change the password at once and contact that service.',
      'Report it with 「この仕事を通報する」 or 「違反報告する」.',
    ],
  },
  sources: [CW_EXTERNAL_RULES_2020, CW_PROHIBITED_FAQ, SEED_CW_TROUBLE_PREVENTION],
};

export const examples: RuleExamples = {
  matches: [
    'Instagramアカウントの売買仲介のお仕事です。',
    'Xの複数アカウント作成(1日20個)をお願いします。',
    { text: 'あなたのメルカリアカウントを貸してもらえませんか', kind: 'message' },
    'SMS認証代行(電話番号をお持ちの方)',
    'インスタのアカウントを譲渡してくださる方を探しています。',
    { text: '育てたアカウントごと売っていただけませんか', kind: 'message' },
    { text: 'お持ちのXアカウントを2週間だけ貸していただけますか', kind: 'message' },
    'Instagramのサブアカウントを量産してください。',
    { text: 'あなたのラクマのアカウントを使って販売していただけますか', kind: 'message' },
    'サブアカウントを複数運用していただきます。',
    { text: '古いアカウントがあれば、1件2000円で買います', kind: 'message' },
    { text: 'ご自身の携帯番号で認証だけしていただけますか', kind: 'message' },
  ],
  doesNotMatch: [
    '企業の公式アカウント運用をお願いします。',
    '新規アカウント作成の手順書を作ってください。',
    'アカウント売買を防止するための不正検知ルールの設計です。',
    '運用するアカウントは弊社から貸与します。',
    'ご自身のアカウントで出品者向けマニュアルの手順を確認してください。',
  ],
};
