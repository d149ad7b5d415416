/**
 * Sources the guidance cites, named once: the platforms' official help pages, notices and
 * terms, the police's notices, and the seed articles (../shared/seeds/, by file name).
 * Imported only by `guidance` exports, so none of this reaches the content script.
 */
import type { RuleGuidance } from '../utils/engine/rule-schema';

type Source = RuleGuidance['sources'][number];

// CrowdWorks: official FAQ, blog notices and terms.
export const CW_OFF_PLATFORM_FAQ: Source = {
  title: 'クラウドワークス FAQ: サービス外連絡申請について',
  url: 'https://crowdworks.my.salesforce-sites.com/faq/articles/FAQ/10562?l=ja&url=10562',
};
export const CW_OFF_PLATFORM_INTRO: Source = {
  title: 'クラウドワークス公式ブログ: サービス外連絡申請の導入 (2020-10-20)',
  url: 'https://blog.crowdworks.jp/?cat=7',
};
export const CW_CONTACT_REMINDER_FAQ: Source = {
  title: 'クラウドワークス FAQ: 連絡催促申請とは',
  url: 'https://crowdworks.my.salesforce-sites.com/faq/articles/FAQ/10549?l=ja&url=10549',
};
export const CW_INSPECTION_FAQ: Source = {
  title: 'クラウドワークス FAQ: 検収・契約の途中終了について',
  url: 'https://crowdworks.my.salesforce-sites.com/faq/articles/FAQ/10329/?q=%E6%A4%9C%E5%8F%8E&l=ja&fs=Search&pn=1&id=kA010000000fyFc&url=10329',
};
export const CW_INQUIRY: Source = {
  title: 'クラウドワークス ヘルプ: お問い合わせ(チャットボット)',
  url: 'https://crowdworks.my.site.com/help/s/inquiry',
};
export const CW_PROHIBITED_FAQ: Source = {
  title: 'クラウドワークス FAQ: 違反となるお仕事の例',
  url: 'https://crowdworks.my.salesforce-sites.com/faq/articles/FAQ/10596?l=ja&url=10596',
};
export const CW_ESCROW_FAQ: Source = {
  title: 'クラウドワークス FAQ: 仮払い・報酬の流れ',
  url: 'https://crowdworks.my.salesforce-sites.com/faq/articles/FAQ/10030?l=ja&url=10030',
};
export const CW_TASK_APPROVAL_FAQ: Source = {
  title: 'クラウドワークス FAQ: タスク形式の承認期限',
  url: 'https://crowdworks.my.salesforce-sites.com/faq/articles/FAQ/10236?l=ja&url=10236',
};
export const CW_GUIDELINE_2024: Source = {
  title: 'クラウドワークス事務局からのお知らせ: 仕事依頼ガイドライン改定 (2024-12-18)',
  url: 'https://blog.crowdworks.jp/archives/category/%E4%BA%8B%E5%8B%99%E5%B1%80%E3%81%8B%E3%82%89%E3%81%AE%E3%81%8A%E7%9F%A5%E3%82%89%E3%81%9B',
};
export const CW_WORKER_NEWS_2024: Source = {
  title: 'クラウドワークス ワーカー向けニュース: 禁止されるお仕事と違反報告 (2024-12-18)',
  url: 'https://blog.crowdworks.jp/archives/category/%E3%83%AF%E3%83%BC%E3%82%AB%E3%83%BC%E5%90%91%E3%81%91%E3%83%8B%E3%83%A5%E3%83%BC%E3%82%B9',
};
export const CW_EXTERNAL_RULES_2020: Source = {
  title: 'クラウドワークス公式ブログ: 外部サービスの規約に違反するお仕事について (2020-08-17)',
  url: 'https://blog.crowdworks.jp/archives/3928/',
};
export const CW_SCAM_NOTICE_2025: Source = {
  title: 'クラウドワークス公式ブログ: 詐欺的な募集への注意喚起 (2025-02-20)',
  url: 'https://blog.crowdworks.jp/archives/6035',
};
export const CW_IMPERSONATION_2023: Source = {
  title: 'クラウドワークス公式ブログ: 事務局をかたる連絡への注意 (2023-10-06)',
  url: 'https://blog.crowdworks.jp/archives/5449/',
};
export const CW_RULE_CHECK_2020: Source = {
  title: 'クラウドワークス公式ブログ: 発注ルールチェックの表示開始 (2020-05)',
  url: 'https://blog.crowdworks.jp/archives/date/2020/05/page/2/',
};
export const CW_LOW_PAY_ALERT: Source = {
  title: 'クラウドワークス事務局からのお知らせ: 相場より低い報酬のアラート表示 (2020-11)',
  url: 'https://blog.crowdworks.jp/archives/category/%e4%ba%8b%e5%8b%99%e5%b1%80%e3%81%8b%e3%82%89%e3%81%ae%e3%81%8a%e7%9f%a5%e3%82%89%e3%81%9b/page/23',
};
export const CW_TERMS: Source = {
  title: 'クラウドワークス利用規約',
  url: 'https://crowdworks.jp/pages/agreement.html',
};

// Lancers: official FAQ and notices.
export const LANCERS_CONTACT_FAQ: Source = {
  title: 'ランサーズ FAQ: 仮払い前の連絡先交換・外部ツール利用について',
  url: 'https://lancers.jp/faq/l1036/598',
};
export const LANCERS_DIRECT_DEAL: Source = {
  title: 'ランサーズ: 直接取引の禁止について (2021-01)',
  url: 'https://info.lancers.jp/25083',
};
export const LANCERS_REMINDER_FAQ: Source = {
  title: 'ランサーズ FAQ: 連絡催促申請の条件',
  url: 'https://www.lancers.jp/faq/A1018/338',
};
export const LANCERS_REMINDER_AFTER_FAQ: Source = {
  title: 'ランサーズ FAQ: 連絡催促申請後の流れ',
  url: 'https://www.lancers.jp/faq/l1035/163',
};
export const LANCERS_PROJECT_GUIDE: Source = {
  title: 'ランサーズ ガイド: プロジェクトの進め方(完了報告と検収)',
  url: 'http://www.lancers.jp/help/guide/lancer/project/6',
};
export const LANCERS_VERIFICATION_FAQ: Source = {
  title: 'ランサーズ FAQ: 認定クライアント・認証について',
  url: 'https://www.lancers.jp/faq/C1040/732',
};
export const LANCERS_MLM_2018: Source = {
  title: 'ランサーズ: マルチ商法・ネズミ講の勧誘への注意 (2018-06)',
  url: 'https://info.lancers.jp/19782',
};
export const LANCERS_OFFICE_PERMISSION_2019: Source = {
  title: 'ランサーズ: 「事務局が特別に許可」をうたう連絡への注意 (2019-01)',
  url: 'https://info.lancers.jp/20469',
};
export const LANCERS_AFFILIATE_2021: Source = {
  title: 'ランサーズ: アフィリエイト目的の依頼への注意 (2021-06)',
  url: 'https://info.lancers.jp/25867',
};
export const LANCERS_TRADE_DEADLINE: Source = {
  title: 'ランサーズ: 取引期限と自動キャンセルについて',
  url: 'https://info.lancers.jp/32787',
};

// Police.
export const NPA_NOTICE_2024: Source = {
  title: '警察庁: SNSで募集される闇バイトの特徴的な表現 (2024-10-25, 報道)',
  url: 'https://watch.impress.co.jp/docs/news/1634692.html',
};
export const NPA_WHITE_PAPER_2025: Source = {
  title: '令和7年警察白書 特集: 匿名・流動型犯罪グループ',
  url: 'https://www.npa.go.jp/hakusyo/r07/honbun/html/bbf112000.html',
};
export const NPA_YAMIBAITO: Source = {
  title: '警察庁: 犯罪実行者募集の実態(闇バイト)',
  url: 'https://www.npa.go.jp/bureau/safetylife/yamibaito/hanzaishaboshu.html',
};

// Consumer authorities.
export const CAA_SIDE_JOB_NOTICE_2022: Source = {
  title: '消費者庁の注意喚起(函館市による周知): 副業のガイドブック購入から高額なサポートプランへ (2022-09)',
  url: 'https://www.city.hakodate.hokkaido.jp/docs/2022092200081/',
};

// Seed articles (../shared/seeds/).
export const SEED_LANCERS_TROUBLE: Source = {
  title: 'ランサーズでのトラブル解決法と予防策',
  seed: '000_7e05edcb8c4bfb8d.txt',
};
export const SEED_CW_CLIENT_VANISHED: Source = {
  title: 'クラウドワークスで発注者と音信不通になったときの対処法',
  seed: '001_1016d061dbf2c4cd.txt',
};
export const SEED_CW_TROUBLE_PREVENTION: Source = {
  title: 'クラウドワークス: 契約相手との想定外のトラブルを防ぎましょう',
  seed: '002_7193c61f87208d53.txt',
};
export const SEED_CW_WITHDRAWAL: Source = {
  title: 'クラウドワークスで途中辞退するときの注意点',
  seed: '003_658d2bade3849d7f.txt',
};
export const SEED_CW_OFF_PLATFORM: Source = {
  title: 'クラウドワークスのサービス外連絡申請と直接取引の禁止',
  seed: '004_df2b4355e9f85b37.txt',
};
