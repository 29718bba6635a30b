/**
 * What a passage says was not made known: "declined to name the buyer", "bought for an undisclosed fee", "did not say
 * how much", "the price has not been disclosed", "gave no details of the charges". A question that asks for exactly
 * that is one the story tells it cannot answer, whatever figure or name stands nearby.
 */
import { singularOf, type SpanKind } from './answer-kinds.js';
import { ARTICLES, AUXILIARIES, BE_FORMS, COPULAS, DETERMINERS, HOW_NUMBER, KIND_OF_NOUN, KIND_OF_QUESTION_WORD } from './english.js';
import { SPAN_OF_KIND } from './question.js';
import { wordTable } from './word-table.js';
import { isStopword, type Token } from './terms.js';
import { isPersonNoun } from '../knowledge/grammar.js';

/** Questions a withholding may leave open that ask for no words of a kind: why, whether, what happens, how. */
export type OpenQuestion = 'why' | 'whether' | 'what' | 'how';
const OPENERS: Readonly<Record<string, OpenQuestion>> = wordTable({ why: 'why', whether: 'whether', if: 'whether', what: 'what', how: 'how' });

/** The kinds of answer a withholding keeps back, or every kind ("details"). */
export type WithheldKinds = ReadonlySet<SpanKind> | 'any';

export interface Withheld {
  kinds: WithheldKinds;
  /** Tokens of the clause that withholds, from its subject's last words to the end of what is withheld. */
  from: number;
  to: number;
  /** Tokens of the withholding itself, as a reply shows it, to the end of its clause: "did not say how much it paid". */
  shown: number;
  shownTo: number;
  /** What a withheld question asks, by the word that opens it: "did not say why", "declined to say whether", "did not disclose what would happen". */
  opens?: OpenQuestion;
  /** The withheld question is its opening word alone ("did not say why"): it asks about what its sentence tells. */
  bare?: true;
  /** The noun whose name, figure or place is withheld, when one is ("the driver's identity": driver). */
  owner?: string;
}

/** Verbs of making something known, in the forms a refusal or a negation takes. */
const DISCLOSING = new Set(
  `say name identify disclose reveal give confirm specify provide release publish detail elaborate comment
   named identified disclosed revealed given confirmed specified provided released published detailed`.split(/\s+/),
);
/** Words that refuse or negate the verb after them (within REFUSAL_REACH): "declined to name", "did not say". */
const REFUSING = new Set(`declined declines decline refused refuses refuse not never unable didnt wouldnt couldnt hasnt havent hadnt wont cannot cant isnt wasnt werent arent`.split(/\s+/));
const REFUSAL_REACH = 3;
/** Words after a negated verb that make it a delay, not a withholding: "the report was not published until March". */
const DELAYED = new Set(['until', 'till', 'before']);
/** Adjectives that say a thing's name, figure or place is kept back: "an undisclosed fee", "an unnamed official". */
const UNDISCLOSED: Readonly<Record<string, SpanKind | 'object'>> = wordTable({ undisclosed: 'object', unnamed: 'person', unidentified: 'person', unspecified: 'object' });
/**
 * Nouns for what a withholding keeps back: "the driver's identity", "the terms", "a figure", and KIND_OF_NOUN's nouns of a
 * date or a number ("the price", "the date"), not its nouns of who or what ("the driver" is whose identity it is).
 */
const WITHHELD_NOUNS: Readonly<Record<string, SpanKind | 'any'>> = wordTable({
  name: 'person',
  names: 'person',
  identity: 'person',
  identities: 'person',
  location: 'place',
  destination: 'place',
  sum: 'number',
  figure: 'number',
  figures: 'number',
  terms: 'number',
  value: 'number',
  whereabouts: 'place',
  timing: 'date',
  details: 'any',
  detail: 'any',
});
/** How far after the verb what is withheld may stand. */
const OBJECT_REACH = 8;
/** Words that end what a clause withholds. */
const CLAUSE_END = new Set(['but', 'and', 'although', 'though', 'while', 'because', 'after', 'as']);
/** How far back the subject of a passive withholding may stand: "the terms of the deal have not been disclosed". */
const PASSIVE_REACH = 8;
/** How many words before the withholding its clause may reach back (its subject: "the buyer, who declined"). */
const SUBJECT_REACH = 4;

/** The kind of what one word of a withheld object names ("identity", "where", "fee"), if any. */
function kindOfWord(words: readonly string[], i: number): SpanKind | 'any' | undefined {
  const word = words[i]!;
  if (word === 'how') return HOW_NUMBER.has(words[i + 1] ?? '') ? 'number' : undefined;
  const ofNoun = KIND_OF_NOUN[word];
  const ofWord = KIND_OF_QUESTION_WORD[word];
  return WITHHELD_NOUNS[word] ?? (ofWord && SPAN_OF_KIND[ofWord]) ?? (ofNoun === 'date' || ofNoun === 'number' ? ofNoun : undefined);
}

/** Marks that end a clause between two words. */
const CLAUSE_BREAK = /[,;:.!?()–—]/;

/** The withholdings of a passage (its text, and its tokens as tokenize gives them). */
export function withheldIn(text: string, tokens: readonly Token[]): Withheld[] {
  const words = tokens.map((t) => t.word);
  const parted = (i: number) => i > 0 && i < tokens.length && CLAUSE_BREAK.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
  const found: Withheld[] = [];
  const objectOf = (from: number): { kinds: Set<SpanKind | 'any'>; to: number; owner?: string; opens?: OpenQuestion; bare?: true } => {
    const kinds = new Set<SpanKind | 'any'>();
    let owner: string | undefined;
    let to = from;
    for (let i = from; i < Math.min(words.length, from + OBJECT_REACH); i++) {
      if ((CLAUSE_END.has(words[i]!) && i > from) || parted(i)) break;
      const kind = kindOfWord(words, i);
      if (kind) kinds.add(kind);
      // "name the buyer", "the driver's identity": the first word of the object that names neither a kind nor nothing.
      else if (!owner && !isStopword(tokens[i]!) && words[i - 1] !== 'how') owner = words[i];
      to = i + 1;
    }
    // ("how" before "many" or "much" asks a number, above.)
    const opens = words[from] === 'how' && HOW_NUMBER.has(words[from + 1] ?? '') ? undefined : OPENERS[words[from] ?? ''];
    return { kinds, to, ...(owner && { owner }), ...(opens && { opens, ...(to === from + 1 && { bare: true as const }) }) };
  };
  const add = (kinds: Set<SpanKind | 'any'>, at: number, to: number, shown: number, object: { owner?: string; opens?: OpenQuestion; bare?: true } = {}) => {
    if (kinds.size === 0 && !object.opens) return;
    let from = Math.min(at, shown);
    while (from > 0 && from > at - SUBJECT_REACH && !parted(from)) from--;
    const { owner, opens, bare } = object;
    let shownTo = to;
    while (shownTo < tokens.length && !parted(shownTo)) shownTo++;
    found.push({ kinds: kinds.has('any') ? 'any' : (kinds as Set<SpanKind>), from, to, shown: Math.max(from, shown), shownTo, ...(owner && { owner }), ...(opens && { opens }), ...(bare && { bare }) });
  };
  // Where a refusal shows from: its refusing word, with the auxiliary it negates ("did not say", "has not been disclosed").
  const refusalAt = (i: number) => {
    let at = i;
    for (let j = i - 1; j >= Math.max(0, i - REFUSAL_REACH); j--) if (REFUSING.has(words[j]!)) at = j;
    return at > 0 && (AUXILIARIES.has(words[at - 1]!) || COPULAS.has(words[at - 1]!)) && words[at] === 'not' ? at - 1 : at;
  };
  words.forEach((word, i) => {
    // ("was not published until March 3" tells when it was.)
    if (DISCLOSING.has(word) && words.slice(Math.max(0, i - REFUSAL_REACH), i).some((w) => REFUSING.has(w)) && !DELAYED.has(words[i + 1] ?? '')) {
      // "declined to name the buyer": naming withholds a person whatever the object is called.
      const object = objectOf(words[i + 1] === 'no' ? i + 2 : i + 1);
      if (word === 'name' || word === 'named' || word === 'identify' || word === 'identified') object.kinds.add('person');
      // "has not been disclosed", "was not disclosed": the subject of a passive, back to the start of its clause, is what was kept back.
      const passive = /ed$|en$/.test(word) && (BE_FORMS.has(words[i - 1]!) || (words[i - 1] === 'not' && BE_FORMS.has(words[i - 2] ?? '')));
      let subject = i;
      // (Across the comma of a relative clause: "the price, which has not been disclosed".)
      if (passive) for (let j = i - 1; j >= Math.max(0, i - PASSIVE_REACH) && (!parted(j + 1) || words[j + 1] === 'which'); j--) {
        const kind = kindOfWord(words, j);
        if (!kind) continue;
        object.kinds.add(kind);
        subject = DETERMINERS.has(words[j - 1] ?? '') ? j - 1 : j;
      }
      // (A passive is shown with its subject, what was kept back: "which has not been disclosed" is shown whole.)
      add(object.kinds, i, object.to, passive ? subject : refusalAt(i), object);
    } else if (word === 'gave' || word === 'give' || word === 'given') {
      if (words[i + 1] === 'no') {
        const object = objectOf(i + 2);
        add(object.kinds, i, object.to, i, object);
      }
    } else if (UNDISCLOSED[word] !== undefined && i + 1 < words.length && !parted(i + 1)) {
      // ("an unnamed official", not "the cause is still unidentified".)
      const noun = words[i + 1]!;
      const kind = UNDISCLOSED[word] === 'person' ? (isPersonNoun(singularOf(noun)) ? 'person' : undefined) : kindOfWord(words, i + 1);
      if (kind) add(new Set([kind]), i, i + 2, ARTICLES.has(words[i - 1] ?? '') ? i - 1 : i);
    }
  });
  return found;
}

/** Whether a withholding keeps back an answer of this kind. */
export function withholds(w: Withheld, kind: SpanKind): boolean {
  return w.kinds === 'any' || w.kinds.has(kind);
}
