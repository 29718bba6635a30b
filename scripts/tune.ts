/**
 * `npx tsx scripts/tune.ts [--misses]`: storybot alone on the development questions only
 * (scripts/lib/dev-sets.ts), fast enough to try a change in a few seconds. It prints hit@1, hit@3,
 * MRR, how often answerable questions get "no answer" and how often unanswerable ones get an
 * answer; `--misses` lists the questions not ranked first, with the passage ranked first and the
 * one that answers.
 * Never point it at XQuAD: that is the outside benchmark, reported by `npm run eval` only.
 */
import type { Story } from '../src/knowledge/story.js';
import { createRetriever } from '../src/search/index.js';
import { developmentSets } from './lib/dev-sets.js';
import { parseOptions } from './lib/args.js';
import { type Case, figures, firstAnswer } from './lib/metrics.js';

const showMisses = parseOptions('npx tsx scripts/tune.ts [--misses]', { misses: { type: 'boolean', default: false } }).misses;

function run(title: string, stories: readonly Story[], cases: readonly Case[], unanswerable: readonly { story: string; question: string }[] = []): void {
  const retriever = createRetriever(stories);
  let unanswered = 0;
  const misses: string[] = [];
  const ranks = cases.map((c) => {
    const answer = retriever.ask(c.question, { story: c.story, limit: 10 });
    if (!answer.answered) unanswered++;
    const rank = firstAnswer(
      answer.hits.map((h) => h.passage),
      c,
    );
    const want = answer.hits.find((h) => c.answers(h.passage))?.passage.text ?? '(not in the first 10)';
    if (rank !== 1) misses.push(`  [${rank ?? '-'}] ${c.story}: ${c.question}\n      got:  ${answer.hits[0]?.passage.text.slice(0, 150) ?? '(nothing)'}\n      want: ${want.slice(0, 150)}`);
    return rank;
  });
  const wrong = unanswerable.filter((u) => retriever.ask(u.question, { story: u.story }).answered);
  const f = figures(ranks);
  const pct = (x: number, n: number) => `${((100 * x) / Math.max(1, n)).toFixed(1)}%`;
  console.log(
    `${title}: ${f.questions} q  hit@1 ${f.hit1.toFixed(3)}  hit@3 ${f.hit3.toFixed(3)}  MRR ${f.mrr.toFixed(3)}  no answer ${pct(unanswered, cases.length)}` +
      (unanswerable.length ? `  answered unanswerable ${pct(wrong.length, unanswerable.length)} of ${unanswerable.length}` : ''),
  );
  if (showMisses) {
    console.log(misses.join('\n'));
    for (const u of wrong) console.log(`  [answered] ${u.story}: ${u.question}`);
  }
}

for (const set of developmentSets()) run(set.title, set.stories, set.cases, set.unanswerable);
