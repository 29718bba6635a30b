/**
 * `npm run eval`: hit@1, hit@3 and MRR of storybot's `ask` beside its peers, in one run, on the
 * development questions (scripts/lib/dev-sets.ts) and on XQuAD, clean and with typos
 * (eval/xquad/README.md). For
 * storybot it also prints how often `ask` says the story does not answer a question it does
 * answer, and, on its own questions, how often it claims to answer one the story does not.
 */
import { join } from 'node:path';
import type { Story } from '../src/knowledge/story.js';
import { createRetriever } from '../src/search/index.js';
import { type Case, figures, firstAnswer, type Figures, measure, type Ranker } from './lib/metrics.js';
import { misspell } from './lib/misspell.js';
import { peers } from './lib/peers.js';
import { developmentSets } from './lib/dev-sets.js';
import { loadSquad } from './lib/squad.js';
import { readerFigures, readerTable, spanTable } from './lib/answer-figures.js';
import { readerSets } from './lib/reader.js';
import { parseOptions } from './lib/args.js';
import { EVAL } from './lib/data.js';
import { progress } from '../src/cli/progress.js';

interface Row extends Figures {
  name: string;
  /** storybot only: share of answerable questions answered "the story does not say". */
  unanswered?: number;
  /** storybot only: share of unanswerable questions it claims to answer. */
  falselyAnswered?: number;
}

/** Questions the stories do not answer. */
type Unanswerable = readonly { story: string; question: string }[];

function storybot(stories: readonly Story[], cases: readonly Case[], unanswerable: Unanswerable): Row {
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
  const falselyAnswered = unanswerable.filter((u) => retriever.ask(u.question, { story: u.story }).answered).length;
  return {
    name: 'storybot',
    ...figures(ranks),
    unanswered: unanswered / Math.max(1, cases.length),
    falselyAnswered: unanswerable.length > 0 ? falselyAnswered / unanswerable.length : undefined,
  };
}

function peerRows(stories: readonly Story[], cases: readonly Case[]): Row[] {
  return peers.map((peer) => {
    const index = peer.build(stories);
    const ranker: Ranker = { name: peer.name, rank: (q, story) => index.rank(q, story, 10) };
    return { name: peer.name, ...measure(ranker, cases) };
  });
}

function table(title: string, rows: readonly Row[], unanswerable: number): string {
  const fixed = (x: number) => x.toFixed(3);
  const pct = (x: number | undefined) => (x === undefined ? '' : `${(100 * x).toFixed(1)}%`);
  const extra = unanswerable > 0 ? `   answered, of ${unanswerable} unanswerable` : '';
  const lines = [
    `${title} (${rows[0]?.questions ?? 0} questions)`,
    `  ${'retriever'.padEnd(14)} ${'hit@1'.padStart(6)} ${'hit@3'.padStart(6)} ${'MRR'.padStart(6)}   no answer on answerable${extra}`,
    ...rows.map((r) =>
      `  ${r.name.padEnd(14)} ${fixed(r.hit1).padStart(6)} ${fixed(r.hit3).padStart(6)} ${fixed(r.mrr).padStart(6)}   ${pct(r.unanswered).padEnd(23)}${unanswerable > 0 ? `   ${pct(r.falselyAnswered)}` : ''}`.trimEnd(),
    ),
  ];
  return lines.join('\n');
}

const sets = developmentSets();
const bar = progress('npm run eval', sets.length + 4);

function run(title: string, stories: readonly Story[], cases: readonly Case[], unanswerable: Unanswerable = []): void {
  bar.next(title);
  const started = performance.now();
  const rows = [storybot(stories, cases, unanswerable), ...peerRows(stories, cases)];
  console.log(`${table(title, rows, unanswerable.length)}\n  (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
}

parseOptions('npm run eval', {});

for (const set of sets) run(set.title, set.stories, set.cases, set.unanswerable);

bar.next('reader sets');
const readers = readerSets();
console.log(`${readerTable([...readers.development, ...readers.heldOut].map((set) => readerFigures(set)))}\n`);

const xquad = loadSquad(join(EVAL, 'xquad', 'xquad.en.json'));
run('xquad', xquad.stories, xquad.cases);
bar.next('xquad answer words');
console.log(`${spanTable('xquad', xquad.stories, xquad.cases.map((c) => ({ story: c.story, question: c.question, gold: c.gold ?? [] })))}\n`);
run(
  'xquad+typos',
  xquad.stories,
  xquad.cases.map((c) => ({ ...c, question: misspell(c.question) })),
);
bar.stop();
