/**
 * Shapes shared by the site adapters: URL detectors with their example URLs, the context
 * an extraction runs in, and the adapter interface `utils/sites/index.ts` dispatches to.
 */
import type { PageKind, Site } from '../facts';
import type { Draft } from './draft';

/** A page-kind detector: a yes/no check on the URL (host already known). */
export type UrlDetector = (url: URL) => boolean;

/** A detector with the kind it recognises and the real URLs it must accept. */
export interface KindDetector {
  kind: PageKind;
  name: string;
  test: UrlDetector;
  examples: readonly string[];
}

/** The first kind whose detector accepts the URL, else 'other'. */
export function kindFromDetectors(detectors: readonly KindDetector[], url: URL): PageKind {
  return detectors.find((detector) => detector.test(url))?.kind ?? 'other';
}

/** Everything an extractor needs to read one page. */
export interface ExtractContext {
  doc: Document;
  url: URL;
  /** The moment relative dates ("3日前") count from. */
  now: Date;
  /** `data` attributes captured at document_start (see embedded-json.ts). */
  captured?: Record<string, string>;
}

/** One supported site: how to tell its page kinds and how to read each kind into a draft. */
export interface SiteAdapter {
  site: Site;
  detectors: readonly KindDetector[];
  extract(context: ExtractContext, kind: PageKind, draft: Draft): void;
}
