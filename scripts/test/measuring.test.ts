/** The pieces of `npm run eval` and `npm run bench`, on small inputs. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildStory } from '../../src/knowledge/load.js';
import type { Passage } from '../../src/knowledge/story.js';
import { spanTable } from '../lib/answer-figures.js';
import { copies } from '../lib/bench-corpus.js';
import { percentile, summarize, timeQueries } from '../lib/latency.js';
import { figures, firstAnswer, measure } from '../lib/metrics.js';
import { editWord, misspell } from '../lib/misspell.js';
import { peers } from '../lib/peers.js';
import { loadSquad } from '../lib/squad.js';
import { editDistance } from '../../src/search/typos.js';

const story = buildStory({
  id: 'mill',
  article: 'The mill was built in 1820 by the river.\nIt ground wheat for the town until 1950.\nToday it is a museum of bread.',
});
const passage = (i: number) => story.passages[i]!;

describe('metrics', () => {
  it('counts hit@1, hit@3 and the reciprocal rank of the first answering passage', () => {
    // Ranks 1, 3 and not found: hit@1 1/3, hit@3 2/3, MRR (1 + 1/3 + 0) / 3.
    expect(figures([1, 3, undefined])).toEqual({ questions: 3, hit1: 1 / 3, hit3: 2 / 3, mrr: (1 + 1 / 3) / 3 });
    const c = { story: 'mill', question: 'What does the mill hold today?', answers: (p: Passage) => p.text.includes('museum') };
    expect(firstAnswer([passage(0), passage(1), passage(2)], c)).toBe(3);
    expect(firstAnswer([passage(0)], c)).toBeUndefined();
    const ranker = { name: 'reversed', rank: () => [passage(2), passage(1), passage(0)] };
    expect(measure(ranker, [c])).toEqual({ questions: 1, hit1: 1, hit3: 1, mrr: 1 });
  });
});

describe('misspell', () => {
  it('makes one swap, drop or double in up to two words of five letters or more, the same every time', () => {
    expect(editWord('summer', 'swap', 1)).toBe('smumer');
    expect(editWord('summer', 'drop', 0)).toBe('ummer');
    expect(editWord('summer', 'double', 5)).toBe('summerr');
    // (A word of one letter repeated has no swap that changes it: left out.)
    const word = fc.stringMatching(/^[a-z]{1,9}$/).filter((w) => w.length < 5 || new Set(w).size > 1);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), (words) => {
        const question = words.join(' ');
        const typed = misspell(question);
        expect(misspell(question)).toBe(typed);
        const after = typed.split(' ');
        expect(after.length).toBe(words.length);
        const changed = words.filter((w, i) => w !== after[i]);
        expect(changed.length).toBeLessThanOrEqual(2);
        expect(changed.length).toBe(Math.min(2, words.filter((w) => w.length >= 5).length));
        words.forEach((w, i) => {
          if (w !== after[i]) expect(w.length >= 5 && editDistance(w, after[i]!, 1) === 1).toBe(true);
        });
      }),
    );
  });
});

describe('xquad', () => {
  it('makes one story per article and answers by overlap with the answer span', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xquad-'));
    const file = join(dir, 'mini.json');
    const first = 'The bridge opened in 1890. It has three arches.';
    const second = 'Trains cross it daily.';
    writeFileSync(
      file,
      JSON.stringify({
        version: '1.1',
        data: [
          {
            title: 'Bridge',
            paragraphs: [
              { context: first, qas: [{ id: 'a', question: 'When did the bridge open?', answers: [{ answer_start: first.indexOf('1890'), text: '1890' }] }] },
              { context: second, qas: [{ id: 'b', question: 'What crosses it?', answers: [{ answer_start: 0, text: 'Trains' }] }] },
            ],
          },
        ],
      }),
    );
    const { stories, cases } = loadSquad(file);
    expect(stories.map((s) => s.id)).toEqual(['Bridge']);
    expect(stories[0]!.article).toBe(`${first}\n\n${second}`);
    const answering = (i: number) => stories[0]!.passages.filter((p) => cases[i]!.answers(p)).map((p) => p.text);
    expect(answering(0)).toEqual(['The bridge opened in 1890.']);
    expect(answering(1)).toEqual(['Trains cross it daily.']);
  });
});

describe('answer words', () => {
  it('scores them by question kind and lists each miss with what was wanted and what came back', () => {
    const misses: string[] = [];
    const table = spanTable(
      'mini',
      [story],
      [
        { story: 'mill', question: 'When was the mill built?', gold: ['1820'] },
        { story: 'mill', question: 'When did the mill stop grinding wheat?', gold: ['1900'] },
      ],
      {},
      (kind, line) => misses.push(`${kind}: ${line}`),
    );
    expect(table).toMatch(/^ {2}when +2 /m);
    expect(misses).toHaveLength(1);
    expect(misses[0]).toMatch(/^when: 0\.00 \[mill\] When did the mill stop grinding wheat\?\n +want: 1900\n +got: +1950 \| It ground wheat/);
  });
});

describe('bench', () => {
  it('takes percentiles by nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(samples, 0.5)).toBe(50);
    expect(percentile(samples, 0.99)).toBe(99);
    expect(summarize([2, 2]).qps).toBe(500);
  });

  it('runs at most the given number of queries after a warm-up, cycling through the inputs', () => {
    const seen: number[] = [];
    const latency = timeQueries([1, 2, 3], (x) => seen.push(x), { budget: 10_000, most: 4, warmup: 2 });
    expect(latency.queries).toBe(4);
    expect(seen).toEqual([1, 2, 3, 1, 2, 3]);
  });

  it('warms up for at least the time asked before it measures', () => {
    let calls = 0;
    const started = performance.now();
    const latency = timeQueries([1], () => calls++, { budget: 10_000, most: 4, warmup: 1, warmupMs: 20 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(20);
    expect(latency.queries).toBe(4);
    expect(calls).toBeGreaterThan(5);
  });

  it('copies stories under new ids to make a large corpus', () => {
    const corpus = copies([story], 3);
    expect(corpus.map((s) => s.id)).toEqual(['mill', 'mill~1', 'mill~2']);
    expect(corpus[2]!.passages).toBe(story.passages);
  });

  it('has every peer rank passages of the story asked about', () => {
    const other = buildStory({ id: 'farm', article: 'The farm grows barley.\nIts barn burned in 1901.\nSheep graze the hill.' });
    for (const peer of peers) {
      const index = peer.build([story, other]);
      const ranked = index.rank('When was the mill built by the river?', 'mill', 3);
      expect(ranked.every((p) => story.passages.includes(p))).toBe(true);
    }
  });
});
