import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPageLoad, type LoadWaitHost } from '@/utils/content/after-page-load';

function host(readyState: DocumentReadyState): LoadWaitHost & { load(): void } {
  const listeners: (() => void)[] = [];
  return {
    readyState,
    onLoad: (listener) => listeners.push(listener),
    setTimeout: (handler, ms) => void setTimeout(handler, ms),
    load: () => listeners.forEach((listener) => listener()),
  };
}

describe('afterPageLoad', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits until just after the load event, then runs once', () => {
    const run = vi.fn();
    const page = host('interactive');
    afterPageLoad(page, run, 1_000);
    vi.advanceTimersByTime(500);
    expect(run).not.toHaveBeenCalled();
    page.load();
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs at the latest after the given time when the page is still loading', () => {
    const run = vi.fn();
    const page = host('loading');
    afterPageLoad(page, run, 1_000);
    vi.advanceTimersByTime(999);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    page.load();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs at once on a page that has already loaded', () => {
    const run = vi.fn();
    afterPageLoad(host('complete'), run, 1_000);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
