/**
 * Being asked for one's own contact details (「電話番号を教えてください」「連絡先を交換しましょう」
 * 「直接ご連絡ください」) — the step before any outside tool is named.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { JOB_AND_THREAD_PAGES, NOT_ASKING, OFF_PLATFORM_ADJUST } from '../shared';
import { CW_OFF_PLATFORM_FAQ, LANCERS_CONTACT_FAQ, LANCERS_DIRECT_DEAL, SEED_LANCERS_TROUBLE } from '../sources';

export const rule = {
  id: 'off-platform-contact/contact-details-request',
  category: 'off-platform-contact',
  severity: 'danger',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    text: {
      regex: [
        // A parenthesis or 「など」 may sit between the noun and the verb: 「連絡先(携帯)を頂戴できますか」.
        '(電話番号|携帯番号|携帯の番号|め.?るあどれす|めあど|めるあど|連絡先|個人の?め.?る|gmail|skype\\s{0,2}id|ちゃっとわ.?く\\s{0,2}id)\\s{0,2}(\\([^)\\n]{0,12}\\))?\\s{0,2}(など|等)?\\s{0,2}(を|は|も|の)?\\s{0,2}(お?教え|伺|頂戴|ちょうだい|交換|送って|お送り|記載して|ご記載|ご記入|記入して|お?書き|書いて|明記|お知らせ|共有して|いただけ|頂け|くださ)',
        '直接\\s{0,2}(ご|お)?(連絡|電話|やり取り|やりとり)(を|して)?\\s{0,2}(くださ|下さ|お願い|いただ|頂|しま|させ|取りま|とりま)',
        '連絡先\\s{0,2}(の)?\\s{0,2}(交換|共有)',
        // Moving the channel to mail or SMS: 「Gmailに送ってもらえると」「携帯にショートメールください」.
        '(gmail|め.?る|め.?るあどれす|個人め.?る|携帯|しょ.?とめ.?る|sms)\\s{0,2}(の方)?\\s{0,2}(に|へ|まで|で)\\s{0,2}(直接)?\\s{0,2}(送って|お送り|ご?連絡|ご?返信|やり取り|やりとり|お話)\\s{0,2}(を)?\\s{0,2}(ください|下さい|いただ|もらえ|ほしい|お願い|させて|しませんか|しましょう|できますか|したい)',
        '(電話|お電話|通話)\\s{0,2}(で)?\\s{0,2}(お話し|話し|ご説明|打ち合わせ|ご相談|相談)\\s{0,2}(でき(ます|ません)か|しませんか|しましょう|させてください|させていただけ|したいのですが|したいです|いただけ(ます|ません)か)',
      ],
    },
    unless: [
      ...NOT_ASKING,
      // Contact data as the material of the work (list building, CRM entry).
      { scope: 'sentence', pattern: { terms: ['リスト', '入力', '収集', 'データベース', '顧客'] } },
    ],
    kinds: ['job', 'message', 'contract'],
    author: 'other',
  },
  adjust: OFF_PLATFORM_ADJUST,
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '個人の連絡先を求められています',
    why: '電話番号やメールアドレスの交換は、サイト外でのやり取りの入口です。クラウドワークスでは契約の前後を問わずサービス外連絡申請が必要で、ランサーズでは仮払い前の連絡先交換が禁止されています。直接取引の持ちかけは、電話番号やSNSアカウントを聞くところから始まることがよくあります。',
    steps: [
      '連絡先はまだ伝えないでください。',
      '何のために必要か、サイト内のメッセージ機能では足りない理由を確認してください。',
      '必要な場合は、クラウドワークスではサービス外連絡申請、ランサーズでは仮払い後か連絡先公開申請を使ってもらいましょう。',
      '直接取引の誘いや、理由の説明がないまま求め続けられる場合は「違反報告する」から報告してください。',
    ],
  },
  en: {
    title: 'You are asked for your personal contact details',
    why: 'Swapping phone numbers or email addresses is the way off the site. CrowdWorks requires an off-platform contact request before and after the contract; Lancers forbids exchanging contacts before 仮払い. Direct-deal offers often begin with a request for your phone number or social media account.',
    steps: [
      'Do not give your contact details yet.',
      'Ask what they are for and why the site’s messages are not enough.',
      'If really needed, use the off-platform contact request (CrowdWorks) or wait for 仮払い / a 連絡先公開申請 (Lancers).',
      'If it is a direct-deal offer or they keep asking without a reason, report it with 「違反報告する」.',
    ],
  },
  sources: [CW_OFF_PLATFORM_FAQ, LANCERS_CONTACT_FAQ, LANCERS_DIRECT_DEAL, SEED_LANCERS_TROUBLE],
};

export const examples: RuleExamples = {
  matches: [
    { text: '電話番号を教えてもらってもいいですか？', kind: 'message' },
    { text: '今後のためにメールアドレスを交換しましょう', kind: 'message' },
    { text: '連絡先の交換をお願いします', kind: 'message' },
    '採用の方には直接ご連絡いたしますので、応募時にメアドを記載してください。',
    { text: 'ここからは直接やり取りしましょう', kind: 'message', site: 'lancers' },
    { text: '念のため、ご連絡先(メールか携帯)をいただけますか', kind: 'message' },
    { text: 'メールアドレスなどを教えていただけると助かります', kind: 'message' },
    { text: '今後はメールに直接ご連絡ください', kind: 'message' },
    { text: '細かい話はメールでやりとりさせていただけますか', kind: 'message' },
    '応募時に携帯番号をお書き添えください。',
  ],
  doesNotMatch: [
    '企業のメールアドレスを検索してリストに入力するお仕事です。',
    '連絡先の交換は禁止されていますので、メッセージ機能でお願いします。',
    { text: 'ご連絡ありがとうございます。確認いたします。', kind: 'message' },
    '顧客の電話番号をデータベースに入力してください。',
    { text: '連絡先(電話・メール)の交換はできませんので、こちらでお願いします', kind: 'message' },
    { text: 'メールで届いた通知の内容をご確認ください', kind: 'message' },
  ],
};
