/**
 * The live-reload part of `npm run bench`: a knowledge folder of `n` stories on disk, followed by
 * the same engine the bot runs (src/live.ts); one story edited and reloaded, as the file watcher
 * would, while questions are asked without a pause. Reports how long the reload takes, the longest
 * the event loop was held (perf_hooks' event-loop delay, no questions asked), how many questions
 * were answered meanwhile and the longest one waited, and that each was answered from a whole
 * version of the story: the old text until the swap, the new one after. Garbage collection pauses
 * the event loop whether a reload runs or not: the longest collection is reported beside, and the
 * longest wait during which no garbage was collected (the reload's own doing), with the same
 * figures while no reload runs.
 */
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import type { Story } from '../../src/knowledge/story.js';
import { createLiveApp, type LiveApp } from '../../src/live.js';
import { percentile } from './latency.js';

/** Measured reloads, after one to warm up. */
const ROUNDS = 5;

interface Round {
  ms: number;
  /** Longest event-loop delay (perf_hooks), ms. */
  held: number;
  asked: number;
  /** Each wait of a question for the event loop while the reload ran: from, to (performance.now()). */
  waits: [number, number][];
}

/** Questions asked one after another, each as soon as the event loop is free, until `done` settles. */
async function askWhile(app: LiveApp, story: string, question: string, marker: string, done: Promise<unknown>): Promise<Pick<Round, 'asked' | 'waits'>> {
  let finished = false;
  void done.finally(() => (finished = true));
  let asked = 0;
  const waits: [number, number][] = [];
  let free = performance.now();
  while (!finished) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    waits.push([free, performance.now()]);
    const hit = app.retriever.ask(question, { story }).hits[0];
    asked++;
    // Until the reload is done, the old version answers: the new sentence is not in it.
    if (!finished && hit?.passage.text.includes(marker)) throw new Error('a question was answered from the new text before the swap');
    free = performance.now();
  }
  return { asked, waits };
}

/**
 * The longest of the waits, and the longest during which no garbage was collected (`collections`,
 * from, to): the reload's own doing.
 */
async function longest(waits: readonly [number, number][], collections: readonly [number, number][]): Promise<{ any: number; ownWork: number }> {
  await sleep(10); // perf_hooks tells of a collection after it ends
  const collecting = ([from, to]: [number, number]) => collections.some(([start, end]) => start < to && end > from);
  const span = ([from, to]: [number, number]) => to - from;
  return { any: Math.max(0, ...waits.map(span)), ownWork: Math.max(0, ...waits.filter((w) => !collecting(w)).map(span)) };
}

/** One edit to `story` and its reload; `questions`: asked during it, or none (to measure the event loop alone). */
async function round(app: LiveApp, dir: string, story: string, k: number, questions: boolean): Promise<Round> {
  const marker = `round ${k} of the benchmark`;
  appendFileSync(join(dir, story, 'article.txt'), `The ferry carried ${1000 + k} passengers in ${marker}.\n`);
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  const started = performance.now();
  const reload = app.reload([story]);
  const during = questions ? askWhile(app, story, `How many passengers did the ferry carry in round ${k} of the benchmark?`, marker, reload) : undefined;
  const notes = await reload;
  const ms = performance.now() - started;
  delay.disable();
  if (notes.length !== 1 || notes[0]!.level !== 'info') throw new Error(`the reload said ${JSON.stringify(notes)}`);
  const after = app.retriever.ask(`How many passengers did the ferry carry in ${marker}?`, { story }).hits[0];
  if (!after?.passage.text.includes(marker)) throw new Error('the reloaded story does not answer from its new sentence');
  return { ms, held: delay.max / 1e6, ...((await during) ?? { asked: 0, waits: [] }) };
}

export async function benchReload(articles: readonly Story[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'storybot-bench-'));
  try {
    for (const story of articles) {
      mkdirSync(join(dir, story.id));
      writeFileSync(join(dir, story.id, 'article.txt'), `${story.article}\n`);
    }
    const app = createLiveApp(dir);
    const story = articles[Math.floor(articles.length / 2)]!.id;
    const first = await round(app, dir, story, 0, false);
    const collections: [number, number][] = [];
    const gc = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) collections.push([entry.startTime, entry.startTime + entry.duration]);
    });
    gc.observe({ entryTypes: ['gc'] });
    const quiet: Round[] = [];
    const busy: Round[] = [];
    for (let k = 1; k <= ROUNDS; k++) {
      quiet.push(await round(app, dir, story, 2 * k - 1, false));
      busy.push(await round(app, dir, story, 2 * k, true));
    }
    const during = await longest(busy.flatMap((r) => r.waits), collections);
    const collected = Math.max(0, ...collections.map(([start, end]) => end - start));
    const still = await askWhile(app, story, 'How many passengers did the ferry carry?', '\0', sleep(Math.max(...busy.map((r) => r.ms))));
    const stillLongest = await longest(still.waits, collections);
    const rescan = performance.now();
    const scan = app.reload();
    const duringScan = await askWhile(app, story, 'How many passengers did the ferry carry?', '\0', scan);
    const rescanMs = performance.now() - rescan;
    if ((await scan).length > 0) throw new Error(`a re-scan with nothing changed said ${JSON.stringify(await scan)}`);
    const scanLongest = await longest(duringScan.waits, collections);
    gc.disconnect();

    const median = (values: number[]) => percentile(values.sort((a, b) => a - b), 0.5);
    const asked = busy.reduce((n, r) => n + r.asked, 0);
    const ms = (n: number) => `${n.toFixed(1)} ms`;
    return [
      `live reload of one story among ${articles.length}: ${median([...quiet, ...busy].map((r) => r.ms)).toFixed(0)} ms (median of ${2 * ROUNDS}); ` +
        `longest event-loop pause ${ms(Math.max(...quiet.map((r) => r.held)))} (median of each reload's longest ${ms(median(quiet.map((r) => r.held)))}; ` +
        `longest garbage collection ${ms(collected)}; first reload after start-up ${ms(first.held)})`,
      `  ${asked} questions answered during ${ROUNDS} of them, each from the old text until the swap; the longest waited ${ms(during.any)}, ` +
        `${ms(during.ownWork)} with no garbage collected meanwhile (with no reload: ${ms(stillLongest.any)}, ${ms(stillLongest.ownWork)})`,
      `  every folder read again (SIGHUP), none changed: ${rescanMs.toFixed(0)} ms; ${duringScan.asked} questions answered meanwhile, ` +
        `the longest waiting ${ms(scanLongest.any)}, ${ms(scanLongest.ownWork)} with no garbage collected meanwhile`,
    ].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
