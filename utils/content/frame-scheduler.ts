/**
 * Coalesces bursts of page changes into one pass per animation frame, no more often than
 * `minIntervalMs`, so a chatty page (typing indicators, timers) cannot keep the script busy.
 */
export interface FrameScheduler {
  request(): void;
  cancel(): void;
}

export function createFrameScheduler(run: () => void, minIntervalMs: number, win: Window = window): FrameScheduler {
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRun = -Infinity;
  const fire = () => {
    frame = 0;
    timer = undefined;
    lastRun = win.performance.now();
    run();
  };
  return {
    request() {
      if (frame || timer) return;
      const wait = lastRun + minIntervalMs - win.performance.now();
      if (wait > 0) timer = setTimeout(() => (frame = win.requestAnimationFrame(fire)), wait);
      else frame = win.requestAnimationFrame(fire);
    },
    cancel() {
      if (frame) win.cancelAnimationFrame(frame);
      clearTimeout(timer);
      frame = 0;
      timer = undefined;
    },
  };
}

/**
 * Runs `work` over `items` in slices of at most `budgetMs` per animation frame. Returns a
 * function that stops what is left.
 */
export function inFrames<T>(items: readonly T[], work: (item: T) => void, budgetMs: number, win: Window = window): () => void {
  let index = 0;
  let frame = 0;
  const step = () => {
    const until = win.performance.now() + budgetMs;
    while (index < items.length) {
      work(items[index++]!);
      if (win.performance.now() >= until) break;
    }
    frame = index < items.length ? win.requestAnimationFrame(step) : 0;
  };
  step();
  return () => {
    if (frame) win.cancelAnimationFrame(frame);
    index = items.length;
  };
}
