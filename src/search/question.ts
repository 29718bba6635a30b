/**
 * A question as the ranker uses it: its topic words (function and question words set aside), each
 * a slot that one of several terms can fill (the word itself, the story words a typo stands for,
 * related forms and word families, the alias group of a name and the pronouns that stand for a
 * person), and the kind of answer it wants.
 */
import { IRREGULAR } from './word-families.js';
import { findName } from './aliases.js';
import { type AnswerKind, possessives, singularOf, type SpanKind, wantedKind } from './answer-kinds.js';
import { ASKED_SPEECH, AUXILIARIES, COPULAS, VAGUE_WORDS, FRAME_NOUNS, EMPHASIS_WORDS, HOW_NUMBER, KIND_OF_NOUN, LEADER_TITLES, HEAD_NOUNS, HEADING_VERBS, type Measure, otherSpelling, PARTICLES, PLACE_PREPOSITIONS, POSSESSIVE_PRONOUNS, QUESTION_WORDS, SUCCESSION_WORDS, UNIT_WORDS } from './english.js';
import { FUNCTION_WORDS, PREPOSITIONS, ROLE_MODIFIERS } from '../knowledge/vocabulary.js';
import { isPersonNoun, isRoleNoun } from '../knowledge/grammar.js';
import type { Dictionary } from './dictionary.js';
import type { StoryIndex } from './story-index.js';
import { acronymTerm, exactTerm, groupTerm, pronounTerm } from './term-kinds.js';
import { ABBREVIATIONS, beforeThe, familiesOf, isStemmed, isStopword, phrasalTerms, phrasalWords, termOf, type Token, tokenize } from './terms.js';
import { everydayWord } from './frequency.js';
import { isEnglishWord } from '../knowledge/word-counts.js';
import type { Relative } from './relatives.js';
import { type Correction, MIN_CORRECTED, Speller, swapped } from './typos.js';

/** What the question asks for, as the answer step reads it. */
export interface Asked {
  kind?: SpanKind;
  measures?: readonly Measure[];
  /** Term of the noun a "what/which NOUN" question asks about ("base" in "what military base"). */
  head?: string;
  /** Term of what a "how many NOUN" question counts ("contracts" in "how many contracts"). */
  counted?: string;
  /** "how old": only an age answers ("61-year-old", "aged 61", "Rui Fontes, 61,"). */
  age?: boolean;
  /** "what time": a time of day ("11:42 a.m."), where the passage gives one. */
  clock?: boolean;
  /** "how many", "how long": a count or a measure, never a rank ("71st"). */
  amount?: boolean;
  /** "what did X say", "how did X react": the positions of X's words in the question. */
  speaker?: number[];
  /** Terms of the question's words, to match a person's role ("judge", "mayor"). */
  focus?: string[];
  /**
   * The verb of a "who" question, by its slot: "who beat X" wants its subject (the name just
   * before the verb in the passage), "who did X beat" its object (the name just after), "who was cast as X"
   * the subject of the passive verb (the name just before "was cast").
   */
  verb?: { slot: number; wants: 'subject' | 'object' | 'passive' };
  /** "who is X": when X is a name the story uses, its answer is the role the article gives them. */
  identity?: boolean;
  /** "where did X post it": a platform, which may be named or not ("on Facebook", "on social media"). */
  platform?: boolean;
  /** "where do the passenger numbers come from": whom the story credits for a figure, given with it. */
  credit?: boolean;
  /** "which club": one of a kind, named ("Sporting Mechelen"); "what measures" may be answered by a description. */
  which?: boolean;
  /** "which kenyan city", "what town": the noun that names the kind asked for, in the singular. */
  kindNoun?: string;
  /** "which analyst": someone asked for by a noun for people, whom no body is. */
  human?: boolean;
  /** "what is the highest point in the state": the name the passage sets beside those words ("the highest point in the state, Granite Peak"). */
  apposed?: boolean;
  /** "wat kind of attack was it": the noun whose kind is asked, in the singular; the passage's words that describe it ("A ransomware attack") answer. */
  sort?: string;
  /** "what did Carvalho hand Fontes": what the question's verb was done to, the noun phrase after it in the passage, answers. */
  object?: boolean;
  /** "what were the trees cut down for", "who was she on the cover after": the preposition the question ends on; what follows it in the passage answers. */
  preposition?: string;
  /**
   * "who is the governor's wife", "the water authoritys spokeswoman": the terms of the owner's words
   * (`head`, of the word that owns, as typed and in the singular) and the noun it owns (as read), which
   * names someone or something else; `complement`, the phrase is what "who is" asks about.
   */
  owner?: { terms: string[]; owned: string; head: string[]; complement: boolean };
}

export interface Alternative {
  term: string;
  /** The term's number in the shared dictionary; -1 when no story holds it. */
  id: number;
  /** 1 for the word as typed; less for a correction, a relative, a family or another name. */
  weight: number;
  /**
   * A word counts toward the question's weight; a family or an alias only stands in for one; a
   * meaning is a story word near in meaning (embeddings), a guess that ranks but proves nothing.
   */
  kind: 'word' | 'family' | 'alias' | 'meaning';
  /** For a meaning: how near it stands (word vectors' cosine). */
  similarity?: number;
}

/** One topic word of the question and the terms that can stand for it in a passage. */
export interface Slot {
  /** Position of the word in the question. */
  pos: number;
  alternatives: Alternative[];
  /** A name or a number: a story that answers uses it as such, it is not paraphrased. */
  literal: boolean;
}

export interface Query {
  slots: Slot[];
  /**
   * The noun that names the kind asked for ("which counties", "what city"), when the story uses it:
   * a passage naming the kind beside its answer ("other cities, including Barcelona") ranks higher.
   * It only ranks: no topic word the answer must hold, nor part of the question's weight.
   */
  frame?: Slot;
  /** Term number of every word in order, typos corrected: where names are looked for. */
  terms: number[];
  termSet: ReadonlySet<number>;
  wants?: AnswerKind;
  /** What the number it wants measures, when it says ("what percentage", "how far"). */
  measures?: readonly Measure[];
  /** Every term the question names, corrections included: an answer is something else. */
  named: ReadonlySet<number>;
  /** What the answer step looks for. */
  asked: Asked;
  /** The question's words as typed (lower case, no apostrophes), by position: what `missing` reports. */
  typed: string[];
  /** Topic words read as other words: "sumit" as "summit". */
  corrected: { typed: string; read: string }[];
  /** Typed all in lower case: its names look like any other word. */
  caseless: boolean;
  /** It asks where something is or happened: "where ...", or it ends on the preposition its answer follows ("which state was it in"). */
  located: boolean;
  /** It asks with a verb of speech ("who said it"). */
  speech: boolean;
  /**
   * It asks something, in vague words only ("what happened", "when did it happen", "how heavy was it"): about the
   * story's own subject, which a news story tells first.
   */
  subjectOnly: boolean;
  /** It asks about what is still to come: "when will ...", "gonna", "the next one", "... again". */
  ahead: boolean;
  /** It asks about what has happened: "when did ...", "what day was ..." (and not about what is to come). */
  behind: boolean;
  /** The alias group of the person a speaker asked about by a role stands for (speakerRole); set by withAliases. */
  speakerGroup?: number;
}

/** A vague word ("happen", "thing", "guys"), as typed or mistyped ("hapened"): it names no topic of its own. */
export function isVague(word: string): boolean {
  return VAGUE_WORDS.has(word) || VAGUE_WORDS.has(everydayWord(word) ?? '');
}

/** Words of a question about what is still to come: "when will", "gonna", "the next game", "play again" ("going to" too, FUTURE_MARKERS). */
const AHEAD_QUESTION: ReadonlySet<string> = new Set(['will', 'gonna', 'next', 'again', 'upcoming']);
/**
 * "when can they go home", "when r they reopening the road": the time a thing may first be done, or that is arranged (a
 * verb in "-ing" after "are"), is still to come.
 */
export const whenAhead = (words: readonly string[]): boolean =>
  words[0] === 'when' && (words[1] === 'can' || ((words[1] === 'are' || words[1] === 'r') && words.slice(3).some((w) => /ing$/.test(w) && w.length > 5)));
/** Auxiliaries of the past: "when did it happen", "when was the vote". */
const PAST_AUXILIARIES: ReadonlySet<string> = new Set(['did', 'didnt', 'was', 'wasnt', 'were', 'werent']);
/** Words that say what was meant to come: "was meant to open", "were due to start", "was scheduled for". */
const INTENDED: ReadonlySet<string> = new Set(['meant', 'supposed', 'due', 'expected', 'scheduled', 'planned', 'set', 'going']);

export const SPAN_OF_KIND: Partial<Record<AnswerKind, SpanKind>> = { date: 'date', name: 'person', number: 'number', place: 'place', source: 'source' };

/** Verbs of putting words out: "where" they did it is an outlet or a platform. */
const PUBLISHING = new Set(['post', 'posted', 'write', 'wrote', 'publish', 'published', 'tweet', 'tweeted']);

/** Words that with "to" say what will or should happen ("is he going to appeal", "when is it supposed to close"). */
const FUTURE_MARKERS = new Set(['going', 'supposed']);

/** Nouns for what a story reports on someone's word: "where does that number come from" asks who gave it. */
const FIGURES = new Set(['number', 'numbers', 'figure', 'figures', 'data', 'stat', 'stats', 'statistics', 'estimate', 'estimates', 'info', 'information', 'count', 'toll']);

/**
 * Nouns for the report itself: "which website had the story", "what paper ran the piece first". Of a question that asks
 * for a source they say nothing of the topic: the outlet the story credits is the one that had the report.
 */
const REPORTS = new Set(['story', 'stories', 'news', 'report', 'reports', 'scoop', 'article', 'articles', 'piece', 'coverage', 'headline', 'headlines']);

/** "where do the tourism numbers come from": a question of whom the story credits for its figures. */
function asksCredit(wanted: ReturnType<typeof wantedKind>, typed: readonly string[]): boolean {
  return wanted?.kind === 'place' && typed.includes('from') && typed.some((w) => FIGURES.has(w));
}

/**
 * "the 12k number", "the 1.9m figure": a figure as readers shorten it, written as a story does ("12000", "1.9 million"),
 * before a noun of figures (not "a 3m wall").
 */
function spellFigure(question: string): string {
  return question.replace(/\b(\d+(?:\.\d+)?)(k|m|bn)\b(?=\s+(\w+))/giu, (whole, n: string, scale: string, noun: string) => {
    if (!FIGURES.has(noun.toLowerCase())) return whole;
    const unit = scale.toLowerCase();
    if (unit !== 'k') return `${n} ${unit === 'm' ? 'million' : 'billion'}`;
    const value = Number(n) * 1000;
    return Number.isInteger(value) ? String(value) : whole;
  });
}

/** Words between "how many" and the noun it counts: "how many of the job cuts". */
const COUNTED_OF = new Set(['of', 'the', 'those', 'these', 'their', 'his', 'her', 'its', 'our', 'your', 'my']);

/** A verb of speech a question asks with, in any form ("say", "said", "told"). */
function isSpeech(word: string): boolean {
  return ASKED_SPEECH.has(word) || ASKED_SPEECH.has(IRREGULAR[word] ?? '');
}

const ASKED_SPEECH_TERMS: ReadonlySet<string> = new Set([...ASKED_SPEECH].map(termOf));

/** Words that open a reported clause's verb: "say the hospital would be built", "say the body was found". */
const REPORTED_VERBS: ReadonlySet<string> = new Set([...COPULAS, 'be', 'been', 'would', 'will', 'could', 'had', 'has', 'have']);

/**
 * "where did X say that": a question of where someone spoke (a verb of speech, in any form: "told"),
 * not of where what they said took place ("where did police say the body was found").
 */
function saysWhere(words: readonly string[]): boolean {
  if (!words.some((w) => w === 'where' || w === 'wheres')) return false;
  const verb = words.findIndex(isSpeech);
  return verb >= 0 && !words.slice(verb + 1).some((w) => REPORTED_VERBS.has(w));
}

/** Auxiliaries of the perfect, before a participle: "has X said", "what have they told". */
const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had']);

/** What a yes/no question about speech asks to hear, as "what did X say" does: "did X say anything", "has X said much". */
const OPEN_OBJECTS: ReadonlySet<string> = new Set(['anything', 'something', 'much', 'publicly']);

/** "what did X say", "how did X react": the positions of X's words, between the auxiliary and the verb. */
function speakerOf(words: readonly string[]): number[] | undefined {
  // "did X say anything", "has X responded", a yes/no question, asks as much what X said.
  const yesNo = AUXILIARIES.has(words[0] ?? '');
  const q = yesNo ? -1 : words.findIndex((w) => w === 'what' || w === 'how' || w === 'whats');
  // "what did X say", "what was X saying", "whats X saying" (its copula typed into it).
  const contracted = words[q] === 'whats';
  if (!yesNo && (q < 0 || !(contracted || AUXILIARIES.has(words[q + 1] ?? '') || COPULAS.has(words[q + 1] ?? '')))) return undefined;
  const start = yesNo || contracted ? q + 1 : q + 2;
  // ("has X said anything", "what have officials said": after "has", its participle.)
  const perfect = PERFECT_AUXILIARIES.has(words[yesNo ? 0 : q + 1] ?? '');
  // ("what was X saying", "whats X thinking": its -ing form too, as the question's last word.)
  const verb = words.findIndex(
    (w, i) => i > start && (ASKED_SPEECH.has(w) || ((perfect || (i === words.length - 1 && /ing$/.test(w))) && ASKED_SPEECH_TERMS.has(termOf(w)))),
  );
  if (verb < 0) return undefined;
  // (Not "did X think the fire was set on purpose", which asks whether X said that.)
  if (yesNo && !(verb === words.length - 1 || OPEN_OBJECTS.has(words[verb + 1]!))) return undefined;
  const speaker = [];
  for (let i = start; i < verb; i++) if (!FUNCTION_WORDS.has(words[i]!)) speaker.push(i);
  return speaker.length > 0 ? speaker : undefined;
}

/**
 * The verb of a "who" question and where its answer stands: "who beat Pittsburgh" (the word right
 * after "who") wants the subject; "who did Denver beat" (after an auxiliary and its subject) the
 * object. "who is ..." asks for no verb.
 */
function verbOf(words: readonly string[], slots: readonly Slot[]): Asked['verb'] {
  const who = words.findIndex((w) => w === 'who' || w === 'whom' || w === 'whos');
  // "the survivor who talked to the press": a relative "who" after a noun is not what is asked.
  if (who < 0 || (who > 0 && !FUNCTION_WORDS.has(words[who - 1]!))) return undefined;
  const next = words[who + 1];
  if (next === undefined || words[who] === 'whos') return undefined;
  const slotAt = (pos: number) => slots.findIndex((s) => s.pos === pos);
  if (COPULAS.has(next)) {
    // "who was the regime overthrown by": the doer of the passive verb before "by", its subject in the active.
    const last = words.length - 1;
    const s = words[last] === 'by' ? slotAt(last - 1) : -1;
    if (s >= 0) return { slot: s, wants: 'subject' };
    // "who was cast as the villain": the subject of the passive verb, the name just before "was cast" in the passage.
    // (A participle: "elected", "chosen", or one a preposition follows, "cast as"; not "who is the mayor pushing".)
    const p = slotAt(who + 2);
    // (Not a name that merely ends so, "who is larsen": a participle in "-en" is an English word.)
    const participle = /ed$/.test(words[who + 2] ?? '') || (/en$/.test(words[who + 2] ?? '') && isEnglishWord(words[who + 2]!)) || IRREGULAR[words[who + 2] ?? ''] !== undefined || words[who + 3] === 'as' || PREPOSITIONS.has(words[who + 3] ?? '');
    return p >= 0 && participle ? { slot: p, wants: 'passive' } : undefined;
  }
  if (!AUXILIARIES.has(next)) {
    const s = slotAt(who + 1);
    return s >= 0 ? { slot: s, wants: 'subject' } : undefined;
  }
  // After the auxiliary: its subject, then the verb (the last of the words before a function word).
  let i = who + 2;
  while (i < words.length && (FUNCTION_WORDS.has(words[i]!) || slotAt(i) < 0)) i++;
  while (i + 1 < words.length && slotAt(i + 1) >= 0) i++;
  const s = slotAt(i);
  return s >= 0 && i > who + 2 ? { slot: s, wants: 'object' } : undefined;
}

function askedOf(wanted: ReturnType<typeof wantedKind>, words: readonly string[], typed: readonly string[], owners: ReadonlySet<number>, mainAt: number): Asked {
  const speaker = speakerOf(words);
  // ("what did Haugli call it": what was said of something, the quoted words after it, answers.)
  if (speaker) return words[0] === 'what' && AUXILIARIES.has(words[1] ?? '') ? { speaker, object: true } : { speaker };
  // ("which agency figured out how many ppl need food aid" asks which agency, "who said how much" who: a question word
  // before "how" asks, unless it is a vague "what" ("what are the estimates of how many") or a comma ends its clause
  // ("When she was in the group, how many albums did she sell").)
  const first = words.findIndex((w) => QUESTION_WORDS.has(w) && w !== 'what' && w !== 'whats');
  const how = words[first] === 'how' || words[mainAt] === 'how' ? words.indexOf('how') : -1;
  if (how >= 0 && words[how + 1] === 'old') return { kind: 'number', age: true };
  if (how >= 0 && words[how + 1] === 'many') {
    // "how many ppl", "how many of the job cuts": the noun counted, over "of the"; "how many died" counts no noun.
    let at = how + 2;
    while (at < how + 5 && COUNTED_OF.has(words[at] ?? '')) at++;
    // ("how many square meters": the unit, not the word that makes it one of area.)
    if ((words[at] === 'square' || words[at] === 'cubic') && words[at + 1] !== undefined) at++;
    const verb = (word: string) => /ed$/.test(word) || IRREGULAR[word] !== undefined;
    // "how many smugglers": a noun as typed, not the story's verb a spelling fix reads it as ("smuggled").
    const noun = words[at] !== undefined && verb(words[at]!) && typed[at] !== undefined && !verb(typed[at]!) ? typed[at] : words[at];
    if (noun !== undefined && !FUNCTION_WORDS.has(noun) && !verb(noun)) return { kind: 'number', counted: termOf(noun), amount: true };
  }
  // "where did Ruiz post it": on a platform, not at a place.
  if (wanted?.kind === 'place' && typed.some((w) => PUBLISHING.has(w))) return { kind: 'source', platform: true };
  // "where do the tourism numbers come from": figures come from whoever the story credits.
  if (asksCredit(wanted, typed)) return { kind: 'source', credit: true };
  // "whats the fire chiefs age", "what is her age": someone's age, told as for "how old" ("at what age" asks when).
  const age = wanted?.noun !== undefined && words[wanted.noun] === 'age' && (owners.has(wanted.noun - 1) || POSSESSIVE_PRONOUNS.has(words[wanted.noun - 1]!));
  // "what time did it take off", "what time of day": a time of day; not "what time of year", nor "when was the last time".
  const time = words.indexOf('time');
  const clock = wanted?.kind === 'date' && words[time - 1] === 'what' && (words[time + 1] !== 'of' || words.slice(time + 2, time + 4).some((w) => w === 'day' || w === 'night'));
  const kindNoun = wanted?.noun === undefined ? undefined : singularOf(words[wanted.noun]!);
  if (wanted?.kind) return { kind: SPAN_OF_KIND[wanted.kind], measures: wanted.measures, ...(how >= 0 && { amount: true }), ...(age && { age: true }), ...(clock && { clock: true }), ...(kindNoun && { kindNoun }), ...(wanted.human && { human: true }) };
  if (wanted?.head !== undefined) return { kind: 'phrase', head: termOf(words[wanted.head]!), ...(words.includes('which') && { which: true }) };
  const last = words.at(-1) ?? '';
  if (words[0] !== 'what' && words[0] !== 'whats') return {};
  if (ENDING_PREPOSITIONS.has(last) || THING_PREPOSITIONS.has(last)) return { preposition: last };
  // "what did the ugandans bring w them": what they had with them, after "with" in the passage ("a search team with sniffer
  // dogs"). ("w" is readers' "with", "w/".)
  if ((words.at(-2) === 'with' || words.at(-2) === 'w') && ACCOMPANIED.has(last)) return { preposition: 'with' };
  // "what did X VERB", "what exactly does X want": an auxiliary after "what" (or after an emphasis) asks what was done to something.
  const aux = EMPHASIS_WORDS.has(words[1] ?? '') ? 2 : 1;
  if (AUXILIARIES.has(words[aux] ?? '')) return { object: true };
  // "what is the highest point in the state", "whats the first antibiotic": a thing the passage may name beside its description.
  return words[0] === 'whats' || COPULAS.has(words[1] ?? '') ? { apposed: true } : {};
}


/**
 * "what kind of attack", "which type of rechargeable battery does": the noun after the frame noun and "of" (and any article),
 * the last of the words that run on to a function word or a verb, in the singular.
 */
function sortAsked(wanted: ReturnType<typeof wantedKind>, words: readonly string[]): string | undefined {
  if (wanted?.noun === undefined || wanted.kind !== undefined || !FRAME_NOUNS.has(words[wanted.noun]!) || words[wanted.noun + 1] !== 'of') return undefined;
  let at = words[wanted.noun + 2] === 'a' || words[wanted.noun + 2] === 'an' ? wanted.noun + 3 : wanted.noun + 2;
  const inRun = (w: string | undefined) => w !== undefined && !FUNCTION_WORDS.has(w) && !QUESTION_WORDS.has(w) && !AUXILIARIES.has(w) && !COPULAS.has(w) && IRREGULAR[w] === undefined && !/ed$/.test(w);
  if (!inRun(words[at])) return undefined;
  while (inRun(words[at + 1])) at++;
  return singularOf(words[at]!);
}

/** Most words of an owner before the one that owns: "the city water authority's". */
const OWNER_WORDS = 2;

/** The first owner the question writes and the noun it owns: "the water authoritys spokeswoman" (water authority; spokeswoman). */
function ownerOf(words: readonly string[], owners: ReadonlySet<number>): Asked['owner'] {
  if (owners.size === 0) return undefined;
  const at = Math.min(...owners);
  // The noun owned ends its phrase: "sister" in "chopins eldest sister", "base" in "beyonces fan base called".
  let end = at + 1;
  while (end + 1 < words.length && !FUNCTION_WORDS.has(words[end + 1]!) && !QUESTION_WORDS.has(words[end + 1]!) && !/(?:ed|ing)$/.test(words[end + 1]!)) end++;
  const owned = words[end];
  if (owned === undefined) return undefined;
  // The words before it that qualify it ("the water authoritys"), not a verb ("reported gains").
  let from = at;
  while (from > at - OWNER_WORDS && from > 0 && !FUNCTION_WORDS.has(words[from - 1]!) && !QUESTION_WORDS.has(words[from - 1]!) && !/(?:ed|ing)$/.test(words[from - 1]!)) from--;
  // ("authoritys" is "authority"; "james" as typed stays a name.)
  const head = [...new Set([termOf(words[at]!), termOf(singularOf(words[at]!))])];
  // "who is the governors wife": the phrase is what "who is" asks about, not a part of it ("the hunter engaged to sands daughter").
  const before = beforeThe(words, from);
  const complement = words[before] === 'whos' || (COPULAS.has(words[before] ?? '') && words[before - 1] === 'who');
  return { terms: [...new Set([...words.slice(from, at).map(termOf), ...head])], owned, head, complement };
}

/** Pronouns after a closing "with": "bring with them". */
const ACCOMPANIED: ReadonlySet<string> = new Set(['them', 'him', 'her']);

/** Prepositions a "what" question may end on, asking for what follows it in the passage. */
const ENDING_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'on', 'of', 'with', 'to', 'about', 'from', 'into', 'against', 'after']);
/** And those a "what" question (no "who") may end on: "what was he wrapped in", "what was it caused by" ("what year was it built in" asks a date). */
const THING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'by', 'at']);

/** What a question is read against: one story, or all stories. */
export interface Lexicon {
  dictionary: Dictionary;
  /** Whether a term (by number) is in the lexicon. */
  holds(term: number): boolean;
  /** Words of the lexicon a mistyped word may stand for, most alike first. */
  correct(typed: string): Correction[];
  /**
   * Words of the lexicon near in meaning to any of `words` (a word it lacks, or the single words a phrasal verb means),
   * most similar first.
   */
  similar(words: readonly string[]): { word: string; similarity: number }[];
  /** The lexicon's word a clipped form ("govt", "ppl") stands for, one found with a word `beside` it where one is. */
  unclip(typed: string, beside?: readonly string[]): string | undefined;
  /** The lexicon's name that initials ("nyc") stand for. */
  spellOut(initials: string): string | undefined;
  /** Whether the lexicon writes the term in a name ("Iceland"). */
  isName(term: number): boolean;
  /** Terms of the lexicon that extend the term or that it extends. */
  relatives(term: string): Relative[];
}

/** A name matched through an alias counts a little less than the name as typed. */
const ALIAS_WEIGHT = 0.9;
/** A pronoun that stands for the person counts less again: it may stand for someone else. */
const PRONOUN_WEIGHT = 0.6;
/** A related term ("winner" for "win") counts this much, times the share of letters it shares. */
const RELATIVE_WEIGHT = 0.6;

/** A typo read as an everyday word the story uses counts this much. */
const EVERYDAY_SIMILARITY = 0.9;

/** A story word near in meaning counts this much, times its similarity. */
const MEANING_WEIGHT = 0.6;

/** A title of whoever heads something counts this much for "runs", "heads", "leads" in a "who" question. */
const LEADER_WEIGHT = 0.6;

/** Another word of the same stem ("causes" for "caused") counts this much. */
export const STEM_WEIGHT = 0.8;

/** A single word a phrasal verb means ("cancel" for "call off") counts this much. */
const PHRASAL_WEIGHT = 0.8;

const FUNCTION_VOCABULARY = new Speller([...FUNCTION_WORDS, ...QUESTION_WORDS]);
/** Words that frame a question ("how many", "what year", "what kind"): never topic words. */
const FRAMING: ReadonlySet<string> = new Set([...HOW_NUMBER, ...Object.keys(KIND_OF_NOUN), ...FRAME_NOUNS]);

/** Words for the story itself: "what is this story about". */
const STORY_WORDS: ReadonlySet<string> = new Set(['story', 'article']);

/** What the noun naming the kind asked for counts, beside a topic word. */
const FRAME_WEIGHT = 0.6;

/** The noun naming the kind asked for, as a slot that ranks for less, when the story uses it (in its own words, not near in meaning). */
function frameOf(noun: Slot | undefined, lexicon: Lexicon): Slot | undefined {
  if (!noun?.alternatives.some((a) => a.kind === 'word' && lexicon.holds(a.id))) return undefined;
  return { ...noun, alternatives: noun.alternatives.filter((a) => a.kind !== 'meaning').map((a) => ({ ...a, weight: a.weight * FRAME_WEIGHT })) };
}

/** Whether two words are one spelling of each other: a vowel more or less ("harbor"), or two letters swapped ("center"). */
function spellingVariant(a: string, b: string): boolean {
  if (swapped(a, b)) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return /[aeiou]/.test(long[i]!) && long.slice(i + 1) === short.slice(i);
}

/**
 * What a word that is not in the lexicon stands for: a function word ("wat" → "what"), story
 * words ("harbur" → "harbour"), or nothing known.
 */
function correct(word: string, lexicon: Lexicon, name = false): { function?: string; words: Correction[] } {
  // Of function words as near as each other ("wen": "we", "when"), a question word is likeliest.
  // An everyday word is only read as a mistyped question word ("wen"), never as another function
  // word: "post" is not "most".
  const english = isEnglishWord(word);
  // ("hw many": a question word of three letters typed without its vowel, too short for the speller, which corrects none of two.)
  const unvowelled = english || word.length !== 2 ? undefined : [...QUESTION_WORDS].find((q) => q.length === 3 && spellingVariant(word, q));
  if (unvowelled) return { function: unvowelled, words: [] };
  const functions = FUNCTION_VOCABULARY.correct(word);
  const asFunction = functions.find((c) => QUESTION_WORDS.has(c.word)) ?? (english ? undefined : functions[0]);
  // Shorter words have too many neighbours, but two letters swapped ("gmae") is still the word.
  const near = word.length >= MIN_CORRECTED ? lexicon.correct(word) : word.length === 4 ? lexicon.correct(word).filter((c) => swapped(word, c.word)) : [];
  // An everyday word is what the reader meant ("count" is not a typo of the story's "court"),
  // unless it is the same word spelt the other side of the Atlantic ("harbor", "center").
  const words = english ? near.filter((c) => spellingVariant(word, c.word)) : near;
  if (asFunction && (words.length === 0 || asFunction.edits <= words[0]!.edits)) return { function: asFunction.word, words: [] };
  if (words.length > 0) return { words };
  // A typo of an everyday word ("anounce", "gmae") whose forms the story uses ("announced", "game");
  // a name written with its capital ("Kuechly") is no typo.
  const everyday = name ? undefined : everydayWord(word);
  // (One the story lacks is read as meant, for the words near it in meaning, only when long enough to be
  // surely that word: "ceo" is near too many.)
  if (everyday && (word.length >= MIN_CORRECTED || lexicon.holds(lexicon.dictionary.find(termOf(everyday))))) return { words: [{ word: everyday, edits: 1, similarity: EVERYDAY_SIMILARITY }] };
  return { words };
}

/**
 * An expansion, and the title news English shortens it to: "chief executive officer" is mostly "chief executive". (The
 * whole title only where the story writes "officer" itself: not where it holds the word's stem alone, in "Space Office".)
 */
function withoutOfficer(expansion: string, lexicon: Lexicon): string[] {
  if (!expansion.startsWith('chief ') || !expansion.endsWith(' officer')) return [expansion];
  const short = expansion.slice(0, -' officer'.length);
  return lexicon.holds(lexicon.dictionary.find(exactTerm('officer'))) ? [expansion, short] : [short];
}

/**
 * The story word a clipped word stands for ("govt": "government"). Initials are not clipped: "eu" is the European
 * Union, and stands for "European" in a story that has it, never for "euros".
 */
function unclipped(word: string, beside: readonly string[], lexicon: Lexicon): string | undefined {
  const long = lexicon.unclip(word, beside);
  const initials = ABBREVIATIONS[word];
  if (!long || !initials) return long;
  return initials.some((expansion) => termOf(expansion.split(' ')[0]!) === termOf(long)) ? long : undefined;
}

/** Longest clipped form read as one ("intl", "govt"); longer unknown words are typos. */
const MAX_CLIPPED = 5;

/**
 * The question with the short forms readers type written out, where the story uses the long form:
 * an abbreviation (WordNet's: "pm" prime minister, "eu" European Union; of its expansions, the one
 * whose words the story holds) or a clipped word ("govt", "ppl", "pres").
 */
function expandShortForms(text: string, lexicon: Lexicon): string {
  let out = '';
  let at = 0;
  const tokens = tokenize(text, false);
  // The words either side of a clipped one choose what it stands for ("press conf": the conference, not "confirmed").
  const content = (t: Token | undefined) => t !== undefined && !t.numeric && !isStopword(t) && !QUESTION_WORDS.has(t.word);
  for (const [i, t] of tokens.entries()) {
    if (t.numeric || isStopword(t) || QUESTION_WORDS.has(t.word) || lexicon.holds(lexicon.dictionary.find(t.term))) continue;
    const held = (phrase: string) => tokenize(phrase).every((w) => isStopword(w) || lexicon.holds(lexicon.dictionary.find(w.term)));
    const shortForm = (word: string) =>
      ABBREVIATIONS[word]?.flatMap((e) => withoutOfficer(e, lexicon)).find(held) ?? (t.acronym || !isEnglishWord(word) ? lexicon.spellOut(word) : undefined);
    // "the pms name", "ceos": a possessive or plural typed onto the short form, without its apostrophe.
    const expansion =
      shortForm(t.word) ??
      (t.word.length > 2 && t.word.endsWith('s') && !isEnglishWord(t.word) ? shortForm(t.word.slice(0, -1)) : undefined) ??
      (t.word.length <= MAX_CLIPPED && !isEnglishWord(t.word) && lexicon.correct(t.word).length === 0 ? unclipped(t.word, [tokens[i - 1], tokens[i + 1]].filter(content).map((n) => n!.word), lexicon) : undefined);
    // A mistyped question word ("wat") is no short form of a story word ("watched"), nor is a function word with two
    // letters swapped ("teh", "adn"): a clipped word drops letters, it does not reorder them. Asked last, as spelling is slow.
    if (!expansion || FUNCTION_VOCABULARY.correct(t.word).some((c) => QUESTION_WORDS.has(c.word) || swapped(t.word, c.word))) continue;
    out += text.slice(at, t.start) + expansion;
    at = t.end;
  }
  return out + text.slice(at);
}

/** The word the reader meant at a position: its correction where they mistyped it ("wich geolgist": "geologist"), else as typed. */
export function readAt(query: Query, pos: number): string {
  const typed = query.typed[pos] ?? '';
  return query.corrected.find((c) => c.typed === typed)?.read ?? typed;
}

/** The word the reader meant at a slot (readAt). */
export function wordRead(query: Query, slot: Slot): string {
  return readAt(query, slot.pos);
}

export function readQuestion(question: string, lexicon: Lexicon): Query {
  const { dictionary } = lexicon;
  // "who's" is the reader's "whos" (who is, who has), not a possessive the tokenizer would drop.
  const text = expandShortForms(spellFigure(question.replace(/\b(who)['’]s\b/giu, '$1s')), lexicon);
  // Readers type initials in lower case ("unesco", "bbc news"): read them as the story writes them.
  const tokens = tokenize(text, false).map((t, i, all) => {
    const initials = acronymTerm(t.word);
    // A function word only after "the" ("the us"): "it" is not the story's "IT".
    const function_ = isStopword(t) && all[i - 1]?.word !== 'the';
    if (t.acronym || t.numeric || function_ || lexicon.holds(dictionary.find(t.term)) || !lexicon.holds(dictionary.find(initials))) return t;
    return { ...t, term: initials, acronym: true };
  });
  const words: string[] = [];
  const terms: number[] = [];
  const corrected: { typed: string; read: string }[] = [];
  const named = new Set<number>();
  const candidates: Slot[] = [];
  const alternative = (term: string, weight: number, kind: Alternative['kind'] = 'word'): Alternative => ({ term, id: dictionary.find(term), weight, kind });
  // Whether the question has a topic word besides vague words and particles: "how long was the thing" has none, and only
  // the neighbours in meaning of its words can rank the passages.
  const topical = tokens.some((t) => !isStopword(t) && !QUESTION_WORDS.has(t.word) && !FRAMING.has(t.word) && !VAGUE_WORDS.has(t.word) && !PARTICLES.has(t.word));
  // Particles that make a phrasal verb with the word before them, when the story uses what it means ("going back": "return").
  const particles = new Set<number>();
  for (const t of tokens) {
    const fn = isStopword(t) || (!t.acronym && QUESTION_WORDS.has(t.word));
    // Words of measure and currency are known words, never typos of others ("usd" is not "us").
    const known = fn || t.acronym || t.numeric || FRAMING.has(t.word) || UNIT_WORDS.has(t.word) || lexicon.holds(dictionary.find(t.term));
    const fix = known ? { words: [] } : correct(t.word, lexicon, t.capital && t.pos > 0);
    // A corrected word reads as the word meant: "wich geolgist" asks for a geologist.
    words.push(fix.function ?? fix.words[0]?.word ?? t.word);
    if (fix.words[0] && fix.words[0].word !== t.word) corrected.push({ typed: t.word, read: fix.words[0].word });
    const best = fix.words[0] ? termOf(fix.words[0].word) : t.term;
    terms.push(dictionary.find(best));
    if (fn || particles.has(t.pos)) continue;
    // "many" in "how many" frames the question, whether the story uses the word or not.
    if (HOW_NUMBER.has(t.word) && words[t.pos - 1] === 'how') continue;
    // "going to appeal", "supposed to close": the future, or what is planned, not a topic of its own.
    if (FUTURE_MARKERS.has(t.word) && tokens[t.pos + 1]?.word === 'to') continue;
    // "when is the next meeting": "the next" asks for what is still to come (`ahead`), and is no topic: "next year" in a passage is no answer.
    if (t.word === 'next' && tokens[t.pos - 1]?.word === 'the') continue;
    if (EMPHASIS_WORDS.has(t.word)) continue;
    if (fix.function !== undefined) {
      // Two letters swapped ("teh", "adn") is surely the function word.
      if (QUESTION_WORDS.has(fix.function) || FRAMING.has(t.word) || swapped(t.word, fix.function)) continue;
      // Read as a mistyped function word ("thw"), but it may as well be a word the story lacks
      // ("die" is near "did", "owns" near "own"): it weighs in the question's total, as an
      // unknown word, so that the answer is not taken as complete without it.
      candidates.push({ pos: t.pos, alternatives: [alternative(t.term, 1)], literal: false });
      continue;
    }
    // The word as written is the best evidence; another word of the same stem a little less.
    const alternatives = isStemmed(t) ? [alternative(exactTerm(t.word), 1), alternative(t.term, STEM_WEIGHT)] : [alternative(t.term, 1)];
    // ("gmae": "game" as written counts more than "games", as it would typed right.)
    for (const c of fix.words) {
      if (/^\p{L}+$/u.test(c.word)) alternatives.push(alternative(exactTerm(c.word), c.similarity), alternative(termOf(c.word), c.similarity * STEM_WEIGHT));
      else alternatives.push(alternative(termOf(c.word), c.similarity));
    }
    const spelled = otherSpelling(t.word);
    if (spelled) alternatives.push(alternative(termOf(spelled), 1));
    for (const r of lexicon.relatives(best)) alternatives.push(alternative(r.term, RELATIVE_WEIGHT * r.overlap));
    for (const f of familiesOf(best)) alternatives.push(alternative(f.term, f.weight, 'family'));
    // "who runs the agency", "whos the museum boss", "who is in charge of it": whoever heads it, named by the title of its head ("Its director, ...").
    if ((HEADING_VERBS.has(t.word) || HEAD_NOUNS.has(t.word) || (t.word === 'charge' && tokens[t.pos - 1]?.word === 'in')) && (words.includes('who') || words.includes('whos'))) for (const title of LEADER_TITLES) alternatives.push(alternative(termOf(title), LEADER_WEIGHT, 'family'));
    const particle = tokens[t.pos + 1];
    const meant = particle && PARTICLES.has(particle.word) ? phrasalTerms(best, particle.word).filter((term) => lexicon.holds(dictionary.find(term))) : [];
    if (meant.length > 0) {
      for (const term of meant) alternatives.push(alternative(term, PHRASAL_WEIGHT, 'family'));
      particles.add(particle!.pos);
    }
    // A word the story lacks may be a paraphrase of one it has ("pay" for "fee"); not a vague word
    // ("happened", "got", "guys") nor a particle ("giving back": "away") beside other topic words:
    // their neighbours in meaning are chance words that mislead the ranking.
    // A phrasal verb's are those of the single words it means ("called off": "cancel", near "postponed"), not the bare
    // verb's ("called": "named").
    if (!lexicon.holds(dictionary.find(best)) && !(topical && (isVague(t.word) || PARTICLES.has(t.word)))) {
      const phrasal = particle && PARTICLES.has(particle.word) ? phrasalWords(best, particle.word) : [];
      for (const n of lexicon.similar(phrasal.length > 0 ? phrasal : [fix.words[0]?.word ?? t.word])) alternatives.push({ ...alternative(termOf(n.word), MEANING_WEIGHT * n.similarity, 'meaning'), similarity: n.similarity });
    }
    // What the question names: its words and their forms, not the words near them in meaning.
    for (const a of alternatives) if (a.id >= 0 && a.kind === 'word') named.add(a.id);
    candidates.push({ pos: t.pos, alternatives, literal: t.numeric || t.acronym || (t.capital && t.pos > 0) });
  }
  const known = (word: string) => lexicon.holds(dictionary.find(termOf(word))) || isEnglishWord(word);
  const owners = possessives(text, tokens, known);
  // "the campaign groups name": an owner typed without its apostrophe is the word itself, as the story writes it ("group's").
  for (const slot of candidates) {
    const t = tokens[slot.pos]!;
    const next = tokens[slot.pos + 1];
    // ("icelands fishing minister": a name of the story's, with an "s", before a noun, owns it too.)
    const name = next && !isStopword(next) && !QUESTION_WORDS.has(next.word) && lexicon.isName(dictionary.find(termOf(t.word.slice(0, -1))));
    if (!(owners.has(slot.pos) || name) || !/[^'’]s$/.test(text.slice(t.start, t.end))) continue;
    const own = alternative(exactTerm(t.word.slice(0, -1)), 1);
    if (own.id < 0 || slot.alternatives.some((a) => a.id === own.id)) continue;
    slot.alternatives.push(own);
    named.add(own.id);
  }
  const wanted = wantedKind(words, owners, (word) => lexicon.isName(dictionary.find(termOf(word))));
  const seen = new Set<string>();
  // "where does the rainfall number come from": the figure and its coming frame the question; any figure the story credits answers it.
  const credit = asksCredit(wanted, tokens.map((t) => t.word));
  const framing = (pos: number) => (credit && (FIGURES.has(words[pos]!) || termOf(words[pos]!) === 'come')) || (wanted?.kind === 'source' && REPORTS.has(words[pos]!));
  const slots = candidates.filter((s) => {
    const term = s.alternatives[0]!.term;
    if (s.pos === wanted?.noun || seen.has(term) || framing(s.pos)) return false;
    seen.add(term);
    return true;
  });
  // A date's or a number's noun ("what year", "the total length") is found beside any other date or number too.
  const ofNames = wanted?.kind === 'name' || wanted?.kind === 'place' || wanted?.kind === 'source';
  const frame = ofNames ? frameOf(candidates.find((s) => s.pos === wanted?.noun), lexicon) : undefined;
  const typed = tokens.map((t) => t.word);
  const mainAt = tokens.findIndex((t, i) => i > 0 && QUESTION_WORDS.has(words[i]!) && text.slice(tokens[i - 1]!.end, t.start).includes(','));
  const asked: Asked = { ...askedOf(wanted, words, typed, owners, mainAt), focus: slots.map((s) => termOf(words[s.pos]!)) };
  const sort = sortAsked(wanted, words);
  if (sort) asked.sort = sort;
  const owner = ownerOf(words, owners);
  if (owner) asked.owner = owner;
  if (asked.kind === 'person') {
    // "who was she on the cover after", "who did they sign the letter for": the name after that preposition.
    // ("she would perform with who at the final", "the son of whom": "who" left where its name stands, after the preposition.)
    const inPlace = words.findIndex((w, i) => i > 0 && (w === 'who' || w === 'whom') && ENDING_PREPOSITIONS.has(words[i - 1]!));
    if (ENDING_PREPOSITIONS.has(words.at(-1) ?? '')) asked.preposition = words.at(-1);
    else if (inPlace > 0) asked.preposition = words[inPlace - 1];
    const verb = verbOf(words, slots);
    if (verb) asked.verb = verb;
    else if (COPULAS.has(words[words.indexOf('who') + 1] ?? '') || words.includes('whos')) asked.identity = true;
  }
  // "where did X post it": the answer is an outlet or a platform, and the passages are ranked for one;
  // "where did X say it", an occasion ("on a conference call", "in an interview") that may name no place.
  const wants = asked.kind === 'source' ? 'source' : wanted?.kind === 'place' && saysWhere(words) ? undefined : wanted?.kind;
  // (A phone may capitalise the first letter: "How many stays did dubrovnik have" is still typed in lower case.)
  const rest = question.trimStart().slice(1);
  const caseless = rest === rest.toLowerCase();
  const last = words.at(-1);
  const located = wants === 'place' && (words.some((w) => w === 'where' || w === 'wheres') || (last !== undefined && PLACE_PREPOSITIONS.has(last)));
  // (A typo of one too: "when did they anounce it".)
  const speech = words.some((w) => isSpeech(w) || isSpeech(everydayWord(w) ?? w));
  // ("lol", "ok": no question at all; "is everyone out" is one. "what is it" asks nothing in particular.)
  const asks = wants !== undefined || typed.some((w) => QUESTION_WORDS.has(w)) || AUXILIARIES.has(typed[0] ?? '') || COPULAS.has(typed[0] ?? '');
  // ("who?", "when?", "how many?", "who is", "where are they": its question words alone, or with only words that carry no
  // meaning of their own, ask about nothing, not about the story's subject.)
  // ("how heavy is it" asks for a measure: only "many" and "much" after "how" say nothing of what.)
  const beyond = typed.some((w, i) => !QUESTION_WORDS.has(w) && !FUNCTION_WORDS.has(w) && !(typed[i - 1] === 'how' && (w === 'many' || w === 'much')));
  // ("what is it about", "whats this story about": what the story itself is about; elsewhere "story" may be a topic word.)
  const aboutStory = typed.at(-1) === 'about';
  const vague = (word: string) => isVague(word) || (aboutStory && STORY_WORDS.has(word));
  const subjectOnly = slots.every((s) => vague(typed[s.pos]!)) && asks && (slots.length > 0 || aboutStory || (wants !== undefined && beyond));
  const ahead = words.some((w, i) => AHEAD_QUESTION.has(w) || (FUTURE_MARKERS.has(w) && words[i + 1] === 'to')) || whenAhead(words);
  // ("when was it meant to open", "when was the hearing scheduled": what was to come then may be still to come.)
  const behind = !ahead && words.some((w) => PAST_AUXILIARIES.has(w)) && !words.some((w) => INTENDED.has(w));
  return { slots, ...(frame && { frame }), terms, termSet: new Set(terms), wants, measures: wanted?.measures ?? wanted?.prefers, named, asked, typed, corrected, caseless, located, speech, subjectOnly, ahead, behind };
}

/** The question with the story's alias groups added to the slots of the names it uses. */
export function withAliases(query: Query, index: StoryIndex): Query {
  if (index.groups.length === 0) return query;
  let slots: Slot[] | undefined;
  index.groupNames.forEach((names, g) => {
    for (const name of names) {
      if (!query.termSet.has(name[0]!)) continue;
      for (const start of findName(query.terms, name)) {
        slots ??= query.slots.map((s) => ({ ...s, alternatives: [...s.alternatives] }));
        for (const slot of slots) {
          if (slot.pos >= start && slot.pos < start + name.length) {
            slot.alternatives.push({ term: groupTerm(g), id: index.groupIds[g]!, weight: ALIAS_WEIGHT, kind: 'alias' });
            slot.alternatives.push({ term: pronounTerm(g), id: index.pronounIds[g]!, weight: PRONOUN_WEIGHT, kind: 'alias' });
          }
        }
      }
    }
  });
  // ("how old is the hungarian swimmer": whoever an age is asked of is named by all the question's words.)
  // (Any other question: the role it names, "the minister".)
  const described = query.asked.speaker ?? (query.asked.age ? query.slots.map((s) => s.pos) : undefined) ?? rolePhrase(query);
  const role =
    described &&
    (personByRole(index, slots ?? query.slots, described) ??
      byRoleHead(index, query, slots ?? query.slots, described) ??
      (query.asked.speaker ? speakerBeside(index, query, slots ?? query.slots, described) : undefined));
  if (role !== undefined && !(slots ?? query.slots).some((s) => s.alternatives.some((a) => a.id === index.groupIds[role]))) {
    slots ??= query.slots.map((s) => ({ ...s, alternatives: [...s.alternatives] }));
    for (const slot of slots) {
      if (!described!.includes(slot.pos)) continue;
      slot.alternatives.push({ term: groupTerm(role), id: index.groupIds[role]!, weight: ALIAS_WEIGHT, kind: 'alias' });
      slot.alternatives.push({ term: pronounTerm(role), id: index.pronounIds[role]!, weight: PRONOUN_WEIGHT, kind: 'alias' });
    }
  }
  if (role !== undefined && query.asked.speaker) return { ...query, slots: slots ?? query.slots, speakerGroup: role };
  return slots ? { ...query, slots } : query;
}

/**
 * "what did the college geologist say": when no one's name holds all the words describing someone, the one person whose name
 * holds the noun for a person that ends them; the story may give the role without the qualifier ("Odile Prask, a
 * geologist at the College of Tarnwick"). Not when a qualifier makes it another role ("the deputy mayor" is not the
 * mayor) or another holder ("the new champion").
 */
function byRoleHead(index: StoryIndex, query: Query, slots: readonly Slot[], described: readonly number[]): number | undefined {
  const last = Math.max(...described);
  if (described.length < 2 || !isRoleNoun(readAt(query, last)) || described.some((pos) => ROLE_MODIFIERS.has(readAt(query, pos)) || SUCCESSION_WORDS.has(readAt(query, pos)))) return undefined;
  const g = personByRole(index, slots, [last]);
  if (g === undefined) return undefined;
  // Each qualifier stands in a sentence that names the person ("College" in "Odile Prask, a geologist at the College
  // of Tarnwick"), or they are another one: "the Norvish transport minister" is not "Velmar's Minister of Transport".
  const qualifiers = slots.filter((s) => s.pos !== last && described.includes(s.pos));
  if (!qualifiers.every((s) => namedWith(index, g, s))) return undefined;
  return g;
}

/** Whether a sentence that names the person of alias group `g` holds a word of the slot as typed (or a form of it). */
function namedWith(index: StoryIndex, g: number, slot: Slot): boolean {
  return index.together(index.groupIds[g]!, slot.alternatives.filter((a) => a.kind === 'word').map((a) => a.id));
}

/**
 * "wat did the port authority guy say": a speaker asked about by a vague noun for someone ("guy") and the words before it is
 * the one person the story quotes who is named in a sentence holding each of those words ("Arvo Lind, head of the Port
 * Authority's Harbour Watch unit").
 */
function speakerBeside(index: StoryIndex, query: Query, slots: readonly Slot[], described: readonly number[]): number | undefined {
  const last = Math.max(...described);
  const words = slots.filter((s) => described.includes(s.pos) && s.pos !== last);
  if (!isVague(readAt(query, last)) || words.length === 0 || words.some((s) => s.literal)) return undefined;
  const speakers = new Set(index.passages.flatMap((p) => [...(p.speakers ?? [])]));
  let found: number | undefined;
  for (const g of speakers) {
    if (!index.groups[g]!.person) continue;
    if (!words.every((s) => namedWith(index, g, s))) continue;
    if (found !== undefined) return undefined;
    found = g;
  }
  return found;
}

/**
 * "what did the minister promise the workers", "when was the finance director sentenced": a person the question names by
 * "the" and a role or a noun for people (the positions of those words), whom the story may name by surname alone where it
 * tells what was asked ("Tervo visited the crews"). Not for "who" questions, whose answer is the person, nor for a role
 * the question does not point to ("a minister", "ministers").
 */
function rolePhrase(query: Query): number[] | undefined {
  const { typed } = query;
  if (query.wants === 'name') return undefined;
  const at = new Set(query.slots.map((s) => s.pos));
  for (let i = 1; i < typed.length; i++) {
    if (!at.has(i) || !isPersonNoun(typed[i]!)) continue;
    let start = i;
    while (at.has(start - 1)) start--;
    if (typed[start - 1] !== 'the') continue;
    return Array.from({ length: i - start + 1 }, (_, k) => start + k);
  }
  return undefined;
}

/**
 * "what did the director say", "what did the interior minister say", "how old is the hungarian swimmer": a person the
 * question names by a role or a description (the words at `positions`), not by a name, is the one person the story
 * gives a name holding all its words ("zoo director Pieter van Aalst"), when there is one; news English speaks of a
 * person by name once the role has introduced them. The group's number.
 */
function personByRole(index: StoryIndex, slots: readonly Slot[], positions: readonly number[]): number | undefined {
  const words = slots.filter((s) => positions.includes(s.pos));
  if (words.length === 0 || words.some((s) => s.literal || s.alternatives.some((a) => a.kind === 'word' && index.nameTerms.has(a.id)))) return undefined;
  let found: number | undefined;
  for (const [g, names] of index.groupNames.entries()) {
    if (!index.groups[g]!.person) continue;
    const held = new Set(names.flatMap((name) => [...name]));
    if (!words.every((s) => s.alternatives.some((a) => (a.kind === 'word' && held.has(a.id)) || a.id === index.groupIds[g]))) continue;
    if (found !== undefined) return undefined;
    found = g;
  }
  return found;
}
