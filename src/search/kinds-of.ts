/**
 * What an everyday noun is a kind of, from WordNet (scripts/build-noun-kinds.ts): "sulphuric acid" a chemical, "flute"
 * a woodwind and an instrument, "Estonian" a language. Kinds are stems (src/search/terms.ts), a compound's joined by "_".
 */
import { createRequire } from 'node:module';

interface Table {
  /** Classes too wide to be a kind ("event", "group", "part"): a noun's kinds never hold them. */
  wide: string[];
  /** Each synset as its kind ("" when too wide to be one) and the synsets above it. */
  kinds: (string | number)[][];
  /** Each noun (a compound's words joined by spaces) and the synsets right above its first sense. */
  nouns: Record<string, number | number[]>;
}

let table: Table | undefined;
/** Read when first asked: only a "what NOUN" question needs it. */
const read = (): Table => (table ??= createRequire(import.meta.url)('./noun-kinds.json') as Table);

const kept = new Map<string, ReadonlySet<string>>();

/** The kinds of a noun, written in lower case ("sulphuric acid"), or none when the table does not hold it. */
export function kindsOf(noun: string): ReadonlySet<string> {
  let out = kept.get(noun);
  if (out) return out;
  const { kinds, nouns } = read();
  const found = new Set<string>();
  const walk = (at: number) => {
    const [kind, ...up] = kinds[at]!;
    if (kind) found.add(kind as string);
    for (const u of up) walk(u as number);
  };
  const first = nouns[noun];
  if (first !== undefined) for (const at of typeof first === 'number' ? [first] : first) walk(at);
  kept.set(noun, (out = found));
  return out;
}

let compounds: ReadonlySet<string> | undefined;
/** Whether two stems make a kind the table knows: "keyboard instrument" (`keyboard`, `instrument`). */
export function isCompound(first: string, second: string): boolean {
  compounds ??= new Set(read().kinds.flatMap(([kind]) => (typeof kind === 'string' && kind.split('_').length === 2 ? [kind] : [])));
  return compounds.has(`${first}_${second}`);
}

let wide: ReadonlySet<string> | undefined;
/** Whether a stem names a class too wide for a noun's kind to tell it answers: "what event", "which group". */
export function isWideKind(kind: string): boolean {
  wide ??= new Set(read().wide);
  return wide.has(kind);
}
