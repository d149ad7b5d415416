import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateClient } from '@/utils/storage/clients';
import { clientKey, dismissalKey, readContentSettings } from '@/utils/storage/content-view';
import { addDismissal } from '@/utils/storage/dismissals';
import { updateSettings } from '@/utils/storage/settings';
import { DEFAULT_SETTINGS } from '@/utils/settings-schema';
import { REPO_ROOT } from '../../shared';

/** Packages reached from `entry` through value imports (type-only imports are erased). */
function packagesReachedFrom(entry: string): { packages: Set<string>; files: string[] } {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const resolveFile = (base: string) =>
    [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((f) => existsSync(f) && f.match(/\.tsx?$/));
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    const specifiers = [
      ...source.matchAll(/^\s*(?:import|export)\s+(?!type\s)[^'";]*?\sfrom\s+['"]([^'"]+)['"]/gm),
      ...source.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm),
    ].map((m) => m[1]!);
    for (const spec of specifiers) {
      if (spec.startsWith('.') || spec.startsWith('@/')) {
        const base = spec.startsWith('@/') ? join(REPO_ROOT, spec.slice(2)) : resolve(dirname(file), spec);
        const target = resolveFile(base);
        if (!target) throw new Error(`cannot resolve ${spec} from ${file}`);
        visit(target);
      } else packages.add(spec);
    }
  };
  visit(join(REPO_ROOT, entry));
  return { packages, files: [...seen].map((f) => relative(REPO_ROOT, f)).sort() };
}

describe('content view (what the content script reads)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('imports neither zod nor React', () => {
    const { packages, files } = packagesReachedFrom('utils/storage/content-view.ts');
    expect([...packages]).toEqual(['wxt/utils/storage']);
    expect(files).not.toContain('utils/facts.ts');
    expect(files).not.toContain('utils/settings-schema.ts');
  });

  it('gives defaults and empty sets on a fresh install', async () => {
    const view = await readContentSettings();
    expect(view).toEqual({ settings: DEFAULT_SETTINGS, blockedClients: new Set(), dismissed: new Set() });
  });

  it('reads what the pages stored, with the same ids the pages use', async () => {
    await updateSettings({ minClientRating: 3.8, disabledSites: ['lancers'] });
    await updateClient('crowdworks', '77', { blocked: true });
    await updateClient('crowdworks', '78', { note: 'only a note' });
    await addDismissal({ site: 'lancers', subjectId: 'P-1', ruleId: 'threat/damages', reason: 'false-alarm' });
    const view = await readContentSettings();
    expect(view.settings).toMatchObject({ minClientRating: 3.8, disabledSites: ['lancers'] });
    expect(view.blockedClients).toEqual(new Set([clientKey('crowdworks', '77')]));
    expect(view.dismissed).toEqual(new Set([dismissalKey('lancers', 'P-1', 'threat/damages')]));
    expect([...view.dismissed]).toEqual(['lancers:P-1:threat/damages']);
  });
});
