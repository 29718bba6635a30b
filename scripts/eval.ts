/**
 * `npm run eval`: hit@1, hit@3 and MRR of storybot's `ask` beside its peers, in one run, on the
 * development questions (shared/eval/story-dev.json, the seed story) and on XQuAD, clean and with
 * typos (shared/eval/xquad/README.md). For storybot it also prints how often `ask` says the story
 * does not answer a question that it does answer.
 */
import { join, resolve } from 'node:path';
import { loadStory } from '../src/knowledge/load.js';
import type { Story } from '../src/knowledge/story.js';
import { createRetriever } from '../src/search/index.js';
import { type Case, figures, firstAnswer, type Figures, measure, type Ranker } from './metrics.js';
import { misspell } from './misspell.js';
import { peers } from './peers.js';
import { loadStoryDev } from './story-dev.js';
import { loadXquad } from './xquad.js';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '../shared/eval');

interface Row extends Figures {
  name: string;
  /** storybot only: share of questions answered "the story does not say". */
  unanswered?: number;
}

function storybot(stories: readonly Story[], cases: readonly Case[]): Row {
  const retriever = createRetriever(stories);
  let unanswered = 0;
  const ranks = cases.map((c) => {
    const answer = retriever.ask(c.question, { story: c.story, limit: 10 });
    if (!answer.answered) unanswered++;
    return firstAnswer(
      answer.hits.map((h) => h.passage),
      c,
    );
  });
  return { name: 'storybot', ...figures(ranks), unanswered: unanswered / Math.max(1, cases.length) };
}

function peerRows(stories: readonly Story[], cases: readonly Case[]): Row[] {
  return peers.map((peer) => {
    const index = peer.build(stories);
    const ranker: Ranker = { name: peer.name, rank: (q, story) => index.rank(q, story, 10) };
    return { name: peer.name, ...measure(ranker, cases) };
  });
}

function table(title: string, rows: readonly Row[]): string {
  const pct = (x: number) => x.toFixed(3);
  const lines = [
    `${title} (${rows[0]?.questions ?? 0} questions)`,
    `  ${'retriever'.padEnd(14)} ${'hit@1'.padStart(6)} ${'hit@3'.padStart(6)} ${'MRR'.padStart(6)}   no answer on answerable`,
    ...rows.map(
      (r) => `  ${r.name.padEnd(14)} ${pct(r.hit1).padStart(6)} ${pct(r.hit3).padStart(6)} ${pct(r.mrr).padStart(6)}   ${r.unanswered === undefined ? '' : `${(100 * r.unanswered).toFixed(1)}%`}`,
    ),
  ];
  return lines.join('\n');
}

function run(title: string, stories: readonly Story[], cases: readonly Case[]): void {
  const started = performance.now();
  const rows = [storybot(stories, cases), ...peerRows(stories, cases)];
  console.log(`${table(title, rows)}\n  (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
}

const seed = loadStory(join(root, 'knowledge', 'seed'));
run('story-dev', [seed], loadStoryDev(join(shared, 'story-dev.json'), seed));

const xquad = loadXquad(join(shared, 'xquad', 'xquad.en.json'));
run('xquad', xquad.stories, xquad.cases);
run(
  'xquad+typos',
  xquad.stories,
  xquad.cases.map((c) => ({ ...c, question: misspell(c.question) })),
);
