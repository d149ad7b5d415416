import { useId, useState } from 'react';
import type { Settings } from '@/utils/settings-schema';
import { isValidThreshold, THRESHOLD_BOUNDS, THRESHOLD_KEYS, type ThresholdKey } from '@/utils/storage/settings-defaults';
import { t } from '../i18n';
import { useSettingsStore } from '../stores/settings-store';

const LABELS: Record<ThresholdKey, () => string> = {
  minClientRating: () => t('options.minClientRating'),
  minReviewsForRating: () => t('options.minReviewsForRating'),
  inspectionOverdueDays: () => t('options.inspectionOverdueDays'),
  clientSilentDaysCrowdworks: () => t('options.clientSilentDaysCrowdworks'),
  clientSilentDaysLancers: () => t('options.clientSilentDaysLancers'),
};

function rangeMessage(key: ThresholdKey): string {
  const { min, max, integer } = THRESHOLD_BOUNDS[key];
  return integer ? t('options.rangeInteger', { min, max }) : t('options.rangeDecimal', { min, max });
}

type Drafts = Record<ThresholdKey, string>;

function draftsOf(settings: Settings): Drafts {
  return Object.fromEntries(THRESHOLD_KEYS.map((k) => [k, String(settings[k])])) as Drafts;
}

function parseDraft(key: ThresholdKey, draft: string): number | null {
  const value = draft.trim() === '' ? NaN : Number(draft);
  return isValidThreshold(key, value) ? value : null;
}

interface FormProps {
  settings: Settings;
  onSave(values: Partial<Settings>): Promise<boolean>;
}

/** The threshold fields; nothing is saved while any field is out of range. */
function ThresholdsForm({ settings, onSave }: FormProps) {
  const baseId = useId();
  const [drafts, setDrafts] = useState<Drafts>(() => draftsOf(settings));
  const [showErrors, setShowErrors] = useState(false);
  const parsed = THRESHOLD_KEYS.map((k) => [k, parseDraft(k, drafts[k])] as const);
  const submit = async () => {
    if (parsed.some(([, v]) => v === null)) return setShowErrors(true);
    await onSave(Object.fromEntries(parsed) as Partial<Settings>);
  };
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {parsed.map(([key, value]) => {
        const id = `${baseId}-${key}`;
        const invalid = showErrors && value === null;
        const { min, max, step } = THRESHOLD_BOUNDS[key];
        return (
          <div className="field" key={key}>
            <label htmlFor={id}>{LABELS[key]()}</label>
            <input
              id={id}
              name={key}
              type="number"
              inputMode="decimal"
              min={min}
              max={max}
              step={step}
              value={drafts[key]}
              aria-invalid={invalid}
              aria-describedby={`${id}-range`}
              onChange={(e) => setDrafts({ ...drafts, [key]: e.target.value })}
            />
            <p id={`${id}-range`} className={invalid ? 'error' : 'hint'}>
              {rangeMessage(key)}
            </p>
          </div>
        );
      })}
      <button type="submit">{t('options.saveThresholds')}</button>
    </form>
  );
}

/** Minimum rating and reviews, and the day counts for the reminders. */
export function ThresholdsSection() {
  const settings = useSettingsStore((s) => s.settings);
  const update = useSettingsStore((s) => s.update);
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>('idle');
  // Remount the form when the stored values change (reset, import, another page).
  const formKey = THRESHOLD_KEYS.map((k) => settings[k]).join('|');
  return (
    <section className="card" aria-labelledby="thresholds-heading">
      <h2 id="thresholds-heading">{t('options.thresholdsHeading')}</h2>
      <ThresholdsForm
        key={formKey}
        settings={settings}
        onSave={async (values) => {
          const ok = await update(values);
          setStatus(ok ? 'saved' : 'failed');
          return ok;
        }}
      />
      <p role="status" className={status === 'failed' ? 'error' : 'hint'}>
        {status === 'saved' ? t('common.saved') : status === 'failed' ? t('common.saveFailed') : ''}
      </p>
    </section>
  );
}
