/**
 * Ranking a story's passages for a question, by evidence:
 * - BM25 per topic word of the question, through its best term: the word as written, another word
 *   of its stem, a correction, a related form, a word of its family, an alias or a pronoun that
 *   stands for the person; a word found all through the story (its subject) weighs less;
 * - context: a word missing from a sentence but found in the one before or after counts for part
 *   of its weight, more when the sentence opens by pointing back ("It was held in ...");
 * - proximity: question words close together in the passage, in the question's order;
 * - the kind of answer: a date for "when", a name for "who" (not the speaker of a quotation that
 *   holds the question's words: "“... a single witness ...,” Almeida said"), a number for "how many", a place for
 *   "where", a reason for "why", one that the question does not already name (for "when will", "where is the
 *   next", not a date or place of a passage that dates what it tells in the past); and, when the
 *   question says, what the number measures ("what percentage", "how far", "how much ... cost") or counts ("how many
 *   satellites": "six other satellites", not "the 50 most dangerous objects"); a passage with no number of the measure
 *   asked ranks lower ("how far did the ash go"), as does one that tells only what is to come for "when did";
 *   for "where", a place that says where ("at Riverside Park") more than one that qualifies a
 *   noun ("the Montana summit"); for "who runs X", a name other than X's own (it holds none of the
 *   question's words);
 * - the noun that names the kind of name asked for ("which city": "other cities, including ..."),
 *   for less than a topic word, and outside the question's weight;
 * - for "what kind of X", a passage with a word before X that says which kind ("a ransomware attack"), not "the attack";
 * - for "what day", the lede, when the best passage names no day (ledeFirst);
 * - a passage that is all a quotation (its speaker named in another sentence) ranks lower;
 * - for "who" or "which outlet", the next sentence that quotes someone named ranks as the general one before it that
 *   names no one ("Residents said they heard a bang. “...,” said Owen Pryce"), with the bonus for a far answer;
 * - for a yes/no question ("has X agreed ..."), a passage that states it ("X has ...") ranks a little higher;
 * - for a question about what a named person said ("what did X say", "according to X") or why,
 *   a passage quoting them ranks higher, one quoting only others lower, and it holds the words that name them ("he
 *   said"); a person asked about by a role ("what did the director say") is the one the story gives it (speakerRole).
 * Scores are shares of the question's weight: 1 is about every topic word found in the passage.
 * The constants (TUNING, in fitted.json) are fitted on the development questions (eval/) by
 * scripts/fit-rank.ts, which writes them; a change must gain about two questions to be kept.
 * A bonus for each question word held once ("coverage") and a penalty for a heavy word missing
 * were tried there and fitted to 0: they are kept as knobs the fit can turn on.
 */
import { asksMove, DAY_WORDS, givesKind, singularOf, TALKING, TELL } from './answer-kinds.js';
import FITTED from './fitted.json' with { type: 'json' };
import { isVague, type Query, type Slot } from './question.js';
import { type IndexedPassage, type StoryIndex, SUBJECT_SPREAD } from './story-index.js';
import { AUXILIARIES, COPULAS, HEADING_VERBS, MONTHS, NUMBER_WORDS, ORDINAL_WORDS, OUTLET_KINDS, ROLE_QUALIFIERS, WEEKDAYS } from './english.js';
import { lowerBound } from './sorted.js';
import { exactTerm } from './term-kinds.js';
import { termOf, tokenize } from './terms.js';
import { ANY_THING, nounAsked, ofPeople } from './counted.js';
import { FUNCTION_WORDS, ROLE_TITLES } from '../knowledge/vocabulary.js';

const NONE: ReadonlySet<number> = new Set();
/** "ppl", read as "peoples" in a story that writes only that. */
const PEOPLE_TERM = termOf('people');

/** The auxiliary a statement drops: "did X plead guilty" is stated "X pleaded guilty". */
const DO_FORMS: ReadonlySet<string> = new Set(['do', 'does', 'did']);

/** The ranking's constants, fitted on the development questions by scripts/fit-rank.ts. */
export interface Tuning {
  /** Share of a word's weight that the next or previous sentence of the same paragraph lends. */
  neighbour: number;
  /** What the sentence before lends when this one opens with "He", "It", "This"... */
  refersBack: number;
  /** Across a paragraph break, a neighbour lends this share of what it would lend within one. */
  acrossParagraphs: number;
  /** Bonus, as a share of the lesser word's weight, for two question words side by side, in order. */
  proximity: number;
  /** Distance in words at which the proximity bonus has halved. */
  proximityHalf: number;
  /** Bonus for giving the kind of answer the question wants. */
  kind: number;
  /** Share of that bonus left when the question says what its number measures and the passage's numbers do not. */
  unmeasured: number;
  /** Share of that bonus left when the answer stands far from the question's words (all of it when beside them). */
  kindFar: number;
  /**
   * Bonus per question word the passage holds, as a share of the word's weight however often it
   * occurs: four different question words beat one word four times.
   */
  coverage: number;
  /** How much of its weight a question word loses when found all through the story (it names the story's subject)... */
  topic: number;
  /** ...losing nothing when found in this share of the story's parts or fewer, all of `topic` when in every part. */
  topicFrom: number;
  /** Penalty, as a share of the score, for each share of the question's weight the passage lacks entirely (not even from a neighbour). */
  missing: number;
}

export const TUNING: Readonly<Tuning> = FITTED.ranking;

/** What a passage naming no outlet keeps of its score for a question that asks which outlet ("which paper did X talk to"). */
const UNSOURCED = 0.5;

/** Most words before an outlet's name (and after it) that may say what kind of outlet it is: "the commercial radio station Kestrel FM". */
const OUTLET_WORDS_BEFORE = 4;
const OUTLET_WORDS_AFTER = 2;

/**
 * Whether every outlet a passage credits is one the story calls another kind than the one asked: "which agency said it",
 * in a passage crediting "the newspaper Valmont Courier". (An outlet the story gives no kind may be of any.)
 */
function creditsOtherKind(index: StoryIndex, p: number, kindNoun: string | undefined): boolean {
  const asked = OUTLET_KINDS.find((kind) => kind.has(kindNoun ?? ''));
  if (!asked) return false;
  const text = index.story.passages[p]!.text;
  const credited = index.story.sources.filter((s) => s.passages.includes(p) && text.includes(s.name));
  const tokens = tokenize(text);
  return (
    credited.length > 0 &&
    credited.every((source) => {
      const at = text.indexOf(source.name);
      const from = tokens.findIndex((t) => t.end > at);
      const to = tokens.findIndex((t) => t.start >= at + source.name.length);
      const words = tokens.slice(Math.max(0, from - OUTLET_WORDS_BEFORE), to < 0 ? tokens.length : to + OUTLET_WORDS_AFTER).map((t) => t.word);
      const kinds = OUTLET_KINDS.filter((kind) => words.some((w) => kind.has(w)));
      return kinds.length > 0 && !kinds.includes(asked);
    })
  );
}

/** Share of the kind bonus a "where" question leaves a passage whose places stand after no "in", "at" ("the Montana summit"). */
const UNPLACED = 0.85;

/**
 * Bonus for a passage that words a yes/no question as a statement, its subject before the
 * auxiliary: "has X agreed to a ceasefire" and "X has continued to reject every ceasefire".
 */
const DECLARED = 0.1;

/**
 * For a question that asks what a named person said or thinks ("what did X say", "according to X") or why,
 * the bonus for a passage quoting them, and what a passage that quotes only others keeps of its
 * score: news English gives a person's view in their own quoted words. Dev measures the same from
 * 0.2 to 0.4 and from 0.7 to 0.8.
 */
const SPOKEN = 0.3;
const OTHER_VOICE = 0.8;

/** Terms of verbs of making known besides those of speech: "in what year did Apple reveal that ..." asks when it spoke. */
const MAKING_KNOWN: ReadonlySet<string> = new Set(['reveal', 'disclose', 'publish', 'release', 'report', 'unveil', 'state', 'declare', 'inform', 'notify'].map(termOf));

/**
 * Whether the only dates a passage gives are "today", "tomorrow"... inside a quotation (“So close to exams. Today is a
 * relief,” she said): the speaker's own day, which dates nothing a reader asks about.
 */
function quotedDayOnly(index: StoryIndex, passage: IndexedPassage): boolean {
  const { quoted, terms } = passage;
  const dates = passage.offers.date ?? [];
  if (!quoted || dates.length === 0) return false;
  const relative = index.shared.dictionary.held(DAY_TERMS);
  if (!dates.every((d) => d.length === 1 && relative.has(d[0]!))) return false;
  return terms.every((t, i) => !relative.has(t) || quoted[i] === 1);
}

/** What a passage that is all a quotation keeps of its score. */
const QUOTE_ONLY = 0.7;

/**
 * What a passage that tells only what is to come keeps of its score for "when did", "when was": it dates nothing that
 * has happened ("would hold a vote next month", for "when was the vote", where the lede's "voted on Tuesday" answers).
 */
const STILL_TO_COME = 0.3;

/**
 * What a passage keeps of its score for "how tall", "how long", "how far" when it gives no number of that measure: the
 * quotation "the pressure inside the mountain is still building" does not say how tall the mountain is.
 */
const NO_MEASURE = 0.6;

/** How much each term weighs for this question: rarity in the story, or among all stories. */
export interface Weights {
  idf(term: number): number;
  has(term: number): boolean;
  /** Weight of a topic word no story holds, in the total that scores are shares of (a name's or a number's, which are not paraphrased). */
  unknown: number;
  unknownLiteral: number;
}

export interface Ranked {
  passage: number;
  /** Higher is better. */
  score: number;
  /** Share of the question's weight the passage itself holds (no context, no bonus). */
  coverage: number;
  /** Share of the question's weight whose words the passage or a neighbour holds, each word once. */
  covered: number;
  /** The weight of the heaviest question word that neither the passage nor a neighbour holds, as a share of the question's. */
  missing: number;
  /** The passage gives the kind of answer the question wants (measuring what it asks to), or it wants none in particular. */
  gives: boolean;
}

/** A topic word's weight: its best term's, or what a word no story holds weighs. */
function slotWeight(slot: Slot, weights: Weights): number {
  let best = 0;
  for (const a of slot.alternatives) if (a.kind === 'word' && weights.has(a.id)) best = Math.max(best, a.weight * weights.idf(a.id));
  return best > 0 ? best : slot.literal ? weights.unknownLiteral : weights.unknown;
}

/** The words a passage is ranked by: the topic words and the noun that names the kind asked for. */
function rankedSlots(query: Query): Slot[] {
  return query.frame ? [...query.slots, query.frame] : query.slots;
}

/** The question's total weight: each topic word at its best term's weight. */
export function totalWeight(slots: readonly Slot[], weights: Weights): number {
  let total = 0;
  for (const slot of slots) total += slotWeight(slot, weights);
  return total;
}

/**
 * The most a story could score for the question: each word at its best term's weight and count,
 * proximity if two words are there, coverage, the kind bonus if any passage gives that kind.
 */
export function scoreBound(index: StoryIndex, query: Query, weights: Weights, total: number, tuning: Tuning = TUNING): number {
  let sum = 0;
  let present = 0;
  for (const slot of rankedSlots(query)) {
    let best = 0;
    for (const a of slot.alternatives) {
      if (index.has(a.id)) best = Math.max(best, a.weight * (a.kind === 'alias' ? index.idf(a.id) : weights.idf(a.id)));
    }
    sum += best;
    if (best > 0) present++;
  }
  const proximity = present > 1 ? 1 + tuning.proximity : 1;
  const kind = query.wants && index.kinds.has(query.wants) ? 1 + tuning.kind : 1;
  return ((sum * index.maxTfWeight * proximity + tuning.coverage * sum) * kind) / total;
}

/** Bonus for each matched question word and the next matched one standing close in the passage. */
function proximityBonus(terms: Int32Array, slotIds: readonly ReadonlySet<number>[], own: Float64Array, base: number, tuning: Tuning): number {
  let bonus = 0;
  let previous: { value: number; at: number[] } | undefined;
  for (let s = 0; s < slotIds.length; s++) {
    const value = own[base + s]!;
    if (value === 0) continue;
    const at: number[] = [];
    for (let i = 0; i < terms.length; i++) if (slotIds[s]!.has(terms[i]!)) at.push(i);
    if (at.length === 0) continue;
    if (previous) {
      let closeness = 0;
      // Full when side by side in the question's order, half in the other order. Closeness falls
      // with distance, so only the previous word's nearest place on either side of each place
      // counts (both lists are in order): linear in a long passage, where every pair was not.
      const before = previous.at;
      for (const y of at) {
        const next = lowerBound(before, y);
        if (next > 0) closeness = Math.max(closeness, 1 / (1 + (y - before[next - 1]! - 1) / tuning.proximityHalf));
        const after = before[next] === y ? next + 1 : next;
        if (after < before.length) closeness = Math.max(closeness, 0.5 / (1 + (before[after]! - y - 1) / tuning.proximityHalf));
      }
      bonus += tuning.proximity * closeness * Math.min(previous.value, value);
    }
    previous = { value, at };
  }
  return bonus;
}

/**
 * How close the nearest answer of the wanted kind stands to a question word in the passage: 1
 * beside it, a half at `proximityHalf` words.
 * `other`: words that, just before a question word, make it another thing ("Deputy Mayor").
 */
function kindCloseness(passage: IndexedPassage, query: Query, asked: ReadonlySet<number>, tuning: Tuning, other: ReadonlySet<number> = NONE): number {
  const { terms } = passage;
  const at: number[] = [];
  for (let j = 0; j < terms.length; j++) if (asked.has(terms[j]!) && !(j > 0 && other.has(terms[j - 1]!))) at.push(j);
  if (at.length === 0) return 0;
  // An answer stands wherever its first word does: the lengths it may have, by that word. A long
  // passage offers an answer at every occurrence, and one pass over its words serves them all.
  const lengths = new Map<number, Set<number>>();
  for (const answer of passage.offers[query.wants!] ?? []) {
    if (answer.every((t) => query.named.has(t))) continue;
    let known = lengths.get(answer[0]!);
    if (!known) lengths.set(answer[0]!, (known = new Set()));
    known.add(answer.length);
  }
  let best = Infinity;
  for (let i = 0; i < terms.length; i++) {
    const known = lengths.get(terms[i]!);
    if (!known) continue;
    // The question words nearest the answer on either side (`at` is in order).
    const before = lowerBound(at, i) - 1;
    if (before >= 0) best = Math.min(best, i - at[before]!);
    for (const length of known) {
      const end = i + length - 1;
      const after = lowerBound(at, end + 1);
      if (after < at.length) best = Math.min(best, at[after]! - end);
    }
  }
  return best === Infinity ? 0 : 1 / (1 + (best - 1) / tuning.proximityHalf);
}

/**
 * The role a "who is the ..." question asks the holder of ("mayor" in "who is the mayor of Split",
 * "whos the spokesperson for the group"), when the word after "who is (the)" is no name, or a "which" question
 * its title ("which minister went to the port": "Transport Minister Oskar Lind", not the harbour master named beside
 * "port"). The
 * holder is named beside the role ("Mayor Ivana Perić", "its spokeswoman, Lucija Matić"), while
 * a name beside the rest of the question names something else ("the residents' group Old Town Alive").
 */
function roleAsked(index: StoryIndex, query: Query): Slot | undefined {
  const { typed } = query;
  if (!query.asked.identity) {
    // "which minister went to the island": the role asked, right after the question word ("Shipping Minister Vasilis Kyriakou").
    if (query.asked.kind !== 'person') return undefined;
    const at = typed.findIndex((w) => w === 'which' || w === 'what');
    const role = at < 0 ? undefined : query.slots.find((s) => s.pos === at + 1);
    return role && ROLE_TITLES.has(singularOf(typed[at + 1]!)) ? role : undefined;
  }
  let at = typed.findIndex((w) => w === 'who' || w === 'whos');
  if (at < 0) return undefined;
  at += typed[at] === 'whos' ? 1 : 2;
  if (typed[at] === 'the') at++;
  const role = query.slots.find((s) => s.pos === at);
  const named = role && (role.literal || role.alternatives.some((a) => a.kind === 'word' && index.nameTerms.has(a.id)));
  return named ? undefined : role;
}

/** The story's passages that hold any of the question's evidence, best first. */
export function rankPassages(index: StoryIndex, query: Query, weights: Weights, total: number, tuning: Tuning = TUNING): Ranked[] {
  const { passages } = index;
  const slots = [...rankedSlots(query)].sort((x, y) => x.pos - y.pos);
  const n = passages.length;
  const width = slots.length;
  if (query.subjectOnly || subjectTimed(index, query)) return subjectFirst(index, query);
  if (width === 0 || total === 0 || n === 0) return [];
  const slotWeights = slots.map((slot) => slotWeight(slot, weights));
  // "who is the mayor of Split": a name answers when it stands beside the role, not beside the rest.
  const role = roleAsked(index, query);
  const slotIds = new Set(slots.flatMap((s) => s.alternatives.map((a) => a.id)));
  // Each slot's terms, for where its words stand in a passage.
  const termsOfSlot = slots.map((s) => new Set(s.alternatives.map((a) => a.id)));
  const askedIds = role ? new Set(role.alternatives.map((a) => a.id)) : slotIds;
  // "Deputy Mayor X" holds another role than the one asked, unless the question says "deputy" too.
  const otherRole = role ? new Set([...index.shared.dictionary.held(QUALIFIER_TERMS)].filter((id) => !query.termSet.has(id))) : NONE;
  // "who was the main witness": a quotation that holds the question's words names its speaker
  // beside it, who is seldom the answer, unless the question asks who said something.
  const speakerOnly = query.wants === 'name' && !query.speech;
  // "who runs the X group": the body run is named in the question's words, its head is not.
  const heading = query.wants === 'name' && query.typed.some((w) => HEADING_VERBS.has(w));
  const head = query.asked.head;
  const headSlot = head === undefined ? undefined : slots.find((s) => s.alternatives.some((a) => a.kind === 'word' && (a.term === head || a.term === exactTerm(head))));
  const headIds = headSlot && new Set(headSlot.alternatives.filter((a) => a.kind === 'word').map((a) => a.id));
  // own[p * width + s]: the best evidence for slot s in passage p alone; once[...]: the same, counted once.
  const own = new Float64Array(n * width);
  const once = new Float64Array(n * width);
  const touched = new Uint8Array(n);
  slots.forEach((slot, s) => {
    for (const a of slot.alternatives) {
      const w = a.weight * (a.kind === 'alias' ? index.idf(a.id) : weights.idf(a.id));
      const capped = Math.min(w, slotWeights[s]!);
      // Another name or a pronoun for a person never counts more than the name: "he" standing for
      // the story's subject is rarer than the name, and would otherwise outweigh it several times.
      const each = a.kind === 'alias' ? capped : w;
      index.postings(a.id, (p, tf) => {
        const v = each * tf;
        if (v > own[p * width + s]!) own[p * width + s] = v;
        if (capped > once[p * width + s]!) once[p * width + s] = capped;
        touched[p] = 1;
      });
    }
  });
  const lends = (p: number, q: number) => {
    if (q < 0 || q >= n || !touched[q]) return 0;
    // A sentence that opens with "He", "It", "This"... is about what the one before named.
    const share = q === p - 1 && passages[p]!.refersBack ? tuning.refersBack : tuning.neighbour;
    return passages[q]!.paragraph === passages[p]!.paragraph ? share : share * tuning.acrossParagraphs;
  };
  const declared = declaredForm(index, query, slots);
  const sorted = sortAsked(index, query, slots);
  const voices = askedVoices(index, query);
  const counted = countedAsked(query);
  // "what did the engineer say about the dyke": a quotation of the person asked about holds the words that name them,
  // unwritten ("“It held, as we said it would,” he told reporters"); only what they spoke about tells their quotations apart.
  const speakerOf = slots.map((slot) => (voices && slot !== query.frame && query.asked.speaker?.includes(slot.pos) ? spokenBy(index, slot, voices) : undefined));
  // "when was the first cub born": the date of a dateline or of "the zoo said on Tuesday" dates the report, not the birth,
  // unless the question asks when someone spoke ("when did the zoo announce it").
  const reportAside = query.wants === 'date' && !query.speech && !query.typed.some((w) => MAKING_KNOWN.has(termOf(w)));
  // (Not a sum of money, "how much" or "what will it cost", which many passages give, nor "how often", told in words as
  // often as in numbers: "annually".)
  // "who did X talk to": only a passage that says whom someone told ("X told Reuters", "told reporters") or credits an
  // outlet ("in an interview with Bloomberg") gives the one spoken to; another name there is someone else.
  const told = asksWhomTold(query) ? index.shared.dictionary.held(TOLD_TERMS) : undefined;
  const unmeasured = query.wants === 'number' && query.measures !== undefined && query.measures[0] !== 'money' && !query.typed.includes('much') && !query.typed.includes('often');
  // "how much did the shares drop": a figure told as a change ("fell 3.8%") answers, not another the passage gives.
  const moved = query.wants === 'number' && query.typed.includes('much') && asksMove(query.typed);
  const ranked: Ranked[] = [];
  // Passages given the bonus for the kind of answer asked for.
  const answering = new Uint8Array(n);
  for (let p = 0; p < n; p++) {
    const passage = passages[p]!;
    const prev = lends(p, p - 1);
    const next = lends(p, p + 1);
    let score = 0;
    let held = 0;
    let matched = 0;
    let covered = 0;
    let missing = 0;
    for (let s = 0; s < width; s++) {
      const speaker = speakerOf[s];
      const v = speaker !== undefined && passage.speakers?.has(speaker) ? Math.max(own[p * width + s]!, slotWeights[s]!) : own[p * width + s]!;
      const lent = Math.max(prev * (prev ? own[(p - 1) * width + s]! : 0), next * (next ? own[(p + 1) * width + s]! : 0));
      score += Math.max(v, lent);
      if (slots[s] === query.frame) {
        // The noun of the kind asked for ranks, but is no share of what the question asks about.
        if (v > 0) matched++;
        continue;
      }
      held += v;
      if (v > 0) {
        matched++;
        covered += once[p * width + s]!;
      } else if (lent > 0) {
        covered += Math.max(prev ? once[(p - 1) * width + s]! : 0, next ? once[(p + 1) * width + s]! : 0);
      } else {
        missing = Math.max(missing, slotWeights[s]!);
      }
    }
    if (score === 0) continue;
    if (matched > 1) score += proximityBonus(passage.terms, termsOfSlot, own, p * width, tuning);
    score += tuning.coverage * covered;
    const kinded =
      (query.wants === undefined || (heading ? givesHead(passage, query) : givesKind(passage.offers, query.wants, query.named))) &&
      !(speakerOnly && quotedOnly(passage, query, slotIds)) &&
      !(reportAside && passage.reported) &&
      !(query.wants === 'date' && quotedDayOnly(index, passage)) &&
      !(told && !givesKind(passage.offers, 'source', query.named) && !passage.terms.some((t) => told.has(t))) &&
      !(query.wants === 'source' && creditsOtherKind(index, p, query.asked.kindNoun));
    // "What percentage": a number that is a percent answers better than any other number.
    const measured = measures(passage, query) && (counted === undefined || passage.counts?.has(counted) === true) && (!moved || givesKind(passage.offers, 'change', query.named));
    // "when will they meet again", "where is the next game": a date or a place of the past does not tell what is to come;
    // "when did the talks collapse": nor does a date still to come ("next year") tell what has happened.
    const otherTime = (query.ahead && passage.time === 'past' && (query.wants === 'date' || query.wants === 'place')) || (query.behind && query.wants === 'date' && passage.later);
    // "when was the vote": a passage that dates only what is to come, or looks ahead and dates nothing ("is still
    // negotiating and would hold a vote"), tells nothing that has happened.
    if (query.behind && query.wants === 'date' && (passage.later || (!kinded && passage.time === 'ahead'))) score *= STILL_TO_COME;
    if (unmeasured && !(kinded && measured)) score *= NO_MEASURE;
    if (query.wants && kinded && !otherTime) {
      answering[p] = 1;
      const near = tuning.kindFar < 1 ? kindCloseness(passage, query, askedIds, tuning, otherRole) : 1;
      // "where was it played": the place that answers says where, after "in", "at" ("at Riverside Park").
      const placed = !query.located || givesKind(passage.offers, 'placed', query.named) ? 1 : UNPLACED;
      score *= 1 + tuning.kind * (measured ? 1 : tuning.unmeasured) * placed * (tuning.kindFar + (1 - tuning.kindFar) * near);
    } else if (sorted && passage.terms.some((t, i) => i > 0 && sorted.noun.has(t) && sorted.saysKind(passage.terms[i - 1]!))) {
      // "what kind of attack": the noun with a word before it that says which kind ("a ransomware attack").
      score *= 1 + tuning.kind;
    } else if (headIds && (passage.offers.name ?? []).some((name) => name.some((t) => headIds.has(t)))) {
      // "what military base": a name that holds the noun asked about ("Joint Base ...") gives the answer.
      score *= 1 + tuning.kind;
    }
    const gives = kinded && measured;
    // An outlet is named where the story credits it: a passage naming none seldom says who reported.
    // A platform may go unnamed ("posting on social media"), so "where did X post it" is not held to one.
    if ((query.wants === 'source' || told) && !kinded && !query.asked.platform) score *= UNSOURCED;
    // "where do the passenger numbers come from": the body credited with a figure is named beside it; a passage with no number
    // gives none.
    if (query.asked.credit && passage.offers.number === undefined) score *= UNSOURCED;
    // A quotation alone, its speaker named in another sentence, says what someone thinks or feels
    // and seldom the fact asked: the sentence that reports it does ("Okafor scored in the 17th minute"). Not when it
    // quotes the person the question asks to hear ("what did X say"): their own words are what it asks for.
    const voiced = voices !== undefined && passage.speakers !== undefined && [...passage.speakers].some((g) => voices.has(g));
    if (passage.quoteOnly && !voiced) score *= QUOTE_ONLY;
    if (declared && passage.terms.some((t, i) => i > 0 && t === declared.auxiliary && declared.subject.has(passage.terms[i - 1]!))) score *= 1 + DECLARED;
    if (voices && passage.speakers) score *= voiced ? 1 + SPOKEN : OTHER_VOICE;
    score *= 1 - tuning.missing * (missing / total);
    ranked.push({
      passage: p,
      score: score / total,
      coverage: Math.min(1, held / total),
      covered: Math.min(1, covered / total),
      missing: missing / total,
      gives,
    });
  }
  if (query.wants === 'name' || query.wants === 'source') specificsAfter(index, ranked, answering, tuning);
  // "how old is the hungarian swimmer": only a passage that gives an age answers; the one that names the swimmer most
  // fully may give none ("The 24-year-old had denied wrongdoing" does).
  ranked.sort((a, b) => (query.asked.age ? Number(b.gives) - Number(a.gives) : 0) || b.score - a.score || a.passage - b.passage);
  if (query.asked.clock) return clockFirst(index, query, ranked);
  return query.measures?.includes('day') ? ledeFirst(index, query, ranked) : ranked;
}

const SAY = termOf('say');
/** Terms of the forms of "tell" a passage says whom someone told with. */
const TOLD_TERMS: readonly string[] = ['told', 'tell', 'tells', 'telling'].map(termOf);
/** Nouns of words given to someone: "who did X give a statement to". */
const STATEMENTS: ReadonlySet<string> = new Set(['statement', 'interview', 'interviews', 'comment', 'comments', 'remarks', 'quote']);

/**
 * "who did X talk to", "who did X tell", "who did X give the interview to": a question of whom someone spoke to, the
 * object of its verb, which news English names after "told" ("X told Reuters", "told reporters") or as an outlet it
 * credits ("in an interview with Bloomberg").
 */
function asksWhomTold(query: Query): boolean {
  const verb = query.asked.verb;
  if (query.wants !== 'name' || verb?.wants !== 'object') return false;
  const at = query.slots[verb.slot]!.pos;
  const term = termOf(query.typed[at] ?? '');
  if (term === TELL) return true;
  const after = query.typed.slice(at + 1);
  if ((TALKING.has(term) || term === SAY) && (after.includes('to') || after.includes('with'))) return true;
  return query.typed.at(-1) === 'to' && query.typed.some((w) => STATEMENTS.has(w));
}

/**
 * News English states the general before the specific and quotes whoever speaks for it next: "Residents said they
 * heard a loud bang. “The windows rattled,” said Owen Pryce, a retired postman." For "who" or "which outlet", a
 * passage that holds the question's words but no answer of the kind asked for hands its score to the next sentence of
 * its paragraph when that one quotes someone the story names and gives such an answer, with the kind bonus for an
 * answer far from the question's words. (Not any next sentence with a name: in encyclopedic text that is seldom the one.)
 * `ranked` is in story order.
 */
function specificsAfter(index: StoryIndex, ranked: Ranked[], answering: Uint8Array, tuning: Tuning): void {
  for (let i = 0; i + 1 < ranked.length; i++) {
    const [r, next] = [ranked[i]!, ranked[i + 1]!];
    const after = index.passages[next.passage]!;
    if (next.passage !== r.passage + 1 || answering[r.passage] || !answering[next.passage] || !after.speakers || after.paragraph !== index.passages[r.passage]!.paragraph) continue;
    next.score = Math.max(next.score, r.score * (1 + tuning.kind * tuning.kindFar));
  }
}

/** Terms of the words before a role that make it another role (ROLE_QUALIFIERS: "deputy", "vice"). */
const QUALIFIER_TERMS: readonly string[] = [...ROLE_QUALIFIERS].map(termOf);

/** Nouns a question asks the kind of: "what kind of attack", "what type of bridge". */
const SORT_NOUNS: ReadonlySet<string> = new Set(['kind', 'type', 'sort']);
/** Terms of the words that say no kind before a noun (see sortAsked). */
const PLAIN_TERMS: readonly string[] = [...FUNCTION_WORDS, ...ORDINAL_WORDS, ...NUMBER_WORDS, ...WEEKDAYS, ...MONTHS].map(termOf);

/**
 * For "what kind of NOUN": the terms of the noun, and of the words that say no kind before it: function
 * words ("the attack"), and words that say which one or when ("the second attack", "Sunday's attack",
 * "a 2019 attack"), where a content word does ("a ransomware attack").
 */
function sortAsked(index: StoryIndex, query: Query, slots: readonly Slot[]): { noun: ReadonlySet<number>; saysKind: (id: number) => boolean } | undefined {
  const at = query.typed.findIndex((w, i) => SORT_NOUNS.has(w) && query.typed[i + 1] === 'of');
  // The noun ends the words after "of": "piece" in "what type of musical piece".
  let end = at + 2;
  while (at >= 0 && slots.some((s) => s.pos === end + 1)) end++;
  const slot = at < 0 ? undefined : slots.find((s) => s.pos === end);
  if (!slot) return undefined;
  const { dictionary } = index.shared;
  const plain = dictionary.held(PLAIN_TERMS);
  const saysKind = (id: number) => !plain.has(id) && !query.named.has(id) && !/^\d/.test(dictionary.term(id));
  return { noun: new Set(slot.alternatives.filter((a) => a.kind === 'word').map((a) => a.id)), saysKind };
}

/**
 * A yes/no question that opens with an auxiliary a statement keeps ("has X agreed", "is X going to",
 * not "did X ..."): that auxiliary's term, and the terms of its subject, the word after it.
 */
function declaredForm(index: StoryIndex, query: Query, slots: readonly Slot[]): { auxiliary: number; subject: ReadonlySet<number> } | undefined {
  const opener = query.typed[0] ?? '';
  if (!(AUXILIARIES.has(opener) || COPULAS.has(opener)) || DO_FORMS.has(opener)) return undefined;
  const subject = slots.find((s) => s.pos === 1);
  const auxiliary = index.shared.dictionary.find(termOf(opener));
  return subject && auxiliary >= 0 ? { auxiliary, subject: new Set(subject.alternatives.map((a) => a.id)) } : undefined;
}

/**
 * "what day was the game": when the best passage names no day (or only "today", "tomorrow"), the
 * question is about the story's main event, and a news story dates that in its first sentence (the
 * lede). The lede goes first when it names a day, even if it words the event otherwise ("beat X
 * 3-1 on Sunday").
 */
function ledeFirst(index: StoryIndex, query: Query, ranked: Ranked[]): Ranked[] {
  const best = ranked[0];
  const lede = index.passages[0];
  if (!best || namesDay(index, best.passage, query) || best.passage === 0 || !lede || !givesKind(lede.offers, 'day', query.named)) return ranked;
  const at = ranked.findIndex((r) => r.passage === 0);
  const entry = at >= 0 ? ranked.splice(at, 1)[0]! : { passage: 0, score: 0, coverage: 0, covered: 0, missing: 1, gives: true };
  return [{ ...entry, score: best.score }, ...ranked];
}

/** Paragraphs of a news story's opening, where it times its main event ("The fire broke out at about 2 a.m."). */
const OPENING_PARAGRAPHS = 3;

/**
 * "what time did the fire start": a news story times its main event in its opening, and a later time of day is mostly
 * another event's ("the airport closed from 11 a.m."). When the best passage gives no time of day, the best-ranked
 * passage of the opening that gives one goes first.
 */
function clockFirst(index: StoryIndex, query: Query, ranked: Ranked[]): Ranked[] {
  const best = ranked[0];
  const timed = (p: number) => index.passages[p]!.paragraph <= OPENING_PARAGRAPHS && givesKind(index.passages[p]!.offers, 'clock', query.named);
  if (!best || givesKind(index.passages[best.passage]!.offers, 'clock', query.named)) return ranked;
  const at = ranked.findIndex((r) => timed(r.passage));
  return at < 0 ? ranked : [ranked[at]!, ...ranked.slice(0, at), ...ranked.slice(at + 1)];
}

/**
 * "what happened", "when did it happen", "how heavy was it": a question of vague words only is about the story's own
 * subject, which a news story tells first and most fully at the start. Its passages in the story's order, those that
 * give the kind of answer asked (measuring what it asks to) first; each scores as if it held the question's words.
 */
function subjectFirst(index: StoryIndex, query: Query): Ranked[] {
  const ranked = index.passages.map((passage, p) => ({
    passage: p,
    score: 1,
    coverage: 1,
    covered: 1,
    missing: 0,
    gives: query.wants === undefined || (givesKind(passage.offers, query.wants, query.named) && measures(passage, query)),
  }));
  // (A stable sort: story order within each.)
  return ranked.sort((a, b) => Number(b.gives) - Number(a.gives));
}

/** Words that point to the one thing the story tells of: "the race", "this vote". */
const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'that']);

/**
 * "when was the race", "where was the vote": a question for a date or a place that names only the story's own subject
 * ("the" and a word found all through the story), and vague words, asks when or where the story's main event was, which a
 * news story tells in its opening; a later passage that holds the word dates something else ("The race, first held in ...").
 * (A verb is no subject: "when was it painted", in a story about a painting's sale, asks of another event.)
 */
function subjectTimed(index: StoryIndex, query: Query): boolean {
  if ((query.wants !== 'date' && query.wants !== 'place') || query.slots.length === 0) return false;
  return query.slots.every(
    (s) => isVague(query.typed[s.pos]!) || (DEFINITE.has(query.typed[s.pos - 1] ?? '') && s.alternatives.some((a) => a.kind === 'word' && index.spread(a.id) >= SUBJECT_SPREAD)),
  );
}

/**
 * For "how many X": the term of X, which a passage's numbers must count ("how many dead satellites": "operates six other
 * satellites"; IndexedPassage.counts), where a passage whose numbers count other things ("the 50 most dangerous dead
 * objects") answers less. Undefined when the question counts no noun, counts "things", or counts people, whom news
 * English counts by any noun for people ("1.1 million visitors", "188 people") and whose counts the verdict judges
 * (tried here: it lost as many as it gained).
 */
function countedAsked(query: Query): string | undefined {
  const asked = nounAsked(query).nounRun.at(-1);
  if (asked === undefined || ofPeople(asked) || termOf(asked) === PEOPLE_TERM) return undefined;
  const noun = termOf(singularOf(asked));
  return ANY_THING.has(noun) ? undefined : noun;
}

/** Whether a passage gives a number measuring what the question asks it to ("what percentage", "how far"), or it asks no measure. */
function measures(passage: IndexedPassage, query: Query): boolean {
  return !query.measures || query.measures.some((m) => givesKind(passage.offers, m, query.named));
}

/** Terms of the words for a day told from the day of writing: "today", "tomorrow". */
const DAY_TERMS: readonly string[] = [...DAY_WORDS].map(termOf);

/** Whether a passage names a day the question does not: "today" or "tomorrow" (“Today's decision ...”) names none a reader can use. */
function namesDay(index: StoryIndex, passage: number, query: Query): boolean {
  const relative = index.shared.dictionary.held(DAY_TERMS);
  return (index.passages[passage]!.offers.day ?? []).some((day) => !day.every((t) => query.named.has(t) || relative.has(t)));
}

/**
 * Whether the question's words the passage holds all stand inside quotation marks, and no name the
 * question does not give stands there with them: the only name beside them is the speaker's.
 */
function quotedOnly(passage: IndexedPassage, query: Query, asked: ReadonlySet<number>): boolean {
  const { terms, quoted } = passage;
  if (!quoted) return false;
  let inside = false;
  for (let i = 0; i < terms.length; i++) {
    if (!asked.has(terms[i]!)) continue;
    if (!quoted[i]) return false;
    inside = true;
  }
  if (!inside) return false;
  for (const name of passage.offers.name ?? []) {
    if (name.every((t) => query.named.has(t))) continue;
    for (let i = 0; i < terms.length; i++) if (terms[i] === name[0] && quoted[i]) return false;
  }
  return true;
}

/**
 * The people whose words the question asks for, when it asks with a verb of speech ("what did X
 * say", "did X think ...", "according to X") or asks why (a person gives their reasons in their own
 * words: "why is X so keen on Y"): the alias groups of the persons it names there (all it names
 * when it does not say who speaks), by a name ("the french president" is none of the story's presidents).
 */
export function askedVoices(index: StoryIndex, query: Query): ReadonlySet<number> | undefined {
  const according = query.typed.findIndex((w, i) => w === 'according' && query.typed[i + 1] === 'to');
  if (!query.speech && according < 0 && query.wants !== 'reason') return undefined;
  const speaks = (pos: number) => (query.asked.speaker ? query.asked.speaker.includes(pos) : according < 0 || pos > according + 1);
  const groups = new Set<number>();
  if (query.speakerGroup !== undefined) groups.add(query.speakerGroup);
  for (const slot of query.slots) {
    if (!speaks(slot.pos)) continue;
    if (!slot.literal && !slot.alternatives.some((a) => a.kind === 'word' && index.nameTerms.has(a.id))) continue;
    for (const g of aliasGroups(index, slot)) if (index.groups[g]!.person) groups.add(g);
  }
  return groups.size > 0 ? groups : undefined;
}

/** The story's alias groups (people, bodies) a word of the question names. */
function aliasGroups(index: StoryIndex, slot: Slot): number[] {
  return slot.alternatives.flatMap((a) => {
    const g = a.kind === 'alias' ? index.groupOf(a.id) : -1;
    return g >= 0 ? [g] : [];
  });
}

/** The person among `voices` a word of the question names (by an alias of theirs), if any. */
function spokenBy(index: StoryIndex, slot: Slot, voices: ReadonlySet<number>): number | undefined {
  return aliasGroups(index, slot).find((g) => voices.has(g));
}

/**
 * For "who runs the X group": a name that holds any of the question's words is the body run
 * ("the Association of X Hosts"), not the person who runs it, whose name the question cannot hold.
 */
function givesHead(passage: IndexedPassage, query: Query): boolean {
  return (passage.offers.name ?? []).some((name) => !name.some((t) => query.named.has(t)));
}
