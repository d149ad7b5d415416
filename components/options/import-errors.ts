/**
 * Words an import failure for the user: zod's own messages in the UI language, ours for the
 * checks zod does not know (a record filed under the wrong key, too many entries).
 */
import { z } from 'zod';
import type { ImportResult } from '@/utils/storage/export-import';
import { t, uiLanguage } from '../i18n';

export function importErrorMap(): z.core.$ZodErrorMap {
  const locale = uiLanguage() === 'en' ? z.locales.en() : z.locales.ja();
  return (issue) => {
    if (issue.code === 'custom') {
      const params = (issue.params ?? {}) as { reason?: string; expected?: string; max?: number };
      if (params.reason === 'key-mismatch') return t('data.keyMismatch', { expected: String(params.expected) });
      if (params.reason === 'too-many') return t('data.tooMany', { max: Number(params.max) });
    }
    // Our numbers all have inclusive limits; say them plainly rather than in zod's wording.
    if (issue.code === 'too_big' && issue.origin === 'number' && issue.inclusive) {
      return t('data.tooBig', { max: String(issue.maximum) });
    }
    if (issue.code === 'too_small' && issue.origin === 'number' && issue.inclusive) {
      return t('data.tooSmall', { min: String(issue.minimum) });
    }
    return locale.localeError(issue);
  };
}

/** One line per problem, each naming where in the file it is. */
export function importProblemLines(result: Exclude<ImportResult, { ok: true }>): string[] {
  if (result.reason === 'json') return [t('data.notJson')];
  return result.problems.map((p) => `${p.path || t('data.wholeFile')}: ${p.message}`);
}
