/**
 * Mass or unsolicited DMs on someone's behalf (DM送信代行, 営業DM, 一斉送信). Social networks
 * forbid automated or bulk unsolicited messaging, and the account that sends is the one
 * restricted.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { JOB_AND_THREAD_PAGES, NOT_ASKING } from '../shared';
import { CW_EXTERNAL_RULES_2020, CW_PROHIBITED_FAQ } from '../sources';

export const rule = {
  id: 'external-tos-violation/dm-sending',
  category: 'external-tos-violation',
  severity: 'warning',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    text: {
      regex: [
        '(dm|だいれくとめっせ.?じ)\\s{0,2}(の)?\\s{0,2}(送信|送付|一斉送信)\\s{0,2}(代行|業務|作業|すたっふ|のお仕事|お仕事|担当)',
        '(営業|勧誘|集客|宣伝)\\s{0,2}(用の)?\\s{0,2}dm',
        'dm\\s{0,2}(営業|集客|勧誘)',
        '(一斉|大量|無差別)(に)?\\s{0,2}(dm|めっせ.?じ)\\s{0,2}(を)?\\s{0,2}(送|配信)',
        'dm\\s{0,2}(を)?\\s{0,2}(送る|送って|送信する)\\s{0,2}(だけ|作業|お仕事|業務)',
        // Word order varies: 「DMを一斉送信」「見込み客にDMを送る」.
        '(dm|めっせ.?じ)\\s{0,2}(を)?\\s{0,2}(一斉|大量|無差別)\\s{0,2}(に)?\\s{0,2}(送|配信)',
        '(見込み客|見込み顧客|たーげっと|ふぉろわ.?|不特定多数|女性|男性)\\s{0,2}(の方)?\\s{0,2}(に|へ)\\s{0,2}(営業)?\\s{0,2}dm\\s{0,2}(を)?\\s{0,2}(送|配信)',
      ],
      wordBoundary: true,
    },
    unless: [...NOT_ASKING, { scope: 'sentence', pattern: { terms: ['分析', 'ツール開発', 'システム開発'] } }],
    kinds: ['job', 'message', 'contract'],
    author: 'other',
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: 'SNSでのDM送信代行(一斉・営業DM)の仕事です',
    why: '知らない相手への営業DMや大量のDM送信は、多くのSNSの規約で禁止されているスパム行為です。作業に使ったアカウントが制限・停止されたり、送り先から迷惑行為として通報されたりします。送る文面が勧誘や詐欺の入口になっていることもあります。',
    steps: [
      '誰に・どのアカウントから・どんな文面を送るのかを契約前に確認してください。',
      '自分のアカウントで知らない相手に営業DMを送る仕事は引き受けないでください。',
      '文面が投資・副業・高額報酬などの勧誘なら応募を見送り、「この仕事を通報する」から報告してください。',
    ],
  },
  en: {
    title: 'Sending DMs in bulk for someone',
    why: 'Sales DMs to strangers and bulk DMs are spam under most social networks’ rules. The accounts used get restricted or suspended and reported by the recipients. The message itself is sometimes the entry to a recruiting or fraud scheme.',
    steps: [
      'Before signing, ask who receives the DMs, from which account, and what the text says.',
      'Do not send sales DMs to strangers from your own account.',
      'If the text pitches investments, side businesses or big pay, skip the job and report it with 「この仕事を通報する」.',
    ],
  },
  sources: [CW_EXTERNAL_RULES_2020, CW_PROHIBITED_FAQ],
};

export const examples: RuleExamples = {
  matches: [
    '【未経験歓迎・スマホ完結】DM送信代行スタッフ募集',
    'TikTokを使用したDM送信業務をお手伝いいただける方を募集しております。',
    'インスタで営業DMを送るお仕事です。',
    'ターゲットに一斉にメッセージを送信していただきます。',
    'ターゲット層の女性にDMを送っていただくお仕事です。',
    'リスト化したアカウントへDMを大量に配信してください。',
  ],
  doesNotMatch: [
    'DMで届いたお客様のご質問への返信対応です。',
    'DMでの連絡はお控えください。',
    'LINE公式アカウントのメッセージ配信文の作成です。',
  ],
};
