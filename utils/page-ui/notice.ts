/**
 * The compact floating notice shown on job, client, contract and message pages: the number
 * of findings and the top severity. Framework-free DOM inside a CLOSED shadow root, so page
 * scripts can neither read nor restyle it; page text is only ever set with textContent.
 */
import type { Finding } from '../findings';
import { SEVERITY_RANK, type Severity } from '../severity';

const COLOURS: Record<Severity, string> = { danger: '#b3261e', warning: '#8a4b00', info: '#1f5fa8' };
const LABELS: Record<Severity, string> = { danger: '危険', warning: '注意', info: '参考' };

export interface NoticeHandle {
  update(findings: readonly Finding[]): void;
  remove(): void;
}

export function mountNotice(doc: Document, onOpen: () => void): NoticeHandle {
  const host = doc.createElement('omamori-notice');
  host.style.cssText = 'all:initial;position:fixed;z-index:2147483647;right:16px;bottom:16px;';
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = `
    :host { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; }
    button { font: 13px/1.4 system-ui, sans-serif; color: #fff; border: 0; border-radius: 18px;
      padding: 6px 12px; cursor: pointer; box-shadow: 0 2px 6px rgba(0,0,0,.3); }
    button:focus-visible { outline: 3px solid #000; outline-offset: 2px; }
    button[hidden] { display: none; }`;
  const button = doc.createElement('button');
  button.type = 'button';
  button.addEventListener('click', onOpen);
  root.append(style, button);
  (doc.body ?? doc.documentElement).append(host);

  return {
    update(findings) {
      let top: Severity | null = null;
      for (const f of findings) if (!top || SEVERITY_RANK[f.severity] > SEVERITY_RANK[top]) top = f.severity;
      button.hidden = !top;
      if (!top) return;
      button.style.background = COLOURS[top];
      button.textContent = `お守り: ${LABELS[top]} ${findings.length}件`;
      button.setAttribute('aria-label', `Omamori: ${findings.length} 件の注意点 (${LABELS[top]})`);
    },
    remove() {
      host.remove();
    },
  };
}
