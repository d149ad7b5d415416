import type { GuidanceView } from './guidance';
import { officialHref } from './official-url';
import { t } from '../i18n';

/**
 * A rule's sources: official pages as links that open in a new tab; seed articles and any
 * other address as plain titles. Nothing read from a page ever reaches this list.
 */
export function GuidanceSources({ sources }: { sources: GuidanceView['sources'] }) {
  if (sources.length === 0) return null;
  return (
    <div className="sources">
      <h5>{t('finding.sources')}</h5>
      <ul>
        {sources.map((source, i) => {
          const href = officialHref(source.url);
          return (
            <li key={i}>
              {href ? (
                <a href={href} target="_blank" rel="noreferrer">
                  {source.title}
                  <span className="visually-hidden"> {t('common.opensInNewTab')}</span>
                </a>
              ) : (
                <span>
                  {source.title}
                  {source.seed && !source.url ? <span className="hint"> {t('finding.seedSource')}</span> : null}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
