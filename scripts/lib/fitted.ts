/** The fitting scripts' output: one part of src/search/fitted.json, the file the engine reads its fitted constants from. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Tuning } from '../../src/search/rank.js';
import type { VerdictRule } from '../../src/search/verdict.js';
import { ROOT } from './data.js';

const FILE = join(ROOT, 'src', 'search', 'fitted.json');

export function writeFitted(part: 'ranking', values: Tuning): void;
export function writeFitted(part: 'verdict', values: VerdictRule): void;
export function writeFitted(part: 'ranking' | 'verdict', values: Tuning | VerdictRule): void {
  const fitted = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>;
  fitted[part] = values;
  writeFileSync(FILE, `${JSON.stringify(fitted, null, 2)}\n`);
  console.log(`wrote the ${part} constants to src/search/fitted.json`);
}
