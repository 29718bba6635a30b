/**
 * Whether the story answers a question, and if not, what it lacks. Names only give the topic; the
 * other words of the question are its focus (what it asks about: an age, casualties, a visit), and
 * the first passage answers only when it, or the sentence beside it, holds that focus and, for a question
 * that asks for something specific, words of that kind (src/search/answer.ts).
 *
 * Three outcomes: the story answers; the story talks about the subject but not what was asked
 * (`missing` says which words it never uses, `about` which passages speak of the subject); the
 * story does not mention the subject at all.
 */
import { anchors, type AnswerSpan, answerIn, QUANTIFIERS } from './answer.js';
import { singularOf, YEAR } from './answer-kinds.js';
import { BODY_WORDS, FUNCTION_WORDS, MEDIA_WORDS, ORGANISATION_NOUNS, PREPOSITIONS, ROLE_TITLES, SPEECH_VERBS } from '../knowledge/vocabulary.js';
import { isPersonNoun } from '../knowledge/grammar.js';
import type { Entity } from '../knowledge/story.js';
import { isGivenName, NAME_PARTICLES } from '../knowledge/name-kind.js';
import { isCountryName } from '../knowledge/countries.js';
import { ARTICLES, ASKED_SPEECH, AUXILIARIES, HOW_NUMBER, QUESTION_WORDS, COPULAS, DETERMINERS, HEAD_NOUNS, HEADING_VERBS, KIND_OF_NOUN, LEADER_TITLES, MEASURE_OF_HOW, MEASURE_OF_NOUN, MEASURE_WORDS, MONEY_VERBS, MONTHS, NUMBER_WORDS, ORDINAL_WORDS, PARTICLES, PASSIVE_MARKERS, POSSESSIVE_PRONOUNS, SHARE_NOUNS, TIME_UNITS, TOTAL_WORDS, UNIT_WORDS, VALUE_NOUNS, WEEKDAYS } from './english.js';
import FITTED from './fitted.json' with { type: 'json' };
import { beforeThe, familiesOf, isStopword, termOf, type Token, tokenize } from './terms.js';
import { IRREGULAR, isPastVerb } from './word-families.js';
import { isVague, type Query, readAt, type Slot, STEM_WEIGHT, whenAhead, wordRead } from './question.js';
import { askedVoices, type Ranked } from './rank.js';
import { type StoryIndex, SUBJECT_SPREAD } from './story-index.js';
import { everydayWord, rarity } from './frequency.js';
import { isCommonWord, WORD_COUNTS } from '../knowledge/word-counts.js';
import { cosine, vectorOf } from './embeddings.js';
import { ANY_THING, COUNTED_WORDS, nounAsked, ofPeople, PEOPLE_WORDS, readCounted, sameCounted, sameThings } from './counted.js';
import { LIFE_EVENT_TERMS, lifeEventOf, LIFESPAN } from './life-events.js';
import { type OpenQuestion, withheldIn, withholds } from './withheld.js';

export type Outcome = 'answered' | 'unanswered' | 'unknown';

/** A clause that says what is asked was kept back: `passage`'s text from `start` to `end`. */
export interface WithheldClause {
  passage: number;
  start: number;
  end: number;
}

export interface Verdict {
  outcome: Outcome;
  answer?: AnswerSpan;
  /** Where the story says that what is asked was kept back (when it does not answer). */
  withheld?: WithheldClause;
  /** Words of the question the story says nothing about (when it does not answer). */
  missing: string[];
  /** Words of the question the story uses (when it does not answer). */
  mentioned: string[];
  /** Passages that mention the question's subject, in story order (when it does not answer). */
  about: number[];
}

/** When the story answers, fitted on the reader-style development questions (scripts/fit-verdict.ts writes them to fitted.json). */
export interface VerdictRule {
  /** Share of the focus (by rarity) the answering passage, or a sentence beside it, must hold. */
  focus: number;
  /** Rarity of the rarest focus word the story never uses, above which the story does not answer. */
  absent: number;
  /** Least share of the whole question's weight (names included) the passage must hold. */
  covered: number;
  /** Least score of the answer words, for a question that asks for something specific. */
  candidate: number;
  /** Share of the question's names (not the story's subject) the answering passage's paragraph must name. */
  names: number;
  /** Whether the answering passage, or a sentence beside it, must hold the question's key word (1) or not (0). */
  key: number;
}

/**
 * As fitted: the names, the speaker and the words of the kind asked decide. The focus, absent-word,
 * coverage and key-word rules cost more answers than they saved refusals on the development
 * questions (readers paraphrase), so the fit leaves them off; they stay as knobs it can turn on.
 */
export const VERDICT_RULE: Readonly<VerdictRule> = FITTED.verdict;

/** Nouns for one person that say nothing else of them: "the ferry firm guy", "the library lady". */
const ONE_PERSON: ReadonlySet<string> = new Set(['guy', 'man', 'woman', 'lady', 'person', 'bloke', 'dude', 'chap']);
/** Rarity's worth of focus taken as held in every passage, so that a focus of common words decides little. */
const FOCUS_PRIOR = 0.2;
/** What a name weighs beside the focus words for the answer words' closeness. */
const NAME_SHARE = 0.5;
/** A verb's regular forms: "criticize", "criticizes", "criticized", "criticizing". */
function forms(verb: string): string[] {
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  return [verb, `${verb}s`, `${stem}ed`, `${stem}ing`];
}

/** Verbs of speech as passages write them: the knowledge layer's, and the forms of those questions ask with. */
const SPEECH_WORDS: ReadonlySet<string> = new Set([
  ...SPEECH_VERBS,
  ...[...ASKED_SPEECH].flatMap(forms),
  ...Object.entries(IRREGULAR).flatMap(([form, verb]) => (ASKED_SPEECH.has(verb) ? [form] : [])),
]);

/** Verbs of talking or reporting a question asks who spoke with: "who spoke for the ecologists", "who did she talk to", "who reported it". */
const TALKING: ReadonlySet<string> = new Set(['talk', 'talks', 'talked', 'speak', 'speaks', 'spoke', 'spoken', 'report', 'reports', 'reported']);
/** Most words after the verb of speech that ends a sentence's attribution: ", X told a news conference after the meeting". */
const SPEECH_TAIL = 8;
/** Words a speaker uses of themselves. */
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'we', 'me', 'us', 'my', 'our']);
/** Verbs of speech whose subject may follow them: "said Erik Holm". */
const INVERTED: ReadonlySet<string> = new Set(['said', 'says', 'wrote', 'writes', 'added', 'adds', 'told']);

/** Words of a question about what is still to come. */
const FUTURE_QUESTION: ReadonlySet<string> = new Set(['will', 'gonna', 'going']);
/**
 * "going" tells of what is to come only before "to": "when are they going to meet", not "where are the ambulances going";
 * "next" before a noun: "the next election", not "next to the port".
 */
const futureAt = (words: readonly string[], i: number) =>
  (FUTURE_QUESTION.has(words[i]!) && (words[i] !== 'going' || words[i + 1] === 'to')) || (words[i] === 'next' && words[i + 1] !== undefined && !FUNCTION_WORDS.has(words[i + 1]!));
/** Words of starting again: "when do the talks resume", "start back up". */
const RESUMING: ReadonlySet<string> = new Set(['resume', 'restart', 'reopen', 'back', 'again']);
/** Words of a passage that speaks of what is to come: "will", "would", "expects", "by 2027", "from January 1". */
const FUTURE_WORDS: ReadonlySet<string> = new Set(
  `will would shall expect expects expected plan plans planned next again by from estimated estimate could may might set due aim aims future later`.split(/\s+/),
);

/** Future words that tell of what is to come only before a time: "by 2027", "from January 1", not "resigned from the cabinet". */
const DATING_FROM: ReadonlySet<string> = new Set(['by', 'from']);
const timeAfter = (w: string | undefined) =>
  w !== undefined && (/^\d/.test(w) || MONTHS.has(w) || WEEKDAYS.has(w) || NUMBER_WORDS.has(w) || ['next', 'then', 'early', 'late', 'mid', 'end', 'tomorrow', 'tonight', 'now'].includes(w));

/**
 * Times a question may ask about the one before the story's: "who won last year", "the last time they played".
 * (Not "week" nor "month": a reader's "last week" is mostly the story's own, reported days before they read it.)
 */
const LAST_TIMES: ReadonlySet<string> = new Set(`year time season decade summer winter spring autumn election`.split(/\s+/));
/** Words of time "last" may stand before as an adjective: "scored last week", "closed last night". */
const TIMES_OF_LAST: ReadonlySet<string> = new Set([...LAST_TIMES, 'week', 'weekend', 'month', 'night', 'day', 'minute', 'hour']);
/** Times a question may ask about the current one of: "this year", "this season", "this week". */
const CURRENT_TIMES: ReadonlySet<string> = new Set(['year', 'yr', 'season', 'week', 'month', 'summer', 'winter', 'spring', 'autumn']);
/** Words that bring in what a figure is compared with: "up from 2.9 million last year", "higher than", "compared with". */
const COMPARING: ReadonlySet<string> = new Set(['from', 'than', 'compared']);
/** Most words between a comparing word and the time it compares with: "down from 5.3% last year". */
const COMPARED_REACH = 4;
/** What "before" ends a question on when it asks about any earlier occasion: "before this", "before now". */
const SINCE_NOW: ReadonlySet<string> = new Set(['this', 'that', 'now']);
/** Words of a passage that speaks of an earlier time than its news (as does a year or a decade, YEAR): "since 2015", "two years ago", "the previous record", "fined again", "deadlines that have repeatedly passed". */
const EARLIER_WORDS: ReadonlySet<string> = new Set(`last previous previously earlier ago before former formerly prior since once again repeatedly`.split(/\s+/));

/** How near in meaning (word vectors' cosine) a word the story lacks must stand to one of its names to be taken for another name, of the story words nearest it. */
const NAME_LIKENESS = 0.4;
const NAMES_COMPARED = 5;

/**
 * How near in meaning (word vectors' cosine) a story word must stand to a word of the question the story lacks for the
 * story to speak of its subject in other words: "detained" for "arrested" (0.89), not "conditions" for "weather" (0.73)
 * nor "time" for "world" (0.72). Only whether the subject is mentioned: what the question asks for must still be there
 * (a date, a name, the speaker...).
 */
const SAME_SUBJECT = 0.75;
/** As SAME_SUBJECT, for a story word in the first passage or a sentence beside it ("plant" for "factory", 0.71). */
const SAME_PLACE = 0.6;

/** A focus word this rare or rarer may be the question's key word. */
const KEY_RARITY = 0.6;

/**
 * Ordinals by rank, written as words or in digits ("second", "2nd"); "last" and "next" are times (LAST_TIMES, FUTURE_QUESTION),
 * no rank, and the words past "tenth" too rare to need more than their own spelling.
 */
const ORDINAL_RANKS: ReadonlyMap<string, number> = new Map(
  [...ORDINAL_WORDS]
    .filter((w) => w !== 'last' && w !== 'next')
    .slice(0, 10)
    .map((w, i) => [w, i + 1]),
);
const ORDINAL_DIGITS = /^(\d+)(?:st|nd|rd|th)$/;
/** A superlative: "largest", "biggest", "best". */
const SUPERLATIVE = /^(?:\p{Ll}{2,}est|best|worst)$/u;
/** Comparatives not made with "-er": "how much better". */
const IRREGULAR_COMPARATIVES: ReadonlySet<string> = new Set(['better', 'worse', 'less', 'more', 'further', 'farther']);
function rankOf(word: string): number | undefined {
  const digits = ORDINAL_DIGITS.exec(word);
  return digits ? Number(digits[1]) : ORDINAL_RANKS.get(word);
}
/** The tens of an ordinal written in words ("twenty-first"). */
const TENS: ReadonlyMap<string, number> = new Map(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((w, i) => [w, 20 + 10 * i]));
/** The rank of the ordinal at token `i`, with the tens before it: "twenty-first" is 21. */
function rankAt(tokens: readonly Token[], i: number): number | undefined {
  const rank = rankOf(tokens[i]!.word);
  const tens = TENS.get(tokens[i - 1]?.word ?? '');
  return rank !== undefined && rank < 10 && tens !== undefined ? tens + rank : rank;
}

/** Most words of a sentence's opening phrase before its subject ("On Saturday," "In a statement on Friday,"). */
const OPENING = 5;
/** Most words between a role and a name set off by a comma: "Joseph Mbano, a retired teacher", "shareholder, the investment firm Dahlberg". */
const APPOSITION = 6;
/** Words that bring in a role without naming its holder: "a student", "my boss" (and an owner's "the mine's manager"). */
const UNNAMED_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'another', 'my', 'your', ...POSSESSIVE_PRONOUNS]);

/** Most words of a speaker as a question names one: "the Icelandic prime minister". */
const ASKED_SPEAKER_WORDS = 3;
/** Words between a speaker and the verb of speech in "the spokesman told reporters", "said Erik Holm, an analyst". */
const SPEECH_REACH = 4;
/** Fewest letters of a word's stem that, opening a longer word, makes that word one of its compounds: "ship" of "shipyards". */
const COMPOUND_PART = 4;
/** Most words of a clause on "who" between a speaker and the verb of speech: "Ana Roux, who met her on the quay, said". */
const RELATIVE_REACH = 12;

/** Most words after a number the noun it counts may stand at. */
const COUNTED_REACH = 6;

/** Nouns for a body that vocabulary's BODY_WORDS (words that end a body's name) leaves out. */
const BODY_NOUNS: ReadonlySet<string> = new Set(['firm', 'airline', 'carrier', 'insurer', 'operator', 'club', 'team']);

/**
 * How near in meaning (word vectors' cosine) a word of the passage must stand to a word of a yes/no question the story
 * never uses for the passage to state what it asks in other words: "detained" for "arrested" (0.89), "claims" for
 * "accusations" (0.72); not "company" for "fined" (0.33), "airport" for "diverted" (0.52).
 */
const ECHO = 0.55;
/** How near (in words) the noun a withholding is about must stand to a question's word in the first passage. */
const OWNER_REACH = 2;
/**
 * How near in meaning a word of the passage must stand to a rare word of a yes/no question that the story uses only
 * elsewhere: having its own word for the point, a story that spoke of it here would mostly use it, and a looser word
 * tells of something else ("did the library bid on it", in a story that tells of the bidding elsewhere: “This sale
 * brings the book back,” said a curator at the library, 0.59). Its subject, a word found all through it, news English
 * calls back loosely ("did the twins walk": "the pair took their first steps"), and it needs only ECHO.
 */
const ECHO_ELSEWHERE = 0.6;
/** Least rarity of a word of the clause that says which person is asked about ("the runner who went to hospital") that the answering passage must tell. */
const CLAUSE_RARITY = 0.5;
/**
 * How rare in everyday English (frequency.ts) a word of the passage must be to echo a word of a yes/no question: an
 * everyday word ("new", "back", "going", "night") stands near in meaning to many, and says none of them ("did the
 * guards go home" is not said by "on Tuesday night"; "does the mayor support the new fare" not by "new"). 0.25 and
 * 0.3 refuse more of the reader questions the story does not answer, but leave answerable encyclopedic ones unanswered.
 */
const ECHO_RARITY = 0.2;
/** Words before a month that make it a date: "in april", "by june", "since march", "early may". */
const DATING_WORDS: ReadonlySet<string> = new Set(`in on by since until till before after from of last next this early late mid end`.split(/\s+/));
/** Words of the reply a yes/no question may hold, not of what it asks: "did everyone vote yes". */
const REPLY_WORDS: ReadonlySet<string> = new Set(['yes', 'no']);

/** Words that tell a height or a depth. */
const VERTICAL_WORDS: ReadonlySet<string> = new Set(
  `deep deeper deepest depth depths below beneath under underground down bottom seabed floor tall taller tallest height heights high higher highest stands stood rises rose above altitude elevation level summit`.split(/\s+/),
);

/** Words that tell a length along. */
const LENGTH_WORDS: ReadonlySet<string> = new Set(`long longer length across runs ran stretches stretched span spans wide width`.split(/\s+/));

/** Pronouns that may stand for a person or a body named before (not BACK_REFERENCES' "this", "such", which may point back to what was told). */
const STANDING_PRONOUNS: ReadonlySet<string> = new Set(['he', 'him', 'she', 'it', 'they', 'them', ...POSSESSIVE_PRONOUNS]);

/** Words of owning or control: "owned by", "its owner", "landowner", "controlled by", "operated by", "a stake in". */
const OWNING = /own|control|operat|stake|belong|parent|subsidiar|propert|proprietor/;

/** Words after a noun that say which one it is: "a book titled", "a church called", "a type of". */
const NAMING_WORDS: ReadonlySet<string> = new Set(['called', 'named', 'titled', 'entitled', 'known', 'of']);

/** Nouns news English calls a place back by, after naming it: "the country's", "the city". */
const CALLBACK_PLACE_NOUNS: ReadonlySet<string> = new Set(['country', 'nation', 'city', 'town', 'island', 'region', 'province', 'state', 'capital']);

/**
 * Words that make a figure one per unit: "per tonne", "each farmer", "every year", and after the figure "apiece",
 * "annually" (with "a", "an" before a unit when the figure comes first: "72,000 cedis a tonne", "120,000 visitors a year").
 */
const RATE_WORDS: ReadonlySet<string> = new Set(['per', 'each', 'every']);
const RATE_ADVERBS: ReadonlySet<string> = new Set(['apiece', 'annually', 'daily', 'weekly', 'monthly', 'yearly', 'hourly']);
/** Most words between a figure and the unit it is per: "72,000 cedis ($4,650) a tonne". */
const RATE_REACH = 3;

/** Passages holding any of the slot's terms (those `keep` keeps): the word, its forms and family, the names it stands for. */
function holders(index: StoryIndex, slot: Slot, keep: (a: Slot['alternatives'][number]) => boolean = () => true): Set<number> {
  const found = new Set<number>();
  for (const a of slot.alternatives) if (keep(a)) index.postings(a.id, (p) => found.add(p));
  return found;
}

/** A name or a number as the question writes it: one of the story's names (by a form of the word weighing at least `least`), or a capital or a digit. */
function ownName(index: StoryIndex, slot: Slot, least = 0): boolean {
  return slot.literal || slot.alternatives.some((a) => a.kind === 'word' && a.weight >= least && index.nameTerms.has(a.id));
}

/** A name or a number, or a word that stands for a name ("the mayor"): the question's topic. The rest is its focus. */
function isName(index: StoryIndex, slot: Slot): boolean {
  return ownName(index, slot) || slot.alternatives.some((a) => a.kind === 'alias');
}

/** What the verdict reads: the evidence of the passages that may answer. */
export interface Evidence {
  /** Whether the question asks for words of a kind that must be there (a date, a number...). */
  needsAnswer: boolean;
  /** Rarity of the rarest focus word the story never uses (0 when it uses them all). */
  absent: number;
  /** The ranking's first passage, with the share of the focus near it and its answer words. */
  first?: Considered;
  missing: string[];
  /** Words of the question the story uses. */
  mentioned: string[];
  /** Every topic word of the question. */
  words: string[];
  about: number[];
  present: boolean;
  /** Where the story says that what is asked was kept back ("declined to say how much"): a passage and the clause in it. */
  withheld?: WithheldClause;
  /** For "how long is X's contract", "how much is the tax for kids", whether the story never names the thing measured or the people it is asked for. */
  unmeasured: boolean;
}

interface Considered {
  ranked: Ranked;
  focus: number;
  /** Share of the question's names in the passage's paragraph (1 when it names none). */
  names: number;
  /** For "what did X say": whether X is the subject of a speech verb there (true for other questions). */
  speaks: boolean;
  /**
   * For a question about what is still to come ("where will they meet next"), whether the passage speaks of what is to come;
   * for one about an earlier occasion ("who won last year"), whether it speaks of an earlier time; false for any passage
   * when the question names a day or a month the story never writes ("on sunday", "in april"); false when a date asked
   * about what is to come is answered by a year before the story's publication ("since 2022").
   */
  tense: boolean;
  /** For a question with an ordinal ("the second stage"), whether the passage or a sentence beside it writes it (true for other questions). */
  ordinal: boolean;
  /** Whether the question's key word (its rarest focus word: "died" in "how many people died") is there or beside it, in its own or other words. */
  key: boolean;
  /**
   * For "how many kids were in the school", false when the answer's number counts a noun of its own that names no
   * people ("at least 40 homes", "46 bones"), or labels one of several ("game five"): true otherwise.
   */
  counts: boolean;
  /**
   * For a question that asks for a figure per unit ("how much will each farmer get", "how much do they eat a day"), whether
   * the answer's figure is one: a unit after it ("a tonne", "per night", "annually") or "each" before it (true for other questions).
   * For "how deep", "how tall", false where the answer's sentence tells a length along and no height or depth.
   */
  perUnit: boolean;
  /**
   * For "who heads the agency", "whos the head of the regulator": false when the answer is no person, a body or a place
   * ("BioAurora") or words in lower case ("its members"); true otherwise. For "who won the relay", false when the answer is
   * a plural noun alone after a number ("900 runners started"): a count of a group, no one named.
   */
  personal: boolean;
  /**
   * For a yes/no question ("has the company been fined before"), whether every word of what it asks that the story never
   * uses, or uses (a rare one) only elsewhere, is in the passage or a sentence beside it, or a word near in meaning is
   * (true for other questions); for one on "too" ("r the cabin crew striking too"), false where the passage and the sentences
   * beside it do not write its subject.
   */
  echoed: boolean;
  /** Whether the passage's paragraph speaks of the life event the question asks about: a death, an injury, a birth (true when it asks about none). */
  event: boolean;
  /**
   * For a question asking who holds a role ("whats the name of the student who found it") or who did something ("who
   * founded it"), false when the passage writes the role only without a name beside it ("a student found", "my boss"),
   * or the verb only in the passive with no "by" ("since it was founded in 2019"): it tells of someone it does not name.
   * So for "what hotel is she in", where the passage writes the noun only after an article with no name ("the hotel").
   */
  named: boolean;
  /**
   * For a question that asks for something specific, false when the passage, or the one after it, says that was kept
   * back ("declined to name the buyer", "an undisclosed fee") where it speaks of what the question asks about.
   */
  disclosed: boolean;
  answer?: AnswerSpan;
}

export function gather(index: StoryIndex, query: Query, ranked: readonly Ranked[]): Evidence {
  const slots = query.slots;
  const where = slots.map((s) => holders(index, s));
  // A word near in meaning is only a guess: "august" does not make "died" a word the story uses.
  const present = slots.map((slot) => slot.alternatives.some((a) => a.kind !== 'meaning' && index.has(a.id)));
  const names = slots.map((s) => isName(index, s));
  // The checks below read the words of the first passage and of those beside it: each passage tokenized once.
  const tokenized = new Map<number, readonly Token[]>();
  const tokensOf = (p: number): readonly Token[] => {
    let tokens = tokenized.get(p);
    if (!tokens) tokenized.set(p, (tokens = tokenize(index.story.passages[p]!.text)));
    return tokens;
  };
  /** The first token of the answer's passage after its words, or -1. */
  const nextAfter = (answer: AnswerSpan) => tokensOf(answer.passage).findIndex((t) => t.start >= answer.end);
  /** Whether an answer ends on a unit of time: "for at least two days", "within 25 minutes". */
  const endsInTime = (answer: AnswerSpan) => TIME_UNITS.has(singularOf(tokensOf(answer.passage).findLast((t) => t.end <= answer.end)?.word ?? ''));
  /** Whether an answer is a share: "35%", "4.4 percent". */
  const isShare = (answer: AnswerSpan) => /(?:%|percent)$/.test(answer.text);
  // "come" in "when did the verdict come out" is no fact the story lacks, nor is "geting", a typo of "getting".
  const vagueAt = slots.map((slot) => isVague(query.typed[slot.pos]!));
  // How much each focus word says (names count otherwise: NAME_SHARE).
  // (A vague word says nothing of what is asked: "ppl", which no word list counts, weighs nothing.)
  const rarities = slots.map((s, i) => (names[i] ? 1 : vagueAt[i] ? 0 : rarity(query.typed[s.pos]!)));
  const passages = index.passages;
  // Whether a passage writes a slot's word in one of its own forms (not only a word near it in meaning).
  const writes = (slot: Slot, p: number) => slot.alternatives.some((a) => a.kind !== 'meaning' && passages[p]!.terms.includes(a.id));
  // A passage and the sentences beside it in its paragraph; the vectors of their telling words ("near in meaning" checks).
  const windowOf = (p: number) => [p - 1, p, p + 1].filter((q) => passages[q]?.paragraph === passages[p]!.paragraph);
  const echoWords = (window: readonly number[]) =>
    window.flatMap((q) => tokensOf(q).flatMap((t) => (isStopword(t) || rarity(t.word) < ECHO_RARITY ? [] : [vectorOf(t.word)]))).filter((v) => v >= 0);
  // Whether the story writes a term, in any passage.
  const storyWrites = (term: string) => index.has(index.shared.dictionary.find(term));
  const near = (s: number, p: number) =>
    where[s]!.has(p) ||
    (where[s]!.has(p - 1) && passages[p - 1]?.paragraph === passages[p]!.paragraph) ||
    (where[s]!.has(p + 1) && passages[p + 1]?.paragraph === passages[p]!.paragraph);
  let focusTotal = 0;
  slots.forEach((_, s) => {
    if (!names[s]) focusTotal += rarities[s]!;
  });
  // A focus of common words only ("how high did it get") says little: the share leans toward all held.
  const focusShare = (p: number) => {
    let held = 0;
    slots.forEach((_, s) => {
      if (!names[s] && near(s, p)) held += rarities[s]!;
    });
    return (held + FOCUS_PRIOR) / (focusTotal + FOCUS_PRIOR);
  };
  // The answer words stand near what the question is about: its focus by rarity, each name by half.
  const answerWeights = slots.map((_, s) => (names[s] ? NAME_SHARE : rarities[s]!));
  // "who is Marcus Bell" (a name of the story's own), not "who is the fire chief" (a role that stands for one).
  // (Each word a name's own as typed, or its stem: "who is the transport minister" is no question about "the Transport
  // Ministry", a name that only shares a stem with "minister".)
  const whoIs = query.asked.identity === true && slots.every((slot) => ownName(index, slot, STEM_WEIGHT));
  // (A number the question gives, "the 2 villages", is no name an answer must avoid; nor is the verb of "who funded the
  // study", though a name of the story shares its stem: "the Research Fund" did the funding.)
  const verbOfWho = (s: number) => query.asked.verb?.slot === s;
  // (Nor a word in lower case that says which kind is asked, "which towing company": "North Sea Towing" may be of the kind.)
  const kindAt = query.frame ? query.typed.slice(0, query.frame.pos).findLastIndex((w) => w === 'which' || w === 'what') : -1;
  const ofKind = (s: number) => kindAt >= 0 && !slots[s]!.literal && slots[s]!.pos > kindAt && slots[s]!.pos < query.frame!.pos;
  const nameIds = new Set(slots.flatMap((slot, s) => (names[s] && !/^\d/.test(query.typed[slot.pos]!) && !verbOfWho(s) && !ofKind(s) ? slot.alternatives.filter((a) => a.kind === 'word').map((a) => a.id) : [])));
  // A name found all through the story is its subject ("Notre Dame" in an article on Notre Dame): no passage need repeat it.
  const subject = slots.map((slot) => slot.alternatives.some((a) => (a.kind === 'word' || a.kind === 'alias') && index.spread(a.id) >= SUBJECT_SPREAD));
  // The person, body or place of the story whose name holds each of a run of the question's words.
  const entityOf = (unit: readonly number[], kinds: readonly Entity['kind'][]) =>
    index.story.entities.find(
      (e) => kinds.includes(e.kind) && unit.every((s) => tokenize([e.name, ...e.aliases].join(' ')).some((t) => slots[s]!.alternatives.some((a) => a.kind === 'word' && a.term === t.term))),
    );
  // "the mayor of Split", "the split mayor": a name that only says whose role it is, in a story that tells who holds the
  // role (the title stands for a name), is part of that role: the paragraph that names the holder need not repeat it.
  // (Before the title, only a place: "albergarias lawyer" may be another's lawyer than the one the story names.)
  const roleAt = (pos: number) => slots.some((role) => role.pos === pos && ROLE_TITLES.has(query.typed[role.pos]!) && role.alternatives.some((a) => a.kind === 'alias'));
  const whoseRole = (s: number) => present[s]! && ((query.typed[slots[s]!.pos - 1] === 'of' && roleAt(slots[s]!.pos - 2)) || (roleAt(slots[s]!.pos + 1) && entityOf([s], ['place']) !== undefined));
  // "how many stays did dubrovnik have", typed all in lower case: a word everyday English never uses (SUBTLEX),
  // nor a typo of one, yet a word the word vectors know (no typo), that the story never uses is a name it lacks.
  // (A question that writes capitals gives its names them.)
  const corrected = new Set(query.corrected.map((c) => c.typed));
  const unknownName = slots.map((slot, s) => {
    const word = query.typed[slot.pos]!;
    if (!query.caseless || WORD_COUNTS.has(word) || vectorOf(word) < 0 || corrected.has(word) || present[s]!) return false;
    // Near in meaning to one of the story's names ("dubrovnik" to "Croatia"), not only to its common words ("lockdown").
    const likeName = index.similar(word, NAME_LIKENESS, NAMES_COMPARED).some((n) => index.nameTerms.has(index.shared.dictionary.find(termOf(n.word))));
    return likeName && everydayWord(word) === undefined;
  });
  // (An ordinal in digits, "the 2nd rapid game", is no name: the story may write it "second", and the ordinal rule judges it.)
  const ordinalAt = (s: number) => rankOf(query.typed[slots[s]!.pos]!) !== undefined;
  const checked = names.map((n, s) => (n && !subject[s] && !whoseRole(s) && !ordinalAt(s)) || unknownName[s]!);
  // A name of several words ("daily star") is one name, there when most of its words are.
  const units: number[][] = [];
  slots.forEach((slot, s) => {
    if (!checked[s]) return;
    const last = units.at(-1);
    if (last && slots[last.at(-1)!]!.pos === slot.pos - 1) last.push(s);
    else units.push([s]);
  });
  // A name counts anywhere in the passage's paragraph: the paragraph is its context.
  // (A word near in meaning to a name the story lacks, "oslo" for "bergen", is another name.)
  const inParagraph = (s: number, p: number) => !unknownName[s] && index.story.paragraphs[passages[p]!.paragraph - 1]!.passages.some((q) => where[s]!.has(q));
  // "where r andina shares traded", answered by "The company's shares fell 4.2% on the Santiago stock exchange": news
  // English names a body once and then calls it "the company", "the bank"; a paragraph that does so and names no other
  // body speaks of the one the question names. A place is called back the same way: "the country's state schools".
  // (For a question that asks for words of a kind, which must stand there too: not "was andina fined", whose whole point is the name's.)
  const specific = query.asked.kind !== undefined;
  const calledBack = (unit: readonly number[], p: number) => {
    if (!specific || unit.some((s) => unknownName[s])) return false;
    const named = entityOf(unit, ['body', 'place']);
    if (named === undefined) return false;
    const nouns = named.kind === 'body' ? ORGANISATION_NOUNS : CALLBACK_PLACE_NOUNS;
    const paragraph = index.story.paragraphs[passages[p]!.paragraph - 1]!;
    const inIt = new Set(paragraph.passages);
    // ("whos the andina boss": "Chief executive Rodrigo Salinas apologised", a title that opens its sentence with no owner, is the body's.)
    const untitled = (tokens: readonly Token[]) => named.kind === 'body' && query.asked.kind === 'person' && ROLE_TITLES.has(tokens[tokens[0]?.word === 'its' ? 1 : 0]?.word ?? '');
    return (
      !index.story.entities.some((e) => e !== named && e.kind === named.kind && e.passages.some((q) => inIt.has(q))) &&
      paragraph.passages.some((q) => {
        const tokens = tokensOf(q);
        return untitled(tokens) || tokens.some((t, i) => !t.capital && nouns.has(t.word) && tokens[i - 1]?.word === 'the');
      })
    );
  };
  // "when did marta write on her blog", answered in a paragraph that calls her "Olsen": a person the story knows by the
  // question's name is named there by any name the story gives them.
  const namedOtherwise = (unit: readonly number[], p: number) => {
    const person = entityOf(unit, ['person']);
    return person !== undefined && index.story.paragraphs[passages[p]!.paragraph - 1]!.passages.some((q) => person.passages.includes(q));
  };
  // "how many people work for Acme", answered by "Zenith, founded in 1952, employs about 2,300 people": a person or a body
  // a question for a figure or a person names (the story's subject too, which no paragraph need repeat) that the answer's
  // sentence neither names nor stands for by a pronoun or "the company", where that sentence names another body, is not
  // what the sentence tells of. (Not the answer itself: "who bought Acme" is answered by another body. Dates and the
  // rest were left out: they cost SQuAD answers, "On April 4, 2008, X married Y".)
  const nameUnits: number[][] = [];
  slots.forEach((slot, s) => {
    if (!ownName(index, slot) || slot.literal) return;
    const last = nameUnits.at(-1);
    if (last && slots[last.at(-1)!]!.pos === slot.pos - 1) last.push(s);
    else nameUnits.push([s]);
  });
  // (The knowledge layer may read a body as a person, "dairy group Acme Foods": either is an actor here.)
  // (And a country: "how much did Spain give", answered "Italy alone gave": countries hold no other country.)
  const isCountry = (e: Entity) => e.kind === 'place' && isCountryName(e.name);
  const actors = nameUnits.flatMap((unit) => {
    const entity = entityOf(unit, ['body', 'person']) ?? entityOf(unit, ['place']);
    return entity && (entity.kind !== 'place' || isCountry(entity)) ? [{ unit, entity }] : [];
  });
  const ofAnother = (answer: AnswerSpan | undefined) => {
    if ((query.asked.kind !== 'number' && query.asked.kind !== 'person') || !answer || actors.length === 0) return false;
    const p = answer.passage;
    const terms = passages[p]!.terms;
    const mentions = (e: Entity) => e.passages.includes(p) || e.pronouns.includes(p);
    const written = (unit: readonly number[]) => unit.every((s) => slots[s]!.alternatives.some((a) => a.kind !== 'meaning' && terms.includes(a.id)));
    const askedTerms = new Set(actors.flatMap(({ unit }) => unit.flatMap((s) => slots[s]!.alternatives.map((a) => a.term))));
    const inAnswer = (e: Entity) => [e.name, ...e.aliases].some((n) => n.length > 0 && (answer.text.includes(n) || n.includes(answer.text)));
    // (A body, or one read as a person that the story never calls by the last word of its name, as it does a person: not
    // a speaker, "Ana Ruiz said", later "Ruiz".)
    const body = (e: Entity) => e.kind === 'body' || (e.kind === 'person' && !e.aliases.includes(e.name.split(' ').at(-1)!));
    const other = (e: Entity, asked: Entity) =>
      (isCountry(asked) ? isCountry(e) : body(e)) && mentions(e) && !inAnswer(e) && !tokenize([e.name, ...e.aliases].join(' ')).some((t) => askedTerms.has(t.term));
    // (A pronoun or "the company", "the country" may stand for the one asked: "It later sold the unit", "his lawyer", "sued the company".)
    const tokens = tokensOf(p);
    const callback = (i: number) => tokens[i - 1]?.word === 'the' && (ORGANISATION_NOUNS.has(tokens[i]!.word) || CALLBACK_PLACE_NOUNS.has(tokens[i]!.word));
    const standsFor = tokens.some((t, i) => STANDING_PRONOUNS.has(t.word) || callback(i));
    return !standsFor && actors.some(({ unit, entity }) => !written(unit) && !mentions(entity) && index.story.entities.some((e) => other(e, entity)));
  };
  const namesNear = (p: number) =>
    units.length === 0
      ? 1
      : units.filter((unit) => unit.filter((s) => inParagraph(s, p)).length * 2 > unit.length || calledBack(unit, p) || namedOtherwise(unit, p)).length / units.length;
  // The key word: the rarest of the focus, unless it only frames the question ("how many people").
  const framing = (slot: Slot) => slot.alternatives.some((a) => a.term === query.asked.counted || a.term === query.asked.head);
  let key = -1;
  slots.forEach((slot, s) => {
    if (!names[s] && !framing(slot) && rarities[s]! >= KEY_RARITY && (key < 0 || rarities[s]! > rarities[key]!)) key = s;
  });
  const keyNear = (p: number) => key < 0 || near(key, p);
  // A life event the question asks about ("died", "injured", "born", as typed or as read): its paragraph must speak of it.
  // (Not a word in -ing, which qualifies another point: "the killing blow", "asked about killing bison". Nor for a
  // place: where someone was born or died is told as where they came from or lived, "a native of", "his last years in".)
  // (Nor a name: "the Black Death", "the Dead Sea".)
  const events = slots.flatMap((slot, s) => {
    if (query.asked.kind === 'place' || names[s]) return [];
    const word = wordRead(query, slot);
    const found = lifeEventOf(word, query.typed.slice(0, slot.pos));
    // (An event asked only by a number, in the words it lists: "how many ppl live on masbate".)
    const event = found?.words && (query.asked.kind !== 'number' || !found.words.has(query.typed[slot.pos]!)) ? undefined : found;
    return event ? [{ slot: s, ids: new Set(event.terms.map((t) => index.shared.dictionary.find(t))), lifespan: event.lifespan }] : [];
  });
  const eventNear = (p: number) =>
    events.every(({ ids, lifespan }) =>
      index.story.paragraphs[passages[p]!.paragraph - 1]!.passages.some(
        (q) => passages[q]!.terms.some((t) => ids.has(t)) || (lifespan && LIFESPAN.test(index.story.passages[q]!.text)),
      ),
    );
  // "where will they meet next", "when will it reopen": a date or a place of the past does not answer.
  // "when does the market reopen", "when do the talks start back up": what starts again is still to come.
  const again = query.typed[0] === 'when' && (query.typed[1] === 'do' || query.typed[1] === 'does') && query.typed.some((w) => RESUMING.has(w));
  // So does a yes/no question about what is to come: "will the agency fine them again" is not answered by "the agency
  // fined them in 2021", only by a passage that speaks of what is to come ("said it would ...").
  const yesNo = (AUXILIARIES.has(query.typed[0] ?? '') || COPULAS.has(query.typed[0] ?? '')) && query.asked.kind === undefined && !query.asked.speaker;
  const ahead = ((query.asked.kind !== undefined && query.asked.kind !== 'phrase') || yesNo) && (again || whenAhead(query.typed) || query.typed.some((_, i) => futureAt(query.typed, i)));
  // "who won the cup last year", "who won the last time they played": an occasion before the story's, which a passage
  // that speaks of no earlier time (no year, no "since", "ago", "previous") does not tell of.
  // (So does a yes/no question: "did they raise the price last year too".)
  // (And "when did the airport last close": "last" as an adverb, before the verb, not "the last game", "last week" nor the
  // verb of "how long will it last", "supposed to last", nor the verb its length follows: "did the strike last three days",
  // "last long", "last until friday", "last more than an hour".)
  const lengthAfter = (w: string) => FUNCTION_WORDS.has(w) || /^\d/.test(w) || NUMBER_WORDS.has(w) || w === 'long' || w === 'longer';
  const lastAdverb = (i: number) => {
    const before = query.typed[i - 1] ?? '';
    const after = query.typed[i + 1];
    return query.typed[i] === 'last' && after !== undefined && !lengthAfter(after) && !DETERMINERS.has(before) && !FUNCTION_WORDS.has(before) && !TIMES_OF_LAST.has(after);
  };
  // ("has she been banned before", "before this", "has it previously failed": a yes/no question about any earlier occasion.)
  const before = query.typed.at(-1) === 'before' || (query.typed.at(-2) === 'before' && SINCE_NOW.has(query.typed.at(-1)!));
  const earlier =
    ((query.asked.kind !== undefined || yesNo) &&
      query.typed.some((w, i) => (w === 'last' && LAST_TIMES.has(query.typed[i + 1] ?? '')) || w === 'previous' || lastAdverb(i))) ||
    (yesNo && (before || query.typed.includes('previously')));
  // "how big is the deficit this year": the current one, which a passage that speaks only of next year's or last year's
  // ("below 2.5% of GDP next year") does not tell.
  const current = query.asked.kind !== undefined && query.typed.some((w, i) => w === 'this' && CURRENT_TIMES.has(query.typed[i + 1] ?? ''));
  // "did the ceo meet the union on sunday", "will there be a strike in april", "what did the shares close at on friday":
  // a day or a month the story never writes is a time it tells nothing of (another month is no other word for it).
  // (A month after a word that dates, or beside a number: "did they march", "the march" are no month. Not a month with
  // its year, "the CFO in July of 2009": the year dates the question, which a story may tell of in another month.)
  const dated = (pos: number) => DATING_WORDS.has(query.typed[pos - 1] ?? '') || /^\d/.test(query.typed[pos - 1] ?? '') || /^\d/.test(query.typed[pos + 1] ?? '');
  const withYear = (pos: number) => query.typed.slice(pos + 1, pos + 3).some((w) => YEAR.test(w));
  const otherDay = slots.some((slot, s) => !present[s] && (WEEKDAYS.has(query.typed[slot.pos]!) || (MONTHS.has(query.typed[slot.pos]!) && dated(slot.pos) && !withYear(slot.pos))));
  const inTense = (p: number) => {
    if (otherDay) return false;
    if (!ahead && !earlier && !current) return true;
    const words = tokensOf(p).map((t) => t.word);
    // (Not last year's as the figure compared with, "down from 5.3% last year", "more than last year": the passage's own is now.)
    const compared = (i: number) => words.slice(Math.max(0, i - COMPARED_REACH), i).some((w) => COMPARING.has(w));
    const other = (i: number) => (words[i] === 'next' || (words[i] === 'last' && !compared(i))) && CURRENT_TIMES.has(words[i + 1] ?? '');
    const now = (i: number) => words[i] === 'this' && CURRENT_TIMES.has(words[i + 1] ?? '');
    return (
      (!ahead || words.some((w, i) => FUTURE_WORDS.has(w) && (!DATING_FROM.has(w) || timeAfter(words[i + 1])))) &&
      (!earlier || words.some((w) => EARLIER_WORDS.has(w) || YEAR.test(w))) &&
      (!current || !words.some((_, i) => other(i)) || words.some((_, i) => now(i)))
    );
  };
  // "when is the appeal going to be heard", answered "2022" ("under house arrest since 2022"): a date before the story's
  // own is no time still to come. (Only a date with its year: the story reads a bare weekday, "by Thursday", as the one
  // before it unless the clause looks ahead, and that reading may miss.)
  const published = index.story.meta.published;
  const beforeNow = (answer: AnswerSpan | undefined) =>
    ahead &&
    query.asked.kind === 'date' &&
    answer?.date !== undefined &&
    published !== undefined &&
    answer.text.split(/\s+/).some((w) => YEAR.test(w)) &&
    answer.date < published.slice(0, answer.date.length);
  // "the second stage", "who came second": an ordinal picks one of several, and a passage that never writes it (nor the
  // sentence beside it) tells of another one ("the first stage's five engines", "was won by") or of none. Not "first",
  // which news English tells in many other words: "opened the scoring", "his debut", "began", "maiden". Nor a rank by
  // size, which a list in order tells ("the second largest": "X, followed by Y").
  const ranks = query.typed.flatMap((w, i) => {
    const rank = rankOf(w);
    const next = query.typed[i + 1] ?? '';
    const ofSize = SUPERLATIVE.test(next) || next === 'most' || next === 'least';
    return rank !== undefined && rank > 1 && !ofSize ? [rank] : [];
  });
  const ranksNear = (p: number) => ranks.length === 0 || windowOf(p).some((q) => tokensOf(q).some((_, i, all) => ranks.includes(rankAt(all, i) ?? 0)));
  // "whats the name of the student who found the photo", "whos the mine manager": a role news English brings in with
  // "a" or an owner ("a student found", "I called my boss", "the mine's manager, the agency reported") and no name
  // beside it is someone the story does not name, and another name in the sentence is no answer. A named one stands
  // beside its name: "its chairman, Ilhan Korkmaz", "Joseph Mbano, a retired teacher", "a fourth defendant, customs
  // official Carlos Mendes,". (Not a role that does or undergoes the verb of "who did the doctors tell", "who surveyed
  // the economists", nor one of a question that asks for no one by name: "what were analysts predicting".)
  const asksWho = query.typed[0] === 'who' || query.typed[0] === 'whos' || query.typed.includes('name') || query.asked.which === true;
  // The role is the head of its phrase, "the student who", "the mine managers name", not "the junior fashions ... her mother".
  const personNoun = (word: string) => isPersonNoun(word) || isPersonNoun(singularOf(word));
  const head = (pos: number) => {
    const next = query.typed[pos + 1];
    return next === undefined || next === 'name' || FUNCTION_WORDS.has(next);
  };
  // (What the question asks opens it: only the role's own modifiers come before it, "the mine managers", "quirogas boss";
  // not "who was Iqbal a critic of", which asks whom the named one's role is of.)
  const opens = (r: number) => slots.slice(0, r).every((slot, s) => slot.pos === slots[r]!.pos - (r - s));
  const role = slots.findIndex((slot, s) => !names[s] && personNoun(query.typed[slot.pos]!) && head(slot.pos) && opens(s));
  const roles =
    query.asked.kind === 'person' && asksWho && !whoIs && !query.asked.verb && role >= 0 ? [query.typed[slots[role]!.pos]!].flatMap((w) => [w, singularOf(w)]) : [];
  const namedRole = (p: number) => {
    if (roles.length === 0) return true;
    const text = index.story.passages[p]!.text;
    const tokens = tokensOf(p);
    const between = (i: number) => text.slice(tokens[i - 1]?.end ?? 0, tokens[i]!.start);
    const at = tokens.flatMap((t, i) => ((roles.includes(t.word) || roles.includes(singularOf(t.word))) && !t.capital ? [i] : []));
    const unnamedKind = (i: number) => {
      const before = tokens[i - 1];
      return before !== undefined && !between(i).trim() && (UNNAMED_DETERMINERS.has(before.word) || /['’]s$/u.test(text.slice(before.start, before.end)));
    };
    // (A role written otherwise, "the manager", may be named in another sentence.)
    if (at.length === 0 || !at.every(unnamedKind)) return true;
    const nameAt = (i: number) => tokens[i]?.capital === true && !tokens[i]!.acronym;
    return at.some((i) => {
      // After it: "chairman, Ilhan Korkmaz", "boss Ana Roux", "a student named Ana Ruiz", "a man identified as Tom Bell".
      let k = i + 1;
      if (tokens[k]?.word === 'named' || tokens[k]?.word === 'called') k++;
      else if (tokens[k]?.word === 'identified' && tokens[k + 1]?.word === 'as') k += 2;
      if (nameAt(k)) return true;
      // Or a phrase set off by commas that ends on a name: "a fourth defendant, customs official Carlos Mendes,", not
      // "the mine's manager, the state-run Anadolu news agency reported".
      if (i + 1 < tokens.length && between(i + 1).includes(',')) {
        let j = i + 1;
        while (j < tokens.length && j <= i + APPOSITION && !tokens[j]!.capital) j++;
        if (nameAt(j)) {
          while (nameAt(j + 1) && !between(j + 1).trim()) j++;
          if (j + 1 >= tokens.length || /^[^\p{L}\p{N}]*[,;.)]/u.test(between(j + 1))) return true;
        }
      }
      // Before it: a name, a comma, then the role ("Joseph Mbano, a retired teacher", past an age: "Ana Ruiz, 44,
      // the crew's dispatcher"); not the name of an opening phrase, "In Lagos, a student found", "On Monday, a student".
      for (let j = i; j > 0 && j >= i - APPOSITION; j--) {
        if (!between(j).includes(',')) continue;
        const last = /^\d+$/.test(tokens[j - 1]!.word) && j > 1 && between(j - 1).includes(',') ? j - 2 : j - 1;
        let first = last;
        while (nameAt(first - 1) && !PREPOSITIONS.has(tokens[first - 1]!.word) && !between(first).trim()) first--;
        return nameAt(last) && !(first === 1 && PREPOSITIONS.has(tokens[0]!.word));
      }
      return false;
    });
  };
  // "who founded Northlight", where the passage says only "since it was founded in 2019": a passive verb with no "by"
  // anywhere after it does not name its doer, and another name in the sentence is not the one who did it.
  const doer = query.asked.kind === 'person' && query.asked.verb?.wants === 'subject' ? slots[query.asked.verb.slot] : undefined;
  const doerTerms = new Set(doer ? doer.alternatives.filter((a) => a.kind === 'word').map((a) => a.term) : []);
  // (The noun the question's verb acts on: the slot after it, "the knives" of "who smuggled the knives in".)
  const object = doer ? slots[slots.indexOf(doer) + 1] : undefined;
  const objectTerms = new Set(object && !names[slots.indexOf(object)] ? object.alternatives.filter((a) => a.kind === 'word').map((a) => a.term) : []);
  const doerNamed = (p: number) => {
    if (!doer) return true;
    const tokens = tokensOf(p);
    const at = tokens.flatMap((t, i) => (doerTerms.has(t.term) ? [i] : []));
    // (Not a verb in -ing after "is", "been": "Ruiz is leading the inquiry", "has been building boats" name their doer.)
    // (Nor after the noun the question makes its object, with no "is": "who smuggled the knives in", where the passage
    // says the prisoners "had used knives smuggled into the jail", tells of what was done to the knives.)
    const passive = (i: number) =>
      !tokens[i]!.word.endsWith('ing') &&
      (PASSIVE_MARKERS.has(tokens[i - 1]?.word ?? '') || PASSIVE_MARKERS.has(tokens[i - 2]?.word ?? '') || (objectTerms.has(tokens[i - 1]?.term ?? '') && isPastVerb(tokens[i]!))) &&
      !tokens.slice(i + 1).some((t) => t.word === 'by');
    return at.length === 0 || !at.every(passive);
  };
  // "how many kids were in the school", answered "at least 40 homes": a number followed by a noun counts that noun, and
  // a count of people is told with a noun for people (sameCounted). The noun asked about may run over a few words ("how
  // many school kids"); the noun counted too ("11 coal miners", "domestic and international flights").
  const { askedNouns, nounRun } = nounAsked(query);
  // "how many moves was game 11": the question writes a noun with the number that labels it, and the same noun before
  // a number in the passage ("won game five") labels one, it counts nothing.
  const labels = new Set(query.typed.flatMap((w, i) => (/^\d/.test(query.typed[i + 1] ?? '') || NUMBER_WORDS.has(query.typed[i + 1] ?? '') ? [termOf(w)] : [])));
  // (The noun itself, not its stem: "how many wins", where the passage says "she won six awards".)
  // ("how many icelandic boats go after herring", "how many judges heard the case": the noun counted is the last in the
  // plural, before a verb the run may hold; the words of the noun asked end on it.)
  const headAt = nounRun.findLastIndex((w) => singularOf(w) !== w);
  const headNoun = headAt >= 0 ? nounRun[headAt] : nounRun.at(-1);
  const nounWords = headAt >= 0 ? nounRun.slice(0, headAt + 1) : nounRun;
  // (Only the noun's words, typed and read, not the verb after it: "how many ppl came to see it", answered "700 goats".
  // A count of other things still answers where the passage tells that verb of them: "how many ppl lost water", "3,000
  // homes and shops lost water".)
  const countedWords = askedNouns.slice(0, 2 * (headAt >= 0 ? headAt + 1 : nounRun.length || askedNouns.length));
  const askedAfter = new Set(askedNouns.slice(countedWords.length));
  const verbSlots = slots.filter((slot) => askedAfter.has(wordRead(query, slot)));
  const verbTold = (p: number) => verbSlots.some((slot) => writes(slot, p));
  const countedNoun = headNoun !== undefined && !PEOPLE_WORDS.has(headNoun) ? singularOf(headNoun) : undefined;
  // "how many people work at the plant", answered "some 2,000 homes": a noun for people as a group (PEOPLE_WORDS, "people",
  // "staff", "children"; not "person", which is one) then the verb counts people; a number of other things answers only where the passage tells that verb of
  // them ("40,000 homes lost water" for "how many people lost water") or counts a noun of the question ("how many
  // people lose their jobs": "120 jobs"), else it counts something else.
  const peopleAt = nounRun.findLastIndex((w) => PEOPLE_WORDS.has(w) && w !== 'person');
  const peopleVerbs = peopleAt > headAt && peopleAt < nounRun.length - 1 ? slots.flatMap((slot, s) => (nounRun.slice(peopleAt + 1).includes(wordRead(query, slot)) ? [s] : [])) : [];
  const countsPeople = (noun: readonly string[], p: number) =>
    peopleVerbs.length === 0 ||
    noun.some((n) => sameCounted(nounRun[peopleAt]!, n) || query.typed.some((w) => termOf(singularOf(w)) === termOf(singularOf(n)))) ||
    peopleVerbs.some((s) => writes(slots[s]!, p));
  // (The question's nouns in the plural after the noun asked: "the recalled jars" in "how many shops got the recalled jars".)
  const countedAt = headNoun === undefined ? -1 : query.typed.indexOf(headNoun);
  const otherNouns = countedAt < 0 ? [] : query.typed.slice(countedAt + 1).filter((w) => !FUNCTION_WORDS.has(w) && !countedWords.includes(w) && singularOf(w) !== w);
  const countsAsked = (answer: AnswerSpan | undefined) => {
    if (!answer || askedNouns.length === 0) return true;
    const text = index.story.passages[answer.passage]!.text;
    const tokens = tokensOf(answer.passage);
    const first = nextAfter(answer);
    const last = tokens.findIndex((t) => t.end >= answer.end);
    const before = tokens.findIndex((t) => t.end > answer.start) - 1;
    if (before >= 0 && labels.has(tokens[before]!.term) && !FUNCTION_WORDS.has(tokens[before]!.word)) return false;
    // "how many fire lorries", answered "within 25 minutes": a length of time counts no things (but "how many days").
    if (endsInTime(answer) && !askedNouns.some((a) => TIME_UNITS.has(singularOf(a)))) return false;
    if (first < 0) return true;
    const noun = readCounted(tokens, text, first, last);
    // "how many students worked on the satellites", answered "two built by students": a number before a verb of the passive
    // and "by" counts what was done, and the doers after "by" are not counted.
    const passive = (/ed$/.test(tokens[first]?.word ?? '') || IRREGULAR[tokens[first]?.word ?? ''] !== undefined) && tokens[first + 1]?.word === 'by';
    if (noun.length === 0 && passive && tokens.slice(first + 2, first + 2 + COUNTED_WORDS).some((t) => nounWords.some((a) => singularOf(t.word) === singularOf(a)))) return false;
    if (noun.length === 0) return true;
    // "how many vets were sent", answered "About 300 soldiers were sent to help vets": the passage names what the question
    // counts, and counts something else.
    // (The noun asked may stand after words the noun read here stops at: "over 7,000 inadequately engineered schoolrooms".)
    // (Not past a verb with its object: "dozens of guests climbed into the rafts" counts no rafts. A
    // word in -ed before another word of the noun describes it: "engineered schoolrooms".)
    const reach = tokens.slice(first, first + COUNTED_REACH);
    const stop = reach.findIndex((t, i) => isPastVerb(t) && (reach[i + 1] === undefined || isStopword(reach[i + 1]!)));
    const countedNear = reach.slice(0, stop < 0 ? reach.length : stop).some((t) => singularOf(t.word) === countedNoun);
    const countsOther =
      countedNoun !== undefined && !countedNear && !noun.some((n) => nounWords.some((a) => sameThings(a, n))) && tokens.some((t) => singularOf(t.word) === countedNoun);
    // "how many operations were postponed at st columbas", answered "where about 200 doctors gathered": a count of people
    // counts no things, in a passage that never names the things asked. (Not where the noun asked names people, nor a
    // life event, "how many deaths".)
    const things = !askedNouns.some((a) => ofPeople(a) || LIFE_EVENT_TERMS.has(termOf(a)) || ANY_THING.has(termOf(singularOf(a))));
    const head = noun.at(-1)!;
    const people = things && ofPeople(head) && !askedNouns.some((a) => sameThings(a, head)) && !tokens.some((t) => singularOf(t.word) === countedNoun);
    // "how many shops got the recalled jars", answered "recalling about 300,000 jars": the number counts another noun the
    // question writes (in the plural, after the noun asked), what the things asked about got, not them. (Not where people
    // are asked, counted by what they lose: "how many people lose their jobs", "120 jobs"; nor times or a unit, "how many
    // times did she win titles", "five titles".)
    const objectCounted =
      countedNoun !== undefined && !ofPeople(countedNoun) && countedNoun !== 'time' && !UNIT_WORDS.has(countedNoun) && !noun.some((n) => countedWords.some((a) => sameThings(a, n))) && noun.some((n) => otherNouns.some((a) => termOf(singularOf(a)) === termOf(singularOf(n))));
    return !countsOther && !people && !objectCounted && (noun.some((n) => countedWords.some((a) => sameCounted(a, n))) || verbTold(answer.passage)) && countsPeople(noun, answer.passage);
  };
  // "how much water does a data centre use", answered "about 11,000 farmers": a figure for an amount of some stuff counts
  // no people. (Not any other plural noun: the units of some amounts are no unit words here, "500 megawatts".)
  // (Not a comparative, "how much cheaper", whose superlative is a word: not "water", "paper"; nor "better", "worse", "less".)
  const comparative = (w: string) => IRREGULAR_COMPARATIVES.has(w) || (/er$/.test(w) && isCommonWord(w.replace(/er$/, 'est')));
  const muchAt = query.typed.findIndex((w, i) => w === 'much' && query.typed[i - 1] === 'how');
  // ("how much more rain": the noun after "more" or "less".)
  const muchNext = muchAt >= 0 ? query.typed[muchAt + 1] : undefined;
  const muchNoun = muchNext === 'more' || muchNext === 'less' ? query.typed[muchAt + 2] : muchNext;
  const stuff =
    muchNoun !== undefined &&
    !FUNCTION_WORDS.has(muchNoun) &&
    !AUXILIARIES.has(muchNoun) &&
    !UNIT_WORDS.has(muchNoun) &&
    !SHARE_NOUNS.has(muchNoun) &&
    !comparative(muchNoun) &&
    !query.typed.some((w) => MONEY_VERBS.has(w) || w === 'money' || w === 'time')
      ? muchNoun
      : undefined;
  const amountOf = (answer: AnswerSpan | undefined) => {
    if (stuff === undefined || !answer) return true;
    const tokens = tokensOf(answer.passage);
    const text = index.story.passages[answer.passage]!.text;
    const next = tokens[nextAfter(answer)];
    const people = next !== undefined && /^\s+$/.test(text.slice(answer.end, next.start)) && !next.capital && ofPeople(next.word);
    // "how much rain is forecast", answered "for at least two days": an amount of stuff is no length of time.
    if (endsInTime(answer)) return false;
    return !people || sameThings(next.word, stuff);
  };
  // "how much is a loaf of bread", answered "35%" ("Farms in the valley grow 35% of the country's wheat"): the
  // price of one thing, asked with "a", is no share.
  const priceOfOne = query.typed[0] === 'how' && query.typed[1] === 'much' && COPULAS.has(query.typed[2] ?? '') && (query.typed[3] === 'a' || query.typed[3] === 'an');
  const sharePriced = (answer: AnswerSpan | undefined) => priceOfOne && answer !== undefined && isShare(answer);
  // "how deep is the canal", answered "The canal, which runs 98 kilometres across the state": a sentence that tells a
  // length along ("runs", "across", "long", "from head to tail") and no height or depth ("deep", "below", "tall",
  // "stands") does not tell how deep or how tall. (A figure with neither, "a 6-metre fence", may be either.)
  const vertical = query.typed[0] === 'how' && (query.typed[1] === 'deep' || query.typed[1] === 'tall');
  const upright = (answer: AnswerSpan | undefined) => {
    if (!vertical || !answer) return true;
    const words = tokensOf(answer.passage).map((t) => t.word);
    const along = words.some((w) => LENGTH_WORDS.has(w)) || (words.includes('from') && words.includes('to'));
    return !along || words.some((w) => VERTICAL_WORDS.has(w));
  };
  // "how much will each farmer get", "how much do they eat a day", "how much do buyers pay per tonne": a figure per unit,
  // which news English writes with its unit after it ("72,000 cedis a tonne", "120,000 visitors a year") or with "per",
  // "each", "every" ("each family will receive", "9,000 boats use it each year", "annually"). A figure in a passage with
  // none is a total ("450 million birr for compensation") or a measure of something else ("100 days old"). (A unit after
  // "a" only at the question's end, "paid a week": not "a ticket", "to build a car", which name what is asked about.)
  const { typed } = query;
  const rateAt = (words: readonly string[], i: number) => RATE_WORDS.has(words[i]!) && words[i + 1] !== undefined && !FUNCTION_WORDS.has(words[i + 1]!);
  const rateUnits = query.asked.kind !== 'number' ? [] : typed.flatMap((w, i) => (rateAt(typed, i) || (i === typed.length - 2 && (w === 'a' || w === 'an') && UNIT_WORDS.has(typed[i + 1]!)) ? [typed[i + 1]!] : []));
  // (A figure for a time, "51 million tourists in 2016", "last week", is one per that time: "how many visit in a year".)
  const ofTime = (words: readonly string[]) =>
    rateUnits.some((unit) => MEASURE_WORDS.time.has(unit) && words.some((w) => w === unit || (unit === 'year' && YEAR.test(w))));
  const perUnit = (answer: AnswerSpan | undefined) => {
    if (rateUnits.length === 0 || !answer) return true;
    const text = index.story.passages[answer.passage]!.text;
    const tokens = tokensOf(answer.passage);
    const words = tokens.map((t) => t.word);
    if (words.some((w, i) => RATE_ADVERBS.has(w) || rateAt(words, i)) || ofTime(words)) return true;
    const first = nextAfter(answer);
    if (first < 0) return false;
    // (A figure's other currency in brackets, "72,000 cedis ($4,650) a tonne", is part of it.)
    let inBrackets = false;
    for (let i = first, k = 0; i < tokens.length && k <= RATE_REACH; i++) {
      const gap = text.slice(tokens[i - 1]?.end ?? answer.end, tokens[i]!.start);
      if (gap.includes('(')) inBrackets = true;
      if (gap.includes(')')) inBrackets = false;
      if (inBrackets) continue;
      k++;
      const w = tokens[i]!.word;
      if ((w === 'a' || w === 'an') && words[i + 1] !== undefined && !FUNCTION_WORDS.has(words[i + 1]!)) return true;
      if (FUNCTION_WORDS.has(w) || tokens[i]!.numeric) return false;
    }
    return false;
  };
  // "how many of the objects are drums", "how many of the job cuts are in denmark": a part of a whole, which news English
  // counts with "of" ("fewer than 40 of her paintings survive", "three of them"), or as the whole that does what is
  // asked ("Over 230 works of Chopin survive", "700 towers cut off"). A number right before a noun of the whole ("63
  // objects", "about 1,900 jobs") in a passage that does not say the rest ("in Denmark") counts the whole itself; and
  // a part named by a noun after "are" ("are drums") is counted by that noun.
  const ofAt = query.typed[0] === 'how' && query.typed[1] === 'many' && query.typed[2] === 'of' ? 3 + (DETERMINERS.has(query.typed[3] ?? '') || query.typed[3] === 'these' || query.typed[3] === 'those' ? 1 : 0) : -1;
  const whole = new Set<string>();
  for (let s = slots.findIndex((slot) => slot.pos === ofAt); s >= 0 && s < slots.length && slots[s]!.pos === ofAt + whole.size; s++) whole.add(termOf(wordRead(query, slots[s]!)));
  const predicate = slots.flatMap((slot, s) => (slot.pos >= ofAt + whole.size && !vagueAt[s] ? [s] : []));
  const partNoun = (() => {
    const after = query.typed[ofAt + whole.size + 1];
    // (A noun in the plural, as the part of a count is: "are drums", not "were cut", "are badly hurt".)
    const noun = COPULAS.has(query.typed[ofAt + whole.size] ?? '') && after !== undefined && !FUNCTION_WORDS.has(after) && singularOf(after) !== after;
    return noun ? termOf(singularOf(after)) : undefined;
  })();
  const countsPart = (answer: AnswerSpan | undefined) => {
    if (whole.size === 0 || !answer) return true;
    if (!partNoun && predicate.every((s) => writes(slots[s]!, answer.passage))) return true;
    const tokens = tokensOf(answer.passage);
    const next = nextAfter(answer);
    if (next < 0) return true;
    const counted = tokens.slice(next, next + COUNTED_WORDS);
    const end = counted.findIndex((t) => isStopword(t));
    const noun = (end < 0 ? counted : counted.slice(0, end)).map((t) => termOf(singularOf(t.word)));
    // ("Eight of the dead were killed in a landslide", for "how many of the dead were kids": a part of the whole, "of" it,
    // is the part named by a noun only where the passage writes that noun. A part told by what it does may be told in
    // other words: "fewer than 40 of her paintings survive", "how many r still around".)
    const of = tokens[next]?.word === 'of' ? (DETERMINERS.has(tokens[next + 1]?.word ?? '') ? next + 2 : next + 1) : -1;
    const partOf = of > 0 && whole.has(termOf(singularOf(tokens[of]?.word ?? '')));
    if (partOf && partNoun !== undefined && !tokens.some((t) => termOf(singularOf(t.word)) === partNoun)) return false;
    return !noun.some((t) => whole.has(t)) || (partNoun !== undefined && noun.includes(partNoun));
  };
  // "which danish airline did she fly for before", where the passage says she "joined Norlys from a Danish carrier": the
  // word that says which of the kind is asked stands in the passage only after "a", of one the story does not name, and
  // the name beside it is another's.
  // (Asked with "which", of one among several: "what was its original name" asks for no one of a kind.)
  const kindWords = query.typed[kindAt] === 'which' ? slots.flatMap((_, s) => (ofKind(s) ? [s] : [])) : [];
  const kindNamed = (p: number) => {
    if (kindWords.length === 0) return true;
    const tokens = tokensOf(p);
    const at = tokens.flatMap((t, i) => (kindWords.some((s) => slots[s]!.alternatives.some((a) => a.kind === 'word' && a.term === t.term)) ? [i] : []));
    return at.length === 0 || !at.every((i) => tokens[i - 1]?.word === 'a' || tokens[i - 1]?.word === 'an');
  };
  // "what hotel is she staying in", where the passage says only "The hotel has been kind": a thing asked for by the noun
  // of its kind right after "what", which the passage (and the sentences beside it) writes only right after an article with
  // no name after it ("the hotel", "a church hall"), is one the story tells of without saying which. (Only where no answer
  // words were found: a passage that names it answers, "the Grand Hotel".)
  // (Not a figure's noun, "what speed did it reach": a measure's or a value's, asked for its figure, not which one.)
  const figureNoun = (word: string) => Object.hasOwn(MEASURE_WORDS, singularOf(word)) || VALUE_NOUNS.has(singularOf(word));
  const whatHead =
    (query.typed[0] === 'what' || query.typed[0] === 'wat') &&
    query.asked.kind === 'phrase' &&
    !query.asked.which &&
    query.asked.head !== undefined &&
    termOf(query.typed[1] ?? '') === query.asked.head &&
    !figureNoun(query.typed[1]!)
      ? query.asked.head
      : undefined;
  const thingNamed = (p: number, answer: AnswerSpan | undefined) => {
    if (whatHead === undefined || answer) return true;
    const at = windowOf(p).flatMap((q) => {
      const tokens = tokensOf(q);
      return tokens.flatMap((t, i) => (t.term === whatHead ? [{ tokens, i }] : []));
    });
    // (Nor where it is said what it is, "X is a branch of", or which, "a type of education", "a book titled X", "the word
    // beehive": a word after it that the question does not write may name it.)
    const asked = new Set(query.typed.map((w) => termOf(w)));
    const unnamed = ({ tokens, i }: { tokens: readonly Token[]; i: number }) => {
      const next = tokens[i + 1];
      return (
        ARTICLES.has(tokens[i - 1]?.word ?? '') &&
        !COPULAS.has(tokens[i - 2]?.word ?? '') &&
        (next === undefined || (!next.capital && !NAMING_WORDS.has(next.word) && (isStopword(next) || asked.has(next.term))))
      );
    };
    return at.length === 0 || !at.every(unnamed);
  };
  // "how many appointments were cancelled at the orrby clinic", answered "about 1,800" of "The group's director said about
  // 1,800 appointments had been postponed. ... ambulances were sent to Orrby": a place a count is asked "in" or "at" bounds
  // what is counted, and a number whose sentence does not name it (the whole group's, in a paragraph that names the place
  // in another sentence) counts something else.
  const placeSlots = query.asked.kind !== 'number' ? [] : slots.flatMap((slot, s) => {
    const at = query.typed[beforeThe(query.typed, slot.pos)];
    return names[s] && !subject[s] && !slot.literal && (at === 'in' || at === 'at') ? [s] : [];
  });
  const placeTold = (answer: AnswerSpan | undefined) => !answer || placeSlots.every((s) => writes(slots[s]!, answer.passage));
  // "how many wagons were carrying diesel in total", "how many paintings did she do in her whole life": a whole, which a
  // number of a part of it does not tell ("Five of the derailed wagons were breached", "fewer than 30 of her paintings
  // survive"). (Not a share, which is of some whole: "over 80% of the market".)
  // (So does "how many cases were there": "nine of the cases had been admitted" counts some of them.)
  const there = query.typed.some((w, i) => w === 'there' && (COPULAS.has(query.typed[i - 1] ?? '') || query.typed[i - 1] === 'r'));
  const totalAsked = query.asked.kind === 'number' && (there || query.typed.some((w) => TOTAL_WORDS.has(w)));
  const ofWhole = (answer: AnswerSpan | undefined) => {
    if (!totalAsked || !answer || isShare(answer)) return false;
    const tokens = tokensOf(answer.passage);
    const next = nextAfter(answer);
    const after = tokens[next + 1]?.word ?? '';
    return tokens[next]?.word === 'of' && (DETERMINERS.has(after) || after === 'them' || after === 'these' || after === 'those');
  };
  // "who is the head of the regulator", "whos the boss of the union": whoever heads a body is a person, and a body
  // ("made by BioAurora") or a common noun ("its members could lose") beside the words asked is no answer. (Not a verb
  // of heading: a firm may run a ferry or lead a consortium.)
  // (Asked with "who" or for a name: "which organisation did she head" asks for the body.)
  const asksHead =
    query.asked.kind === 'person' &&
    query.typed.some((w) => w === 'who' || w === 'whos' || w === 'name') &&
    query.typed.some((w) => HEAD_NOUNS.has(w) || LEADER_TITLES.includes(w));
  // "who leads the dairy council", "who runs the shelter": the one a verb of heading asks for is named, a person or a
  // body ("Halden leads the consortium"), not a common noun in lower case beside the words asked ("its members").
  const asksHeading = query.asked.kind === 'person' && (query.typed[0] === 'who' || query.typed[0] === 'whos') && query.typed.some((w) => HEADING_VERBS.has(w));
  // "whats the name of the train driver", "what r the names of the ppl who died": a person's name, not the body, the place
  // or the words in lower case the passage gives beside the words asked.
  // (Or its owner: "wats the drivers name".)
  // ("whos the ferry firm guy", "who was the library lady": one person, asked by a word that says only that, not the body;
  // not "who dismissed the man", whose answer may be a body.)
  const asksSomeone = (query.typed[0] === 'whos' || (query.typed[0] === 'who' && COPULAS.has(query.typed[1] ?? ''))) && ONE_PERSON.has(query.typed.at(-1)!);
  const nameOfPerson = asksSomeone || query.typed.some((w, i) => {
    if ((w === 'name' || w === 'names') && query.asked.owner?.owned === w) return isPersonNoun(singularOf(query.typed[i - 1] ?? ''));
    if ((w !== 'name' && w !== 'names') || query.typed[i + 1] !== 'of') return false;
    // (The noun the phrase after "of" ends on: "the hse spokesman", "the farmer who found it".)
    let end = DETERMINERS.has(query.typed[i + 2] ?? '') ? i + 3 : i + 2;
    while (query.typed[end + 1] !== undefined && !FUNCTION_WORDS.has(query.typed[end + 1]!)) end++;
    const noun = query.typed[end] ?? '';
    return PEOPLE_WORDS.has(noun) || isPersonNoun(singularOf(noun));
  });
  // "which bank had the accounts", "which firm is doing the audit": a body asked for by the noun of its kind; a person or a
  // place the story knows, or words in lower case, are no answer.
  const bodyAsked = query.asked.kind === 'person' && query.asked.kindNoun !== undefined && (BODY_WORDS.has(query.asked.kindNoun) || BODY_NOUNS.has(query.asked.kindNoun));
  const isBody = (answer: AnswerSpan | undefined) => {
    if (!bodyAsked || !answer) return true;
    if (!/^\p{Lu}/u.test(answer.text)) return false;
    // (A person by the role the story gives them, "chief executive Luc Morand": a name the story gives no role may be a
    // body's it has not recognised, "Pepsi", "Broadwood".)
    // ("Jan Lugo and Piet Jansen": nor people the story knows by a given name and calls by the family name alone, each
    // of a list; not "Acme Holdings", whose last word is the plural of an everyday noun, as a body's often is.)
    const personal = (name: string) => {
      const words = name.split(' ');
      const last = words.at(-1)!;
      const plural = /s$/.test(last) && isCommonWord(singularOf(last.toLowerCase()));
      return words.length > 1 && !plural && isGivenName(words[0]!) && index.story.entities.some((e) => e.kind === 'person' && e.name === name && e.aliases.includes(last));
    };
    const parts = answer.text.split(/,\s*(?:and\s+)?|\s+and\s+/);
    if (parts.every(personal)) return false;
    return !index.story.entities.some((e) => (e.kind === 'place' || (e.kind === 'person' && e.role !== undefined)) && [e.name, ...e.aliases].includes(answer.text));
  };
  const isPerson = (answer: AnswerSpan | undefined) => {
    if (asksHeading && !asksHead && !nameOfPerson && answer) return /^\p{Lu}/u.test(answer.text);
    if (!(asksHead || nameOfPerson) || !answer) return true;
    // (Every word a name's: written with a capital, or a particle or a function word inside it ("Vincent van Gogh", "al-Sisi",
    // "John of Gaunt", "Smith and Jones"); not "Twenty cars" that opens a sentence.)
    const words = answer.text.split(/\s+/);
    const inName = (w: string, i: number) => /^\p{Lu}/u.test(w) || (i > 0 && i < words.length - 1 && (NAME_PARTICLES.has(w) || FUNCTION_WORDS.has(w))) || NAME_PARTICLES.has(w.split(/[-‐]/)[0]!);
    if (!words.every(inName)) return false;
    const named = index.story.entities.filter((e) => [e.name, ...e.aliases].some((n) => n.length > 0 && answer.text.includes(n)));
    return named.length === 0 || named.some((e) => e.kind === 'person');
  };
  // "who won the relay", answered "runners" of "A record 900 runners started": a plural noun alone after a number or a
  // word of how many ("several passengers") counts a group, and names no one who did what is asked. (Not for who said
  // or was told something, nor who something was done to or with: "who did he confide in".)
  const askedDoer = query.asked.kind === 'person' && !query.typed.some((w) => SPEECH_WORDS.has(w) || w === 'to' || w === 'in' || w === 'with');
  const groupNamed = (answer: AnswerSpan | undefined) => {
    if (!askedDoer || !answer) return true;
    const words = answer.text.split(/\s+/);
    const last = words.at(-1)!;
    if (!words.every((w) => /^\p{Ll}/u.test(w)) || singularOf(last) === last || words.some((w) => FUNCTION_WORDS.has(w) || POSSESSIVE_PRONOUNS.has(w))) return true;
    const before = tokensOf(answer.passage).findLast((t) => t.end <= answer.start);
    return !(before !== undefined && (before.numeric || NUMBER_WORDS.has(before.word) || QUANTIFIERS.has(before.word)));
  };
  // "whos the head of the agency", answered by "Its director, Lars Moe" after "The Safety Authority said it would work
  // with the agency": "its" stands for the subject of the sentence before, and the role is that body's, not the one asked.
  // (Only where the body the question names stands in that sentence, after its subject.)
  const askedBodies = slots.filter((_, s) => names[s]).map((slot) => termOf(wordRead(query, slot)));
  const ownerOfIts = (answer: AnswerSpan | undefined) => {
    if (!answer || !asksWho || query.asked.kind !== 'person' || askedBodies.length === 0) return true;
    const tokens = tokensOf(answer.passage);
    const at = tokens.findIndex((t) => t.start >= answer.start);
    if (at < 0 || !tokens.slice(Math.max(0, at - 3), at).some((t) => t.word === 'its')) return true;
    const before = answer.passage - 1;
    if (passages[before]?.paragraph !== passages[answer.passage]!.paragraph) return true;
    const sentence = tokensOf(before);
    let subject = 0;
    while (subject < sentence.length && (sentence[subject]!.capital || (FUNCTION_WORDS.has(sentence[subject]!.word) && sentence[subject + 1]?.capital))) subject++;
    const inSubject = sentence.slice(0, subject).some((t) => askedBodies.includes(t.term));
    const afterIt = sentence.slice(subject).some((t) => askedBodies.includes(t.term));
    return inSubject || !afterIt;
  };
  // "who owns fjord lines", answered by "the minister ordered the owner, Fjord Lines AS, to suspend its ferries": the
  // body asked set beside "the owner" is the owner there, of something else; the passage does not say who owns it.
  const ownsAsked = asksWho && query.asked.kind === 'person' && query.typed.some((w) => w === 'own' || w === 'owns' || w === 'owned');
  const ownerItself = (answer: AnswerSpan | undefined) => {
    if (!answer || !ownsAsked || askedBodies.length === 0) return true;
    const tokens = tokensOf(answer.passage);
    return !tokens.some((t, i) => (t.word === 'owner' || t.word === 'owners') && tokens.slice(i + 1, i + 3).some((n) => n.capital && askedBodies.includes(n.term)));
  };
  // "who owns the sheep farm", answered "Ana Ruiz" from "Ana Ruiz, who was working on a sheep farm": who owns a thing is
  // told with a word of owning or control ("owned by", "its owner", "landowner", "controlled by", "operated by", "a stake
  // in", "belongs to", "parent"); a sentence with none beside it, nor in a sentence beside it, tells of someone else.
  const ownership = (answer: AnswerSpan | undefined) =>
    !answer || !ownsAsked || windowOf(answer.passage).some((q) => tokensOf(q).some((t) => OWNING.test(t.word)));
  // "whats the name of the ppl who died", answered "Dewi Kartika" from "At least four people were killed ..., said Dewi
  // Kartika, a spokeswoman for the agency": a name that only tells where the sentence comes from, after what it reports
  // (", said X", "according to officer X", ", Governor X told reporters"), is the one who reports it, not one the
  // question asks about. (Not for a question about what was said, nor where a word of the question stands in the role
  // beside the name: "whos the head keeper", answered from "said head keeper X".)
  // (The words as read too: a typo of "reported" asks who reported.)
  const speechWord = (w: string) => SPEECH_WORDS.has(w) || ASKED_SPEECH.has(w) || TALKING.has(w);
  const asksSpeech = query.asked.speaker !== undefined || query.typed.some(speechWord) || slots.some((slot) => speechWord(wordRead(query, slot)));
  const askedTerms = new Set(slots.flatMap((slot) => (query.typed[slot.pos] === 'name' || query.typed[slot.pos] === 'names' ? [] : slot.alternatives.filter((a) => a.kind === 'word').map((a) => a.term))));
  // (A question about what someone did, "who gets to pick", "the ppl who died", "the ppl killed", not who holds a
  // role, "whos the club president", which the role beside a speaker's name answers.)
  const readWords = query.typed.map((w, i) => {
    const slot = slots.find((sl) => sl.pos === i);
    return slot ? wordRead(query, slot) : w;
  });
  const asksDeed =
    !AUXILIARIES.has(query.typed[0] ?? '') &&
    (query.asked.verb !== undefined ||
      readWords.some((w, i) => i > 1 && !FUNCTION_WORDS.has(readWords[i - 1]!) && (w === 'who' || w === 'that' || (/ed$/.test(w) && ofPeople(readWords[i - 1]!)))));
  const reporter = (answer: AnswerSpan | undefined) => {
    if (!answer || yesNo || query.asked.kind !== 'person' || whoIs || asksSpeech || !asksDeed) return false;
    const text = index.story.passages[answer.passage]!.text;
    const tokens = tokensOf(answer.passage);
    const at = tokens.findIndex((t) => t.start >= answer.start);
    const end = tokens.findLastIndex((t) => t.end <= answer.end);
    if (at < 0 || end < at) return false;
    const between = (i: number) => text.slice(tokens[i - 1]?.end ?? 0, tokens[i]!.start);
    const afterContent = (i: number) => i > OPENING && /[,"“”]/u.test(between(i));
    // The role before the name: "provincial disaster officer", "Governor", "head keeper".
    let from = at;
    while (from > 0 && at - from < ASKED_SPEAKER_WORDS + 1 && !isStopword(tokens[from - 1]!) && !SPEECH_WORDS.has(tokens[from - 1]!.word) && !/[,"“”]/u.test(between(from))) from--;
    // The role after it, set off by a comma: ", a spokeswoman for the agency".
    let to = end;
    if (end + 1 < tokens.length && between(end + 1).includes(',')) {
      to = end + 1;
      while (to + 1 < tokens.length && !/[,.;]/.test(between(to + 1))) to++;
    }
    const before = tokens[from - 1];
    const said = before !== undefined && INVERTED.has(before.word) && afterContent(from - 1);
    const according = before?.word === 'to' && tokens[from - 2]?.word === 'according';
    // (", X told a news conference", at the sentence's end: not ", X argued that ...", which goes on to what X says.)
    const saysAfter = afterContent(from) && SPEECH_WORDS.has(tokens[end + 1]?.word ?? '') && tokens.length - end - 2 <= SPEECH_TAIL && !tokens.slice(end + 2).some((t) => t.word === 'that');
    if (!said && !according && !saysAfter) return false;
    // (Not one quoted, "“The whole sky went orange,” said X", nor one who speaks of what they did: "we found it", said X.)
    if (/["“”]/u.test(text) || tokens.some((t) => FIRST_PERSON.has(t.word))) return false;
    const role = [...tokens.slice(from, at), ...tokens.slice(end + 1, to + 1)];
    return !role.some((t) => askedTerms.has(t.term));
  };
  // "has the company been fined before", "do stranded passengers get refunds": a yes/no question asks whether what it
  // says holds, and a passage answers it only by saying it or its opposite. A word of it the story never uses ("fined")
  // must then be said in other words there, near in meaning (ECHO); with none, the passage tells of something else.
  // (Not a particle or an adverb, "sign off", "badly hurt", which only shade the verb, nor a life event, judged by its
  // paragraph; nor what a name owns, the phrase a name with its "s" opens, "smiths pay plan", which news English
  // names in many ways: "Smith's proposal on wages"; nor a verb of speech or thought, "did the governor think inflation
  // fell", which asks whether what follows it holds, however the story reports it: "said", "told", "believes".)
  const owned = (s: number) => {
    for (let o = s - 1; o >= 0 && slots[o]!.pos === slots[o + 1]!.pos - 1; o--) if (names[o] && /s$/.test(query.typed[slots[o]!.pos]!)) return true;
    return false;
  };
  // The words of what a yes/no question asks, as word vectors: the slot of each and its vector.
  const askedWords = yesNo
    ? slots.flatMap((slot, s) => {
        const word = query.typed[slot.pos]!;
        const shading = PARTICLES.has(word) || REPLY_WORDS.has(word) || SPEECH_WORDS.has(word) || /ly$/.test(word) || events.some((e) => e.slot === s) || owned(s);
        return !names[s] && !vagueAt[s] && !shading && vectorOf(word) >= 0 ? [{ s, v: vectorOf(word) }] : [];
      })
    : [];
  // "whats the name of the runner who went to hospital": the clause after "who" says which one is asked about, and a
  // passage that names a runner answers only where it tells that of them, as a yes/no question's passage must.
  // (After a noun the article opens, "the runner", "the prison boss": not "do we know who", "in one of his works who".)
  const nounBefore = (i: number) => slots.some((slot) => slot.pos === i - 1) && (ARTICLES.has(query.typed[i - 2] ?? '') || (ARTICLES.has(query.typed[i - 3] ?? '') && slots.some((slot) => slot.pos === i - 2)));
  const relative = query.asked.kind === 'person' ? query.typed.findIndex((w, i) => w === 'who' && nounBefore(i)) : -1;
  // (Its words after the verb, what it tells of: a verb the story may well paraphrase, "tracks" for "pursued".)
  // (Nor a noun for a kind of name, "talked to the paper", which a name may tell: "told the Coast Gazette".)
  const kindOfName = (word: string) => KIND_OF_NOUN[singularOf(word)] !== undefined || MEDIA_WORDS.has(singularOf(word));
  const described = relative > 0 ? slots.flatMap((slot, s) => (slot.pos > relative + 1 && !names[s] && !vagueAt[s] && !kindOfName(query.typed[slot.pos]!) && vectorOf(query.typed[slot.pos]!) >= 0 ? [{ s, v: vectorOf(query.typed[slot.pos]!) }] : [])) : [];
  const unsaid = [...askedWords, ...described].filter(({ s }) => !present[s]).map(({ v }) => v);
  // So must a rare word the story uses only away from the passage ("did the pilots get fined", where the story
  // fines a captain in another paragraph), nearer in meaning (ECHO_ELSEWHERE): there the story tells of something else.
  // (A clause's word, less rare: "who went to hospital".)
  const elsewhere = [...askedWords.filter(({ s }) => rarities[s]! >= KEY_RARITY), ...described.filter(({ s }) => rarities[s]! >= CLAUSE_RARITY)].filter(({ s }) => present[s]);
  // "r the cabin crew striking too", "did home internet go down too": a yes/no question that asks whether what the story
  // tells of one holds of another ("too", "as well") is about that other, its subject, which the passage or a sentence
  // beside it must write in the question's own words (a word near in meaning may be the one the story tells of).
  // (The subject: the words after the auxiliary, up to a verb in -ing or -ed, or, after "do" or a modal that takes a bare
  // verb, up to the last word but its particles: "did home internet go down too".)
  // (Readers type "r" for "are".)
  const alsoAsked = (yesNo || (query.typed[0] === 'r' && query.asked.kind === undefined)) && (query.typed.at(-1) === 'too' || (query.typed.at(-2) === 'as' && query.typed.at(-1) === 'well'));
  const alsoSubject = (() => {
    if (!alsoAsked) return [];
    const run: number[] = [];
    for (let s = 0; s < slots.length && (s === 0 || slots[s]!.pos === slots[s - 1]!.pos + 1); s++) run.push(s);
    const verbAt = run.findIndex((s) => /(?:ing|ed)$/.test(query.typed[slots[s]!.pos]!) || IRREGULAR[query.typed[slots[s]!.pos]!] !== undefined);
    if (verbAt >= 0) return run.slice(0, verbAt);
    if (COPULAS.has(query.typed[0]!) || query.typed[0] === 'r') return [];
    const content = run.filter((s) => !PARTICLES.has(query.typed[slots[s]!.pos]!));
    return content.slice(0, -1);
  })().filter((s) => !vagueAt[s]);
  const ownWhere = alsoSubject.map((s) => holders(index, slots[s]!, (a) => a.kind !== 'meaning'));
  const echoedNear = (p: number) => {
    const window = windowOf(p);
    if (!ownWhere.every((found) => window.some((q) => found.has(q)))) return false;
    const away = elsewhere.filter(({ s }) => !window.some((q) => where[s]!.has(q)));
    if (unsaid.length === 0 && away.length === 0) return true;
    const words = echoWords(window);
    const echoed = (u: number, least: number) => words.some((v) => v !== u && cosine(u, v) >= least);
    return unsaid.every((u) => echoed(u, ECHO)) && away.every(({ s, v }) => echoed(v, subject[s] ? ECHO : ECHO_ELSEWHERE));
  };
  const speaker = query.asked.speaker;
  const who = speaker ? slots.map((slot, s) => (speaker.includes(slot.pos) ? s : -1)).filter((s) => s >= 0) : [];
  // Said in the story's own words (not only near in meaning): what the reply says it mentions.
  const lexical = slots.map((slot) => slot.alternatives.some((a) => (a.kind === 'word' || a.kind === 'alias') && index.df(a.id) > 0));
  // "what did the pm say", in a story that never writes "pm" nor "prime minister": a speaker the story does not
  // mention (in any form of the words) said nothing it reports, whoever else the passage quotes. (A speaker is a
  // short phrase: a long stretch before a verb like "claim" is no speaker, "what was the reason the court gave ... his claim".)
  // Nor did the speaker say anything the story reports to someone it never mentions: "what did the council say to the
  // fishermen", in a story without fishermen. (The one spoken to, after "to the": not "argue to rid the world of ...".)
  // A word of the question the story never uses in any form, nor a name or a vague word: a point it does not tell.
  const absentAt = (s: number) => !names[s] && !present[s] && !vagueAt[s];
  const verbAt = speaker ? Math.max(...speaker) + 1 : -1;
  // (The one spoken to is the noun phrase right after "to the", "to the local fishermen", not a word after it: "about the leak".)
  const spokenTo = new Set<number>();
  if (query.typed[verbAt + 1] === 'to' && DETERMINERS.has(query.typed[verbAt + 2] ?? '')) for (let pos = verbAt + 3; slots.some((slot) => slot.pos === pos); pos++) spokenTo.add(pos);
  const addressee = (s: number) => spokenTo.has(slots[s]!.pos);
  // (The owner of a speaker's role: a name of the story's own, "somalias govt", not one that stands for a role, "the pm".)
  const owners = who.filter((s) => ownName(index, slots[s]!));
  // (Nor one of whose words the story writes only as a synonym, "prime" where it says "set up": "Interior Minister Ana
  // Horvat told" is not what the prime minister said.)
  const unwritten = (s: number) => absentAt(s) || (!names[s] && !vagueAt[s] && !lexical[s]);
  const unknownSpeaker = (who.length <= ASKED_SPEAKER_WORDS && who.some(unwritten)) || (speaker !== undefined && slots.some((_, s) => addressee(s) && absentAt(s)));
  // "what did the transport minister say about the drivers demands", in a story that tells of the claims elsewhere: a passage
  // tells what was said of the point asked where a word of it (after "about") stands there or in a sentence beside it,
  // as written or near in meaning.
  const aboutAt = speaker ? query.typed.indexOf('about', verbAt) : -1;
  // (A word the story uses elsewhere: one it never uses is judged as any absent word is.)
  const topic = aboutAt > 0 ? slots.flatMap((slot, s) => (slot.pos > aboutAt && !vagueAt[s] && present[s] ? [s] : [])) : [];
  // (Its own words: a word of its family, "claimed" for "claims", may say anything.)
  const topicWhere = topic.map((s) => holders(index, slots[s]!, (a) => a.kind === 'word' || a.kind === 'alias'));
  const saidAbout = (p: number) => {
    if (topic.length === 0) return true;
    const window = windowOf(p);
    if (topicWhere.some((found) => window.some((q) => found.has(q)))) return true;
    // (Or the first part of a word of the passage: "the shipyards" for "the ships".)
    const stems = topic.flatMap((s) => slots[s]!.alternatives.flatMap((a) => (a.kind === 'word' && a.term.length >= COMPOUND_PART ? [a.term] : [])));
    if (window.some((q) => tokensOf(q).some((t) => stems.some((stem) => t.word.startsWith(stem))))) return true;
    const words = echoWords(window);
    return topic.some((s) => {
      const u = vectorOf(query.typed[slots[s]!.pos]!);
      return u >= 0 && words.some((v) => v !== u && cosine(u, v) >= ECHO);
    });
  };
  const voices = askedVoices(index, query);
  const speaks = (p: number) => {
    if (!speaker) return true;
    if (unknownSpeaker || !saidAbout(p)) return false;
    // A quotation the knowledge layer credits to the person asked, however the passage names them ("“We won,” he told
    // reporters"; a quotation alone, its speaker named in the next sentence).
    // (Where the passage or one beside it holds every other word of the question the story uses: "what did X post on
    // facebook" is not answered by what X told reporters.)
    if (voices && [...(passages[p]!.speakers ?? [])].some((g) => voices.has(g))) {
      const window = windowOf(p);
      if (slots.every((_, s) => who.includes(s) || vagueAt[s] || !present[s] || window.some((q) => where[s]!.has(q)))) return true;
    }
    const tokens = tokensOf(p);
    const verbs = tokens.flatMap((t, i) => (SPEECH_WORDS.has(t.word) ? [i] : []));
    const text = index.story.passages[p]!.text;
    const between = (i: number) => text.slice(tokens[i - 1]?.end ?? 0, tokens[i]!.start);
    // "The mayor set new rules, posting on X that...": a verb after a comma in -ing speaks for the sentence's
    // subject (its first words, after an opening "On Saturday,"), not for a name next to it.
    const participle = (v: number) => tokens[v]!.word.endsWith('ing') && between(v).includes(',');
    const opensSentence = (a: number) => {
      let from = 0;
      for (let i = 1; i <= OPENING && i < a; i++) if (between(i).includes(',')) from = i;
      return tokens.slice(from, a).every((t) => t.capital || isStopword(t));
    };
    // "Culture Minister Ana Lugo, who met him at the airport, said": a clause on "who" set off by commas between the
    // speaker's name and the verb.
    const aside = (a: number, v: number) => {
      let c = a + 1;
      while (c < v && tokens[c]!.capital && !between(c).includes(',')) c++;
      return tokens[c]?.word === 'who' && between(c).includes(',') && between(v).includes(',') && v - c <= RELATIVE_REACH && !/[.;:!?()]/.test(text.slice(tokens[c]!.end, tokens[v]!.start).replace(/,\s*$/, ''));
    };
    // "Ruiz told", "Lobo wrote on X", or inverted, "said Erik Holm"; not "asked the agency".
    const subject = (a: number, v: number) =>
      participle(v) ? a < v && opensSentence(a) : a < v ? v - a <= SPEECH_REACH || aside(a, v) : a - v <= 2 && INVERTED.has(tokens[v]!.word);
    // "criticized the mayor's plan, telling Reuters": a possessive qualifies a noun, it speaks no words.
    const possessive = (a: number) => /['’]s$/u.test(text.slice(tokens[a]!.start, tokens[a]!.end));
    const all = anchors(index, p, query.slots, true);
    // "what did Dockside's chairman say", where the passage never names Dockside: not "Hollins chairman Victor Lane",
    // a role another of the story's names qualifies.
    const ownerAbsent = who.some((s) => names[s] && !all.some((a) => a.slot === s));
    const othersRole = (at: number) => {
      const before = tokens[at - 1];
      return ownerAbsent && before !== undefined && before.capital && !all.some((a) => a.at === at - 1) && index.nameTerms.has(index.passages[p]!.terms[at - 1]!);
    };
    // "what did somalias govt say": a role the question gives an owner ("Somalia's", "the Somali") is that owner's where the
    // owner stands with it ("Somalia's government", "the government of Somalia"), not "the government" of a sentence that
    // names the owner elsewhere ("could spread into Kenya and Somalia").
    const ownedBy = (at: number) =>
      owners.every((o) => all.some((b) => b.slot === o && ((b.at < at && at - b.at <= ASKED_SPEAKER_WORDS) || (tokens[at + 1]?.word === 'of' && b.at > at && b.at - at <= 3))));
    // "what did the senator say", not "the senatorial office said": a speaker the question names by a noun speaks
    // where the story writes that noun (or a name, in capitals), not a word of its family that qualifies another
    // ("senatorial", "ministerial").
    const ownForm = (a: { slot: number; at: number }) => {
      if (tokens[a.at]!.capital) return true;
      const word = wordRead(query, slots[a.slot]!);
      const own = new Set([termOf(word), termOf(singularOf(word))]);
      return own.has(tokens[a.at]!.term) || own.has(termOf(singularOf(tokens[a.at]!.word)));
    };
    const found = all.filter((a) => who.includes(a.slot) && !possessive(a.at) && !othersRole(a.at) && (names[a.slot] || ownedBy(a.at)) && ownForm(a));
    // After a comma, the subject phrase holds every word of the speaker the story uses ("the french president" is not "French Prime Minister Ana Roux").
    const whole = (v: number) => who.every((s) => !present[s] || found.some((a) => a.slot === s && subject(a.at, v)));
    return verbs.some((v) => (participle(v) ? whole(v) : found.some((a) => subject(a.at, v))));
  };
  let absent = 0;
  slots.forEach((_, s) => {
    if (!names[s] && !present[s]) absent = Math.max(absent, rarities[s]!);
  });
  // "how long is okafors contract", "how big is the budget deficit": the thing measured, the noun the phrase after the
  // copula ends on, is the question's key point, and a story that never names it does not tell its size.
  const measured = (() => {
    if (query.typed[0] !== 'how' || !(query.typed[1]! in MEASURE_OF_HOW || query.typed[1] === 'big') || !COPULAS.has(query.typed[2] ?? '')) return -1;
    // (Not a speed or a temperature, asked of a motion or the weather: "how fast was the boat goin", "how cold was it out
    // there" end on a verb or on no thing measured.)
    if (MEASURE_OF_HOW[query.typed[1]!]?.some((m) => m === 'speed' || m === 'temperature')) return -1;
    // (Up to a verb of the passive, "how long are the eggs incubated": the eggs are what is measured.)
    const participle = (slot: Slot | undefined) => slot !== undefined && (/(?:ed|ing)$/.test(query.typed[slot.pos]!) || IRREGULAR[query.typed[slot.pos]!] !== undefined);
    let last = slots.findIndex((slot) => slot.pos > 2);
    while (last >= 0 && slots[last + 1]?.pos === slots[last]!.pos + 1 && !participle(slots[last + 1])) last++;
    return last;
  })();
  // "how much is the tourist tax for kids", "when does the discount start for pensioners": a figure or a date asked for
  // people the story never mentions (a noun for people after "for") is one it does not give.
  const forWhom = slots.some((slot, s) => {
    const before = beforeThe(query.typed, slot.pos);
    return query.typed[before] === 'for' && absentAt(s) && isPersonNoun(singularOf(query.typed[slot.pos]!));
  });
  // "whats the unemployment rate": the word that says which rate is the key point, and a story that never uses it (one
  // that gives the inflation rate) does not tell that figure.
  // (As the reader meant it: "budgett" is the budget.)
  const kindNoun = query.asked.kindNoun;
  const valueAt = query.asked.kind === 'number' && kindNoun !== undefined && VALUE_NOUNS.has(kindNoun) ? query.typed.findIndex((_, i) => readAt(query, i) === kindNoun) : -1;
  // (The value noun heads its phrase: "the highest tax bracket" asks for a bracket.)
  const heads = valueAt > 0 && !slots.some((slot) => slot.pos === valueAt + 1);
  const which = heads ? slots.findIndex((slot) => slot.pos === valueAt - 1) : -1;
  const answer = ranked[0] && answerIn(index, query, ranked[0], { weights: answerWeights, names: nameIds, whoIs });
  // ("whats the inflation rate", where the story says "inflation slowed to 2.7 percent": a rate is a share, and the word that
  // says which rate, with a share its first passage answers, tells it in other words. Not a share of some group: "40 percent
  // of them are under 25", said of the jobless, is no jobless rate.)
  const ofGroup = (a: AnswerSpan) => /^\s+of\b/i.test(index.story.passages[a.passage]!.text.slice(a.end));
  const toldAsShare = which >= 0 && !absentAt(which) && MEASURE_OF_NOUN[kindNoun!]?.includes('percent') === true && answer !== undefined && isShare(answer) && !ofGroup(answer);
  // ("what was the turnout in the election", in a story that only gives the winner's votes: the value noun itself, in
  // none of its forms.)
  const valueUnsaid = (() => {
    if (!heads || toldAsShare) return false;
    const term = termOf(kindNoun!);
    return ![term, ...familiesOf(term).map((f) => f.term)].some(storyWrites);
  })();
  // "when did italy bring wolves back", in a story of two other countries: a country the story never names, by its name
  // or its demonym, is one it tells nothing of (word vectors set other countries near it in meaning). Only a country's
  // name: a demonym may only describe what the story names ("which german city", for Munich). (Not a name that is an
  // everyday word too: "turkey", "chad".)
  const otherCountry = slots.some((slot, s) => {
    const word = query.typed[slot.pos]!;
    return !present[s] && !isCommonWord(word) && isCountryName(word.charAt(0).toUpperCase() + word.slice(1));
  });
  const unmeasured =
    (measured >= 0 && absentAt(measured)) || (which >= 0 && absentAt(which)) || valueUnsaid || (forWhom && (query.asked.kind === 'number' || query.asked.kind === 'date')) || otherCountry;
  // "how long was the thing", "is everyone out": a question of vague words only asks about the story's own subject.
  const allVague = query.subjectOnly;
  const missing = [...slots.filter((_, s) => !present[s] && !vagueAt[s]).map((s) => query.typed[s.pos]!), ...(valueUnsaid ? [query.typed[valueAt]!] : [])];
  const mentioned = slots.filter((_, s) => lexical[s]).map((s) => query.typed[s.pos]!);
  // "was anyone hurt", in a story that says "nobody was injured": a life event told in the story's own words.
  const spokenOf = (s: number) => events.some((e) => e.slot === s && [...e.ids].some((id) => index.df(id) > 0));
  const nearInMeaning = (slot: Slot) => slot.alternatives.some((a) => a.kind === 'meaning' && (a.similarity ?? 0) >= SAME_SUBJECT && index.df(a.id) > 0);
  // A story that never uses the question's words may speak of its subject in others, when it has every one of them in
  // some form: "has anyone been arrested", where it says "detained", but not "who won the football world cup final".
  // (A vague word needs none, and has none: "anyone" stands near "nobody", which says nothing of what anyone did.)
  // A reader's own word for what the answering sentence says ("where is the factory", answered by "the company's plant
  // in Halbrook"; "how many visitors were stuck", by "about 700 guests") is near in meaning to a word of the first passage or
  // a sentence beside it: less near than SAME_SUBJECT asks of a word anywhere in the story, as the place is the answer's.
  // (Not for a yes/no question, which asks whether the story tells a fact the passage may only border on; nor for the
  // word that says a sum is asked, "worth", "cost", which any figure of money stands near; nor through a story word
  // nearer another word of the question, "buildings" for "damaged" in "how many homes were damaged".)
  const besideFirst = ranked[0] ? windowOf(ranked[0].passage) : [];
  // (Nor for a topic of topic words alone, "/quote about weather", no question: only what it names will do.)
  const asking = query.typed.length > query.slots.length;
  const nearHere = (slot: Slot) => {
    if (!asking || yesNo || (query.asked.measures?.includes('money') && MONEY_VERBS.has(query.typed[slot.pos]!))) return false;
    // (Not where the nearest in meaning is as often the opposite or a sibling: a comparison ("coldest" for "hottest"), and in
    // a question for a person, the noun for people it asks by ("who was the goalkeeper", of "striker Tom Hale") and the verb
    // it asks the doer of ("who lost", of "Leeds beat Hull").)
    const word = wordRead(query, slot);
    const forPerson = query.asked.kind === 'person' && (isPersonNoun(singularOf(word)) || query.asked.verb?.slot === slots.indexOf(slot));
    if (/est$/.test(word) || comparative(word) || forPerson) return false;
    const similarity = (a: Slot['alternatives'][number]) => (a.kind === 'meaning' ? (a.similarity ?? 0) : 1);
    const nearerElsewhere = (a: Slot['alternatives'][number]) => slots.some((o) => o !== slot && o.alternatives.some((b) => b.id === a.id && similarity(b) > similarity(a)));
    const found = holders(index, slot, (a) => a.kind === 'meaning' && similarity(a) >= SAME_PLACE && !nearerElsewhere(a));
    return besideFirst.some((q) => found.has(q));
  };
  const inOtherWords = vagueAt.includes(false) && slots.every((slot, s) => vagueAt[s] || present[s] || spokenOf(s) || nearInMeaning(slot) || nearHere(slot));
  const about = new Set<number>();
  slots.forEach((_, s) => {
    if (present[s] && (names[s] || missing.length > 0)) for (const p of where[s]!) about.add(p);
  });
  // "how much did the club pay for him", where the story says "signed for an undisclosed fee"; "whats the name of the 30 yr old", where
  // the sentence after the one about him says officials "declined to release the man's name": the story tells that what
  // is asked was kept back, and that (not a figure or a name beside it) is its answer. The withholding must hold one of the
  // question's words, or name as whose it is a word the first passage writes beside one ("the man" of "a 30-year-old man").
  // A question that asks for no words of a kind may ask what a withholding leaves open: "why did they close it" where the
  // story says the company "did not say why", "will the plant close" where it "declined to say whether".
  const open = ((): OpenQuestion | undefined => {
    if (query.asked.kind !== undefined) return undefined;
    if (yesNo) return 'whether';
    const first = query.typed.find((w) => QUESTION_WORDS.has(w));
    return first === 'why' ? 'why' : first === 'how' && !HOW_NUMBER.has(query.typed[query.typed.indexOf('how') + 1] ?? '') ? 'how' : first === 'what' || first === 'wat' ? 'what' : undefined;
  })();
  const withholding = (() => {
    const kind = query.asked.kind;
    const p = ranked[0]?.passage;
    if ((!kind && !open) || p === undefined) return undefined;
    const focus = (at: { slot: number }) => !names[at.slot] && !vagueAt[at.slot];
    // (In the question's own words or their forms: a word near in meaning is only a guess.)
    const own = slots.map((slot) => ({ ...slot, alternatives: slot.alternatives.filter((a) => a.kind !== 'meaning') }));
    const besideFocus = anchors(index, p, own).filter(focus);
    const ownerNear = (owner: string) => tokensOf(p).some((t, i) => t.word === owner && besideFocus.some((a) => Math.abs(a.at - i) <= OWNER_REACH));
    for (const q of [p, p + 1]) {
      if (!passages[q] || passages[q].paragraph > passages[p]!.paragraph + 1) continue;
      const at = anchors(index, q, own).filter(focus);
      const tokens = tokensOf(q);
      const clause = withheldIn(index.story.passages[q]!.text, tokens).find(
        (w) =>
          (kind ? withholds(w, kind) : w.opens === open) &&
          // ("did not say why", its question word alone, leaves open what its sentence tells: a word of it anywhere there counts.)
          (at.some((a) => w.bare || (a.at >= w.from && a.at < w.to)) || (q !== p && w.owner !== undefined && ownerNear(w.owner))),
      );
      if (clause) return { passage: q, start: tokens[clause.shown]!.start, end: tokens[clause.shownTo - 1]!.end };
    }
    return undefined;
  })();
  if (withholding !== undefined) about.add(withholding.passage);
  // "what party is she with", in a story that never writes "party": a body asked for by its kind's noun right after "what"
  // is answered only by its name, as "which party" is; no passage describes one the story never calls so.
  const what = query.typed.findIndex((w) => w === 'what' || w === 'wat');
  const kindWord = what >= 0 ? (query.typed[what + 1] ?? '') : '';
  // (Asked of someone the question names: "what party is Ruiz with"; not "what group of people", a frame for the noun after it.)
  const unwrittenBody =
    query.asked.kind === 'phrase' && BODY_WORDS.has(kindWord) && query.typed[what + 2] !== 'of' && names.some(Boolean) && query.asked.head === termOf(kindWord) && !storyWrites(termOf(kindWord));
  return {
    // "who is Marcus Bell" is answered by the passages about him, with his role where they give it.
    needsAnswer: query.asked.kind !== undefined && (query.asked.kind !== 'phrase' || query.asked.which === true || unwrittenBody) && !whoIs,
    absent,
    ...(ranked[0] && {
      first: {
        ranked: ranked[0],
        focus: focusShare(ranked[0].passage),
        names: namesNear(ranked[0].passage),
        speaks: speaks(ranked[0].passage),
        tense: inTense(ranked[0].passage) && !beforeNow(answer),
        ordinal: ranksNear(ranked[0].passage),
        key: keyNear(ranked[0].passage),
        event: eventNear(ranked[0].passage),
        named: namedRole(ranked[0].passage) && doerNamed(ranked[0].passage) && kindNamed(ranked[0].passage) && thingNamed(ranked[0].passage, answer),
        answer,
        counts: countsAsked(answer) && countsPart(answer) && amountOf(answer) && !ofAnother(answer) && !ofWhole(answer) && placeTold(answer) && !sharePriced(answer),
        perUnit: perUnit(answer) && upright(answer),
        personal: isPerson(answer) && isBody(answer) && groupNamed(answer) && ownerOfIts(answer) && ownerItself(answer) && ownership(answer) && !reporter(answer),
        echoed: echoedNear(ranked[0].passage),
        disclosed: withholding === undefined,
      },
    }),
    missing,
    mentioned,
    words: slots.map((s) => query.typed[s.pos]!),
    about: [...about].sort((a, b) => a - b),
    present: lexical.some(Boolean) || allVague || inOtherWords,
    unmeasured,
    ...(withholding && { withheld: withholding }),
  };
}

/**
 * The verdict on the evidence: the story answers when the ranking's first passage holds the
 * question's focus and, for a specific question, words of the kind it asks for. (Letting a lower
 * passage that fits lead instead was tried: it lost more on XQuAD than it gained on the reader sets.)
 */
export function decide(evidence: Evidence, rule: VerdictRule = VERDICT_RULE): Verdict {
  const { first } = evidence;
  const answered =
    first !== undefined &&
    evidence.present &&
    !evidence.unmeasured &&
    evidence.absent <= rule.absent &&
    first.focus >= rule.focus &&
    first.ranked.covered >= rule.covered &&
    first.names >= rule.names &&
    first.speaks &&
    first.tense &&
    first.ordinal &&
    first.event &&
    first.named &&
    first.counts &&
    first.perUnit &&
    first.personal &&
    first.echoed &&
    first.disclosed &&
    (first.key || !rule.key) &&
    (!evidence.needsAnswer || (first.answer !== undefined && first.answer.score >= rule.candidate));
  if (answered) {
    const answer = first.answer && first.answer.score >= rule.candidate ? first.answer : undefined;
    return { outcome: 'answered', answer, missing: [], mentioned: [], about: [] };
  }
  const { mentioned, about } = evidence;
  // Of a subject the story never names, every word is missing.
  const missing = evidence.present ? evidence.missing : evidence.words;
  return { outcome: evidence.present ? 'unanswered' : 'unknown', missing, mentioned, about, ...(evidence.withheld && { withheld: evidence.withheld }) };
}

export function judge(index: StoryIndex, query: Query, ranked: readonly Ranked[], rule: VerdictRule = VERDICT_RULE): Verdict {
  return decide(gather(index, query, ranked), rule);
}
