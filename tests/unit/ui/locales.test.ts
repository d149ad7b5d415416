import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMessagesText } from '@wxt-dev/i18n/build';
import { REPO_ROOT } from '../../shared';

function messages(lang: string) {
  const parsed = parseMessagesText(readFileSync(join(REPO_ROOT, 'locales', `${lang}.yml`), 'utf8'), 'YAML');
  return new Map(parsed.map((m) => [m.key.join('.'), m]));
}

describe('locale files', () => {
  const ja = messages('ja');
  const en = messages('en');

  it('have the same keys in Japanese and English', () => {
    expect([...en.keys()].sort()).toEqual([...ja.keys()].sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, message] of ja) {
      expect(new Set(en.get(key)?.namedSubstitutions), key).toEqual(new Set(message.namedSubstitutions));
    }
  });

  it('never leave a message empty, and never use `$` (browser.i18n would read it as a placeholder)', () => {
    for (const [key, message] of [...ja, ...en]) {
      if (key.startsWith('@@') || message.type !== 'simple') continue;
      expect(message.message.trim(), key).not.toBe('');
      expect(message.message, key).not.toContain('$');
    }
  });

  it('say which guidance language goes with them', () => {
    const lang = (m: ReturnType<typeof messages>) => {
      const entry = m.get('meta.lang');
      return entry?.type === 'simple' ? entry.message : null;
    };
    expect([lang(ja), lang(en)]).toEqual(['ja', 'en']);
  });
});
