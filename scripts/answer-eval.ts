/**
 * `npx tsx scripts/answer-eval.ts [--misses] [--held-out]`: the reader-style tables of `npm run eval`
 * alone (hit@1, answered on answerable, refused on unanswerable, answer-span F1), on the development
 * sets, and the held-out set with --held-out; --misses lists what went wrong.
 */
import { readerFigures, readerTable } from './lib/answer-figures.js';
import { parseOptions } from './lib/args.js';
import { readerSets } from './lib/reader.js';

const options = parseOptions('npx tsx scripts/answer-eval.ts [--misses] [--held-out]', {
  misses: { type: 'boolean', default: false },
  'held-out': { type: 'boolean', default: false },
});
const { development, heldOut } = readerSets();
const sets = options['held-out'] ? [...development, ...heldOut] : development;
const rows = sets.map((set) => readerFigures(set, {}, options.misses ? (l) => console.log(l) : undefined));
console.log(readerTable(rows));
