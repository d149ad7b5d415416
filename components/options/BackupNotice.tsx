import { useEffect, useState } from 'react';
import { listBackups, removeBackups, type StoredBackup } from '@/utils/storage/backups';
import { t } from '../i18n';
import { downloadJson } from './download';

/**
 * Shown when stored data failed validation and was moved aside: offers the moved-aside
 * values for export, and removes them only when the user says so. `refreshKey` changes when
 * the page has finished loading (loading is what moves bad values aside).
 */
export function BackupNotice({ refreshKey }: { refreshKey: string }) {
  const [backups, setBackups] = useState<StoredBackup[]>([]);
  useEffect(() => {
    let alive = true;
    void listBackups().then((list) => alive && setBackups(list));
    return () => {
      alive = false;
    };
  }, [refreshKey]);
  if (backups.length === 0) return null;
  const onExport = () => downloadJson(`omamori-backup-${new Date().toISOString().slice(0, 10)}.json`, backups);
  const onDiscard = async () => {
    await removeBackups(backups.map((b) => b.key));
    setBackups(await listBackups());
  };
  return (
    <section role="alert" className="notice backup-notice" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backup.title')}</h2>
      <p>{t('backup.body', { count: backups.length })}</p>
      <div className="row">
        <button type="button" onClick={onExport}>
          {t('backup.export')}
        </button>
        <button type="button" className="secondary" onClick={() => void onDiscard()}>
          {t('backup.discard')}
        </button>
      </div>
    </section>
  );
}
