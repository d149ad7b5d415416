/**
 * Content script, on crowdworks.jp and www.lancers.jp only.
 *
 *   document_start ─► wait for the DOM ─► analyse the page ─► report to the background
 *                                                          └► in-page notice (closed shadow root)
 *
 * No React here: this script runs on every page of the sites and must stay small and fast.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { findLineMentions } from '@/utils/placeholder-analysis';
import { mountNotice } from '@/utils/page-ui/notice';
import { siteOf } from '@/utils/sites/site-of';
import type { ContentMessage } from '@/utils/messages';

export default defineContentScript({
  matches: ['https://crowdworks.jp/*', 'https://www.lancers.jp/*'],
  runAt: 'document_start',
  main(ctx) {
    const site = siteOf(location.href);
    if (!site) return;
    const run = () => {
      if (ctx.isInvalid) return;
      const text = document.body?.innerText ?? '';
      const findings = findLineMentions(text, 'page');
      const notice = mountNotice(document, () => undefined);
      notice.update(findings);
      ctx.onInvalidated(() => notice.remove());
      const message: ContentMessage = {
        type: 'tab-report',
        report: {
          site,
          kind: 'other',
          url: location.href,
          findings,
          notices: [],
          missing: [],
          checked: { texts: 1, cards: 0, messages: 0 },
          analyzedAt: Date.now(),
        },
      };
      browser.runtime.sendMessage(message).catch(() => undefined);
    };
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', run, { once: true });
    } else run();
  },
});
