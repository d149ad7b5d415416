/**
 * Short Japanese labels for badge tooltips on listing cards. The full guidance lives in the
 * side panel; the content script carries only these few words to stay small.
 */
export const CATEGORY_LABELS: Readonly<Record<string, string>> = {
  'off-platform-contact': 'サイト外への連絡誘導',
  'direct-deal': '直接取引の持ちかけ',
  'purchase-proxy': '購入代行・買付け',
  'upfront-fee': '登録料などの前払い要求',
  'advance-payment': '着手金の取り決め',
  mlm: 'MLM（ネットワークビジネス）',
  'review-request': '口コミ・レビュー投稿依頼',
  'click-affiliate': 'クリック・登録・アフィリエイト',
  'homework-ghostwriting': '宿題・課題の代行',
  'external-tos-violation': '他サービスの規約違反',
  'personal-info-request': '個人情報の要求',
  threat: '脅し・損害賠償の示唆',
  'abusive-language': '暴言',
  'scope-creep': '契約外の追加作業',
  'work-before-escrow': '仮払い前の作業開始',
  'inspection-overdue': '検収の遅れ',
  'client-unresponsive': 'クライアントの音信不通',
  'termination-pending': '途中終了リクエスト',
  'low-client-rating': 'クライアント評価が低い',
  'unverified-client': '本人確認なし',
  'new-client': '実績のないクライアント',
  'too-good-pay': '好条件すぎる募集',
  'course-or-info-product-lure': 'スクール・情報商材の勧誘',
  'criminal-recruitment': '闇バイトの疑い',
  'blocked-client': 'ブロックしたクライアント',
};

export function categoryLabel(category: string): string {
  return CATEGORY_LABELS[category] ?? category;
}
