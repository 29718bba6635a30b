import { describe, expect, it } from 'vitest';
import { runInSlices, runSteps, type Steps } from '../src/steps.js';

/** Steps that each keep the thread busy for `ms`, logging their number; returns how many ran. */
function* busy(count: number, ms: number, log: string[]): Steps<number> {
  for (let i = 0; i < count; i++) {
    const until = performance.now() + ms;
    while (performance.now() < until);
    log.push(`step ${i}`);
    yield;
  }
  return count;
}

describe('work done in steps', () => {
  it('runs every step at once and returns the result', () => {
    const log: string[] = [];
    expect(runSteps(busy(3, 0, log))).toBe(3);
    expect(log).toEqual(['step 0', 'step 1', 'step 2']);
  });

  it('in slices, lets waiting callbacks run between slices, in step order, and returns the result', async () => {
    const log: string[] = [];
    // Twenty steps of 0.4 ms: several slices of about a millisecond each.
    const job = runInSlices(busy(20, 0.4, log));
    const others = [1, 2, 3].map((n) => new Promise<void>((resolve) => setImmediate(() => (log.push(`other ${n}`), resolve()))));
    expect(await job).toBe(20);
    await Promise.all(others);
    const steps = log.filter((l) => l.startsWith('step'));
    expect(steps).toEqual(Array.from({ length: 20 }, (_, i) => `step ${i}`));
    // The callbacks waiting when the job started ran before it finished, not after its last step.
    expect(log.indexOf('other 1')).toBeLessThan(log.indexOf('step 19'));
  });

  it('passes on an error thrown by a step', async () => {
    function* failing(): Steps<void> {
      yield;
      throw new Error('broken at step 2');
    }
    expect(() => runSteps(failing())).toThrow('broken at step 2');
    await expect(runInSlices(failing())).rejects.toThrow('broken at step 2');
  });
});
