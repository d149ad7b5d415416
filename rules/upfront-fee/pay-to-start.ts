/**
 * The worker pays before earning: 登録料, 教材費, 初期費用, 保証金, a tool or manual to buy, a
 * paid support plan. Work platforms pay workers; a job that charges them is the side-business
 * scam pattern the consumer authorities keep describing (cheap manual, then a costly plan).
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { ABOUT_THE_TOPIC, JOB_AND_THREAD_PAGES, NOT_ASKING } from '../shared';
import { CAA_SIDE_JOB_NOTICE_2022, CW_PROHIBITED_FAQ, CW_SCAM_NOTICE_2025, SEED_CW_TROUBLE_PREVENTION } from '../sources';

/** 「無料」「0円」「弊社負担」: the fee is named only to say there is none. */
const NO_FEE = {
  scope: 'sentence' as const,
  pattern: {
    terms: ['無料', '弊社負担', '当方負担', 'こちらで負担', 'こちら負担', '会社負担', '一切かかりません', 'かかりません', 'ゼロ', '発生しません', 'いただきません', '頂きません', 'ございません', 'なし'],
    // 「0円」, but not the tail of 「19,800円」.
    regex: ['(^|[^\\d,.])0\\s?円'],
  },
};

export const rule = {
  id: 'upfront-fee/pay-to-start',
  category: 'upfront-fee',
  severity: 'danger',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    any: [
      {
        text: {
          terms: ['登録料', '登録費', '入会金', '入会費', '教材費', '教材代', '初期費用', '初期投資', '研修費', '研修料', '受講料', '受講費', '保証金', '加盟金', 'システム利用費', 'マニュアル代', 'サポート費用', 'サポート料', '参加費', '月会費', '年会費', 'ツール代', 'ツール利用料'],
        },
        unless: [...NOT_ASKING, NO_FEE, ABOUT_THE_TOPIC],
        kinds: ['job', 'message', 'contract'],
        author: 'other',
      },
      {
        text: {
          regex: [
            // 「ツールを購入していただいた方にのみ」: the purchase as a condition, in any tense.
            '(まにゅある|つ.?る|教材|さぽ.?とぷらん|ぷらん|そふと|あぷり|ぱっけ.?じ|ぱっく|きっと|せっと|しすてむ|自動売買|ea)[^。\\n]{0,15}(を|の)\\s{0,2}(ご|お)?(購入|買い?求め|買い上げ|買って|買い)\\s{0,2}(して|され)?\\s{0,2}(が|は|を)?\\s{0,2}(必要|必須|条件|いただ|くださ|頂|もら|お願い)',
            // A price the worker is to pay: 「9,800円をご購入いただきます」「5,500円をご負担いただく」.
            '\\d{1,3}(,\\d{3}){0,2}\\s{0,2}円\\s{0,2}\\)?\\s{0,2}(を|の)\\s{0,2}(ご|お)?(購入|支払|振り?込|入金|負担)\\s{0,2}(み|い)?\\s{0,2}(を)?\\s{0,2}(いただ|頂|ください|下さい|が必要|お願い)',
            // A named fee with its price: 「手数料1,000円がかかります」「会費3,000円をお支払い」.
            '(手数料|登録料|会費|利用料|参加費|入会金)\\s{0,2}(として)?\\s{0,2}(月額|年額|毎月)?\\s{0,2}\\d{1,3}(,\\d{3}){0,2}\\s{0,2}(円|万円)\\s{0,2}(が|を)?\\s{0,2}(かかります|必要|ご負担|お?支払|お?振り?込|発生|いただ|頂)',
            // A paid plan or membership of the client's as a condition: 「有料のサポートプラン(月額…)への加入が必要」.
            '(有料|月額|年額)(制)?(の)?\\s{0,2}(さぽ.?と|会員|こ.?す|こみゅにてぃ|さろん|ぱっけ.?じ)[^。\\n]{0,20}(への|に|の)?\\s{0,2}(加入|入会|登録|購入|契約)\\s{0,2}(が|は)?\\s{0,2}(必要|必須|条件)',
            // Money the worker hands over or deposits: 「スタートアップ費用として2万円をお預かり」.
            '(費用|料金|代金|保証金|預かり金|でぽじっと)\\s{0,2}として\\s{0,2}(\\d{1,3}(,\\d{3}){0,2}\\s{0,2}円|\\d{1,4}\\s{0,2}万\\s{0,2}円)\\s{0,2}(を)?\\s{0,2}(お預か|お預け|預け|ご負担|お支払いいただ|お?振り?込みいただ|お?振り?込んで|いただ|頂)',
            // A sign-up with its price as a condition: 「専用システムの利用登録(月額1,980円)が必要」.
            '(登録|利用登録|加入|入会|購入|参加)\\s{0,2}\\((月額|年額)?\\s{0,2}\\d{1,3}(,\\d{3}){0,2}\\s{0,2}円[^)\\n]{0,6}\\)\\s{0,2}(が|は)\\s{0,2}(必要|必須|条件)',
            // What the work needs costs the worker: 「作業用マニュアルは有料(4,980円)」.
            '(まにゅある|つ.?る|教材|さぽ.?と|ぷらん|そふと|ぱっけ.?じ|きっと|研修|講座)\\s{0,2}(は|が|も)\\s{0,2}(有料|別料金|自己負担|実費)',
            // The worker is told to pay into the client's account (「ご指定の口座」 would be the worker's own).
            '(こちらの|下記の?|以下の|当社の|弊社の|当方の|私の)\\s{0,2}(銀行)?\\s{0,2}口座\\s{0,2}(に|へ|まで)\\s{0,2}(お|ご)?(振り?込|入金|送金)\\s{0,2}(み|し)?\\s{0,2}(ください|下さい|願|お願い|いただきます|いただく|頂きます)',
            '(事前に|最初に|はじめに|初めに|まず)\\s{0,2}(\\d{1,3}(,\\d{3}){0,3}|\\d{1,7})\\s{0,2}(円|万円)\\s{0,2}(を|の)?\\s{0,2}(お?支払|お?振り?込|ご入金|入金|ご負担)',
            '(費用|料金|代金)(が|は)?\\s{0,2}(かかります|必要です|必要になります|ご負担)',
          ],
        },
        unless: [...NOT_ASKING, NO_FEE, ABOUT_THE_TOPIC],
        kinds: ['job', 'message', 'contract'],
        author: 'other',
      },
      {
        // A paid plan or membership whatever comes between (price, particles): 「月額2,980円の
        // サポートプランへの加入が必要です」「有料会員にご登録いただいた方のみ」.
        text: {
          terms: ['への加入が必要', 'への加入が必須', 'に加入が必要', 'への加入が条件', '加入が条件', '加入必須', 'ご加入いただ', '加入していただ', 'ご入会いただ', '入会していただ', '入会が必要', '入会が条件', 'への登録が必要', 'にご登録いただいた方', 'に登録した方のみ'],
        },
        near: { pattern: { terms: ['有料プラン', 'サポートプラン', '有料サポート', '有料会員', '月額会員', 'プレミアム会員', '有料コミュニティ', 'オンラインサロン', '月額', '年額', '月会費', '年会費'] }, within: 20 },
        unless: [...NOT_ASKING, NO_FEE, ABOUT_THE_TOPIC],
        kinds: ['job', 'message', 'contract'],
        author: 'other',
      },
    ],
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '仕事を始めるためにお金を払うよう求められています',
    why: '仕事の受注者が先にお金を払う必要はありません。登録料・教材費・ツール代・サポートプランなどを払わせる「仕事」は、副業詐欺でよく見られる流れ(安いマニュアル → LINE登録 → 電話 → 高額なサポート契約)の入口です。クラウドワークスも、情報商材の購入やセミナー参加を条件にする募集を違反としています。',
    steps: [
      'お金は払わず、カード情報や口座情報も伝えないでください。',
      '「返金保証」「必ず稼げる」と言われても信じず、契約や申し込みをしないでください。',
      'すでに払ってしまった場合は、やり取りと支払いの記録を残し、消費者ホットライン(188)に相談してください。',
      '「この仕事を通報する」または「違反報告する」から事務局に報告してください。',
    ],
  },
  en: {
    title: 'You are asked to pay to start working',
    why: 'A worker never needs to pay to get work. Jobs that charge a registration fee, teaching materials, a tool or a support plan are the entry of a well-known side-business scam (cheap manual → LINE → phone call → expensive support plan). CrowdWorks also forbids postings that require buying info products or attending seminars.',
    steps: [
      'Do not pay, and do not give card or bank details.',
      'Ignore promises such as “money-back guarantee” or “sure to earn”; do not sign up.',
      'If you have already paid, keep the messages and payment records and call the consumer hotline 188.',
      'Report it with 「この仕事を通報する」 or 「違反報告する」.',
    ],
  },
  sources: [CW_PROHIBITED_FAQ, CW_SCAM_NOTICE_2025, SEED_CW_TROUBLE_PREVENTION, CAA_SIDE_JOB_NOTICE_2022],
};

export const examples: RuleExamples = {
  matches: [
    '開始時に教材費として19,800円が必要です。',
    { text: '作業にはツールの購入が必要となります', kind: 'message' },
    { text: 'まず3,000円をお振込みいただいた方にマニュアルをお送りします', kind: 'message' },
    '初期費用はかかりますが、すぐに回収できます。',
    { text: 'サポートプランの購入が条件です', kind: 'message', site: 'lancers' },
    '専用アプリを購入していただいた方から順にお仕事をお渡しします。',
    { text: '月会費の代わりに、年会費として12,000円をご負担いただきます', kind: 'message' },
    '参加には事務手数料2,000円が必要です。',
    { text: '月額制のサポート会員(3,300円)への登録が条件となります', kind: 'message' },
    { text: '準備ができましたら、下記口座にお振込みください', kind: 'message' },
    '開始前に作業キットのお買い上げをお願いしております。',
    { text: '利用料として毎月1,500円をいただいております', kind: 'message' },
    { text: '業務用の教材は有料となります', kind: 'message' },
    '案件のご紹介には会員登録(年額12,000円)が必要です。',
    '登録時に保証金として5万円をお預けいただきます。',
    { text: '事務手数料として3,000円をお振込みいただければ、すぐに開始できます', kind: 'message' },
    { text: '案件紹介を受けるには、月額2,980円のサポートプランへの加入が必要です。', kind: 'message', evidence: ['サポートプラン', 'への加入が必要'] },
    { text: '有料会員（年額9,800円）にご加入いただいた方にのみ案件をお渡しします。', kind: 'message', evidence: ['年額', 'ご加入いただ'] },
  ],
  doesNotMatch: [
    '登録料・初期費用は一切かかりません。',
    '教材費は弊社負担です。',
    '作業に必要なツールは無料で貸与します。',
    '報酬は検収後にお支払いします。',
    { text: '報酬はご指定の口座にお振込みいたします', kind: 'message' },
    'システム利用料(報酬の20%)はクラウドワークスの規定どおり差し引かれます。',
    '作業に使うツールを購入していただく必要はありません。',
    '作業用ツールは有料版ですが、費用は弊社負担です。',
    { text: '交通費として2,000円をお支払いします', kind: 'message' },
    // Fees as the subject of an article.
    '賃貸の保証金と敷金の違いを解説する記事を3000字でお願いします',
    '月額制オンラインサロンへの加入が必要か比較する記事を書いてください',
    { text: 'サポートプランへの加入は任意で、費用は弊社負担です。', kind: 'message' },
  ],
};
