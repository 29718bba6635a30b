/**
 * The live-reload part of `npm run bench`: a knowledge folder of `n` stories on disk, followed by
 * the same engine the bot runs (src/live.ts); one story edited and reloaded, as the file watcher
 * would, while questions are asked without a pause. Reports how long the reload takes, the longest
 * the event loop was held (perf_hooks' event-loop delay, no questions asked), how many questions
 * were answered meanwhile and the longest one waited, and that each was answered from a whole
 * version of the story: the old text until the swap, the new one after. Garbage collection pauses
 * the event loop whether a reload runs or not: the longest collection during the reloads, and the
 * longest wait with no reload at all, are reported beside them.
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
  /** Longest a question waited for the event loop while the reload ran, ms. */
  waited: number;
}

/** Questions asked one after another, each as soon as the event loop is free, until `done` settles. */
async function askWhile(app: LiveApp, story: string, question: string, marker: string, done: Promise<unknown>): Promise<Omit<Round, 'ms' | 'held'>> {
  let finished = false;
  void done.finally(() => (finished = true));
  let asked = 0;
  let waited = 0;
  let free = performance.now();
  while (!finished) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    const now = performance.now();
    waited = Math.max(waited, now - free);
    const hit = app.retriever.ask(question, { story }).hits[0];
    asked++;
    // Until the reload is done, the old version answers: the new sentence is not in it.
    if (!finished && hit?.passage.text.includes(marker)) throw new Error('a question was answered from the new text before the swap');
    free = performance.now();
  }
  return { asked, waited };
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
  return { ms, held: delay.max / 1e6, ...((await during) ?? { asked: 0, waited: 0 }) };
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
    let collected = 0;
    const gc = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) collected = Math.max(collected, entry.duration);
    });
    gc.observe({ entryTypes: ['gc'] });
    const quiet: Round[] = [];
    const busy: Round[] = [];
    for (let k = 1; k <= ROUNDS; k++) {
      quiet.push(await round(app, dir, story, 2 * k - 1, false));
      busy.push(await round(app, dir, story, 2 * k, true));
    }
    gc.disconnect();
    const still = await askWhile(app, story, 'How many passengers did the ferry carry?', '\0', sleep(Math.max(...busy.map((r) => r.ms))));
    const rescan = performance.now();
    const scan = app.reload();
    const duringScan = await askWhile(app, story, 'How many passengers did the ferry carry?', '\0', scan);
    const rescanMs = performance.now() - rescan;
    if ((await scan).length > 0) throw new Error(`a re-scan with nothing changed said ${JSON.stringify(await scan)}`);

    const median = (values: number[]) => percentile(values.sort((a, b) => a - b), 0.5);
    const most = (rounds: Round[], key: 'held' | 'waited') => Math.max(...rounds.map((r) => r[key])).toFixed(1);
    const asked = busy.reduce((n, r) => n + r.asked, 0);
    return [
      `live reload of one story among ${articles.length}: ${median([...quiet, ...busy].map((r) => r.ms)).toFixed(0)} ms (median of ${2 * ROUNDS}); ` +
        `longest event-loop pause ${most(quiet, 'held')} ms (median of each reload's longest ${median(quiet.map((r) => r.held)).toFixed(1)} ms; longest garbage collection ${collected.toFixed(1)} ms; ` +
        `first reload after start-up ${first.held.toFixed(1)} ms)`,
      `  ${asked} questions answered during ${ROUNDS} of them, each from the old text until the swap; the longest waited ${most(busy, 'waited')} ms (${still.waited.toFixed(1)} ms with no reload)`,
      `  every folder read again (SIGHUP), none changed: ${rescanMs.toFixed(0)} ms; ${duringScan.asked} questions answered meanwhile, the longest waiting ${duringScan.waited.toFixed(1)} ms`,
    ].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
