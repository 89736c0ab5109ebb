/**
 * Measuring helpers of the equipment benches (not a bench itself: `run.mjs` only loads `*.bench.ts`).
 * Every wait checks once per animation frame, reading what a user would see; nothing here forces an extra layout
 * into the frames being measured (a rAF callback runs just before the frame's own style and layout).
 */

declare global {
  interface Window {
    /** From `bench/run.mjs`: a real mouse-wheel event at viewport point (x, y). */
    benchWheel?(input: { x: number; y: number; deltaY: number }): Promise<void>;
  }
}

export const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
export const round = (value: number) => Math.round(value * 10) / 10;
export const mb = (bytes: number) => Math.round((bytes / 1_048_576) * 10) / 10;

/** Resolves with the time of the first animation frame at which `probe()` holds. */
export async function frameWhen(probe: () => boolean, what: string, timeout = 30_000): Promise<number> {
  const start = performance.now();
  for (;;) {
    const now = await frame();
    if (probe()) return now;
    if (now - start > timeout) throw new Error(`timed out waiting for ${what}`);
  }
}

/** Long tasks (> 50 ms, PerformanceObserver 'longtask') between `start()` and `stop()`. */
export function longTasks() {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration);
  });
  return {
    start: () => observer.observe({ type: 'longtask' }),
    stop: () => {
      for (const entry of observer.takeRecords()) durations.push(entry.duration);
      observer.disconnect();
      return { longTasks: durations.length, longestTaskMs: round(Math.max(0, ...durations)) };
    },
  };
}

/** One real wheel event over the middle of `element`. */
export async function wheel(element: Element, deltaY: number): Promise<void> {
  if (!window.benchWheel) throw new Error('window.benchWheel is missing: run the bench with bench/run.mjs');
  const box = element.getBoundingClientRect();
  await window.benchWheel({ x: box.left + box.width / 2, y: box.top + box.height / 2, deltaY });
}

export interface WheelScroll {
  /** The scrolling element. */
  scroller: HTMLElement;
  /** Whether every row in view shows its data (no placeholders left). */
  viewDone(): boolean;
  /** Whether the last row of the list is shown with its data. */
  endShown(): boolean;
  what: string;
}

/**
 * Top to bottom with the wheel: `flicks` small ticks (100 px, a frame apart, as a hand spins the wheel) and then
 * `steps` large ticks of equal length to the end, each waiting for the rows in view. Long tasks are counted over
 * the whole scroll.
 */
export async function wheelTopToBottom(list: WheelScroll, { flicks = 30, steps = 40 } = {}) {
  const { scroller } = list;
  const tasks = longTasks();
  tasks.start();
  for (let tick = 0; tick < flicks; tick++) {
    await wheel(scroller, 100);
    await frame();
  }
  await frameWhen(list.viewDone, `${list.what}: rows in view after the small ticks`);
  const stepTimes: number[] = [];
  for (let step = 1; step <= steps; step++) {
    const remaining = scroller.scrollHeight - scroller.clientHeight - scroller.scrollTop;
    const start = performance.now();
    await wheel(scroller, Math.ceil(remaining / (steps - step + 1)) + (step === steps ? 1000 : 0));
    stepTimes.push((await frameWhen(list.viewDone, `${list.what}: rows in view at wheel step ${step}`)) - start);
  }
  const reachedEnd = await frameWhen(list.endShown, `${list.what}: the last row`, 10_000).then(
    () => true,
    () => false,
  );
  await frame();
  const counted = tasks.stop();
  stepTimes.sort((a, b) => a - b);
  return {
    wheelSteps: steps,
    stepMedianMs: round(stepTimes[stepTimes.length >> 1] ?? NaN),
    stepMaxMs: round(stepTimes.at(-1) ?? NaN),
    ...counted,
    reachedEnd,
  };
}

/** Median and maximum of a list of times. */
export function spread(times: number[]): { median: number; max: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: round(sorted[sorted.length >> 1] ?? NaN), max: round(sorted.at(-1) ?? NaN) };
}

const usedHeap = () =>
  (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN;

/**
 * The used JS heap once things settle. `gc()` is only there with --expose-gc, which the runner cannot pass; so
 * the page idles a moment (V8 collects in idle time) and the lowest of a few samples is taken: garbage not yet
 * collected inflates single samples, a leak raises the floor.
 */
export async function heap(): Promise<number> {
  (globalThis as { gc?: () => void }).gc?.();
  let lowest = Infinity;
  for (let sample = 0; sample < 5; sample++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    lowest = Math.min(lowest, usedHeap());
  }
  return lowest;
}
