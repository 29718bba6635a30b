/**
 * Facts of life and death as questions ask about them and news English tells them ("how many died": "12 people were
 * killed"), which the verdict and the answer words both read.
 */
import { PASSIVE_MARKERS } from './english.js';
import { termOf, type Token } from './terms.js';

/**
 * Facts of life and death, which news English states in their own words: a toll of the dead is no count of
 * the injured, nor is a date someone spoke a date of birth. A question about one (its key point: "how many
 * died", "was anyone hurt", "when was she born") is answered only in a paragraph that speaks of it. Death
 * holds common ways of dying that WordNet lists under "die" and "kill" (drown, starve, perish, murder);
 * "casualties" is either death or injury. The first words of each are what a question asks with; all are
 * what a paragraph may speak with. `lifespan`: a life's dates after a name (LIFESPAN) tell of the event.
 */
const LIFE_EVENTS: readonly { asked: string; spoken: string; lifespan: boolean; countOnly?: boolean }[] = [
  {
    asked: 'die died dies dead death deaths fatalities kill killed drown drowned perish perished casualties',
    spoken: 'dying deadly fatal fatally killing killings starve starved suffocate suffocated succumb succumbed murder murdered body bodies funeral buried',
    lifespan: true,
  },
  { asked: 'injure injured injury injuries hurt wound wounded casualties', spoken: 'injuring wounds hospital hospitalised hospitalized', lifespan: false },
  { asked: 'born birth births', spoken: 'birthday birthplace native', lifespan: true },
  // "how many ppl live on masbate": a population, not the count of the dead the paragraph gives. (Asked by a number in the
  // present only: "during the last 18 years he lived" dates something else.)
  { asked: 'live inhabit', spoken: 'lives living inhabited inhabitants population populated populous home resident residents', lifespan: false, countOnly: true },
];
/**
 * By the terms a question asks with, the terms a paragraph may speak of each event with, and whether a
 * life's dates tell of it (of every event the word may ask about: "casualties" are also the injured).
 */
export const LIFE_EVENT_TERMS: ReadonlyMap<string, { terms: readonly string[]; lifespan: boolean; words?: ReadonlySet<string> }> = (() => {
  const terms = (words: string) => words.split(' ').map(termOf);
  const found = new Map<string, { terms: string[]; lifespan: boolean; words?: ReadonlySet<string> }>();
  for (const event of LIFE_EVENTS) {
    const spoken = [...terms(event.asked), ...terms(event.spoken)];
    const words = event.countOnly ? new Set(event.asked.split(' ')) : undefined;
    for (const t of terms(event.asked)) {
      const known = found.get(t);
      found.set(t, { terms: [...(known?.terms ?? []), ...spoken], lifespan: (known?.lifespan ?? true) && event.lifespan, ...(words && { words }) });
    }
  }
  return found;
})();
/** A word of injury that, as an active verb, is mostly figurative ("did the tariffs hurt exports"): an injury only after "was", "got" ("was anyone hurt"). */
const PASSIVE_ONLY: ReadonlySet<string> = new Set(['hurt']);
/** A life's dates after a name, "Ida Holm (1889–1961)", "(10 July 1856 – 7 January 1943)": its birth and its death. */
export const LIFESPAN = /\([^()]*\d{3,4}[^()]*[–-][^()]*\d{3,4}[^()]*\)/u;

/**
 * The life event a question's word asks about, given the words typed before it: not a word in -ing, which qualifies
 * another point ("the killing blow"), nor "hurt" as an active verb ("did the tariffs hurt exports", not "how many got hurt").
 */
export function lifeEventOf(word: string, before: readonly string[]): { terms: readonly string[]; lifespan: boolean; words?: ReadonlySet<string> } | undefined {
  const figurative = PASSIVE_ONLY.has(word) && !before.some((w) => PASSIVE_MARKERS.has(w));
  return word.endsWith('ing') || figurative ? undefined : LIFE_EVENT_TERMS.get(termOf(word));
}

/** The terms of the events the question asks about ("how many got hurt": injury's), or none; a population is no event a number is told of. */
export function eventsAsked(typed: readonly string[]): ReadonlySet<string> | undefined {
  const terms = typed.flatMap((word, i) => {
    const event = lifeEventOf(word, typed.slice(0, i));
    return event && !event.words ? event.terms : [];
  });
  return terms.length > 0 ? new Set(terms) : undefined;
}

/** Every term a life event is told with, but a population's ("40,000 homes" tells of no death). */
const TOLD: ReadonlySet<string> = new Set([...LIFE_EVENT_TERMS.values()].flatMap((e) => (e.words ? [] : e.terms)));

/** Most words between a number and the word after it of the event it counts: "four people were killed". */
const TOLD_AFTER = 4;

/**
 * The term of the life event a number at tokens [from, to) is told of ("four people were killed": "kill"), the word after
 * it in its sentence first, else the one right before ("killing 12"); none where another number comes first.
 */
export function eventTold(tokens: readonly Token[], text: string, from: number, to: number): string | undefined {
  for (let k = to; k < tokens.length && k <= to + TOLD_AFTER; k++) {
    if (tokens[k]!.numeric || /[.;:]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) break;
    if (TOLD.has(tokens[k]!.term)) return tokens[k]!.term;
  }
  // (Right before it only: "killed and 23 were injured" tells the 23 of no killing.)
  const before = tokens[from - 1];
  return before && TOLD.has(before.term) && /^\s+$/.test(text.slice(before.end, tokens[from]!.start)) ? before.term : undefined;
}
