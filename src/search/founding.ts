import { isFirmNoun } from '../knowledge/entities.js';
import type { Story } from '../knowledge/story.js';
import { isPersonNoun } from '../knowledge/grammar.js';
import { kindsOf } from './kinds-of.js';
import { tokenize } from './terms.js';

/**
 * A body's founding, as readers ask about it and news English tells it. Readers ask "how old is the brewery", "when did the
 * college open", "when did the firm start", "who set up the party"; a story tells it in one verb of its own: "Founded in 1887,
 * the brewery employs…", "the college, which was set up in 1962", "a party founded by …". Asked in other words, the
 * question matches other senses of them (a dateline, "this year", "a start"): read it in the story's verb instead.
 */

/** The verbs a story tells a founding with, the most telling first ("set up" also sets up talks, a goal). */
const FOUNDING_VERBS = ['co-founded', 'founded', 'established', 'set up'] as const;

/** Most characters between the answer and the story's verb of founding for the answer to be told of it ("founded in 1962 by a chemist …"). */
const TOLD_WITHIN = 80;

/** The verbs a question may ask about a body's beginning with, in the past. */
const BEGUN = 'open|opened|start|started|begin|began|begun|get started|set up|founded|co-founded|established';

/** The verbs "who … X" asks a body's founder with ("who started the fire" finds no founding told of the fire). */
const STARTED = 'started|began|set up|founded|co-founded|established';

/** What a story tells of foundings, read once per story: its own verb of founding, if any, and the words of its people's names. */
const told = new WeakMap<Story, { verb: string | undefined; people: ReadonlySet<string> }>();

/** The story's own verb of founding, if it tells of one, and the words of the names of the people in it. */
export function foundingOf(story: Story): { verb: string | undefined; people: ReadonlySet<string> } {
  let found = told.get(story);
  if (!found) {
    const all = story.passages.map((p) => p.text).join('\n');
    const verb = FOUNDING_VERBS.find((v) => writes(all, v));
    const people = new Set(story.entities.flatMap((e) => (e.kind === 'person' ? [e.name, ...e.aliases].flatMap(wordsOf) : [])));
    found = { verb, people };
    told.set(story, found);
  }
  return found;
}

/**
 * The question read as one about a founding, in the story's verb `verb`: "how old is the brewery", "when did the college open":
 * "when was the college founded"; "who started the firm": "who founded the firm". `age`: "how old is X" too, which may ask a
 * person's age (asked only when the question as typed finds none). Not "when will … open": what is to come is no founding.
 */
export function asFounding(question: string, verb: string, age: boolean, people: ReadonlySet<string>): string | undefined {
  const q = question.trim().toLowerCase().replace(/[?!.\s]+$/u, '').replace(/\s+/gu, ' ');
  const old = age ? /^how old (?:is|was|s|'s|’s) (.+)$/u.exec(q) : null;
  // ("how old is his niece", "how old is the boy", "how old is Tarkov": someone, whose age the story does not give.)
  if (old && !wordsOf(old[1]!).some((w) => PERSONAL.has(w) || isPersonNoun(w) || people.has(w))) return `when was ${old[1]} ${verb}`;
  if (old) return undefined;
  const when = new RegExp(`^when (?:did|was|were|had|has) (.+?) (?:first )?(?:${BEGUN})$`, 'u').exec(q);
  if (when) return `when was ${when[1]} ${verb}`;
  const who = new RegExp(`^who (?:first )?(?:${STARTED}) (.+)$`, 'u').exec(q);
  if (who) return `who ${verb} ${who[1]}`;
  return undefined;
}

/** Words that point to someone. */
const PERSONAL: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'they', 'them', 'their', 'i', 'you', 'we', 'me', 'my', 'your', 'our', 'u', 'ur', 'someone', 'anyone']);

/** A phrase's words as the index reads them, lower case, without accents ("Hallgrímsdóttir": "hallgrimsdottir"). */
function wordsOf(phrase: string): string[] {
  return tokenize(phrase, false).map((t) => t.word);
}

/** WordNet's kinds of a body (stems): an institution, an enterprise, a company, an establishment. */
const BODY_KINDS = ['institut', 'enterpris', 'compani', 'establish', 'organ'];

/** A noun for a body, not its name: "the company", "the university", "the charity". */
export function isBodyNoun(word: string): boolean {
  const kinds = kindsOf(word);
  return isFirmNoun(word) || BODY_KINDS.some((k) => kinds.has(k));
}

/** Whether answer words at [start, end) of `text` are told with the founding verb, near enough to be of it. */
export function toldOfFounding(text: string, start: number, end: number, verb: string): boolean {
  return writes(text.slice(Math.max(0, start - TOLD_WITHIN), end + TOLD_WITHIN), verb);
}

/** Whether a text writes a verb of founding as a word of its own, in any case. */
function writes(text: string, verb: string): boolean {
  return new RegExp(`\\b${verb}\\b`, 'iu').test(text);
}
