/** Timing for the benchmark: latency percentiles and a time-boxed run of queries. */

export interface Latency {
  queries: number;
  qps: number;
  p50: number;
  p99: number;
}

/** The value below which `q` (0..1) of the sorted samples fall (nearest rank). */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export function summarize(millis: readonly number[]): Latency {
  const sorted = [...millis].sort((a, b) => a - b);
  const total = sorted.reduce((s, t) => s + t, 0);
  return { queries: sorted.length, qps: total > 0 ? (1000 * sorted.length) / total : Infinity, p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99) };
}

/**
 * Run `ask` over the inputs in turn (cycling), each timed alone, until `budget` milliseconds
 * have passed or `most` queries have run, after a warm-up of `warmup` queries and, with
 * `warmupMs`, at least that long: the latency of a process that has been answering for a while
 * (the JIT's first compilations are not counted against it).
 */
export function timeQueries<T>(inputs: readonly T[], ask: (input: T) => unknown, options: { budget: number; most: number; warmup: number; warmupMs?: number }): Latency {
  let i = 0;
  const warming = performance.now();
  for (; i < options.warmup || performance.now() - warming < (options.warmupMs ?? 0); i++) ask(inputs[i % inputs.length]!);
  const millis: number[] = [];
  const started = performance.now();
  for (let n = 0; n < options.most; n++, i++) {
    const input = inputs[i % inputs.length]!;
    const t = performance.now();
    ask(input);
    millis.push(performance.now() - t);
    if (performance.now() - started > options.budget) break;
  }
  return summarize(millis);
}
