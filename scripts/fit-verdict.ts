/**
 * `npx tsx scripts/fit-verdict.ts [--write]`: chooses the verdict's constants (src/search/verdict.ts
 * VERDICT_RULE) on the reader-style development questions only (scripts/lib/reader.ts). For each rule
 * of a grid it measures answered on answerable and refused on unanswerable, and prints the rules
 * with the most of the two together, then the best that refuses at least 80%, which `--write`
 * writes to src/search/fitted.json for the engine to read. The held-out set is never read here.
 */
import { createEvidence } from '../src/search/index.js';
import { decide, VERDICT_RULE, type VerdictRule } from '../src/search/verdict.js';
import { parseOptions } from './lib/args.js';
import { writeFitted } from './lib/fitted.js';
import { readerSets } from './lib/reader.js';

const { write } = parseOptions('npx tsx scripts/fit-verdict.ts [--write]', { write: { type: 'boolean', default: false } });

const { development } = readerSets();
const cases = development.flatMap((set) => {
  const evidence = createEvidence(set.stories);
  return [
    ...set.answerable.map((q) => ({ answerable: true, ...evidence(q.question, q.story) })),
    ...set.unanswerable.map((q) => ({ answerable: false, ...evidence(q.question, q.story) })),
  ];
});
const grid = {
  focus: [0, 0.3, 0.5, 0.6, 0.7, 0.8],
  absent: [0.5, 0.7, 0.9, 1],
  covered: [0, 0.2, 0.35, 0.5],
  candidate: [0, 0.1, 0.2, 0.3, 0.4],
  names: [0, 0.5, 0.6, 0.75, 1],
  key: [0, 1],
};
const answerable = cases.filter((c) => c.answerable).length;
const unanswerable = cases.length - answerable;

function measure(rule: VerdictRule) {
  let answered = 0;
  let refused = 0;
  for (const c of cases) {
    const said = decide(c.evidence, rule).outcome === 'answered';
    if (c.answerable && said) answered++;
    if (!c.answerable && !said) refused++;
  }
  return { rule, answered: answered / answerable, refused: refused / unanswerable };
}

const results: ReturnType<typeof measure>[] = [];
for (const focus of grid.focus)
  for (const absent of grid.absent)
    for (const covered of grid.covered)
      for (const candidate of grid.candidate)
        for (const names of grid.names) for (const key of grid.key) results.push(measure({ focus, absent, covered, candidate, names, key }));
const show = (r: ReturnType<typeof measure>) =>
  `answered ${(100 * r.answered).toFixed(1)}%  refused ${(100 * r.refused).toFixed(1)}%  ${JSON.stringify(r.rule)}`;
console.log(`questions: ${answerable} answerable, ${unanswerable} unanswerable`);
console.log(`now:  ${show(measure(VERDICT_RULE))}`);
const sum = (r: ReturnType<typeof measure>) => r.answered + r.refused;
for (const r of [...results].sort((a, b) => sum(b) - sum(a)).slice(0, 5)) console.log(`most: ${show(r)}`);
const refusing = results.filter((r) => r.refused >= 0.8).sort((a, b) => sum(b) - sum(a))[0];
if (refusing) console.log(`80%+: ${show(refusing)}`);
if (write && refusing) writeFitted('verdict', refusing.rule);
else if (write) console.log('no rule refuses 80% of the unanswerable questions: src/search/fitted.json is left as it was');
