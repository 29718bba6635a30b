/**
 * Work that can be done in steps: a generator that yields between them. At start-up it runs at
 * once (`runSteps`); during a live reload it runs a slice at a time (`runInSlices`), giving way to
 * the questions waiting on the event loop whenever a slice has taken its share of time.
 */
export type Steps<T> = Generator<void, T, void>;

/** Run every step at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Let timers, I/O and questions that are waiting run before going on. */
const giveWay = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** How long a slice of stepped work may hold the event loop, in milliseconds. */
const SLICE_MS = 1;

/** Run the steps, giving way to the event loop after each slice of about `SLICE_MS`. */
export async function runInSlices<T>(steps: Steps<T>): Promise<T> {
  let started = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - started >= SLICE_MS) {
      await giveWay();
      started = performance.now();
    }
  }
}
