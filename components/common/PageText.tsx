import { toVisibleText } from './visible-text';

/**
 * Text that came from a web page. Rendered as text inside `<bdi>`, so it can neither inject
 * markup nor change the direction of the UI text around it.
 */
export function PageText({ text, max }: { text: string; max?: number }) {
  return <bdi className="page-text">{toVisibleText(text, max)}</bdi>;
}
