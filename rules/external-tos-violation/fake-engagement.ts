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
        // The button's name is often quoted: 「「いいね」を押すだけ」.
        'いいね\\s{0,2}[」』"]?\\s{0,2}(を)?\\s{0,2}(押す|押して|する|して|つける|付ける|押していただく)?\\s{0,2}(だけ|作業|お仕事|案件|業務|周り|回り|まわり)',
        // 「相互フォロー」: follow-for-follow inflates both counts.
        '相互\\s{0,2}(ふぉろ.?|いいね|登録|ちゃんねる登録)',
        // Replays and repeats to inflate counts: 「動画を繰り返し再生していただく」.
        '(繰り返し|何度も|くりかえし|ひたすら|るーぷ)\\s{0,2}(で)?\\s{0,2}(再生|視聴|くりっく|いいね)',
        // Growth by any means: 「フォロワーを1000人増やしてください(方法は問いません)」.
        'ふぉろわ.?[^。\\n]{0,20}(方法|手段|やり方)\\s{0,2}(は)?\\s{0,2}(問い?ません|問わない|自由|お任せ)',
        '(再生|視聴)\\s{0,2}(回数|数)?\\s{0,2}(を)?\\s{0,2}(稼ぎ|稼ぐ|水増し|増やす作業|上げる作業)',
        '(動画|youtube|ゆ.?ちゅ.?ぶ|ちゃんねる|配信)\\s{0,2}(を)?\\s{0,2}(視聴|再生)\\s{0,2}(する|して|していただく|いただく)?\\s{0,2}(だけ|作業|お仕事|案件)',
        'ちゃんねる登録\\s{0,2}(する|して|していただく|いただく)?\\s{0,2}(だけ|作業|お仕事|案件|代行)',
        // Two acts named together: 「チャンネル登録と高評価をしていただくだけ」「いいね・フォローするだけ」.
        '(ちゃんねる登録|高評価|いいね|ふぉろ.?|こめんと)\\s{0,2}(と|や|・|&|、)\\s{0,2}(ちゃんねる登録|高評価|いいね|ふぉろ.?|こめんと|視聴|再生)\\s{0,2}(を)?\\s{0,2}(押す|押して|する|して|していただく|いただく|つける|付ける)?\\s{0,2}(だけ|作業|お仕事|案件|業務)',
        'ふぉろ.?\\s{0,2}(する|して|していただく|いただく)?\\s{0,2}(だけ|作業|お仕事|案件)',
        '(高評価|ぐっど)\\s{0,2}ぼたん\\s{0,2}(を)?\\s{0,2}(押|くりっく|たっぷ)',
        'こめんと\\s{0,2}(を)?\\s{0,2}(書き込|投稿)(む|する|して|み)?\\s{0,2}(だけ|作業|代行|お仕事)',
        // Paid per act: 「コメント書き込み(1件20円)」「いいね1回5円」.
        '(こめんと|いいね|ふぉろ.?|ちゃんねる登録|高評価|視聴|再生)[^。\\n]{0,8}(1件|1回|\\d{1,2}\\s{0,2}件)\\s{0,2}(あたり|につき|で)?\\s{0,2}\\d{1,4}\\s{0,2}円',
        // Acting on a post chosen by the client: 「指定の投稿にいいねを」.
        '指定\\s{0,2}(の|された)?\\s{0,2}(投稿|動画|あかうんと|ちゃんねる|つい.?と)\\s{0,2}(に|を|へ)\\s{0,2}(いいね|ふぉろ|こめんと|高評価|ちゃんねる登録|りつい.?と|りぽすと)',
      ],
    },
    // Reading the numbers, or replaying to check subtitles or edits, is not faking them.
    unless: [...NOT_ASKING, { scope: 'sentence', pattern: { terms: ['分析', 'レポート', '集計', '字幕', '確認して', 'チェック', '文字起こし'] } }],
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
    '投稿に「いいね」をつけるだけのお仕事です。',
    '指定の曲をひたすら再生していただきます。',
    'ライブ配信へのコメント投稿(1件10円)',
    '指定された動画に高評価をお願いします。',
    '相互いいねのグループに参加していただく作業です。',
    'フォロワーを3ヶ月で5000人に増やしてください、手段は問いません。',
    '指定動画への高評価とコメントをしていただくだけです。',
  ],
  doesNotMatch: [
    'フォロワー10万人以上のインフルエンサーをリサーチしてリストにまとめてください。',
    '動画の再生数を分析してレポートを作成してください。',
    '美容系の動画・画像素材の収集をお願いします。',
    '高評価とコメントの傾向を分析してレポートにしてください。',
    '動画を何度も再生して、字幕のずれを確認してください。',
  ],
};
