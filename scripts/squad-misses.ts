/**
 * `npx tsx scripts/squad-misses.ts [--kind who] [--misses]`: the answer-word table of the SQuAD train
 * sample (eval/dev-squad.json), a development set; --misses lists each question whose answer words
 * miss (F1 < 1), what was wanted and what came back, of one question kind with --kind.
 */
import { join } from 'node:path';
import { spanTable } from './lib/answer-figures.js';
import { parseOptions } from './lib/args.js';
import { EVAL } from './lib/data.js';
import { loadSquad } from './lib/squad.js';

const options = parseOptions('npx tsx scripts/squad-misses.ts [--kind KIND] [--misses]', {
  kind: { type: 'string' },
  misses: { type: 'boolean', default: false },
});
const squad = loadSquad(join(EVAL, 'dev-squad.json'));
const cases = squad.cases.map((c) => ({ story: c.story, question: c.question, gold: c.gold ?? [] }));
const misses = options.misses ? (kind: string, line: string) => (options.kind === undefined || options.kind === kind ? console.log(line) : undefined) : undefined;
console.log(spanTable('dev-squad', squad.stories, cases, {}, misses));
