import { useId, useState } from 'react';
import { t } from '../i18n';

interface BlockToggleProps {
  /** The stored state. */
  blocked: boolean;
  onChange(blocked: boolean): Promise<boolean>;
}

/**
 * The block switch. It follows the click at once while the change is being saved (a storage
 * round trip can take a moment on a busy machine), then the stored state; a failed save
 * puts it back and says so.
 */
export function BlockToggle({ blocked, onChange }: BlockToggleProps) {
  const id = useId();
  const [pending, setPending] = useState<boolean | null>(null);
  const [failed, setFailed] = useState(false);
  const change = async (next: boolean) => {
    setPending(next);
    setFailed(false);
    const saved = await onChange(next).catch(() => false);
    setPending(null);
    setFailed(!saved);
  };
  return (
    <div className="block-toggle">
      <input
        id={id}
        type="checkbox"
        checked={pending ?? blocked}
        aria-describedby={`${id}-hint`}
        onChange={(e) => void change(e.target.checked)}
      />
      <label htmlFor={id}>{t('client.block')}</label>
      <p id={`${id}-hint`} className="hint">
        {t('client.blockHint')}
      </p>
      <p role="status" className={failed ? 'error' : 'hint'}>
        {failed ? t('common.saveFailed') : ''}
      </p>
    </div>
  );
}
