import { useId } from 'react';
import type { ClientFacts as Facts, Site } from '@/utils/facts';
import { isStorableId } from '@/utils/storage/dismissals';
import type { ClientRecord } from '@/utils/storage/records';
import { PageText } from '../common/PageText';
import { t } from '../i18n';
import { BlockToggle } from './BlockToggle';
import { ClientFacts } from './ClientFacts';
import { ClientNoteEditor } from './ClientNoteEditor';

interface ClientSummaryProps {
  site: Site;
  client: Facts | undefined;
  /** What the user stored about this client, if anything. */
  record: ClientRecord | undefined;
  onSaveNote(note: string): Promise<boolean>;
  onSetBlocked(blocked: boolean): Promise<boolean>;
}

/** The client card on job, client and contract pages: facts, the user's note, the block switch. */
export function ClientSummary({ site, client, record, onSaveNote, onSetBlocked }: ClientSummaryProps) {
  const headingId = useId();
  const facts = client ?? {};
  const canStore = isStorableId(facts.id);
  return (
    <section className="card client-summary" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t('client.heading')}
        {facts.name ? (
          <>
            {': '}
            <PageText text={facts.name} max={80} />
          </>
        ) : null}
      </h2>
      {record?.blocked && (
        <p className="blocked-banner" role="note">
          {t('client.blockedBanner')}
        </p>
      )}
      {!client && <p className="hint">{t('client.noData')}</p>}
      <ClientFacts site={site} client={facts} />
      {canStore ? (
        <>
          <ClientNoteEditor key={`${site}:${facts.id}`} saved={record?.note ?? ''} onSave={onSaveNote} />
          <BlockToggle blocked={record?.blocked ?? false} onChange={onSetBlocked} />
        </>
      ) : (
        <p className="hint">{t('client.noId')}</p>
      )}
    </section>
  );
}
