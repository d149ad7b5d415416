/**
 * ポイ活 and 覆面調査 / モニター that is really a free trial: the worker signs up for an offer
 * (初回無料, お試し, 定期購入) so someone earns the referral. Sometimes genuine research, hence
 * a warning to check rather than a danger.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { JOB_AND_THREAD_PAGES, NOT_ASKING } from '../shared';
import { CW_PROHIBITED_FAQ, LANCERS_AFFILIATE_2021, SEED_CW_TROUBLE_PREVENTION } from '../sources';

export const rule = {
  id: 'click-affiliate/points-or-mystery-shopping',
  category: 'click-affiliate',
  severity: 'warning',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    any: [
      {
        text: { terms: ['ポイ活', 'ポイントサイト', 'ポイントを貯め', 'お小遣いサイト'] },
        unless: [...NOT_ASKING, { scope: 'sentence', pattern: { terms: ['記事', 'ブログ', 'ライティング', '執筆'] } }],
        kinds: ['job', 'message', 'contract'],
        author: 'other',
      },
      {
        text: {
          terms: ['覆面調査', 'ミステリーショッパー', 'モニター調査', 'モニター案件', '商品モニター', 'お試しモニター'],
          // Any kind of モニター named as the job (a bare モニター is also a display screen).
          regex: ['(覆面|商品|お試し|体験|無料|新規)\\s{0,2}もにた.?', 'もにた.?\\s{0,2}(募集|案件|調査|様)'],
        },
        near: { pattern: { terms: ['無料で申し込', '無料体験', 'お試し', 'トライアル', '初回', '定期', '申し込', '申込', '登録', '購入', '返金'] }, within: 25 },
        unless: NOT_ASKING,
        kinds: ['job', 'message', 'contract'],
        author: 'other',
      },
    ],
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: 'ポイ活・覆面調査(お試し申し込み)型の仕事の可能性があります',
    why: 'クラウドワークスは、アフィリエイトを目的とした覆面調査(実態は無料お試しの申し込み)を違反としており、ランサーズも、覆面調査から仮払い後にLINEへ誘い、ブログ経由の申し込みをさせる手口に注意を呼びかけています。申し込んだ「お試し」が定期購入の契約になっていることもあります。',
    steps: [
      '作業に「サービスへの申し込み」「会員登録」「購入」が含まれるか、契約前にサイト内で確認してください。',
      '含まれる場合は応募を見送ってください。申し込みの条件(定期購入・解約方法)も確認せずに進めないでください。',
      '違反と思われる場合は「この仕事を通報する」から報告してください。',
    ],
  },
  en: {
    title: 'Possibly a points (ポイ活) or “mystery shopping” sign-up job',
    why: 'CrowdWorks prohibits affiliate-driven “mystery shopping” that is really signing up for free trials, and Lancers warns of a pattern where such a job moves to LINE after 仮払い and ends with sign-ups through a blog link. The “free trial” is sometimes a subscription.',
    steps: [
      'Before signing, ask on the site whether the work includes applying for a service, registering or buying.',
      'If it does, skip the job; never sign up without checking subscription terms and how to cancel.',
      'If it looks prohibited, report it with 「この仕事を通報する」.',
    ],
  },
  sources: [CW_PROHIBITED_FAQ, LANCERS_AFFILIATE_2021, SEED_CW_TROUBLE_PREVENTION],
};

export const examples: RuleExamples = {
  matches: [
    'ポイ活好きな方大歓迎！',
    '覆面調査：初回無料のサービスにお申し込みいただき、感想をお送りください。',
    { text: 'ポイントサイト経由で登録してください', kind: 'message' },
    '商品モニター募集(定期購入の初回分を購入後、全額返金)',
    '体験モニター:お試しコースに申し込んで感想を書くだけ',
    'モニター募集!初回限定の定期便に申込後、アンケートに回答してください。',
  ],
  doesNotMatch: [
    'ポイ活に関するブログ記事の執筆をお願いします。',
    '飲食店の覆面調査員(来店して接客を評価、飲食代は当社負担)。',
    'ポイントカードのデザイン制作です。',
    'デュアルモニターを初回設定する手順をまとめてください。',
  ],
};
