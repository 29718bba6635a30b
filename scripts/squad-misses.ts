/**
 * `npx tsx scripts/squad-misses.ts [--set dev-squad|dev-squad-2] [--kind who] [--misses]`: the answer-word
 * table of a SQuAD train sample (eval/dev-squad.json by default, or the second, eval/dev-squad-2.json),
 * a development set; --misses lists each question whose answer words miss (F1 < 1), what was wanted and
 * what came back, of one question kind with --kind.
 */
import { join } from 'node:path';
import { spanTable } from './lib/answer-figures.js';
import { parseOptions, usageError } from './lib/args.js';
import { EVAL } from './lib/data.js';
import { loadSquad } from './lib/squad.js';

const USAGE = 'npx tsx scripts/squad-misses.ts [--set dev-squad|dev-squad-2] [--kind KIND] [--misses]';
const SETS = ['dev-squad', 'dev-squad-2'];
const options = parseOptions(USAGE, {
  set: { type: 'string', default: 'dev-squad' },
  kind: { type: 'string' },
  misses: { type: 'boolean', default: false },
});
if (!SETS.includes(options.set)) usageError(USAGE, `--set must be one of ${SETS.join(', ')}, not "${options.set}"`);
const squad = loadSquad(join(EVAL, `${options.set}.json`));
const cases = squad.cases.map((c) => ({ story: c.story, question: c.question, gold: c.gold ?? [] }));
const misses = options.misses ? (kind: string, line: string) => (options.kind === undefined || options.kind === kind ? console.log(line) : undefined) : undefined;
console.log(spanTable(options.set, squad.stories, cases, {}, misses));
