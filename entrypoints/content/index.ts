/**
 * Content script, on crowdworks.jp and www.lancers.jp only.
 *
 *   document_start ─► capture embedded JSON (#vue-container[data]…) as soon as it is parsed,
 *                     before the site's own app replaces it
 *   DOMContentLoaded ─► last capture
 *   load event (or 1 s later at most) ─► page view: facts ─► background analyses them ─► page UI
 *   page changes ─► one MutationObserver ─► one pass per animation frame (throttled)
 *   SPA navigation (wxt:locationchange) ─► new page view
 *   extension reload (ctx invalidated) ─► everything removed and stopped
 *
 * No React and no rule engine here: this script runs on every page of the sites and must
 * stay small; the background holds the rules and analyses what this script reads.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { captureEmbeddedJson, EMBEDDED_JSON_IDS, pageKindOf } from '@/utils/sites';
import { createPageView, isOwnElement, type PageView } from '@/utils/content/page-view';
import { afterPageLoad } from '@/utils/content/after-page-load';
import { createFrameScheduler } from '@/utils/content/frame-scheduler';
import { toPageCommand } from '@/utils/content/page-command';
import type { ContentMessage, PageVerdict } from '@/utils/messages';

/** Minimum time between two analysis passes caused by page changes. */
const PASS_INTERVAL_MS = 250;

/** The first pass waits for the page's load event, but no longer than this after DOMContentLoaded. */
const FIRST_PASS_LATEST_MS = 1_000;

export default defineContentScript({
  matches: ['https://crowdworks.jp/*', 'https://www.lancers.jp/*'],
  runAt: 'document_start',
  main(ctx) {
    if (!pageKindOf(location.href)) return;
    guardAgainstForgedRestart(ctx);
    const send = (message: ContentMessage): Promise<unknown> =>
      ctx.isInvalid ? Promise.resolve(null) : browser.runtime.sendMessage(message).catch(() => null);

    // The first value of each element is kept: the site's app may replace it once mounted,
    // and what is held already is not read again on every parsing step.
    const captured: Record<string, string> = {};
    const capture = () => {
      const pending = EMBEDDED_JSON_IDS.filter((id) => !(id in captured));
      Object.assign(captured, captureEmbeddedJson(document, pending));
      return EMBEDDED_JSON_IDS.every((id) => id in captured);
    };
    const captureObserver = new MutationObserver(() => capture() && captureObserver.disconnect());
    if (!capture()) captureObserver.observe(document, { childList: true, subtree: true });

    let view: PageView | null = null;
    const scheduler = createFrameScheduler(() => void view?.pass(), PASS_INTERVAL_MS);

    const startView = (url: string, json: Record<string, string>) => {
      view?.dispose();
      view = createPageView({
        doc: document,
        url,
        capturedJson: json,
        analyze: (facts) => send({ type: 'analyze-page', facts }) as Promise<PageVerdict | null>,
        openSidePanel: () => void send({ type: 'open-side-panel' }),
      });
      void view.pass();
    };

    const pageObserver = new MutationObserver((mutations) => {
      const ours = mutations.every((m) => {
        const el = m.target.nodeType === 1 ? (m.target as Element) : m.target.parentElement;
        return el ? isOwnElement(el) || el.closest('omamori-notice, omamori-card-badge') !== null : false;
      });
      if (!ours) scheduler.request();
    });

    const onReady = () => {
      captureObserver.disconnect();
      capture();
      // The page's own loading comes first: reading it and drawing badges wait for its load
      // event (or a second at most).
      afterPageLoad(
        {
          readyState: document.readyState,
          onLoad: (listener) => ctx.addEventListener(window, 'load', listener, { once: true }),
          setTimeout: (handler, ms) => void ctx.setTimeout(handler, ms),
        },
        () => {
          if (view === null) startView(location.href, captured);
          pageObserver.observe(document.body ?? document.documentElement, {
            childList: true,
            subtree: true,
            characterData: true,
          });
        },
        FIRST_PASS_LATEST_MS,
      );
    };
    if (document.readyState === 'loading') {
      ctx.addEventListener(document, 'DOMContentLoaded', onReady, { once: true });
    } else onReady();

    // Single-page navigation: the embedded JSON belonged to the first page only.
    ctx.addEventListener(window, 'wxt:locationchange', (event) => {
      // A page script can dispatch an event of this name too, but not give it a newUrl
      // (expando properties do not cross from the page's world into ours).
      if (!(event.newUrl instanceof URL)) return;
      scheduler.cancel();
      startView(event.newUrl.href, {});
    });

    /** Settings, blocklist or dismissals changed: the background analyses the page again. */
    const onStorageChanged = (_changes: unknown, area: string) => {
      if (area === 'local') void view?.pass(true);
    };
    browser.storage.onChanged.addListener(onStorageChanged);

    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const command = toPageCommand(message);
      if (!command || !view) return undefined;
      if (command.type === 'reveal-evidence') return Promise.resolve(view.reveal(command));
      return view.pass(true).then(() => true);
    };
    browser.runtime.onMessage.addListener(onMessage);

    ctx.onInvalidated(() => {
      captureObserver.disconnect();
      pageObserver.disconnect();
      scheduler.cancel();
      view?.dispose();
      view = null;
      browser.storage.onChanged.removeListener(onStorageChanged);
      browser.runtime.onMessage.removeListener(onMessage);
    });
  },
});

/**
 * WXT stops a content script when a document event named after the extension id announces
 * that a newer copy of the script has started. The id is public, so any page script could
 * send that event and silence every warning on the page. A newer copy only ever replaces
 * this one after the extension was reloaded or updated, when this script's runtime is gone;
 * while it is alive, the event is stopped on the window before it reaches WXT's listener.
 */
function guardAgainstForgedRestart(ctx: ContentScriptContext): void {
  const eventName = (ctx.constructor as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  if (!eventName) return;
  const onStarted = (event: Event) => {
    if (browser.runtime?.id != null) event.stopImmediatePropagation();
  };
  window.addEventListener(eventName, onStarted, { capture: true, signal: ctx.signal });
}
