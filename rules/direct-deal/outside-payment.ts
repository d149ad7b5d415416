/**
 * A deal or a payment that skips the platform: 「直接契約しませんか」「手数料がもったいないので」
 * 「報酬は口座に直接振り込みます」. Both platforms forbid it and their terms carry penalties; the
 * worker also loses escrow, so unpaid work has no remedy.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../utils/engine/rule-schema';
import { ABOUT_THE_TOPIC, JOB_AND_THREAD_PAGES, NOT_ASKING } from '../shared';
import { CW_TERMS, LANCERS_CONTACT_FAQ, LANCERS_DIRECT_DEAL, SEED_CW_CLIENT_VANISHED, SEED_CW_OFF_PLATFORM, SEED_LANCERS_TROUBLE } from '../sources';

export const rule = {
  id: 'direct-deal/outside-payment',
  category: 'direct-deal',
  severity: 'danger',
  sites: ['crowdworks', 'lancers'],
  pageKinds: JOB_AND_THREAD_PAGES,
  when: {
    any: [
      {
        // A direct contract proposed for what comes next, whatever the particles and honorifics:
        // 「今後は弊社と直接ご契約いただき」「以降は業務委託契約を直接結んでいただきます」. A bare
        // 「直接契約」 is also how a job describes its client (「企業と直接契約している案件」), so
        // it needs the switch nearby; 直接依頼 is the platforms' own feature and is not listed.
        text: {
          terms: ['直接契約', '直接ご契約', '直接のご契約', '直接の契約', '直接取引', '直接お取引', '直接のお取引', '直接やり取り', '直接のやり取り', '契約を直接', '取引を直接', '直接業務委託'],
        },
        near: {
          pattern: { terms: ['今後は', '今後の', 'これからは', '次回から', '次回以降', '以降は', '2回目以降', '二回目以降', '2回目から', '2件目から', '初回のみ', '初回以外', '継続の方', '継続案件は', '継続の際は'] },
          within: 20,
        },
        unless: [
          ...NOT_ASKING,
          ABOUT_THE_TOPIC,
          // Staying on the platform: 「継続案件も引き続きクラウドワークス上で契約」.
          { scope: 'sentence', pattern: { terms: ['仮払い', 'クラウドワークス上', 'ランサーズ上', 'サイト上', 'サイト内', 'プラットフォーム上', '直接依頼', 'ご指名', '指名'] } },
          // A description, not an offer: 「メーカーと直接取引している店舗」「直接取引先とのやりとり」.
          { scope: 'sentence', direction: 'after', within: 2, pattern: { terms: ['している', 'しています', 'しており', 'していた', 'のある', '実績'] } },
          { scope: 'sentence', pattern: { terms: ['直接取引先', '直接のお取引先', '直接契約先', '直接の取引先'] } },
        ],
        kinds: ['job', 'message', 'contract'],
        author: 'other',
      },
      {
        // 「手数料」 alone is neutral; next to 「直接」「外で」 it is the usual opening line.
        text: { terms: ['手数料', 'システム利用料'] },
        near: { pattern: { terms: ['直接', '外で', '外部で', 'サイト外', '通さず', '介さず', '個人的に', '別の方法'] }, within: 25 },
        unless: NOT_ASKING,
        kinds: ['job', 'message', 'contract'],
        author: 'other',
      },
      {
        text: {
          regex: [
            // An offer, not a description: 「直接契約しませんか」, not 「企業と直接契約している案件」.
            '直接(の|で)?\\s{0,2}(ご|お)?(取引|取り引き|契約|業務委託|発注|やり取り)\\s{0,2}(を|に|で)?\\s{0,2}(しませんか|しましょう|させて|したい|したく|いたしましょう|できれば|でき(ます|ません)か|お願い|切り替え|移行|も可能|も可|を希望|希望|になります|となり|とさせて|いかが)',
            '直接\\s{0,2}(ご|お)?(支払|振込|振り込|送金|お渡し)\\s{0,2}(い|み)?\\s{0,2}(ます|します|いたします|させて|しますね|可能|でき|しましょう|ください|たい)',
            // The platform named with an honorific counts too: 「ランサーズさんを使わずに」.
            '(くらうどわ.?くす|らんさ.?ず|さいと|ぷらっとふぉ.?む|当さいと|しすてむ)\\s{0,2}(さん|様|さま)?\\s{0,2}(を|は)?\\s{0,2}(通さ|通して|介さ|使わ|経由せ|利用せ)(ず|ない|なく)',
            '(さいと|さ.?びす|くらうどわ.?くす|らんさ.?ず|ぷらっとふぉ.?む)外\\s{0,2}(での|で|の|にて)?\\s{0,2}(直接)?\\s{0,2}(お|ご)?(取引|契約|支払|業務|仕事|依頼|発注|やり取り|やりとり)',
            '(手数料|しすてむ利用料|利用料)(が|を|は|も|の)?\\s{0,2}(もったいない|勿体ない|浮か|節約|省き|省ける|回避|取られたくない|払いたくない|かからない\\s{0,2}(ように|方法|やり方|形))',
            '(あまぞん|amazon)?\\s{0,2}ぎふと\\s{0,2}(券|か.?ど)\\s{0,2}(で|にて)\\s{0,2}(お?支払|報酬|お渡し)',
            '個人的に\\s{0,2}(お願い|ご依頼|依頼|発注|お仕事を|契約|取引|お取引)',
            // 「個人間でのお取引に」「個人同士の契約で」.
            '(個人間|個人同士)\\s{0,2}(で|での|の)?\\s{0,2}(お|ご)?(取引|取り引き|契約|やり取り|依頼|発注|支払)',
            // 「弊社と直接結んでいただきます」: a contract with the client itself, offered.
            '(弊社|当社|私|こちら)\\s{0,2}と\\s{0,2}(の)?\\s{0,2}直接\\s{0,2}(の)?\\s{0,2}(契約|取引|お取引|やり取り)?\\s{0,2}(を)?\\s{0,2}(結んで|結んでいただ|結びませんか|結びましょう|していただ|しませんか|しましょう|させて|となり|になり)',
            '(外|外部)\\s{0,2}で\\s{0,2}(やり|取引|契約|お願い|続け)(ませんか|ましょう|たい)',
            '(口座|ぺいぺい|paypay|line\\s{0,2}pay|paypal|ぺいぱる|現金|銀行振込)\\s{0,2}(に|へ|で|にて)\\s{0,2}(直接|お?振り?込|送金|お?支払|お渡し|手渡し)',
            // Cash in hand: 「報酬は現金手渡しで」「手渡しでお支払い」.
            '現金\\s{0,2}(で|の)?\\s{0,2}手渡し',
            '手渡し\\s{0,2}(で|にて)\\s{0,2}(お?支払|お渡し|報酬)',
          ],
          wordBoundary: true,
        },
        unless: [
          ...NOT_ASKING,
          // The platform's own channels: 仮払い and the site's payment are fine.
          // The platform pays (「クラウドワークス経由でお支払い」), not 「クラウドワークス経由だと20%引かれる」.
          { scope: 'sentence', pattern: { terms: ['仮払い', '直接依頼', 'クラウドワークスから', 'ランサーズから'] } },
          {
            scope: 'sentence',
            pattern: { regex: ['(くらうどわ.?くす|らんさ.?ず|さいと|しすてむ)\\s{0,2}経由\\s{0,2}(で|にて)?\\s{0,2}(お?支払|支払われ|お?振り?込|送金|お渡し)'] },
          },
        ],
        kinds: ['job', 'message', 'contract'],
        author: 'other',
      },
    ],
  },
} satisfies RuleSpec;

export const guidance: RuleGuidance = {
  ja: {
    title: 'サイトを通さない直接取引を持ちかけられています',
    why: 'クラウドワークスもランサーズも、サイトを通さない直接の契約や支払い(その誘いを含む)を利用規約で禁止しています。クラウドワークスの規約には違約金(報酬額に対するシステム利用料相当額か100万円の大きい方)の定めがあり、ランサーズも違約金・損害賠償の対象としています。直接取引では仮払いの保護がなく、作業後に支払われなくても運営は対応しません。',
    steps: [
      '直接取引には応じないと、サイト内のメッセージではっきり伝えてください。',
      '口座番号・住所・電話番号など、支払いや連絡に使う情報は送らないでください。',
      '契約と報酬の受け渡しは、仮払いを含めてサイトの仕組みの中で行ってください。',
      '「違反報告する」(ランサーズは運営への問い合わせ)から報告してください。誘いに応じた側も処分の対象になり得ます。',
    ],
  },
  en: {
    title: 'You are offered a deal outside the platform',
    why: 'Both CrowdWorks and Lancers forbid contracts or payments that bypass the site, including proposing them. CrowdWorks’ terms set a penalty (the system fee on the reward or 1,000,000 yen, whichever is larger) and Lancers also claims penalties or damages. Outside the site there is no escrow: if you are not paid after the work, the platform will not step in.',
    steps: [
      'Say clearly in the site’s messages that you will not trade outside the platform.',
      'Do not send your bank account, address or phone number.',
      'Keep the contract and the payment, including 仮払い, inside the platform.',
      'Report it with 「違反報告する」 (Lancers: contact support). Accepting the offer can get your own account penalised too.',
    ],
  },
  sources: [CW_TERMS, SEED_CW_OFF_PLATFORM, SEED_CW_CLIENT_VANISHED, LANCERS_DIRECT_DEAL, LANCERS_CONTACT_FAQ, SEED_LANCERS_TROUBLE],
};

export const examples: RuleExamples = {
  matches: [
    { text: '手数料がもったいないので、次回からは直接契約しませんか？', kind: 'message' },
    { text: 'クラウドワークスを通さずにお支払いしますね', kind: 'message' },
    { text: '報酬は口座に直接お振込みします。', kind: 'message', site: 'lancers' },
    '継続の方とはサイト外でのお取引も可能です。',
    { text: 'ランサーズを介さない形で業務委託契約を結びたいです', kind: 'message' },
    { text: '次回からは直接契約でお願いできますか', kind: 'message' },
    { text: '報酬はPayPayで送金します', kind: 'message' },
    { text: 'お礼はこちらから直接お振り込みますね', kind: 'message' },
    { text: 'クラウドワークスさんを通さない形でお願いできませんか', kind: 'message' },
    { text: 'プラットフォーム外でのご依頼も受け付けています', kind: 'message' },
    { text: '手数料のかからないやり方に切り替えましょう', kind: 'message' },
    '2回目以降はサイト外で直接のお取引となります。',
    { text: 'お礼は手渡しでお支払いしますね', kind: 'message' },
    { text: '個人同士の契約に移りませんか', kind: 'message' },
    { text: 'ランサーズ経由だと手数料が引かれるので、PayPalで送金しますね', kind: 'message' },
    '継続の方は当社と直接契約を結んでいただきます。',
    {
      text: '今後は弊社と直接ご契約いただき、お支払いは銀行振込でさせていただければと思います。',
      kind: 'message',
      evidence: ['今後は', '直接ご契約'],
    },
    { text: '初回のみこちらで契約し、以降は業務委託契約を直接結んでいただきます', evidence: ['以降は', '契約を直接'] },
    { text: '2回目以降は直接のお取引でお願いできればと思っております。', kind: 'message', evidence: ['以降は', '直接のお取引でお願い'] },
  ],
  doesNotMatch: [
    '直接取引は規約違反のため行いません。',
    { text: '仮払いが完了しましたら、作業を開始してください。', kind: 'message' },
    '直接のお声がけはサイト内の直接依頼機能でお送りします。',
    '口座開設の手順を解説する記事を書いてください。',
    'システム利用料はクラウドワークスの規定どおりです。',
    '大手企業と直接契約している案件の一部をお願いします。',
    '弊社と直接契約しているクライアント様の案件です。',
    { text: '報酬はクラウドワークスから直接支払われます', kind: 'message' },
    { text: '報酬はクラウドワークス経由でお支払いします。現金や口座への直接の振込はありません', kind: 'message' },
    { text: '継続案件も引き続きクラウドワークス上で契約させていただきます。', kind: 'message' },
    { text: '今後も直接契約のご提案はいたしませんのでご安心ください。', kind: 'message' },
    { text: '次回からは直接依頼の機能でご指名させていただきます。', kind: 'message' },
    '今後はメーカーと直接取引している店舗の紹介記事もお願いする予定です。',
    '今後は直接取引先とのやりとりもお任せする予定です。',
    { text: 'サイト外でのお仕事の依頼は規約違反になるためお受けできません', kind: 'message' },
  ],
};
