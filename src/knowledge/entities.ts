/**
 * People, bodies and places the article names, found from capitalisation alone: runs of capitalised
 * words, split into a role ("Spanish Foreign Minister") and a name ("Ana Ruiz"), then classified by
 * the evidence of every occurrence — a role title makes a person; "the" before a name that acts, an
 * acronym or a word such as "Agency" makes a body; "in"/"against" before it, a word such as "River",
 * or a demonym sharing its stem ("Irish" for "Ireland") makes a place. A later bare surname joins
 * the full name. Passages are filled in by mentions.ts.
 */
import { within, type Span } from './marks.js';
import { demonymsOf, isCountryName, isCountryWord, isDemonym } from './countries.js';
import type { Entity } from './story.js';
import { slug, uniqueIds, type ArticleText, type ArticleWord } from './tokens.js';
import type { Steps } from '../steps.js';
import { isLowerWord, isRoleNoun, isRoleWord, isVerbish, verbAfter } from './grammar.js';
import {
  BODY_WORDS,
  DEMONYM,
  FEMININE_ROLES,
  FUNCTION_WORDS,
  SENTENCE_OPENERS,
  HONORIFICS,
  KIN_WORDS,
  LOCATIVES,
  MASCULINE_ROLES,
  MONTHS,
  ORGANISATION_NOUNS,
  PLACE_WORDS,
  PREPOSITIONS,
  ROLE_MODIFIERS,
  SITE_WORDS,
  SPEECH_VERBS,
  TITLE_ABBREVIATIONS,
  VERB_GAP,
  WEAK_LOCATIVES,
  WEEKDAYS,
} from './vocabulary.js';
import { isCommonWord, isEnglishWord, WORD_COUNTS } from './word-counts.js';
import { datelineOf } from './dateline.js';
import { addCue, decideKind, genderOf, isGivenName, isMonthAsGivenName, nameEvidence, NAME_PARTICLES, wordsEvidence, type Evidence } from './name-kind.js';

/** An entity as detected, before its passages are known. */
export interface Detected extends Omit<Entity, 'pronouns'> {
  gender?: 'f' | 'm';
  /** Names found in the text (the name, merged short forms, acronyms), matched case-sensitively. */
  names: string[];
  /** story.json aliases, matched case-insensitively. */
  editorAliases: string[];
  first: number;
}

interface Candidate extends Evidence {
  name: string;
  words: string[];
  role?: string;
  acronym?: string;
  first: number;
  /** Occurrences with "the" right before the name: a person's name seldom has one. */
  determined: number;
  /** "the" right before the name itself, not before a role ("the Julian Alps", not "the coach Ana Ruiz"). */
  theName?: boolean;
  /** Whether the name occurs away from a sentence's start (or in a dateline), where its capital is its own. */
  midSentence?: boolean;
  /** How the text also writes the name: a dateline's "LERWICK" for "Lerwick". */
  spelling?: string;
}

/** Lower-case words after a place's name that make a body of it: "Harbourton city council", "Lisbon police". */
const LOCAL_BODIES = new Set(['council', 'police', 'government', 'parliament', 'assembly']);

/**
 * An appositive role after a name: ", the former chief executive of …", ", a climate scientist at …",
 * ", Coastway Rail’s managing director", ", the hospital’s director of infection prevention" (an "of"
 * phrase in lower case is part of the role; a name after "of" is the employer).
 */
const ROLE_AFTER =
  /^,\s+(?:(?:the|a|an)\s+)?(?:(?:\p{Lu}[\p{L}-]*\s+){0,3}[\p{L}-]+[’']s\s+)?((?:[\p{L}-]+\s+){0,3}?[\p{Ll}-]+)(\s+of\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2}(?=\s*[,.;]))?(?=\s+(?:of|at|for|with|in|from|on|who|whose|that|which|and)\b|\s*[,.;])/u;
/**
 * An appositive before a name: "Its leader, …", "Her editor at Quayside Books, …", "Lee’s lawyer, …",
 * "The union’s general secretary, …", "The Greens’ co-leader, …", "Its director in Chad, …"; the phrase
 * stays within its sentence, and the name may go on with its employer ("…, Ana Ruiz of the agency …").
 */
const ROLE_BEFORE =
  /(?:^|[\s(“])(?:[Tt]he(?:\s+[\p{Ll}-]+[’']s)?|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|\p{Lu}[\p{L}-]*(?:[’']s|s[’']))\s+((?:(?!(?:at|of|for|in)\s)[\p{L}-]+\s+){0,2}[\p{L}-]+)(?:\s+(?:at|of|for|in)\s+[^,.;:!?\n]{1,40}?)?,\s+$/u;

/** Nouns for what kind of organisation a thing is, which a place's name may qualify ("an Edinburgh company"). */
const FIRM_NOUNS = /^(?:firm|company|start-up|startup|charity|club)$/;
/** Whether a word (lower case) is a noun for what kind of organisation a thing is ("the company", "the firm"). */
export const isFirmNoun = (lower: string): boolean => FIRM_NOUNS.test(lower);

/** "California-based", "Paris-born": a name with an English word hyphened on, an adjective; not "Su-yeon", "Ji-hoon". */
function madeFromName(word: string): boolean {
  const made = /-(\p{Ll}+)$/u.exec(word);
  return made !== null && (isEnglishWord(made[1]!) || isCommonWord(made[1]!));
}

const ACRONYM = /^\p{Lu}{2,}$/u;
const INITIALS = /^(?:\p{Lu}\.){2,}$/u;
const CAPITALISED = /^\p{Lu}/u;

/**
 * Counted this often in everyday English (SUBTLEX), a short word is English ("met", "won"); below it,
 * one of another language's particles ("es", "el", "las") or a rare clipping.
 */
const EVERYDAY = 1000;

/** Runs of capitalised words read in one step of a story's analysis (src/steps.ts). */
const RUNS_A_STEP = 25;

const isAcronym = (t: ArticleWord) => ACRONYM.test(t.text) || INITIALS.test(t.text);

export class EntityFinder {
  private readonly tokens: ArticleWord[];
  /** Capitalised words seen away from a sentence start: names, not capitalised common words. */
  private readonly midCaps = new Set<string>();
  private readonly lowerWords = new Set<string>();
  /** Lower-case words the text also writes outside a name (not between two capitalised words). */
  private readonly freeWords = new Set<string>();
  private readonly demonyms = new Set<string>();
  private readonly shouted = new Set<number>();
  private readonly candidates = new Map<string, Candidate>();
  /** The dateline's city, as written ("GHENT"), and where it stands. */
  private dateline?: { city: string; start: number };
  /** The word opening the story's first sentence after a dateline. */
  private opener = -1;

  constructor(
    private readonly text: ArticleText,
    private readonly masked: readonly Span[],
  ) {
    this.tokens = text.tokens;
    this.survey();
  }

  /** One pass over the words for what the run classifier needs to know about the whole text. */
  private survey(): void {
    const { tokens, text } = this;
    let caps = 0;
    tokens.forEach((t, i) => {
      if (CAPITALISED.test(t.text)) {
        if (!t.sentenceStart) this.midCaps.add(t.text);
      } else {
        this.lowerWords.add(t.lower);
        const between = t.joined && CAPITALISED.test(tokens[i - 1]?.text ?? '') && tokens[i + 1]?.joined && CAPITALISED.test(tokens[i + 1]!.text);
        if (!between) this.freeWords.add(t.lower);
      }
      const next = tokens[i + 1];
      const nextJoined = next?.joined && next.passage === t.passage;
      if (DEMONYM.test(t.text) && nextJoined && ((isLowerWord(next) && !isVerbish(next)) || isRoleWord(next!.lower))) {
        this.demonyms.add(t.text);
      }
      // A dateline ("LISBON (Reuters) —", "GHENT, Belgium –", "OSLO, Nov 17 -") names the city the
      // story was filed from: a place, whose name is the city's, not a body's in capitals.
      const line = i === 0 ? datelineOf(text.article.slice(t.start)) : undefined;
      if (line) {
        const cityEnd = t.start + line.city.length;
        for (let k = 0; tokens[k] && tokens[k]!.end <= cityEnd; k++) this.shouted.add(k);
        this.dateline = { city: line.city, start: t.start };
        // The story's first sentence opens after the dateline's dash ("LISBON – The …").
        this.opener = tokens.findIndex((u) => u.start >= t.start + line.end);
      }
      // Three or more words in capitals in a row are shouting ("DO NOT ENTER"), not acronyms.
      caps = /^\p{Lu}{2,}$/u.test(t.text) && (caps === 0 || t.joined) ? caps + 1 : 0;
      if (caps === 3) for (let k = i - 2; k <= i; k++) this.shouted.add(k);
      else if (caps > 3) this.shouted.add(i);
    });
  }

  /** Whether token i is a word of a name; false past the text's ends ("And Smith said" opening an article has no word before "And"). */
  private isNameWord(i: number): boolean {
    const t = this.tokens[i];
    return (
      t !== undefined &&
      CAPITALISED.test(t.text) &&
      // "California-based", "Paris-born": an adjective made from a name (not a given name of hyphened syllables, "Su-yeon").
      !madeFromName(t.text) &&
      !WEEKDAYS.has(t.lower) &&
      (!MONTHS.has(t.lower.replace(/\.$/, '')) || this.isMonthAsName(i)) &&
      !this.shouted.has(i) &&
      !within(this.masked, t.start) &&
      !this.isTimeZone(i)
    );
  }

  /** "at 03:41 GMT", "at 9 a.m. EST": capitals right after a time of day name its time zone, no one. */
  private isTimeZone(i: number): boolean {
    const [t, a, b] = [this.tokens[i]!, this.tokens[i - 1], this.tokens[i - 2]];
    if (!isAcronym(t) || !a || !b) return false;
    const colon = t.joined && /^\d{2}$/.test(a.text) && /^\d{1,2}$/.test(b.text) && this.text.article.slice(b.end, a.start) === ':';
    // ("a.m. EST": the abbreviation's full stop stands between.)
    const meridiem = a.lower === 'm' && (b.lower === 'a' || b.lower === 'p') && /^\.?\s+$/.test(this.text.article.slice(a.end, t.start));
    return colon || meridiem;
  }

  /** "edited by Jan Ekier": a month's name opening a person's name (name-kind.ts). */
  private isMonthAsName(i: number): boolean {
    const t = this.tokens[i]!;
    const prev = t.joined ? this.tokens[i - 1] : undefined;
    const next = this.tokens[i + 1]?.joined && this.tokens[i + 1]!.passage === t.passage ? this.tokens[i + 1] : undefined;
    return isMonthAsGivenName(t.text, prev?.lower, next?.text);
  }

  /** Runs of capitalised words; an acronym stands alone; "of" joins "Bank of England". */
  private runs(): number[][] {
    const { tokens } = this;
    const runs: number[][] = [];
    let run: number[] = [];
    const close = () => {
      if (run.length) runs.push(run);
      run = [];
    };
    // Quotation marks around a nickname: "Alfredo “Bong” Serrano".
    const gap = (k: number) => (k > 0 && k < tokens.length ? this.text.article.slice(tokens[k - 1]!.end, tokens[k]!.start) : '');
    const opens = (k: number) => /^\s+[“"]$/.test(gap(k));
    const closes = (k: number) => k < tokens.length && /^[”"]\s+$/.test(gap(k)) && this.isNameWord(k);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!this.isNameWord(i)) {
        const last = tokens[run.at(-1) ?? -1];
        // "Bank of England", "Assembly of the Republic", "Office for Students"; "the Securities and Exchange Commission".
        const the = (t.lower === 'of' || t.lower === 'for') && tokens[i + 1]?.lower === 'the' && tokens[i + 1]!.joined ? 1 : 0;
        const next = tokens[i + 1 + the];
        // "the British Chambers of Commerce", "the Office for National Statistics": after "the", a
        // capitalised name that goes on with "of"/"for" and capitals is one name, whatever its words.
        const determined = run.length > 0 && (tokens[run[0]! - 1]?.lower === 'the' || tokens[run[0]!]!.lower === 'the');
        const of =
          last && t.joined && next?.joined && this.isNameWord(i + 1 + the) && !isAcronym(next!) && !last.possessive &&
          ((t.lower === 'of' && (determined || BODY_WORDS.has(last.lower) || PLACE_WORDS.has(last.lower) || isRoleWord(last.lower))) ||
            (t.lower === 'for' && (the === 0 || this.spelledOut(run[0]!, i)) && (determined || BODY_WORDS.has(last.lower))));
        // "the Securities and Exchange Commission", "the University and College Union" (one word before
        // "and"), not "the European Commission and European Council".
        const and =
          t.lower === 'and' && last && t.joined && next?.joined &&
          ((determined && (run.filter((k) => tokens[k]!.lower !== 'the').length === 1 || !run.some((k) => BODY_WORDS.has(tokens[k]!.lower))) && this.endsInBody(i + 1)) ||
            this.endsBodyTopic(run, i + 1));
        // "Marco de Wit", "Henrik van der Laan": particles inside a person's name.
        const particles = last && !last.possessive && t.joined ? this.particlesAt(i) : 0;
        // "Democrats 66", "Formula 1,": a number closing a name (not "Northgate 2 Westbury 1" nor "Renewal 24 seats").
        const numbered = last && !last.possessive && t.joined && t.passage === last.passage && /^\d{1,3}$/.test(t.text) && !(next && next.joined && next.passage === t.passage);
        // "the Medicines and Healthcare products Regulatory Agency": a lower-case word inside a body's
        // name, when the capitalised words after it close the name with a word for an organisation.
        const inner = last && last.lower !== 'the' && !last.possessive && determined && this.isInnerLower(i) && this.endsInBody(i + 1);
        if (of) run.push(...(the ? [i, i + 1] : [i]));
        else if (and || numbered || inner) run.push(i);
        else if (particles) {
          run.push(...Array.from({ length: particles }, (_, k) => i + k));
          i += particles - 1;
        } else close();
        if (the && of) i++;
        continue;
      }
      const prev = tokens[run.at(-1) ?? -1];
      // "King’s College Hospital", "General Workers’ Union": a possessive inside a body's name.
      // A country's possessive is its own ("Britain’s Office for …" is an office of Britain's).
      const possessiveName =
        prev && (prev.possessive || /^[’']\s+$/.test(this.text.article.slice(prev.end, t.start))) && t.passage === prev.passage && this.endsInBody(i) &&
        !(run.length === 1 && isCountryWord(prev.text));
      // "UK Health Security Agency": an acronym opens a body's name, but "UK officials" stays the UK's.
      const acronymOpens = prev && isAcronym(prev) && !isAcronym(t) && run.length === 1 && this.endsInBody(i);
      // "North Sea Tow & Salvage", "Marks & Spencer": an ampersand before a name's last word joins the words of one name (not
      // two names of their own: "Russia & Ukraine", "Ana Ruiz & Tom Bell").
      const ampersand =
        prev && !prev.possessive && /^\s+&\s+$/.test(this.text.article.slice(prev.end, t.start)) && !isCountryName(prev.text) && !isCountryName(t.text) &&
        !(tokens[i + 1]?.joined && this.isNameWord(i + 1));
      // "Alfredo “Bong” Serrano": a nickname in quotes inside a person's name joins the words either side of it (the
      // nickname's first word after its opening mark, the name's next word after the closing one).
      const nickname =
        prev && !prev.possessive && t.passage === prev.passage &&
        ((opens(i) && (closes(i + 1) || (tokens[i + 1]?.joined === true && closes(i + 2)))) || (closes(i) && opens(run.at(-1) === i - 1 && tokens[i - 1]!.joined ? i - 2 : i - 1)));
      const joins =
        prev && (t.joined || possessiveName || ampersand || nickname) && t.passage === prev.passage && (!prev.possessive || possessiveName) &&
        ((!isAcronym(t) && !isAcronym(prev)) || acronymOpens);
      if (!joins) close();
      run.push(i);
    }
    close();
    return runs;
  }

  /**
   * Whether the name from token `start` on, over "for the" at token `i` ("International Council for
   * the Exploration of the Sea"), is spelled out by the acronym in brackets after it ("(ICES)"): the
   * initials of its capitalised words.
   */
  private spelledOut(start: number, i: number): boolean {
    const { tokens } = this;
    let j = i;
    while (tokens[j + 1]?.joined && tokens[j + 1]!.passage === tokens[i]!.passage && (this.isNameWord(j + 1) || /^(?:of|the|for|and)$/.test(tokens[j + 1]!.lower))) j++;
    const acronym = /^\s*\((\p{Lu}{2,})\)/u.exec(this.text.article.slice(tokens[j]!.end, tokens[j]!.end + 16));
    const initials = tokens.slice(start, j + 1).filter((t, k) => this.isNameWord(start + k) && t.lower !== 'the').map((t) => t.text[0]).join('');
    return acronym !== null && acronym[1] === initials;
  }

  /**
   * Whether the capitalised words from token `i` on end in a word for an organisation ("College
   * Hospital"), over one lower-case word inside them ("Healthcare products Regulatory Agency").
   */
  private endsInBody(i: number): boolean {
    const { tokens } = this;
    let j = i;
    let inner = 0;
    for (;;) {
      const skip = inner === 0 && this.isInnerLower(j + 1) ? 1 : 0;
      const k = j + 1 + skip;
      if (!(k < tokens.length && tokens[k]!.joined && tokens[k]!.passage === tokens[i]!.passage && !tokens[j]!.possessive && this.isNameWord(k))) break;
      inner += skip;
      j = k;
    }
    return this.isNameWord(i) && BODY_WORDS.has(tokens[j]!.lower);
  }

  /** A lower-case noun between capitalised words ("Healthcare products Regulatory"), not a function word, a verb or a role. */
  private isInnerLower(i: number): boolean {
    const t = this.tokens[i];
    const next = this.tokens[i + 1];
    return (
      t !== undefined && t.joined && isLowerWord(t) && !t.possessive && !FUNCTION_WORDS.has(t.lower) && !PREPOSITIONS.has(t.lower) && !isVerbish(t) &&
      !isRoleNoun(t.lower) && next !== undefined && next.joined && next.passage === t.passage && this.isNameWord(i + 1)
    );
  }

  /**
   * A particle inside a name: a known one ("de", "van"), or a short lower-case word of another
   * language that the text writes only between capitalised words ("Kafr el Sheikh", "Rio de
   * Janeiro"): no English function word, and none the text also uses on its own.
   */
  private isParticle(t: ArticleWord): boolean {
    if (NAME_PARTICLES.has(t.text)) return true;
    return (
      /^\p{Ll}{2,3}$/u.test(t.text) && !FUNCTION_WORDS.has(t.lower) && !PREPOSITIONS.has(t.lower) && !this.freeWords.has(t.lower) &&
      // An everyday English word ("Ana met Lee", "Arsenal vs Chelsea") joins no names.
      (WORD_COUNTS.get(t.lower) ?? 0) < EVERYDAY && t.lower !== 'vs'
    );
  }

  /** How many name particles start at token `i` ("de", "van der") before a capitalised word; 0 if none. */
  private particlesAt(i: number): number {
    const { tokens } = this;
    let n = 0;
    while (n < 2 && tokens[i + n] && this.isParticle(tokens[i + n]!) && tokens[i + n]!.joined && tokens[i + n]!.passage === tokens[i]!.passage) n++;
    const after = tokens[i + n];
    return n > 0 && after?.joined && after.passage === tokens[i]!.passage && this.isNameWord(i + n) && !isAcronym(after) ? n : 0;
  }

  /**
   * "Office for Product Safety and Standards", "Department of Health and Social Care": after "of" or
   * "for" in a body's name, "and" joins the everyday capitalised words that close the name's topic
   * (not another name: "the Bank of England and Barclays").
   */
  private endsBodyTopic(run: number[], i: number): boolean {
    const { tokens } = this;
    if (!run.some((k) => BODY_WORDS.has(tokens[k]!.lower)) || !run.some((k) => tokens[k]!.lower === 'of' || tokens[k]!.lower === 'for')) return false;
    let j = i;
    while (j < tokens.length && j < i + 3 && (j === i || tokens[j]!.joined) && this.isNameWord(j)) {
      const t = tokens[j]!;
      if (!isCommonWord(t.lower) || demonymsOf(t.text).length > 0 || isAcronym(t)) return false;
      if (t.possessive) break;
      j++;
    }
    return j > i && !(tokens[j]?.joined && this.isNameWord(j));
  }

  /** Drop a capitalised common word that only starts the sentence ("Despite", "Sources", "The"). */
  private trimSentenceStart(run: number[]): { run: number[]; determiner: boolean } {
    const first = this.tokens[run[0]!]!;
    const before = this.tokens[run[0]! - 1];
    let determiner = before?.lower === 'the' && first.joined && before.passage === first.passage;
    if (!first.sentenceStart && run[0] !== this.opener) return { run, determiner };
    if (SENTENCE_OPENERS.has(first.lower)) {
      determiner = first.lower === 'the';
      return { run: run.slice(1), determiner };
    }
    if (this.midCaps.has(first.text) || isRoleWord(first.lower) || isAcronym(first)) return { run, determiner };
    // "Survivor Mary Njeri", "Geologist Peter Otieno": an everyday word for what someone does, then their name.
    const what = run.length > 2 && this.isOpeningRole(first);
    if (run.length > 1) return { run: this.lowerWords.has(first.lower) || what ? run.slice(1) : run, determiner };
    // A word seen only here, capitalised: a name if it acts ("Okafor told …") and is not a plural
    // common noun ("Residents have …"), a word the text also uses in lower case, or an everyday word.
    // An everyday English word ("Construction is expected …") is no name there either.
    const acts =
      isVerbish(verbAfter(this.tokens, run[0]!)) && !/s$/.test(first.lower) && !this.lowerWords.has(first.lower) && !isCommonWord(first.lower);
    // Unless what follows says it names an organisation: "Shelter, the housing charity, said …", "Unite, which represents …".
    const named = /^,\s*which\b/.test(this.text.article.slice(first.end, first.end + 8)) || this.appositive(first, first).kind === 'body';
    return { run: acts || named ? run : [], determiner };
  }

  /** "Conductor …", "Critic …": an everyday noun for a person, capitalised only because it opens the sentence. */
  private isOpeningRole(t: ArticleWord): boolean {
    return t.sentenceStart && isRoleNoun(t.lower) && isCommonWord(t.lower) && !this.midCaps.has(t.text);
  }

  /**
   * The role before a name: role words inside the run ("Spanish Foreign Minister") and lower-case ones
   * before it ("spokesman", "council president", "Senate spokesman").
   */
  private splitRole(run: number[]): { role?: string; honorific: boolean; name: number[]; start: number } {
    const { tokens } = this;
    let k = -1;
    // An abbreviated title stands before a name; closing one it is a surname ("Hakan Sen", "Ali Gov").
    run.forEach((i, n) => {
      if (isRoleWord(tokens[i]!.lower) && !(n === run.length - 1 && n > 0 && TITLE_ABBREVIATIONS.has(tokens[i]!.lower.replace(/\.$/, '')))) k = n;
    });
    // "Minister of Culture", "Secretary of State for Health": "of"/"for" and the everyday words of the
    // role's field after a role title belong to the title, not to a name.
    for (let n = k + 1; k >= 0 && /^(?:of|for)$/.test(tokens[run[n] ?? -1]?.lower ?? ''); ) {
      let m = n + 1;
      // (A given name with more of the name after it opens the name: "Minister of Justice Grace Kamau".)
      const opensName = (m: number) => isGivenName(tokens[run[m]!]!.text) && m + 1 < run.length && tokens[run[m + 1]!]!.lower !== 'and';
      while (m < run.length && (isCommonWord(tokens[run[m]!]!.lower) || tokens[run[m]!]!.lower === 'and') && !opensName(m)) m++;
      if (m === n + 1 || tokens[run[m - 1]!]!.lower === 'and') break;
      k = m - 1;
      n = m;
    }
    let name = run.slice(k + 1);
    // "Italian Marco Rinaldi": a nationality before a given name and a surname is no part of the name.
    if (name.length > 2 && isDemonym(tokens[name[0]!]!.text) && isGivenName(tokens[name[1]!]!.text)) name = name.slice(1);
    if (name.some((i) => BODY_WORDS.has(tokens[i]!.lower) || PLACE_WORDS.has(tokens[i]!.lower))) {
      k = -1;
      name = run;
    }
    let firstRole = k >= 0 ? run[0]! : -1;
    let lastRole = k >= 0 ? run[k]! : -1;
    const passage = tokens[run[0]!]!.passage;
    let j = run[0]! - 1;
    for (; j >= 0 && tokens[j + 1]!.joined && tokens[j]!.passage === passage; j--) {
      const t = tokens[j]!;
      // A word of a verb's shape ("said", "married", "accused": WordNet files the last two among people
      // too) right before a name is the verb the name is the object of ("Ana married Lee"), no role; after
      // "the" it may be one ("the accused Lee").
      const verb = isVerbish(t) && !/^(?:the|a|an)$/.test(tokens[j - 1]?.lower ?? '');
      const roleWord = ((isLowerWord(t) && isRoleNoun(t.lower)) || (j === run[0]! - 1 && this.isOpeningRole(t))) && !verb;
      // "council president", "Fishermen’s association president", "Skylark chief executive", "Chief engineer".
      const modifier =
        (isLowerWord(t) && (ROLE_MODIFIERS.has(t.lower) || BODY_WORDS.has(t.lower))) ||
        (lastRole >= 0 && this.isNameWord(j) && !(t.sentenceStart && SENTENCE_OPENERS.has(t.lower)));
      if (!roleWord && !modifier) break;
      if (roleWord && lastRole < 0) lastRole = j;
      firstRole = j;
    }
    // One more word that qualifies the role after a determiner or a conjunction: "the food writer", "and retired headmaster".
    const t = tokens[j];
    const before = tokens[j - 1];
    if (
      lastRole >= 0 && t && j === firstRole - 1 && tokens[j + 1]!.joined && t.passage === passage && isLowerWord(t) &&
      !FUNCTION_WORDS.has(t.lower) && !PREPOSITIONS.has(t.lower) && !SPEECH_VERBS.has(t.lower) && !/ing$/.test(t.lower) && (!isVerbish(t) || /^\p{Ll}{3,}ed$/u.test(t.lower)) &&
      (!t.joined || !before || before.passage !== passage || FUNCTION_WORDS.has(before.lower))
    ) {
      firstRole = j;
    }
    if (lastRole < 0) return { honorific: false, name, start: run[0]! };
    const roleWords = tokens.slice(firstRole, lastRole + 1);
    const isHonorific = (t: ArticleWord) => HONORIFICS.has(t.lower.replace(/\.$/, ''));
    if (roleWords.every(isHonorific)) return { honorific: true, name, start: firstRole };
    // "safety consultant Dr Helen Cho": the honorific between the role and the name is neither.
    while (lastRole > firstRole && isHonorific(tokens[lastRole]!)) lastRole--;
    // "the Brazilian forward Lucas Moreira": a nationality before a lower-case role says where
    // they are from, not what they do.
    if (firstRole < lastRole && DEMONYM.test(tokens[firstRole]!.text) && isLowerWord(tokens[firstRole + 1])) firstRole++;
    const role = this.text.article.slice(tokens[firstRole]!.start, tokens[lastRole]!.end);
    return { role, honorific: false, name, start: firstRole };
  }

  /** Weigh one occurrence of a name; `roleStart` is where its role (or the name) begins. */
  private weigh(name: number[], roleStart: number, determiner: boolean, role: string | undefined, honorific: boolean): Evidence {
    const { tokens } = this;
    const first = tokens[name[0]!]!;
    const last = tokens[name.at(-1)!]!;
    const ev: Evidence = { person: 0, body: 0, place: 0 };
    const shape = wordsEvidence(name.map((i) => tokens[i]!.text));
    ev.person += shape.person;
    ev.body += shape.body;
    ev.place += shape.place;
    // A role said of a name with a word for an organisation ("the activist investor … Partners") says little.
    if (honorific || (role && shape.body === 0)) addCue(ev, 'role');
    else if (role) addCue(ev, 'roleOfBody');
    if (name.length === 1 && INITIALS.test(first.text)) ev.place += 3;

    const next = tokens[name.at(-1)! + 1];
    const nextJoined = next?.joined && next.passage === last.passage;
    const verb = last.possessive ? undefined : verbAfter(tokens, name.at(-1)!);
    const attributive = nextJoined && isLowerWord(next) && !isVerbish(verb) && !SENTENCE_OPENERS.has(next!.lower) && !PREPOSITIONS.has(next!.lower);
    const start = tokens[roleStart]!;
    const prev = start.joined ? tokens[roleStart - 1] : undefined;
    // "payments start-up Lumora", "regional rival Northern Air": a word for a firm before the name;
    // "the Diamant Huis shop": one right after it.
    if (prev && (ORGANISATION_NOUNS.has(prev.lower) || prev.lower === 'rival')) ev.body += 3;
    // "an Edinburgh company": after "a"/"an" the name only says where the firm is from (but "an Apple
    // supplier" supplies the body).
    if (nextJoined && isLowerWord(next) && ORGANISATION_NOUNS.has(next!.lower)) {
      if ((prev?.lower === 'a' || prev?.lower === 'an') && FIRM_NOUNS.test(next!.lower)) ev.place += 2;
      else ev.body += 3;
    }
    // "the Grasberg mine", "the Tarbela dam", "the Tigray region": a name before a word for a place or a site names that place.
    if (nextJoined && isLowerWord(next) && (PLACE_WORDS.has(next!.lower) || SITE_WORDS.has(next!.lower)) && prev?.lower === 'the' && shape.body === 0) ev.place += 2;
    const words = name.map((i) => tokens[i]!.lower);
    if (prev?.possessive && isCountryWord(prev.text) && words.length > 1 && shape.body + shape.place === 0 && !words.some((w) => isCommonWord(w) || PLACE_WORDS.has(w))) {
      addCue(ev, 'countrysOwn');
    }

    // Inside a quotation capitals and grammar are the speaker's ("all Member Nations have agreed"):
    // only the shape of the name itself counts there.
    if (first.quoted) return ev;
    // "in the Swiss Alps": the word before "the" governs the name.
    const governor = prev?.lower === 'the' && prev.joined ? tokens[roleStart - 2] : prev;
    const object = PREPOSITIONS.has(governor?.lower ?? '');
    if (determiner && !attributive && !LOCATIVES.has(governor?.lower ?? '')) ev.body += 1;
    // "Westbury United are close to …": one name with a plural verb is a team or a firm, not a person.
    const plural = verb && /^(?:are|were|have)$/.test(verb.lower) && prev?.lower !== 'and' && !next?.possessive;
    if (plural && !object) ev.body += 3;
    else if (isVerbish(verb) && !object) {
      if (determiner) ev.body += 1;
      else ev.person += 1;
    }
    // "in Lisbon and Porto": the second of a pair after a preposition shares it.
    const pair = prev && (prev.lower === 'and' || prev.lower === 'or') && this.isNameWord(roleStart - 2);
    const preposition = pair ? tokens[roleStart - 3] : governor;
    // "analysts at Barclays", "chief economist at Lakeshore Financial", "a scientist at the University of …": an employer.
    const atIndex = prev?.lower === 'at' ? roleStart - 1 : prev?.lower === 'the' && tokens[roleStart - 2]?.lower === 'at' ? roleStart - 2 : -1;
    const worker = atIndex > 0 ? tokens[atIndex - 1] : undefined;
    if (worker && tokens[atIndex]!.joined && isRoleNoun(worker.lower.replace(/s$/, ''))) {
      ev.body += 2;
      return ev;
    }
    // "the village of Loma Tendida", "the city of Kisumu": a name after "the <word for a place> of" is that place.
    const kindOf = prev?.lower === 'of' ? tokens[roleStart - 2] : undefined;
    if (kindOf && prev!.joined && kindOf.joined && PLACE_WORDS.has(kindOf.lower) && isLowerWord(kindOf) && tokens[roleStart - 3]?.lower === 'the') ev.place += 4;
    // "in the Millbrook basin": the preposition governs the noun the name qualifies, not the name.
    if (attributive && preposition !== prev) return ev;
    if (preposition && LOCATIVES.has(preposition.lower)) ev.place += 1;
    if (preposition && WEAK_LOCATIVES.has(preposition.lower)) ev.place += 0.5;
    return ev;
  }

  private add(name: string, words: string[], ev: Evidence, role: string | undefined, start: number, determined = false): Candidate {
    let c = this.candidates.get(name);
    if (!c) {
      c = { name, words, person: 0, body: 0, place: 0, first: start, determined: 0 };
      this.candidates.set(name, c);
    }
    c.person += ev.person;
    c.body += ev.body;
    c.place += ev.place;
    c.role ??= role;
    if (determined) c.determined++;
    if (!this.tokens[this.text.at.get(start) ?? -1]?.sentenceStart) c.midSentence = true;
    return c;
  }

  /**
   * "Northlight did not respond. Its website …", "Okafor left in May. He …": the pronoun opening the
   * next sentence of the passage, when the name is its sentence's subject (no name before it, no
   * preposition governing it). "It" alone is left out: it is as often nobody ("It is unclear …").
   */
  private pronounNext(start: number, end: number): 'personPronoun' | 'bodyPronoun' | undefined {
    const { tokens } = this;
    const { passages } = this.text;
    const passage = tokens[start]!.passage;
    let s = start;
    while (s > 0 && tokens[s - 1]!.passage === passage) s--;
    for (let k = s; k < start; k++) {
      const t = tokens[k]!;
      if (this.isNameWord(k) && !(k === s && SENTENCE_OPENERS.has(t.lower))) return undefined;
    }
    const prev = tokens[start - 1]?.passage === passage ? tokens[start - 1] : undefined;
    const governor = prev?.lower === 'the' ? tokens[start - 2] : prev;
    if (governor && PREPOSITIONS.has(governor.lower)) return undefined;
    // The first word of the next sentence of the same paragraph (a passage is a sentence).
    let j = end + 1;
    while (tokens[j] && tokens[j]!.passage === passage) j++;
    const next = tokens[j];
    if (!next || next.quoted || passages[next.passage]?.paragraph !== passages[passage]?.paragraph) return undefined;
    if (/^(?:he|she|his|her)$/.test(next.lower)) return 'personPronoun';
    if (/^(?:its|they|their)$/.test(next.lower)) return 'bodyPronoun';
    return undefined;
  }

  /** A role in apposition after the name (", the former chief executive of …") or before it ("Its leader, …"). */
  private appositive(first: ArticleWord, last: ArticleWord): { role?: string; kind?: 'person' | 'body' } {
    const { article } = this.text;
    if (!last.possessive) {
      const after = ROLE_AFTER.exec(article.slice(last.end, last.end + 80));
      const words = after?.[1]!.split(/\s+/) ?? [];
      if (after && !words.slice(0, -1).some((w) => FUNCTION_WORDS.has(w.toLowerCase()))) {
        const head = words.at(-1)!.toLowerCase();
        if (isRoleNoun(head)) return { role: after[1]! + (after[2] ?? ''), kind: 'person' };
        // "Voltra, the Swedish maker of electric scooters": a word for a firm in apposition makes a body.
        if (ORGANISATION_NOUNS.has(head) && /^,\s+(?:the|a|an)\s/.test(after[0])) return { kind: 'body' };
      }
    }
    const before = ROLE_BEFORE.exec(article.slice(Math.max(0, first.start - 80), first.start));
    if (!before || !/^\s*(?:[,.;]|of\s)/.test(article.slice(last.end + (last.possessive ? 2 : 0)))) return {};
    // (A title may be capitalised: "Iceland's Fisheries Minister, Hildur Magnusdottir".)
    const noun = before[1]!.split(/\s+/).at(-1)!.toLowerCase();
    if (KIN_WORDS.has(noun)) return { kind: 'person' };
    if (ORGANISATION_NOUNS.has(noun)) return { kind: 'body' };
    if (!isRoleNoun(noun)) return {};
    // "Kenya’s Minister of Culture, …": a capitalised title keeps the field it is of.
    const rest = before[0].slice(before[0].lastIndexOf(before[1]!) + before[1]!.length).replace(/,\s+$/, '');
    const field = /^\s+(?:of|for)\s+(\p{Lu}\p{Ll}+(?:\s+(?:and\s+)?\p{Lu}\p{Ll}+)*)$/u.exec(rest);
    const titled = field && /^\p{Lu}/u.test(before[1]!.split(/\s+/).at(-1)!) && field[1]!.split(/\s+/).every((w) => isCommonWord(w.toLowerCase()));
    return { role: titled ? before[1] + rest : before[1], kind: 'person' };
  }

  /** "Harbourton city council": a place's name, then lower-case words for its body; the index of the body word. */
  private localBody(run: number[]): number | undefined {
    const { tokens } = this;
    const last = tokens[run.at(-1)!]!;
    if (last.possessive || this.demonyms.has(last.text) || DEMONYM.test(last.text)) return undefined;
    let j = run.at(-1)! + 1;
    while (tokens[j]?.joined && tokens[j]!.passage === last.passage && ROLE_MODIFIERS.has(tokens[j]!.text) && !LOCAL_BODIES.has(tokens[j]!.text)) j++;
    const body = tokens[j];
    if (!body?.joined || body.passage !== last.passage || !LOCAL_BODIES.has(body.text)) return undefined;
    const after = tokens[j + 1];
    // "city council president Dana Whitfield": a role, said of someone else; "a government study": a modifier.
    if (after?.joined && after.passage === body.passage && isLowerWord(after) && !isVerbish(after) && !VERB_GAP.has(after.lower)) return undefined;
    return j;
  }

  private *collect(): Steps<void> {
    const { tokens } = this;
    if (this.dateline) {
      // The city in capitals is named as the story writes it elsewhere ("Ghent").
      const city = this.dateline.city.replace(/\p{Lu}+/gu, (word) => word[0] + word.slice(1).toLowerCase());
      const ev: Evidence = { person: 0, body: 0, place: 0 };
      addCue(ev, 'dateline');
      const c = this.add(city, [city], ev, undefined, this.dateline.start);
      c.spelling = this.dateline.city;
      c.midSentence = true;
    }
    const readings = this.runs().map((whole) => {
      const { run, determiner } = this.trimSentenceStart(whole);
      return { whole, run, determiner, ...(run.length ? this.splitRole(run) : { honorific: false, name: [] as number[], start: -1 }) };
    });
    // Words taken into the role of the name after them ("Council chair Sue Whitley") name no one themselves.
    const inRole = new Set<number>();
    for (const r of readings) if (r.role) for (let i = r.start; i < r.run[0]!; i++) inRole.add(i);
    for (const [k, { whole, run, determiner, honorific, name, start, ...rest }] of readings.entries()) {
      if (k % RUNS_A_STEP === 0) yield;
      let role = rest.role;
      // "the liberal Iniciativa Liberal": a word the name itself repeats describes it; it is no one's role.
      const roleHead = role?.split(/\s+/).at(-1)!.toLowerCase();
      if (roleHead && name.some((i) => tokens[i]!.lower === roleHead)) role = undefined;
      if (whole.every((i) => inRole.has(i))) {
        // "Skylark chief executive …", "Northgate coach …": a name that qualifies another's role is a body's.
        const after = tokens[whole.at(-1)! + 1];
        // A word opening the sentence counts unless it is an everyday one ("Local resident …").
        const words = whole.filter((i) => !(tokens[i]!.sentenceStart && (SENTENCE_OPENERS.has(tokens[i]!.lower) || isCommonWord(tokens[i]!.lower))));
        const qualifier = (i: number) => isRoleWord(tokens[i]!.lower) || this.isOpeningRole(tokens[i]!) || DEMONYM.test(tokens[i]!.text);
        if (words.length && isLowerWord(after) && !tokens[words.at(-1)!]!.possessive && !words.some(qualifier)) {
          const first = tokens[words[0]!]!;
          this.add(this.text.article.slice(first.start, tokens[words.at(-1)!]!.end), words.map((i) => tokens[i]!.text), { person: 0, body: 3, place: 0 }, undefined, first.start);
        }
        continue;
      }
      // A place's council acts for it even where the place's name only opens the sentence.
      const base = tokens[whole[0]!]!.sentenceStart && SENTENCE_OPENERS.has(tokens[whole[0]!]!.lower) ? whole.slice(1) : whole;
      const body = base.length ? this.localBody(base) : undefined;
      if (body !== undefined) {
        const first = tokens[base[0]!]!;
        const c = this.add(this.text.article.slice(first.start, tokens[body]!.end), tokens.slice(base[0]!, body + 1).map((t) => t.text), { person: 0, body: 4, place: 0 }, undefined, first.start);
        c.determined++;
        continue;
      }
      if (!run.length || !name.length || name.every((i) => tokens[i]!.lower === 'of')) continue;
      const first = tokens[name[0]!]!;
      const last = tokens[name.at(-1)!]!;
      const next = tokens[name.at(-1)! + 1];
      if (name.length === 1 && first.text.length === 1) continue;
      if (name.length === 1 && !role && this.demonyms.has(first.text) && isLowerWord(next) && !isVerbish(next)) continue;
      const text = this.text.article.slice(first.start, last.end);
      // "Dr Thomas Brenner, a climate scientist at …": an honorific is no role; the apposed one is.
      let apposed = role || first.quoted ? {} : this.appositive(tokens[start]!, last);
      // "the Office for Students, the higher education regulator": a name with a word for an
      // organisation is described by its apposition, not given a person's role.
      if (apposed.kind === 'person' && name.some((i) => BODY_WORDS.has(tokens[i]!.lower))) apposed = { kind: 'body' };
      role ??= apposed.role;
      const ev = this.weigh(name, start, determiner, role, honorific);
      if (apposed.kind === 'body') ev.body += 3;
      if (apposed.kind === 'person' && !role) ev.person += 3;
      const after = this.text.article.slice(last.end, last.end + 8);
      if (/^,\s*\d{1,3},/.test(after)) addCue(ev, 'age');
      if (!last.possessive && /^,\s*which\b/.test(after)) addCue(ev, 'which');
      const pronoun = this.pronounNext(start, name.at(-1)!);
      if (pronoun) addCue(ev, pronoun);
      const the = tokens[start - 1]?.lower === 'the' && tokens[start]!.joined;
      const c = this.add(text, name.map((i) => tokens[i]!.text), ev, role, first.start, the);
      if (tokens[name[0]! - 1]?.lower === 'the' && first.joined) c.theName = true;
      const acronym = /^\s*\((\p{Lu}{2,})\)/u.exec(this.text.article.slice(last.end, last.end + 16));
      if (acronym) c.acronym = acronym[1];
    }
  }

  /** A country answers to its demonym where the story uses it ("Irish waters" are about Ireland). */
  private addDemonyms(entities: Detected[]): void {
    for (const e of entities) {
      if (e.kind !== 'place') continue;
      for (const d of demonymsOf(e.name)) {
        if (e.names.includes(d) || !this.tokens.some((t) => t.text === d)) continue;
        e.names.push(d);
        e.aliases.push(d);
      }
    }
  }

  /** Fold short forms into full names, weigh demonyms, and decide each kind. */
  *detect(): Steps<Detected[]> {
    yield* this.collect();
    yield;
    const all = [...this.candidates.values()];
    const multi = all.filter((c) => c.words.length > 1);
    const personLike = (c: Candidate) => c.person >= c.body && c.person >= c.place && (c.person > 0 || !hasKindWord(c));
    const merged = new Map<Candidate, Candidate[]>();
    const absorbed = new Set<Candidate>();
    const bodyLikeOf = (m: Candidate) => m.body > m.person && m.body > m.place;
    // The longer names by their first word, their last word and their acronym, and those of bodies: each
    // name is looked up in these, as a story listing thousands of names would take the square of their number to compare.
    const byWord = (word: (m: Candidate) => string | undefined, from = multi) => {
      const found = new Map<string, Candidate[]>();
      for (const m of from) {
        const key = word(m);
        if (key === undefined) continue;
        const list = found.get(key);
        if (list) list.push(m);
        else found.set(key, [m]);
      }
      return found;
    };
    const opening = byWord((m) => m.words[0]);
    const closing = byWord((m) => m.words.at(-1));
    const acronyms = byWord((m) => m.acronym, all);
    const bodies = multi.filter(bodyLikeOf);
    for (const c of all) {
      if (c.words.length !== 1) {
        // "the People’s Party" is the People’s Party for Freedom and Progress: a body's name cut after its body word.
        if (!BODY_WORDS.has(c.words.at(-1)!.toLowerCase())) continue;
        const longer = (opening.get(c.words[0]!) ?? []).filter((m) => m !== c && m.words.length > c.words.length && c.words.every((w, k) => m.words[k] === w) && bodyLikeOf(m));
        if (longer.length === 1) {
          absorbed.add(c);
          merged.set(longer[0]!, [...(merged.get(longer[0]!) ?? []), c]);
        }
        continue;
      }
      const bySurname = (closing.get(c.name) ?? []).filter(personLike);
      // "Agriculture Minister Hirut Bekele … Hirut said": a given name alone, after the full name, is
      // that person's, as a later surname is (many cultures call people by the given name), when it acts
      // as a person ("said", a role), no one else bears it, and nothing makes the word a body, a place
      // or a title (a country, a nationality, an everyday word, a role: "China", "German", "Emperor").
      const byGiven =
        bySurname.length === 0 && c.person > 0 && c.body < c.person && c.place < c.person && !isDemonym(c.name) && !isRoleNoun(c.name.toLowerCase()) && decideKind(nameEvidence(c.words)) === undefined
          ? (opening.get(c.name) ?? []).filter((m) => m.first < c.first && personLike(m) && (isGivenName(c.name) || (!isCommonWord(c.name.toLowerCase()) && m.person > 0)))
          : [];
      const byAcronym = acronyms.get(c.name) ?? [];
      // "the Millbrook basin" is the Millbrook River; "Shares in Northwind" are Northwind Motors'. A
      // head word with evidence of its own ("in Eastfield") stays apart from a place it names.
      const weight = c.person + c.body + c.place;
      // A short form that is a body's makes the full name one too ("Northgate" of "Northgate United").
      const bodyLike = bodyLikeOf(c);
      // So is one that opens a body's name and is no one's given name or surname ("Halvorsen will …" of "Halvorsen Systems").
      // A place is no one's and nothing's short form: "Ljubljana" of "Ljubljana Castle".
      const nobody = !c.role && !isGivenName(c.name) && bySurname.length === 0 && !isPlace(c);
      // Of several names it opens, it is the shortest's ("Westbury" of "Westbury United", not "Westbury Fans United").
      const shortest = (list: Candidate[]) => {
        const fewest = Math.min(...list.map((x) => x.words.length));
        return list.filter((m) => m.words.length === fewest);
      };
      // A nationality is no short form of a body it opens ("Dutch" of "Dutch Statistical Office").
      const byHead = shortest(
        (opening.get(c.name) ?? []).filter((m) => !isDemonym(c.name) && ((!personLike(m) && (weight === 0 || (weight <= 1 && m.body > m.place))) || (bodyLike && !m.role))),
      );
      const byBodyHead = shortest((opening.get(c.name) ?? []).filter((m) => nobody && !isDemonym(c.name) && bodyLikeOf(m)));
      // "the Commission" is the European Commission, "the Council" the borough council, when the story has one such.
      // So is a word the text also writes in lower case that closes a body's name ("Students" of "Office for Students"),
      // where it is capitalised for the name, not only for opening a sentence ("Space programmes …" names no "… Space").
      const everyday = BODY_WORDS.has(c.name.toLowerCase()) || (this.lowerWords.has(c.name.toLowerCase()) && c.midSentence === true);
      const byLast = (closing.get(c.name) ?? []).filter((m) => everyday && bodyLikeOf(m));
      // "the Fed" is the Federal Reserve: a clipped first word.
      const byClip = bodies.filter((m) => c.name.length >= 3 && m.words[0] !== c.name && m.words[0]!.startsWith(c.name));
      const target = [bySurname, byGiven, byAcronym, byHead, byLast, byClip, byBodyHead].find((list) => list.length === 1)?.[0];
      if (!target) continue;
      absorbed.add(c);
      merged.set(target, [...(merged.get(target) ?? []), c]);
    }
    const entities: Detected[] = [];
    for (const c of all) {
      // "Another Kenyan, …": a nationality standing alone names no one in particular, and no place
      // the story names (where it names the country, the nationality is read as its place, as before).
      if (absorbed.has(c) || (c.words.length === 1 && isDemonym(c.name) && !this.tokens.some((t) => demonymsOf(t.text).includes(c.name)))) continue;
      // "Space programmes …", "Students held …": a word the text writes in lower case, capitalised alone
      // only where it opens a sentence, is no name of its own (nor a short form, above).
      if (c.words.length === 1 && !c.midSentence && !merged.has(c) && this.lowerWords.has(c.name.toLowerCase())) continue;
      const parts = [c, ...(merged.get(c) ?? [])];
      const ev = parts.reduce((s, p) => ({ person: s.person + p.person, body: s.body + p.body, place: s.place + p.place }), {
        person: 0,
        body: 0,
        place: 0,
      });
      // (A longer name without "the" is no longer taken for a person's by default: a given name says so, see name-kind.ts.)
      // "the Vienna Konzerthaus": a name opening with a place the story names, and no word of a body, is a place there.
      if (c.words.length > 1 && !hasKindWord(c) && isPlace(this.candidates.get(c.words[0]!))) ev.place += 1;
      if (c.words.length === 1 && [...this.demonyms].some((d) => sharesStem(c.name, d))) ev.place += 2;
      // One everyday word only tilts a name already found to be one ("Shelter said" is a body's).
      const alone = ev.person + ev.body + ev.place > 0 && !closing.has(c.name);
      // A given name after "the" opens no person's name ("the Julian Alps", "the Vienna Konzerthaus").
      const placeFirst = c.words.length > 1 && (parts.some((p) => p.theName) || isPlace(this.candidates.get(c.words[0]!)));
      const shape = nameEvidence(c.words, { placeFirst, alone });
      const kind = decideKind({ person: ev.person + shape.person, body: ev.body + shape.body, place: ev.place + shape.place });
      if (!kind) continue;
      const role = kind === 'person' ? parts.find((p) => p.role)?.role : undefined;
      const names = [c.name, ...parts.slice(1).map((p) => p.name)];
      if (c.acronym && !names.includes(c.acronym)) names.push(c.acronym);

      entities.push({
        id: slug(c.name),
        name: c.name,
        kind,
        role,
        aliases: names.slice(1),
        passages: [],
        // A role gives the gender away ("spokeswoman"); failing that, a given name usually borne by one.
        gender: role && FEMININE_ROLES.test(role) ? 'f' : role && MASCULINE_ROLES.test(role) ? 'm' : kind === 'person' && c.words.length > 1 ? genderOf(c.words[0]!) : undefined,
        // (The dateline's spelling finds its passage; it is no other name for the city.)
        names: c.spelling ? [...names, c.spelling] : names,
        editorAliases: [],
        first: Math.min(...parts.map((p) => p.first)),
      });
    }
    addSurnames(entities);
    this.addDemonyms(entities);
    return uniqueIds(entities.sort((a, b) => a.first - b.first));
  }
}

function isPlace(c: Candidate | undefined): boolean {
  return c !== undefined && c.place > 0 && c.place >= c.body && c.place >= c.person;
}

function hasKindWord(c: Candidate): boolean {
  return c.words.some((w) => BODY_WORDS.has(w.toLowerCase()) || PLACE_WORDS.has(w.toLowerCase()));
}

/** "Ireland" and "Irish", "Brazil" and "Brazilian": a shared stem of three letters or more. */
function sharesStem(name: string, demonym: string): boolean {
  let n = 0;
  while (n < name.length && name[n] === demonym[n]) n++;
  return n >= 3 && n * 2 >= name.length;
}

/**
 * The surname of a full name, with its particles ("van der Laan", "Van Damme": a particle belongs to
 * the surname however it is written); capitalised as it opens a sentence too.
 */
function surnamesOf(name: string): string[] {
  const words = name.split(/\s+/);
  const k = words.findIndex((w, n) => n > 0 && n < words.length - 1 && NAME_PARTICLES.has(w.toLowerCase()));
  if (k < 0) return [words.at(-1)!];
  const surname = words.slice(k).join(' ');
  return [surname, surname[0]!.toUpperCase() + surname.slice(1)];
}

/** A person with a full name answers to the surname too, unless two people share it. */
function addSurnames(entities: Detected[]): void {
  const people = entities.filter((e) => e.kind === 'person' && e.name.includes(' '));
  // Counted once: a list of thousands of people would otherwise compare every one with every other.
  const bearers = new Map<string, number>();
  for (const p of people) {
    const [surname] = surnamesOf(p.name) as [string];
    bearers.set(surname, (bearers.get(surname) ?? 0) + 1);
  }
  for (const p of people) {
    const surnames = surnamesOf(p.name);
    if (bearers.get(surnames[0]!)! > 1) continue;
    for (const s of surnames) {
      if (p.names.includes(s)) continue;
      p.names.push(s);
      p.aliases.push(s);
    }
  }
}

/** Merge story.json aliases: canonical name → other names. A name the text never uses is kept only if mentioned. */
export function mergeEditorAliases(entities: Detected[], aliases: Record<string, string[]> | undefined): void {
  for (const [canonical, others] of Object.entries(aliases ?? {})) {
    const all = [canonical, ...others];
    const lower = all.map((n) => n.toLowerCase());
    let entity = entities.find((e) => e.names.some((n) => lower.includes(n.toLowerCase())));
    if (!entity) {
      const words = canonical.toLowerCase().split(/\s+/);
      entity = {
        id: slug(canonical),
        name: canonical,
        kind: words.some((w) => BODY_WORDS.has(w)) ? 'body' : words.some((w) => PLACE_WORDS.has(w)) ? 'place' : 'person',
        aliases: [],
        passages: [],
        names: [],
        editorAliases: [],
        first: Number.MAX_SAFE_INTEGER,
      };
      entities.push(entity);
    }
    for (const name of all) {
      const known = [entity.name, ...entity.aliases].some((n) => n.toLowerCase() === name.toLowerCase());
      if (!known) entity.aliases.push(name);
      if (!entity.names.includes(name)) entity.editorAliases.push(name);
    }
  }
  uniqueIds(entities);
}
