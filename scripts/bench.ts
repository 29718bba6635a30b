/**
 * `npm run bench`: index build time, heap, and query speed (queries per second, p50 and p99
 * latency) of storybot and its peers over 1, 100 and 1,000 stories (XQuAD's articles and copies),
 * in one run; then how long a live reload of one story among 1,000 takes, and how long questions
 * wait meanwhile (scripts/bench-reload.ts). Questions are XQuAD's, each asked of its own article (one story) or of every story.
 */
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { join } from 'node:path';
import type { Story } from '../src/knowledge/story.js';
import { createRetriever } from '../src/search/index.js';
import { benchReload } from './lib/bench-reload.js';
import { parseOptions } from './lib/args.js';
import { copies } from './lib/bench-corpus.js';
import { EVAL } from './lib/data.js';
import { type Latency, timeQueries } from './lib/latency.js';
import { peers } from './lib/peers.js';
import { loadSquad } from './lib/squad.js';
import { progress } from '../src/cli/progress.js';

parseOptions('npm run bench', {});
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const SIZES = [1, 100, 1000];
/** Per measurement: at most this long, and this many queries, after a warm-up. */
const BUDGET_MS = 2500;
const MOST = 3000;
const WARMUP = 1000;
/** ...and at least this long, so that the first row is not measured while the JIT still compiles. */
const WARMUP_MS = 1000;

interface Asker {
  name: string;
  build(stories: readonly Story[]): { one(question: string, story: string): unknown; all(question: string): unknown };
}

const askers: Asker[] = [
  {
    name: 'storybot',
    build(stories) {
      const r = createRetriever(stories);
      return { one: (q, story) => r.ask(q, { story }), all: (q) => r.ask(q) };
    },
  },
  ...peers.map((peer) => ({
    name: peer.name,
    build(stories: readonly Story[]) {
      const index = peer.build(stories);
      return { one: (q: string, story: string) => index.rank(q, story, 5), all: (q: string) => index.rank(q, undefined, 5) };
    },
  })),
];

/** Heap in use after full collections (one more catches what the first one's finalisers freed). */
function heapMB(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

const xquad = loadSquad(join(EVAL, 'xquad', 'xquad.en.json'));
const corpus = copies(xquad.stories, Math.max(...SIZES));

const row = (cells: (string | number)[]) => cells.map((c, i) => (i < 3 ? String(c).padEnd(i === 1 ? 13 : 7) : String(c).padStart(9))).join(' ');
const fmt = (l: Latency) => [l.qps.toFixed(0), l.p50.toFixed(3), l.p99.toFixed(3)];
// The bot's npm scripts run node with --v8-pool-size=1 (README, "Running"); the figures are for the settings in force here.
const pool = process.execArgv.find((a) => a.startsWith('--v8-pool-size='))?.split('=')[1] ?? "node's default (4)";
console.log(`V8 background threads: ${pool}; cores: ${availableParallelism()}`);
console.log(row(['stories', 'retriever', 'scope', 'build ms', 'heap MB', 'qps', 'p50 ms', 'p99 ms', 'queries']));
const bar = progress('npm run bench', SIZES.length * askers.length + 1);

for (const size of SIZES) {
  const stories = corpus.slice(0, size);
  // Questions of the articles in this corpus, each asked of one of its copies in turn.
  const byArticle = new Map<string, Story[]>();
  for (const s of stories) byArticle.set(s.id.split('~')[0]!, [...(byArticle.get(s.id.split('~')[0]!) ?? []), s]);
  const questions = xquad.cases
    .filter((c) => byArticle.has(c.story))
    .map((c, i) => {
      const own = byArticle.get(c.story)!;
      return { question: c.question, story: own[i % own.length]!.id };
    });
  for (const asker of askers) {
    bar.next(`${asker.name}, ${size} stories`);
    const before = heapMB();
    const started = performance.now();
    const built = asker.build(stories);
    const buildMs = performance.now() - started;
    const heap = heapMB() - before;
    const one = timeQueries(questions, (q) => built.one(q.question, q.story), { budget: BUDGET_MS, most: MOST, warmup: WARMUP, warmupMs: WARMUP_MS });
    console.log(row([size, asker.name, 'one', buildMs.toFixed(0), heap.toFixed(1), ...fmt(one), one.queries]));
    if (size > 1) {
      const all = timeQueries(questions, (q) => built.all(q.question), { budget: BUDGET_MS, most: MOST, warmup: Math.min(WARMUP, 10) });
      console.log(row([size, asker.name, 'all', '', '', ...fmt(all), all.queries]));
    }
  }
}

// Live reload: one story among the largest corpus, on disk, edited under the engine the bot runs.
bar.next('live reload');
const reload = await benchReload(corpus);
bar.stop();
console.log(`\n${reload}`);
