import { useId, useState } from 'react';
import { LIMITS } from '@/utils/storage/records';
import { t } from '../i18n';

interface ClientNoteEditorProps {
  saved: string;
  onSave(note: string): Promise<boolean>;
}

/** The user's own note on a client, kept in this browser only. */
export function ClientNoteEditor({ saved, onSave }: ClientNoteEditorProps) {
  const id = useId();
  const [draft, setDraft] = useState(saved);
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>('idle');
  const save = async () => setStatus((await onSave(draft)) ? 'saved' : 'failed');
  return (
    <div className="note-editor">
      <label htmlFor={id}>{t('client.note')}</label>
      <textarea
        id={id}
        value={draft}
        maxLength={LIMITS.noteLength}
        rows={3}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          setDraft(e.target.value);
          setStatus('idle');
        }}
      />
      <p id={`${id}-hint`} className="hint">
        {t('client.noteHint')}
      </p>
      <div className="row">
        <button type="button" onClick={() => void save()} disabled={draft === saved}>
          {t('client.saveNote')}
        </button>
        <span role="status" className={status === 'failed' ? 'error' : 'hint'}>
          {status === 'saved' ? t('common.saved') : status === 'failed' ? t('common.saveFailed') : ''}
        </span>
      </div>
    </div>
  );
}
