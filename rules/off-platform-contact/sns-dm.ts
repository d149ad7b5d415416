/**
 * 「DMでご連絡ください」「インスタのアカウントを教えて」: moving the talk to Instagram, X,
 * TikTok or Facebook direct messages. Sending DMs as the work itself is
 * external-tos-violation/dm-sending, not this rule.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { ABOUT_THE_TOPIC, JOB_AND_THREAD_PAGES, NOT_ASKING, OFF_PLATFORM_ADJUST } from '../shared';
import { CW_OFF_PLATFORM_FAQ, LANCERS_CONTACT_FAQ, SEED_LANCERS_TROUBLE } from '../sources';

export const rule = {
  id: 'off-platform-contact/sns-dm',
  category: 'off-platform-contact',
  severity: 'danger',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    text: {
      regex: [
        'dm\\s{0,2}(を)?\\s{0,2}(ください|下さい|お待ち)',
        '(dm|だいれくとめっせ.?じ)\\s{0,2}(に|で|へ|にて|まで)\\s{0,2}(ご|お)?(連絡|応募|問い?合わせ|問合せ|相談|質問|詳細|送って|お送り|くださ|下さ|お待ち|お願い)',
        // 「DMまでお気軽に」「DMへどうぞ」: an invitation without a verb of contact.
        '(dm|だいれくとめっせ.?じ)\\s{0,2}(に|で|へ|にて|まで)\\s{0,2}(お?気軽に|どうぞ)',
        '(いんすた(ぐらむ)?|instagram|twitter|ついった.?|x|tiktok|てぃっくとっく|facebook|ふぇいすぶっく|threads|sns)\\s{0,2}(の)?\\s{0,2}(id|あかうんと|ゆ.?ざ.?名|垢)\\s{0,2}(を|も)?\\s{0,2}(お?教え|交換|送って|お送り|記載して|ご記入|お知らせ|ふぉろ.?して)',
      ],
      wordBoundary: true,
    },
    unless: [...NOT_ASKING, ABOUT_THE_TOPIC],
    kinds: ['job', 'message', 'contract'],
    author: 'other',
  },
  adjust: OFF_PLATFORM_ADJUST,
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: 'SNSのDMへ誘導されています',
    why: 'InstagramやXなどのDMでのやり取りは、サイトの外での連絡です。クラウドワークスではサービス外連絡申請の承認が必要で、ランサーズでは仮払い前の連絡先交換が禁止されています。SNSのアカウントを聞かれることは、直接取引の持ちかけの典型的な始まりとして紹介されています。',
    steps: [
      'DMを送らず、自分のSNSアカウントも教えないでください。',
      '応募や質問はサイト内のメッセージで行い、外部で話す理由と申請の有無を確認してください。',
      '直接取引や勧誘が目的と感じたら「この仕事を通報する」または「違反報告する」から報告してください。',
    ],
  },
  en: {
    title: 'You are pointed to social media DMs',
    why: 'DMs on Instagram, X and the like are contact outside the site: CrowdWorks requires an approved off-platform contact request and Lancers forbids exchanging contacts before 仮払い. Being asked for your social media account is a typical start of a direct-deal offer.',
    steps: [
      'Do not send a DM and do not give your social media account.',
      'Apply and ask questions in the site’s messages; ask why they want to talk elsewhere and whether a request will be filed.',
      'If it looks like a direct deal or a sales pitch, report it with 「この仕事を通報する」 or 「違反報告する」.',
    ],
  },
  sources: [CW_OFF_PLATFORM_FAQ, LANCERS_CONTACT_FAQ, SEED_LANCERS_TROUBLE],
};

export const examples: RuleExamples = {
  matches: [
    'ご興味のある方はインスタのDMにご連絡ください！',
    { text: 'XのアカウントをDMで送ってください', kind: 'message' },
    { text: 'インスタのアカウントを教えてもらえますか？', kind: 'message' },
    '応募はＤＭにてお願いします',
    '質問があればXのDMまでどうぞ。',
  ],
  doesNotMatch: [
    'TikTokを使用したDM送信業務です。',
    'DMでの連絡はお控えください。',
    'インスタグラムのアカウント運用をお願いします。',
    'お客様からのDMに返信する対応スタッフです。',
    'DMでお気軽にと書かれた勧誘には注意してください。',
  ],
};
