/**
 * Parses saved pages into Documents for adapter tests, in a happy-dom window that loads
 * nothing (no stylesheets, iframes or scripts) and runs no page script.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { PageFactsSchema, type PageFacts } from '@/utils/facts';
import { extractPageFacts } from '@/utils/sites';
import { REPO_ROOT, readShared } from '../../shared';
import { FIXTURE_NOW, handBuiltPage } from '../../fixtures/pages/manifest';
import { parseSavedPage as parseHtml } from '../../../scripts/scan/html-page';

/** A Document parsed from HTML text, as the scan CLI parses saved pages. */
export { parseHtml };

/** A real saved page from ../shared/fixtures/pages/. */
export function sharedPage(name: string): Document {
  return parseHtml(readShared('fixtures', 'pages', name));
}

/** The HTML of a hand-built fixture in tests/fixtures/pages/. */
export function fixtureHtml(...parts: string[]): string {
  return readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'pages', ...parts), 'utf8');
}

/** A hand-built fixture page parsed into a Document. */
export function fixturePage(...parts: string[]): Document {
  return parseHtml(fixtureHtml(...parts));
}

/**
 * The facts of a hand-built fixture read at its URL (optionally edited first), checked
 * against the shared schema and the site and kind the manifest gives it.
 */
export function readFixtureFacts(file: string, edit?: (doc: Document) => void): PageFacts {
  const page = handBuiltPage(file);
  const doc = fixturePage(page.file);
  edit?.(doc);
  const facts = extractPageFacts(doc, page.url, { now: new Date(FIXTURE_NOW) })!;
  expect(PageFactsSchema.safeParse(facts).error).toBeUndefined();
  expect(facts).toMatchObject({ site: page.site, kind: page.kind });
  return facts;
}
