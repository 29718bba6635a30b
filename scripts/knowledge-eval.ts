/**
 * How well storybot reads a story: people and bodies, their roles, dated events, quotations and their
 * speakers, and credited sources, against hand annotations (eval/knowledge/<id>/expected.json beside
 * each article, and eval/knowledge/seed.expected.json for the seed story). Articles marked
 * `"heldOut": true` were not looked at while the rules were tuned. Each article's `set` names the
 * table it is reported in (default "development set" or "held-out set"), so a held-out set that has
 * since been studied can stay reported apart from the newer one that has not.
 *
 *   npm run eval:knowledge [-- --misses] [--held-out] [--story ID] [--dir DIR]
 *
 * --misses lists every miss and every wrong reading, held-out ones only with --held-out or --story;
 * --held-out prints the held-out sets alone.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { passageContext } from '../src/knowledge/context.js';
import { parseOptions } from './lib/args.js';
import { loadStory } from '../src/knowledge/load.js';
import type { Entity, Story } from '../src/knowledge/story.js';

interface ExpectedEntity {
  name: string;
  kind: 'person' | 'body';
  /** The role as the article gives it; a list where the article gives it more than one way. */
  role?: string | string[];
  /** Other names the article uses for them. */
  aliases?: string[];
}

interface Expected {
  /** Where the story folder is, when it is not the folder holding expected.json. */
  story?: string;
  kind: string;
  heldOut: boolean;
  /** The table the article is reported in; by default "development set" or "held-out set". */
  set?: string;
  entities: ExpectedEntity[];
  /** Names a reading may take either way (a competition, a work's title): neither right nor wrong. */
  ignore?: string[];
  events: { passage: string; date: string; why: string }[];
  /** The date a passage's own report carries (null: none), as the commands show it beside the passage. */
  passageDates?: { passage: string; date: string | null; why: string }[];
  /** Speaker null: the article names no one who said it (or it is a title, not speech). */
  quotes: { text: string; speaker: string | null; why?: string }[];
  sources: { name: string; kind: 'outlet' | 'platform'; aliases?: string[] }[];
}

interface Case {
  id: string;
  story: Story;
  expected: Expected;
}

/** Counts of one measure: right out of all, and the lines that say what went wrong. */
class Tally {
  right = 0;
  total = 0;
  readonly misses: string[] = [];
  add(ok: boolean, miss: () => string): void {
    this.total++;
    if (ok) this.right++;
    else this.misses.push(miss());
  }
  merge(other: Tally): void {
    this.right += other.right;
    this.total += other.total;
    this.misses.push(...other.misses);
  }
  get rate(): number {
    return this.total ? this.right / this.total : 1;
  }
}

const MEASURES = {
  entityPrecision: 'people and bodies: precision',
  entityRecall: 'people and bodies: recall',
  roles: 'roles exact',
  quotesFound: 'quotations found',
  quoteText: 'quotation text exact',
  quoteSpeaker: 'quotations attributed right',
  eventRecall: 'dated events: recall, exact date',
  eventPrecision: 'dated events: precision',
  passageDates: 'passage dates (main clause)',
  sourceRecall: 'credited sources: recall',
  sourcePrecision: 'credited sources: precision',
} as const;
type Measure = keyof typeof MEASURES;
/** The issue's Done-when figures. */
const TARGETS: Partial<Record<Measure, number>> = {
  entityPrecision: 0.95,
  entityRecall: 0.9,
  roles: 0.85,
  quoteSpeaker: 0.95,
  eventRecall: 0.9,
  sourceRecall: 0.9,
};

type Tallies = Record<Measure, Tally>;
const tallies = (): Tallies => Object.fromEntries(Object.keys(MEASURES).map((k) => [k, new Tally()])) as Tallies;

/** Names compared as a reader would: case, curly apostrophes and a leading "the" aside. */
const norm = (s: string) => s.toLowerCase().replace(/’/g, "'").replace(/^the\s+/, '').trim();
const namesOf = (e: ExpectedEntity) => [e.name, ...(e.aliases ?? [])].map(norm);
const rolesOf = (e: ExpectedEntity) => (e.role === undefined ? [] : Array.isArray(e.role) ? e.role : [e.role]);

function passagesWith(story: Story, text: string): number[] {
  return story.passages.filter((p) => p.text.includes(text)).map((p) => p.id);
}

function score({ id, story, expected }: Case): Tallies {
  const t = tallies();
  const at = (label: string) => `[${id}] ${label}`;
  const ignored = new Set([...(expected.ignore ?? []), ...expected.sources.flatMap((s) => [s.name, ...(s.aliases ?? [])])].map(norm));

  // People and bodies: each expected entity is matched by one found entity whose name is one of its
  // names; a second found entity with one of those names is a duplicate, counted wrong.
  const found = story.entities.filter((e) => e.kind !== 'place' && !ignored.has(norm(e.name)));
  const matchOf = new Map<ExpectedEntity, Entity>();
  const placeOf = (x: ExpectedEntity) => story.entities.find((e) => e.kind === 'place' && namesOf(x).includes(norm(e.name)));
  for (const e of found) {
    const x =
      expected.entities.find((x) => norm(x.name) === norm(e.name) && !matchOf.has(x)) ??
      expected.entities.find((x) => namesOf(x).includes(norm(e.name)) && !matchOf.has(x));
    const ok = x !== undefined && x.kind === e.kind;
    if (ok) matchOf.set(x, e);
    const why = x ? (x.kind !== e.kind ? `is a ${x.kind}` : '') : expected.entities.some((x) => namesOf(x).includes(norm(e.name))) ? 'duplicate' : 'not a person or body';
    t.entityPrecision.add(ok, () => at(`found ${e.kind} "${e.name}"${e.role ? ` (${e.role})` : ''}: ${why}`));
  }
  for (const x of expected.entities) {
    const e = matchOf.get(x);
    t.entityRecall.add(e !== undefined, () => at(`missed ${x.kind} "${x.name}"${placeOf(x) ? ' (read as a place)' : ''}`));
    const roles = rolesOf(x);
    if (roles.length) {
      t.roles.add(e?.role !== undefined && roles.includes(e.role), () => at(`role of ${x.name}: want "${roles.join('" or "')}", got ${e ? `"${e.role ?? '-'}"` : 'no entity'}`));
    }
  }

  // Quotations: found when a quote holds the expected words; text exact and speaker judged on it.
  const speakerMatches = (id: string | undefined, want: string | null): boolean => {
    if (want === null) return id === undefined;
    const e = story.entities.find((e) => e.id === id);
    if (!e) return false;
    const x = expected.entities.find((x) => namesOf(x).includes(norm(want)));
    const wanted = x ? namesOf(x) : [norm(want)];
    return wanted.includes(norm(e.name));
  };
  for (const q of expected.quotes) {
    const quote = story.quotes.find((f) => f.text === q.text) ?? story.quotes.find((f) => f.text.includes(q.text) || (f.text.length > 3 && q.text.includes(f.text)));
    t.quotesFound.add(quote !== undefined, () => at(`quote not found: “${q.text}”`));
    if (!quote) continue;
    t.quoteText.add(quote.text === q.text, () => at(`quote text: want “${q.text}”, got “${quote.text}”`));
    const got = story.entities.find((e) => e.id === quote.speaker)?.name;
    t.quoteSpeaker.add(speakerMatches(quote.speaker, q.speaker), () => at(`“${q.text.slice(0, 50)}”: want ${q.speaker ?? 'no speaker'}, got ${got ?? 'no speaker'}`));
  }

  // Dated events: (passage, date) pairs.
  const wanted = new Set<string>();
  for (const ev of expected.events) {
    const ids = passagesWith(story, ev.passage);
    if (!ids.length) throw new Error(`${id}: no passage holds "${ev.passage}"`);
    ids.forEach((p) => wanted.add(`${p}|${ev.date}`));
    const got = story.events.filter((e) => ids.includes(e.passage));
    t.eventRecall.add(
      got.some((e) => e.date === ev.date),
      () => at(`event "${ev.passage}" (${ev.why}): want ${ev.date}, got ${got.map((e) => `${e.date} "${e.phrase}"`).join(', ') || 'none'}`),
    );
  }
  for (const e of story.events) {
    t.eventPrecision.add(wanted.has(`${e.passage}|${e.date}`), () => at(`extra event ${e.date} "${e.phrase}" in: ${story.passages[e.passage]!.text.slice(0, 80)}`));
  }
  for (const pd of expected.passageDates ?? []) {
    const [p] = passagesWith(story, pd.passage);
    if (p === undefined) throw new Error(`${id}: no passage holds "${pd.passage}"`);
    const date = passageContext(story, p).date ?? null;
    t.passageDates.add(date === pd.date, () => at(`passage "${pd.passage}" (${pd.why}): want ${pd.date ?? 'no date'}, got ${date ?? 'no date'}`));
  }

  // Credited sources, by name.
  const sourceNames = (s: Expected['sources'][number]) => [s.name, ...(s.aliases ?? [])].map(norm);
  for (const s of expected.sources) {
    const got = story.sources.find((f) => sourceNames(s).includes(norm(f.name)));
    t.sourceRecall.add(got !== undefined, () => at(`source not credited: ${s.name}`));
  }
  for (const f of story.sources) {
    t.sourcePrecision.add(
      expected.sources.some((s) => sourceNames(s).includes(norm(f.name))),
      () => at(`extra source "${f.name}" (${f.kind})`),
    );
  }
  return t;
}

function loadCases(dir: string): Case[] {
  const cases: Case[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.isDirectory() && existsSync(join(dir, entry.name, 'expected.json'))) {
      const expected = JSON.parse(readFileSync(join(dir, entry.name, 'expected.json'), 'utf8')) as Expected;
      cases.push({ id: entry.name, story: loadStory(join(dir, entry.name), entry.name), expected });
    } else if (entry.isFile() && entry.name.endsWith('.expected.json')) {
      const expected = JSON.parse(readFileSync(join(dir, entry.name), 'utf8')) as Expected;
      const id = entry.name.replace(/\.expected\.json$/, '');
      if (!expected.story) throw new Error(`${entry.name}: "story" must name the story folder`);
      cases.push({ id, story: loadStory(expected.story, id), expected });
    }
  }
  return cases;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function table(title: string, cases: Case[], misses: boolean): void {
  const total = tallies();
  for (const c of cases) {
    const t = score(c);
    for (const k of Object.keys(MEASURES) as Measure[]) total[k].merge(t[k]);
  }
  console.log(`${title} (${cases.length} stories: ${cases.map((c) => c.id).join(', ')})`);
  for (const [k, label] of Object.entries(MEASURES) as [Measure, string][]) {
    const t = total[k];
    const target = TARGETS[k];
    const mark = target === undefined ? '' : t.rate >= target ? `  ≥ ${pct(target)} ok` : `  < ${pct(target)} target`;
    console.log(`  ${label.padEnd(36)} ${pct(t.rate).padStart(6)}  (${t.right}/${t.total})${mark}`);
  }
  if (misses) {
    for (const [k, label] of Object.entries(MEASURES) as [Measure, string][]) {
      if (!total[k].misses.length) continue;
      console.log(`  -- ${label}`);
      for (const line of total[k].misses) console.log(`     ${line}`);
    }
  }
  console.log('');
}

const values = parseOptions('npm run eval:knowledge -- [--misses] [--held-out] [--story ID] [--dir DIR]', {
  misses: { type: 'boolean', default: false },
  'held-out': { type: 'boolean', default: false },
  story: { type: 'string' },
  dir: { type: 'string', default: 'eval/knowledge' },
});

const cases = loadCases(values.dir).filter((c) => values.story === undefined || c.id === values.story);
if (!cases.length) {
  console.error(`knowledge-eval: no annotated story${values.story ? ` "${values.story}"` : ''} in ${values.dir}`);
  process.exit(1);
}
const setOf = (c: Case) => c.expected.set ?? (c.expected.heldOut ? 'held-out set' : 'development set');
const sets = new Map<string, Case[]>();
for (const c of [...cases].sort((a, b) => Number(a.expected.heldOut) - Number(b.expected.heldOut))) {
  sets.set(setOf(c), [...(sets.get(setOf(c)) ?? []), c]);
}
for (const [name, members] of sets) {
  const heldOut = members[0]!.expected.heldOut;
  if (values['held-out'] && !heldOut) continue;
  table(name, members, values.misses && (!heldOut || values['held-out'] || values.story !== undefined));
}
// The issue's figures are the whole corpus's: every set together, without their misses again.
if (sets.size > 1 && !values['held-out']) table('whole corpus', cases, false);
