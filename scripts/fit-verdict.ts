/**
 * `npx tsx scripts/fit-verdict.ts`: chooses the verdict's constants (src/search/verdict.ts
 * VERDICT_RULE) on the reader-style development questions only (scripts/reader.ts). For each rule
 * of a grid it measures hit@1 (the answering passage first), answered on answerable and refused on
 * unanswerable, and prints the rules with the most of the three together, then the best that
 * refuses at least 80%. The held-out set is never read here.
 */
import { createEvidence } from '../src/search/index.js';
import { decide, VERDICT_RULE, type VerdictRule } from '../src/search/verdict.js';
import { readerSets } from './reader.js';

const { development } = readerSets();
const cases = development.flatMap((set) => {
  const evidence = createEvidence(set.stories);
  const gold = (story: string, passage: string) => {
    const s = set.stories.find((x) => x.id === story)!;
    return (p: number) => s.passages[p]!.text.includes(passage);
  };
  return [
    ...set.answerable.map((q) => ({ answerable: true, gold: gold(q.story, q.passage), ...evidence(q.question, q.story) })),
    ...set.unanswerable.map((q) => ({ answerable: false, gold: () => false, ...evidence(q.question, q.story) })),
  ];
});
const grid = {
  focus: [0, 0.3, 0.5, 0.6, 0.7, 0.8],
  absent: [0.5, 0.7, 0.9, 1],
  covered: [0, 0.2, 0.35, 0.5],
  candidate: [0, 0.1, 0.2, 0.3, 0.4],
  byAnswer: [0, 0.25, 0.5, 1],
  byFocus: [0, 0.25, 0.5, 1],
};
const answerable = cases.filter((c) => c.answerable).length;
const unanswerable = cases.length - answerable;

function measure(rule: VerdictRule) {
  let hit = 0;
  let answered = 0;
  let refused = 0;
  for (const c of cases) {
    const v = decide(c.evidence, c.ranked, rule);
    const said = v.outcome === 'answered';
    if (c.answerable && v.order[0] && c.gold(v.order[0].passage)) hit++;
    if (c.answerable && said) answered++;
    if (!c.answerable && !said) refused++;
  }
  return { rule, hit: hit / answerable, answered: answered / answerable, refused: refused / unanswerable };
}

const results: ReturnType<typeof measure>[] = [];
for (const focus of grid.focus)
  for (const absent of grid.absent)
    for (const covered of grid.covered)
      for (const candidate of grid.candidate)
        for (const byAnswer of grid.byAnswer) for (const byFocus of grid.byFocus) results.push(measure({ focus, absent, covered, candidate, byAnswer, byFocus }));
const show = (r: ReturnType<typeof measure>) =>
  `hit@1 ${(100 * r.hit).toFixed(1)}%  answered ${(100 * r.answered).toFixed(1)}%  refused ${(100 * r.refused).toFixed(1)}%  ${JSON.stringify(r.rule)}`;
console.log(`questions: ${answerable} answerable, ${unanswerable} unanswerable`);
console.log(`now:  ${show(measure(VERDICT_RULE))}`);
const sum = (r: ReturnType<typeof measure>) => r.hit + r.answered + r.refused;
for (const r of [...results].sort((a, b) => sum(b) - sum(a)).slice(0, 5)) console.log(`most: ${show(r)}`);
const refusing = results.filter((r) => r.refused >= 0.8).sort((a, b) => sum(b) - sum(a))[0];
if (refusing) console.log(`80%+: ${show(refusing)}`);
