/**
 * Business chat and messenger apps used as a channel (Chatwork, Skype, Discord, Slack,
 * KakaoTalk, WhatsApp, WeChat, Messenger). Common and legitimate with an approved 申請,
 * so a warning; Telegram and Signal are handled by criminal-recruitment/anonymous-app.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { ABOUT_THE_TOPIC, CONTACT_CONTEXT, JOB_AND_THREAD_PAGES, NOT_ASKING, OFF_PLATFORM_ADJUST, TOOL_AS_WORK_SUBJECT } from '../shared';
import { CW_OFF_PLATFORM_FAQ, CW_OFF_PLATFORM_INTRO, LANCERS_CONTACT_FAQ, SEED_CW_OFF_PLATFORM } from '../sources';

export const rule = {
  id: 'off-platform-contact/chat-tool',
  category: 'off-platform-contact',
  severity: 'warning',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    text: {
      terms: [
        'Chatwork',
        'チャットワーク',
        'チャトワ',
        'Skype',
        'スカイプ',
        'Discord',
        'ディスコード',
        'Slack',
        'スラック',
        'KakaoTalk',
        'Kakao',
        'カカオトーク',
        'WhatsApp',
        'ワッツアップ',
        'WeChat',
        'ウィーチャット',
        'Messenger',
        'メッセンジャー',
      ],
      wordBoundary: true,
    },
    near: { pattern: CONTACT_CONTEXT, within: 20 },
    unless: [
      ...NOT_ASKING,
      ABOUT_THE_TOPIC,
      TOOL_AS_WORK_SUBJECT,
      { scope: 'sentence', pattern: { terms: ['バッグ', 'バイクメッセンジャー'] } },
    ],
    kinds: ['job', 'message', 'contract'],
    author: 'other',
  },
  adjust: OFF_PLATFORM_ADJUST,
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: '外部のチャットツールでのやり取りを求められています',
    why: 'Chatwork・Slack・Discord・Skypeなどは仕事でよく使われますが、サイトの外での連絡です。クラウドワークスでは契約の前でも後でも、使う前にサービス外連絡申請の承認が必要です。ランサーズでは仮払い前の外部ツール利用が禁止で、仮払い後は認められています。申請をきちんと出す相手はそれだけで信頼の材料になり、申請を出さずに外へ誘う相手には勧誘目的のことが多いと報告されています。',
    steps: [
      '申請が承認されるまで(ランサーズでは仮払いまで)は、サイト内のメッセージでやり取りしてください。',
      'クラウドワークスでは「サービス外連絡申請をしていただけますか」と確認し、メッセージ欄の近くにある申請ステータスで承認を確かめてください。',
      '外部ツールに移った後も、契約内容の変更や報酬の話はサイト内で記録を残してください。',
      '申請を拒まれる・勧誘が始まる場合は「違反報告する」から報告してください。',
    ],
  },
  en: {
    title: 'You are asked to talk on an outside chat tool',
    why: 'Chatwork, Slack, Discord or Skype are common at work but they are outside the site. On CrowdWorks an approved off-platform contact request is needed before using them, before or after the contract. Lancers forbids outside tools before 仮払い and allows them after. A client who files the request properly earns some trust; one who pushes you out without it is often recruiting.',
    steps: [
      'Stay in the site’s messages until the request is approved (Lancers: until 仮払い).',
      'On CrowdWorks ask the client to file the off-platform contact request and check its 申請ステータス next to the message form.',
      'Even after moving, keep changes to the scope and the pay on the site, in writing.',
      'If they refuse the request or start a sales pitch, report it with 「違反報告する」.',
    ],
  },
  sources: [CW_OFF_PLATFORM_FAQ, CW_OFF_PLATFORM_INTRO, LANCERS_CONTACT_FAQ, SEED_CW_OFF_PLATFORM],
};

export const examples: RuleExamples = {
  matches: [
    '契約後のやり取りはChatworkで行います。',
    { text: 'Discordのサーバーに招待しますね', kind: 'message' },
    { text: 'スカイプIDを教えていただけますか', kind: 'message' },
    { text: '打ち合わせ用のDiscordサーバーに入っていただけますか', kind: 'message' },
    { text: '一度Skypeでお話しできればと思います', kind: 'message' },
    { text: 'カカオトークで連絡ください', kind: 'message', site: 'lancers', pageKind: 'proposal' },
    {
      text: 'Slackに招待しますのでご参加ください',
      kind: 'message',
      site: 'lancers',
      pageKind: 'contract',
      contract: { funded: true },
      severity: 'info',
    },
  ],
  doesNotMatch: [
    'Discord bot の開発をお願いします。参加者の管理機能が必要です。',
    'Slack 連携機能の実装(通知の送信)をお願いします。',
    'Chatworkなど外部ツールでのやり取りは行いません。',
    'メッセンジャーバッグの商品説明を書いてください。',
    'ChatGPTを使った記事作成です。詳細はメッセージで。',
  ],
};
