/**
 * `npx tsx scripts/fit-rank.ts [--check] [--write]`: fits the ranking's constants (src/search/rank.ts TUNING) on the
 * development questions only (scripts/lib/dev-sets.ts), never on XQuAD, the outside benchmark: a
 * coordinate search, each constant in turn over a grid, keeping the value with the best mean of
 * hit@1 and MRR over all development questions, for a few rounds. (Whether the story answers is
 * fitted by scripts/fit-verdict.ts.)
 *
 * It prints the fitted constants, and `--write` writes them to src/search/fitted.json, which the
 * engine reads; `--check` also fits the ranking on half the stories and reports the other half, to
 * see that the fit generalises.
 */
import { createRetriever } from '../src/search/index.js';
import { type Tuning, TUNING } from '../src/search/rank.js';
import { parseOptions } from './lib/args.js';
import { developmentSets } from './lib/dev-sets.js';
import { writeFitted } from './lib/fitted.js';
import { figures, firstAnswer } from './lib/metrics.js';

const options = parseOptions('npx tsx scripts/fit-rank.ts [--check] [--write]', {
  check: { type: 'boolean', default: false },
  write: { type: 'boolean', default: false },
});
const sets = developmentSets();

/** The least gain in the mean of hit@1 and MRR that a change of constant must bring. */
const MIN_GAIN = 0.004;

const GRID: Record<keyof Tuning, number[]> = {
  neighbour: [0, 0.1, 0.2, 0.3, 0.4, 0.5],
  refersBack: [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8],
  acrossParagraphs: [0, 0.25, 0.5, 0.75, 1],
  proximity: [0, 0.1, 0.25, 0.4, 0.6, 0.8],
  proximityHalf: [1, 2, 4, 8],
  kind: [0.2, 0.4, 0.6, 0.8, 1, 1.3],
  unmeasured: [0, 0.25, 0.5, 0.75, 1],
  kindFar: [0, 0.3, 0.6, 1],
  coverage: [0, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5],
  missing: [0, 0.1, 0.2, 0.3, 0.5, 0.75, 1],
  topic: [0, 0.3, 0.5, 0.7, 0.9],
  topicFrom: [0.2, 0.4, 0.6],
};

/** Mean of hit@1 and MRR over the chosen stories' questions. */
function rankingScore(tuning: Tuning, keep: (story: string) => boolean = () => true): number {
  const ranks: (number | undefined)[] = [];
  for (const set of sets) {
    const retriever = createRetriever(set.stories, tuning);
    for (const c of set.cases) {
      if (!keep(c.story)) continue;
      const hits = retriever.ask(c.question, { story: c.story, limit: 10 }).hits;
      ranks.push(firstAnswer(hits.map((h) => h.passage), c));
    }
  }
  const f = figures(ranks);
  return (f.hit1 + f.mrr) / 2;
}

function fitRanking(keep?: (story: string) => boolean): Tuning {
  let best: Tuning = { ...TUNING };
  let bestScore = rankingScore(best, keep);
  for (let round = 0; round < 3; round++) {
    let changed = false;
    for (const key of Object.keys(GRID) as (keyof Tuning)[]) {
      for (const value of GRID[key]) {
        if (value === best[key]) continue;
        const trial = { ...best, [key]: value };
        const score = rankingScore(trial, keep);
        // A change must earn its place: about two questions' worth, not one (noise).
        if (score > bestScore + MIN_GAIN) {
          best = trial;
          bestScore = score;
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  return best;
}

if (options.check) {
  const ids = [...new Set(sets.slice(1).flatMap((set) => set.cases.map((c) => c.story)))];
  const half = new Set(ids.filter((_, i) => i % 2 === 0));
  const fitted = fitRanking((s) => half.has(s));
  const seed = sets[0]!.stories[0]!.id;
  const other = (s: string) => !half.has(s) && s !== seed;
  console.log(`held-out half: before ${rankingScore(TUNING, other).toFixed(3)}, fitted on the other half ${rankingScore(fitted, other).toFixed(3)}`);
}
const tuning = fitRanking();
console.log(`ranking (mean of hit@1 and MRR): ${rankingScore(TUNING).toFixed(3)} → ${rankingScore(tuning).toFixed(3)}`);
console.log(`TUNING = ${JSON.stringify(tuning)}`);
if (options.write) writeFitted('ranking', tuning);

