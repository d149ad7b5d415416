import type { ReactNode } from 'react';
import type { ClientFacts as Facts, Site } from '@/utils/facts';
import { formatDate, formatNumber } from '../common/format';
import { verificationLabel } from '../common/labels';
import { t } from '../i18n';

function Unknown() {
  return <span className="unknown">{t('common.unknown')}</span>;
}

function yesNo(value: boolean | null | undefined): ReactNode {
  if (value === true) return <span className="yes">{t('client.yes')}</span>;
  if (value === false) return <span className="no">{t('client.no')}</span>;
  return <Unknown />;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="fact-row">
      <dt>{label}</dt>
      <dd>{children ?? <Unknown />}</dd>
    </div>
  );
}

/**
 * The facts about a client as read from the page: rating, reviews, orders, completion rate,
 * verification badges (CrowdWorks 本人確認 / 発注ルールチェック, Lancers' 認証 items) and the
 * registration date. A fact that was not read shows as "unknown", never as zero.
 */
export function ClientFacts({ site, client }: { site: Site; client: Facts }) {
  const rating = formatNumber(client.rating, 2);
  const completion = formatNumber(client.completionRate, 1);
  const verifications = Object.entries(client.verifications ?? {});
  return (
    <dl className="client-facts">
      <Row label={t('client.rating')}>{rating && t('client.ratingValue', { value: rating })}</Row>
      <Row label={t('client.reviews')}>{formatNumber(client.reviews)}</Row>
      <Row label={t('client.ordersPosted')}>{formatNumber(client.ordersPosted)}</Row>
      <Row label={t('client.completionRate')}>{completion && `${completion}%`}</Row>
      {site === 'lancers' && verifications.length > 0 ? (
        // Lancers shows four 認証 items; list the ones the page gave.
        verifications.map(([key, value]) => (
          <Row key={key} label={verificationLabel(key)}>
            {yesNo(value)}
          </Row>
        ))
      ) : (
        <Row label={t('client.identityVerified')}>{yesNo(client.identityVerified)}</Row>
      )}
      {site === 'crowdworks' && <Row label={t('client.ruleChecked')}>{yesNo(client.ruleChecked)}</Row>}
      <Row label={t('client.certified')}>{yesNo(client.certified)}</Row>
      <Row label={t('client.registeredAt')}>{formatDate(client.registeredAt)}</Row>
    </dl>
  );
}
