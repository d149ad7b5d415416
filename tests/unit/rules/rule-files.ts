/**
 * Every rule file under rules/<category>/<slug>.ts, loaded eagerly. Files directly in rules/
 * (the registries index.ts and guidance.ts, and shared building blocks) are not rules.
 */
import type { RuleExamples, RuleGuidance, RuleSpec } from '../../../utils/engine/rule-schema';

export interface RuleFile {
  /** Path inside rules/, e.g. "off-platform-contact/line.ts". */
  readonly path: string;
  readonly folder: string;
  readonly slug: string;
  readonly exports: Partial<{ rule: RuleSpec; guidance: RuleGuidance; examples: RuleExamples }>;
}

const modules = import.meta.glob('../../../rules/**/*.ts', { eager: true });

export const RULE_FILES: readonly RuleFile[] = Object.entries(modules)
  .map(([key, exports]) => ({ path: key.replace(/^(\.\.\/)+rules\//, ''), exports: exports as RuleFile['exports'] }))
  .filter(({ path }) => path.includes('/'))
  .map(({ path, exports }) => {
    const [folder = '', ...rest] = path.split('/');
    return { path, folder, slug: rest.join('/').replace(/\.ts$/, ''), exports };
  })
  .sort((a, b) => (a.path < b.path ? -1 : 1));
