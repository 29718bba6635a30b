/**
 * The fitted constants (src/search/fitted.json, written by scripts/fit-rank.ts and
 * scripts/fit-verdict.ts): every one the engine reads is there, and within the range its meaning allows.
 */
import { describe, expect, it } from 'vitest';
import FITTED from '../src/search/fitted.json' with { type: 'json' };
import { TUNING, type Tuning } from '../src/search/rank.js';
import { VERDICT_RULE, type VerdictRule } from '../src/search/verdict.js';

/** [least, most] each constant may take: shares are 0 to 1, bonuses and penalties 0 to a few times a word's weight. */
const RANKING: Record<keyof Tuning, [number, number]> = {
  neighbour: [0, 1],
  refersBack: [0, 1],
  acrossParagraphs: [0, 1],
  proximity: [0, 2],
  // A distance in words at which the bonus halves: never 0 (it divides).
  proximityHalf: [0.5, 50],
  kind: [0, 3],
  unmeasured: [0, 1],
  kindFar: [0, 1],
  coverage: [0, 3],
  topic: [0, 1],
  // Below 1: the topic share divides by 1 - topicFrom.
  topicFrom: [0, 0.95],
  missing: [0, 3],
};
const VERDICT: Record<keyof VerdictRule, [number, number]> = {
  focus: [0, 1],
  absent: [0, 1],
  covered: [0, 1],
  candidate: [0, 1],
  names: [0, 1],
  key: [0, 1],
};

function inRange(values: Record<string, unknown>, ranges: Record<string, [number, number]>): void {
  expect(Object.keys(values).sort()).toEqual(Object.keys(ranges).sort());
  for (const [name, [least, most]] of Object.entries(ranges)) {
    const value = values[name];
    expect(typeof value === 'number' && Number.isFinite(value), `${name} is a number`).toBe(true);
    expect(value as number, name).toBeGreaterThanOrEqual(least);
    expect(value as number, name).toBeLessThanOrEqual(most);
  }
}

describe('fitted constants', () => {
  it('holds every ranking constant, each in range, and the ranking reads them', () => {
    inRange(FITTED.ranking, RANKING);
    expect(TUNING).toEqual(FITTED.ranking);
  });

  it('holds every verdict constant, each in range (the key rule on or off), and the verdict reads them', () => {
    inRange(FITTED.verdict, VERDICT);
    expect([0, 1]).toContain(FITTED.verdict.key);
    expect(VERDICT_RULE).toEqual(FITTED.verdict);
  });
});
