/**
 * When the content script does its first pass: after the page's load event, so reading the
 * page and placing badges never competes with the site's own loading work, and at the latest
 * `latestMs` after it is asked, so a page whose images load slowly still gets its warnings
 * within a second. Pure scheduling, no DOM: the content script passes the hooks.
 */
export interface LoadWaitHost {
  readonly readyState: DocumentReadyState;
  /** Calls `listener` once when the page's load event fires. */
  onLoad(listener: () => void): void;
  setTimeout(handler: () => void, ms: number): void;
}

/** Runs `run` once: just after the load event or after `latestMs`, whichever comes first; now if already loaded. */
export function afterPageLoad(host: LoadWaitHost, run: () => void, latestMs: number): void {
  if (host.readyState === 'complete') {
    run();
    return;
  }
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  // Not inside the load event itself: the page's load is over only when its handlers are.
  host.onLoad(() => host.setTimeout(once, 0));
  host.setTimeout(once, latestMs);
}
