/** Where the measuring scripts find their data: the question sets in eval/ and the seed story. */
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
/** The question sets (eval/README.md names each one's origin and licence). */
export const EVAL = join(ROOT, 'eval');
export const SEED = join(ROOT, 'knowledge', 'seed');
