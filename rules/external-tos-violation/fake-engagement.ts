/**
 * Faked popularity: buying followers, paid likes, follows, views, subscriptions or comments.
 * CrowdWorks names paid YouTube views, comments and subscriptions as breaking outside rules.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { JOB_AND_THREAD_PAGES, NOT_ASKING } from '../shared';
import { CW_EXTERNAL_RULES_2020, CW_PROHIBITED_FAQ } from '../sources';

export const rule = {
  id: 'external-tos-violation/fake-engagement',
  category: 'external-tos-violation',
  severity: 'danger',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    text: {
      regex: [
        'ふぉろわ.?\\s{0,2}(を|の)?\\s{0,2}(購入|買|水増し|販売|増やす作業|増やすだけ)',
        'いいね\\s{0,2}(を)?\\s{0,2}(押す|押して|する|して|つける|付ける|押していただく)?\\s{0,2}(だけ|作業|お仕事|案件|業務|周り|回り|まわり)',
        '(再生|視聴)\\s{0,2}(回数|数)?\\s{0,2}(を)?\\s{0,2}(稼ぎ|稼ぐ|水増し|増やす作業|上げる作業)',
        '(動画|youtube|ゆ.?ちゅ.?ぶ|ちゃんねる|配信)\\s{0,2}(を)?\\s{0,2}(視聴|再生)\\s{0,2}(する|して|していただく|いただく)?\\s{0,2}(だけ|作業|お仕事|案件)',
        'ちゃんねる登録\\s{0,2}(する|して|していただく|いただく)?\\s{0,2}(だけ|作業|お仕事|案件|代行)',
        'ふぉろ.?\\s{0,2}(する|して|していただく|いただく)?\\s{0,2}(だけ|作業|お仕事|案件)',
        '(高評価|ぐっど)\\s{0,2}ぼたん\\s{0,2}(を)?\\s{0,2}(押|くりっく|たっぷ)',
        'こめんと\\s{0,2}(を)?\\s{0,2}(書き込|投稿)(む|する|して|み)?\\s{0,2}(だけ|作業|代行|お仕事)',
      ],
    },
    unless: [...NOT_ASKING, { scope: 'sentence', pattern: { terms: ['分析', 'レポート', '集計'] } }],
    kinds: ['job', 'message', 'contract'],
    author: 'other',
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: 'フォロワー・いいね・再生数などを水増しする仕事です',
    why: 'お金をもらってフォロー・いいね・再生・チャンネル登録・コメントをすることは、SNSや動画サービスの規約で禁止されている人気の水増しです。クラウドワークスも、報酬目当てのYouTubeの再生・コメント・チャンネル登録を外部サービスのルールに反する仕事としています。使ったアカウントが停止されることがあります。',
    steps: [
      '応募・作業をしないでください。',
      '自分のSNSアカウントを作業に使わないでください。',
      '「この仕事を通報する」から事務局に報告してください。',
    ],
  },
  en: {
    title: 'Faking followers, likes or views',
    why: 'Following, liking, watching, subscribing or commenting for pay inflates popularity and is forbidden by social media and video services. CrowdWorks treats paid YouTube views, comments and subscriptions as breaking outside rules. The accounts used can be suspended.',
    steps: [
      'Do not apply or do the work.',
      'Do not use your own social media accounts for it.',
      'Report it with 「この仕事を通報する」.',
    ],
  },
  sources: [CW_EXTERNAL_RULES_2020, CW_PROHIBITED_FAQ],
};

export const examples: RuleExamples = {
  matches: [
    '指定の投稿にいいねを押すだけの簡単作業です。',
    'YouTube動画を視聴するだけで報酬！',
    'チャンネル登録していただくだけのお仕事',
    'フォロワーを購入したいのですが対応可能ですか',
  ],
  doesNotMatch: [
    'フォロワー10万人以上のインフルエンサーをリサーチしてリストにまとめてください。',
    '動画の再生数を分析してレポートを作成してください。',
    '美容系の動画・画像素材の収集をお願いします。',
  ],
};
