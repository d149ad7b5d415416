import { useId, useState, type ChangeEvent } from 'react';
import { applyImport, buildExport, exportFileName, parseImport } from '@/utils/storage/export-import';
import { t } from '../i18n';
import { useClientsStore } from '../stores/clients-store';
import { useContractsStore } from '../stores/contracts-store';
import { useDismissalsStore } from '../stores/dismissals-store';
import { useSettingsStore } from '../stores/settings-store';
import { downloadJson } from './download';
import { importErrorMap, importProblemLines } from './import-errors';

/** An export of settings, a few hundred notes, dismissals and tracked contracts is far below this. */
const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

type Outcome = { kind: 'none' } | { kind: 'ok'; text: string } | { kind: 'error'; title: string; lines: string[] };

async function reloadStores(): Promise<void> {
  await Promise.all([
    useSettingsStore.getState().load(),
    useDismissalsStore.getState().load(),
    useClientsStore.getState().load(),
    useContractsStore.getState().load(),
  ]);
}

/** Export everything to JSON, import a file back (all or nothing), reset the settings. */
export function DataSection() {
  const fileId = useId();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const [confirmingReset, setConfirmingReset] = useState(false);
  const reset = useSettingsStore((s) => s.reset);

  const onExport = async () => {
    const now = new Date();
    downloadJson(exportFileName(now), await buildExport(now));
    setOutcome({ kind: 'ok', text: t('data.exported') });
  };

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const fail = (lines: string[]) => setOutcome({ kind: 'error', title: t('data.importFailed'), lines });
    if (file.size > MAX_IMPORT_BYTES) return fail([t('data.tooLarge')]);
    const result = parseImport(await file.text(), importErrorMap());
    if (!result.ok) return fail(importProblemLines(result));
    await applyImport(result.file);
    await reloadStores();
    setOutcome({ kind: 'ok', text: t('data.imported') });
  };

  const onReset = async () => {
    setConfirmingReset(false);
    const ok = await reset();
    setOutcome(ok ? { kind: 'ok', text: t('data.resetDone') } : { kind: 'error', title: t('common.saveFailed'), lines: [] });
  };

  return (
    <section className="card" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('data.heading')}</h2>
      <p className="hint">{t('data.intro')}</p>
      <div className="row">
        <button type="button" onClick={() => void onExport()}>
          {t('data.export')}
        </button>
        <label htmlFor={fileId} className="field-label">
          {t('data.import')}
        </label>
        <input id={fileId} type="file" accept="application/json,.json" onChange={(e) => void onImport(e)} />
      </div>
      <div className="row">
        {confirmingReset ? (
          <div role="group" aria-label={t('data.reset')} className="confirm">
            <p>{t('data.resetConfirm')}</p>
            <button type="button" className="danger" onClick={() => void onReset()}>
              {t('data.resetYes')}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirmingReset(false)}>
              {t('common.cancel')}
            </button>
          </div>
        ) : (
          <button type="button" className="secondary" onClick={() => setConfirmingReset(true)}>
            {t('data.reset')}
          </button>
        )}
      </div>
      {outcome.kind === 'ok' && (
        <p role="status" className="ok">
          {outcome.text}
        </p>
      )}
      {outcome.kind === 'error' && (
        <div role="alert" className="error-box">
          <p>{outcome.title}</p>
          <ul>
            {outcome.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
