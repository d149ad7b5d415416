/**
 * An email address written out, including the spelled-out forms the normaliser folds back
 * (「abc あっと gmail どっと com」). Official platform addresses are left alone.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { JOB_AND_THREAD_PAGES, OFF_PLATFORM_ADJUST } from '../shared';
import { CW_IMPERSONATION_2023, CW_OFF_PLATFORM_FAQ, LANCERS_CONTACT_FAQ, SEED_CW_OFF_PLATFORM } from '../sources';

export const rule = {
  id: 'off-platform-contact/email-address',
  category: 'off-platform-contact',
  severity: 'danger',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    text: {
      // The regex matches from the last character before @: any repeat in front of the @ makes
      // an unanchored search quadratic (recheck finds even {1,32} polynomial), and the
      // normaliser already joins 「abc ＠ gmail どっと com」 into abc@gmail.com. `widen` then
      // extends each match over the rest of the local part and of the domain (a bounded walk in
      // the engine), so the evidence is the whole address as written, spelled-out 「あっと」
      // included. Bounds of 16 keep recheck's fuzzer from reading the scan as polynomial, which
      // it did about one run in eight with 30 and one in sixty with 20; longer domains are
      // completed by the widening.
      regex: ['[a-z0-9_.+-]@[a-z0-9-]{1,16}\\.[a-z0-9.-]{2,16}'],
      widen: { before: '[a-z0-9_.+-]', after: '[a-z0-9.-]' },
    },
    unless: [
      // The platforms' own domains (CrowdWorks names them as its only senders) and placeholders.
      {
        scope: 'sentence',
        pattern: { regex: ['@\\s{0,2}(magazine\\.)?(crowdworks|lancers)\\.(co\\.)?jp', '@\\s{0,2}example\\.(com|jp|org)', '@(x{2,}|sample|test|dummy|hoge|domain)\\.'] },
      },
    ],
    kinds: ['job', 'message', 'contract'],
    author: 'other',
  },
  adjust: OFF_PLATFORM_ADJUST,
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: 'メールアドレスが書かれています',
    why: 'メールでのやり取りはサイト外での連絡です。クラウドワークスではサービス外連絡申請の承認が必要で、ランサーズでは仮払い前の連絡先交換が禁止されています。外部のメールに移ると、勧誘や直接取引の持ちかけ、事務局を名乗る偽の連絡に気づきにくくなります。クラウドワークスが公式に使うのは crowdworks.co.jp・crowdworks.jp などの自社ドメインだけです。',
    steps: [
      'そのアドレスに連絡せず、自分のアドレスも伝えないでください。',
      'メールが必要な理由と、申請(クラウドワークスはサービス外連絡申請、ランサーズは連絡先公開申請)をするかをサイト内で確認してください。',
      '事務局や運営を名乗るメールは、送信元のドメインを確かめてください。',
      '不審なら「違反報告する」または「この仕事を通報する」から知らせてください。',
    ],
  },
  en: {
    title: 'An email address is written here',
    why: 'Email is contact outside the site: CrowdWorks requires an approved off-platform contact request, and Lancers forbids exchanging contacts before 仮払い. Once on outside email it is harder to spot recruiting, direct-deal offers and fake "support" messages. CrowdWorks itself only writes from its own domains such as crowdworks.co.jp and crowdworks.jp.',
    steps: [
      'Do not write to the address and do not give yours.',
      'Ask on the site why email is needed and whether the client will file the request (CrowdWorks: サービス外連絡申請, Lancers: 連絡先公開申請).',
      'For mail that claims to come from the platform, check the sender’s domain.',
      'If it looks wrong, report it with 「違反報告する」 or 「この仕事を通報する」.',
    ],
  },
  sources: [CW_OFF_PLATFORM_FAQ, CW_IMPERSONATION_2023, LANCERS_CONTACT_FAQ, SEED_CW_OFF_PLATFORM],
};

export const examples: RuleExamples = {
  matches: [
    { text: '応募は recruit.team@gmail.com までお送りください。', evidence: ['recruit.team@gmail.com'] },
    { text: 'tanaka あっと yahoo どっと co.jp に送ってください', kind: 'message', evidence: ['tanaka あっと yahoo どっと co.jp'] },
    { text: 'ＩＮＦＯ＠ＳＡＭＰＬＥ－ＷＯＲＫ．ＪＰ へご連絡を', kind: 'message', evidence: ['ＩＮＦＯ＠ＳＡＭＰＬＥ－ＷＯＲＫ．ＪＰ'] },
    { text: 'お問い合わせ: hello@work-side.net', evidence: ['hello@work-side.net'] },
    // Spelled-out and bracketed forms, and a local part with dots, plus and hyphen.
    { text: '連絡先は abc あっと sample-mail どっと com です', kind: 'message', evidence: ['abc あっと sample-mail どっと com'] },
    { text: '連絡先 → yamada.k（アットマーク）outlook.jp までお願いします', kind: 'message', evidence: ['yamada.k（アットマーク）outlook.jp'] },
    { text: 'メール：sato.k-2024+work [at] gmail [dot] com', kind: 'message', evidence: ['sato.k-2024+work [at] gmail [dot] com'] },
    // A domain longer than the regex's bounds is completed too.
    { text: '担当: ito@mail.kabushikigaisha-example.co.jp', evidence: ['ito@mail.kabushikigaisha-example.co.jp'] },
    // Two addresses, each whole.
    {
      text: '営業部 sales@omise-tokyo.jp／採用担当 jinji.tanaka@omise-tokyo.jp',
      evidence: ['sales@omise-tokyo.jp', 'jinji.tanaka@omise-tokyo.jp'],
    },
  ],
  doesNotMatch: [
    '弊社からのお知らせは no-reply@crowdworks.jp から届きます。',
    'メールアドレスやフォームのURLをリストに入力してください。',
    'アットマークの入力ミスに注意してください。',
    '例: user@example.com の形式で入力',
  ],
};
