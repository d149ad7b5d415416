// @vitest-environment node
/**
 * The lint rules that keep page text out of HTML sinks (eslint.config.js) are a safety
 * guard, not style: this runs the project's own ESLint configuration on small bad snippets
 * placed where extension code lives, and expects each sink to be reported. If the rules are
 * dropped, renamed or scoped away from the source folders, this fails.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../shared';

const eslint = new ESLint({ cwd: REPO_ROOT });

/** Messages of the project's `no-restricted-syntax` rule for `code`, linted as if it were `file`. */
async function sinkMessages(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(REPO_ROOT, file) });
  expect(result?.messages.filter((m) => m.message.startsWith('File ignored'))).toEqual([]);
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

const BAD_TSX = `
export function Bad({ html }: { html: string }) {
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}
`;

const BAD_TS = `
export function bad(el: Element, text: string): void {
  el.innerHTML = text;
  el.outerHTML = text;
  el.insertAdjacentHTML('beforeend', text);
  document.write(text);
  eval(text);
  new Function(text);
}
`;

describe('lint guards against HTML sinks', () => {
  for (const folder of ['components/panel', 'entrypoints/sidepanel', 'utils/page-ui']) {
    it(`reports dangerouslySetInnerHTML in ${folder}`, async () => {
      expect(await sinkMessages(BAD_TSX, `${folder}/LintGuardProbe.tsx`)).toEqual(['Render page text as text, never as HTML.']);
    });
  }

  for (const folder of ['utils/page-ui', 'utils/content', 'entrypoints/content', 'utils/sites', 'components/common']) {
    it(`reports innerHTML, outerHTML, insertAdjacentHTML, document.write, eval and new Function in ${folder}`, async () => {
      expect(await sinkMessages(BAD_TS, `${folder}/lint-guard-probe.ts`)).toEqual([
        'Use textContent or DOM nodes; innerHTML is forbidden.',
        'Use textContent or DOM nodes; innerHTML is forbidden.',
        'insertAdjacentHTML is forbidden.',
        'document.write is forbidden.',
        'eval is forbidden.',
        'new Function is forbidden.',
      ]);
    });
  }

  it('leaves safe code alone (textContent, DOM nodes)', async () => {
    const safe = `
export function good(el: Element, text: string): void {
  el.textContent = text;
  el.append(document.createTextNode(text));
}
`;
    expect(await sinkMessages(safe, 'utils/page-ui/lint-guard-probe.ts')).toEqual([]);
  });
});
