import { useId } from 'react';
import { clientKey } from '@/utils/storage/keys';
import type { ClientRecord } from '@/utils/storage/records';
import { siteLabel } from '../common/labels';
import { PageText } from '../common/PageText';
import { t } from '../i18n';
import { ClientNoteEditor } from '../panel/ClientNoteEditor';
import { useClientsStore } from '../stores/clients-store';

function ClientRow({ record }: { record: ClientRecord }) {
  const blockId = useId();
  const update = useClientsStore((s) => s.update);
  const remove = useClientsStore((s) => s.remove);
  const key = clientKey(record.site, record.clientId);
  const name = record.name ?? t('options.clientUnnamed', { id: record.clientId });
  return (
    <li className="client-row" data-client={key}>
      <h3>
        <PageText text={name} max={80} /> <span className="hint">({siteLabel(record.site)} · ID {record.clientId})</span>
      </h3>
      <ClientNoteEditor
        saved={record.note}
        onSave={(note) => update(record.site, record.clientId, { note })}
      />
      <div className="row">
        <input
          id={blockId}
          type="checkbox"
          checked={record.blocked}
          onChange={(e) => void update(record.site, record.clientId, { blocked: e.target.checked })}
        />
        <label htmlFor={blockId}>{t('client.block')}</label>
        <button type="button" className="secondary" onClick={() => void remove(key)}>
          {t('options.clientRemove')}
        </button>
      </div>
    </li>
  );
}

/** Every client the user noted or blocked: edit the note, block or unblock, remove. */
export function ClientsSection() {
  const clients = useClientsStore((s) => s.clients);
  const records = Object.values(clients).sort((a, b) => b.updatedAt - a.updatedAt);
  return (
    <section className="card" aria-labelledby="clients-heading">
      <h2 id="clients-heading">{t('options.clientsHeading')}</h2>
      {records.length === 0 ? (
        <p>{t('options.clientsEmpty')}</p>
      ) : (
        <ul className="client-list">
          {records.map((r) => (
            <ClientRow key={clientKey(r.site, r.clientId)} record={r} />
          ))}
        </ul>
      )}
    </section>
  );
}
