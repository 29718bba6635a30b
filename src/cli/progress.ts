/**
 * A progress bar for work that takes more than a moment (loading stories, npm run eval and bench),
 * drawn by cli-progress on standard error at a terminal, and never in CI or into a file or pipe.
 * While it shows, lines printed with console.log or console.error go above it.
 */
import { SingleBar } from 'cli-progress';

export interface Progress {
  /** `done` steps of the total are finished; `step` says what is being done now. */
  update(done: number, step?: string): void;
  /** The step before (if any) is finished, and `step` begins. */
  next(step: string): void;
  /** Take the bar away: while it shows, its redraw timer keeps the process alive. */
  stop(): void;
}

export interface ProgressOptions {
  /** Show the bar only once the work has taken this long, so quick work shows nothing. */
  delayMs?: number;
}

const LOGS = ['log', 'error'] as const;

export function progress(title: string, total: number, options: ProgressOptions = {}): Progress {
  const { delayMs = 0 } = options;
  const stream = process.stderr;
  const started = performance.now();
  let value = 0;
  let step = '';
  const shows = Boolean(stream.isTTY) && !process.env.CI;
  // The terminal's cursor and line wrapping are left as they are, so that Ctrl-C leaves nothing to undo.
  const bar = new SingleBar({ stream, format: `${title} {bar} {value}/{total} {step}`, clearOnComplete: true, barsize: 30, linewrap: true });
  let visible = false;
  const originals = { log: console.log, error: console.error };

  function show(): void {
    if (visible || !shows || performance.now() - started < delayMs) return;
    visible = true;
    bar.start(total, value, { step });
    for (const name of LOGS) {
      console[name] = (...args: unknown[]) => {
        // Take the bar away, print, and draw it again below.
        bar.stop();
        originals[name](...args);
        bar.start(total, value, { step });
      };
    }
  }

  const update = (done: number, now = step) => {
    const next = now !== step;
    value = done;
    step = now;
    show();
    if (!visible) return;
    bar.update(value, { step });
    // cli-progress redraws at most every few tenths of a second; a new step is shown at once.
    if (next) bar.render();
  };
  let begun = false;
  return {
    update,
    next(now) {
      update(begun ? value + 1 : value, now);
      begun = true;
    },
    stop() {
      if (!visible) return;
      visible = false;
      Object.assign(console, originals);
      bar.stop();
    },
  };
}

/**
 * Load stories at start-up with `load`, which reports each story loaded to the function it is given:
 * at a terminal, once it takes a moment, a count of the stories read, then "indexing" while they
 * are indexed.
 */
export function countingLoad<T>(load: (onLoaded: (loaded: number, total: number) => void) => T): T {
  let bar: Progress | undefined;
  try {
    return load((loaded, total) => {
      bar ??= progress('Loading stories', total, { delayMs: 250 });
      bar.update(loaded, loaded === total ? 'indexing…' : '');
    });
  } finally {
    bar?.stop();
  }
}
