/**
 * Quotations and who said them. A quote is the words inside one pair of quotation marks, whole.
 * Its speaker is the subject of the speech verb that governs it:
 *   1. an attribution right after it: “…,” the mayor said / “…,” said Maria Lopez / “…,” its chair,
 *      Gordon Blake, said / “…,” Inspector Sven Peeters of the city police told reporters / “…,” Ana Ruiz, 54, a nurse
 *      at the city hospital, told reporters / “…,” Lowford Council spokesman Tom Hale said;
 *   2. else the nearest speech verb before it in the passage: its subject right before it
 *      ("Lee told", "Hale telling", "he suggested"); for a verb further off, the subject of the
 *      sentence ("Ruiz has criticised …, telling Reuters"); for an opening participle, the
 *      subject after the clause ("Despite warning that … “…”, Ruiz has");
 *   3. else, for a quote opening a passage with no speech verb, the speaker of the quote just before.
 * “…,” they said stands for the body named last in that sentence or the one before.
 * A quote with none of these keeps no speaker.
 */
import type { Credit } from './sources.js';
import { isGapWord, isRoleContext, isRoleNoun } from './grammar.js';
import type { Mention } from './mentions.js';
import type { Quote, Source } from './story.js';
import type { ArticleText, ArticleWord } from './tokens.js';
import { SPEECH_VERBS, SUBORDINATORS } from './vocabulary.js';

const isSpeechVerb = (t: ArticleWord) => !t.quoted && SPEECH_VERBS.has(t.lower);
/** A role in apposition before a speaker's name: "its chair, ", "the union’s general secretary, ". */
const APPOSED_ROLE = /^(?:its|the|his|her|their|our)\s+(?:[\p{Ll}-]+[’']s\s+)?(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s+(?=\p{Lu})/u;
/** After a possessive name, the role whose holder is named next ("Skyward’s chief executive, Fiona MacLeod"). */
const POSSESSED_ROLE = /^(?:[’']s)?\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s+(?=\p{Lu})/u;
/** One or two descriptions in apposition after a speaker's name, set off by commas: ", 54, a retired teacher from Leeds, ". */
const APPOSED_AFTER = /^,\s[^,.;:!?“”"]{2,90},\s/u;
/** Words that attach a speaker to the body they speak for, between the name and the verb. */
const OF_EMPLOYER = new Set(['of', 'at', 'from']);
/** Forms of "be" and determiners before a speech verb that make it no act of the subject ("was told", "the accused"). */
const PASSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'the', 'an']);

export function findQuotes(
  text: ArticleText,
  mentions: readonly Mention[],
  credits: readonly Credit[],
  sources: readonly Source[],
  bodies: ReadonlySet<string> = new Set(),
): Quote[] {
  const { tokens, passages, article } = text;
  const firstToken: number[] = [];
  tokens.forEach((t, i) => (firstToken[t.passage] ??= i));
  const passageTokens = (p: number) => {
    const from = firstToken[p] ?? 0;
    let to = from;
    while (to < tokens.length && tokens[to]!.passage === p) to++;
    return { from, to };
  };
  const spoken = mentions.filter((m) => !m.quoted);
  const endingAt = new Map(spoken.map((m) => [m.end, m]));
  const startingAt = new Map(spoken.map((m) => [m.start, m]));
  const sourceId = new Map(sources.map((s) => [s.name, s.id]));

  /** The first token in [from, to) that starts at or after `offset` (`to` if none). */
  const firstFrom = (from: number, to: number, offset: number): number => {
    let i = from;
    while (i < to && tokens[i]!.start < offset) i++;
    return i;
  };

  /** The mention that ends right before the verb at token `i` (over "now", "directly" …), as its subject. */
  const adjacentBefore = (i: number, from: number): Mention | undefined => {
    let j = i;
    while (j - 1 >= from && tokens[j]!.joined && isGapWord(tokens[j - 1]!)) j--;
    if (!tokens[j]!.joined || j - 1 < from) return undefined;
    const m = endingAt.get(tokens[j - 1]!.end);
    // "with spokesman Tom Hale telling": right before a participle, even after a preposition.
    return m && (m.subject || tokens[i]!.lower.endsWith('ing')) ? m : undefined;
  };

  /** The mention starting at token `i`, over role words before a name ("said Fire Chief Marcus Bell"). */
  const startingFrom = (i: number, to: number): Mention | undefined => {
    for (let j = i; j < to && j < i + 5; j++) {
      const m = startingAt.get(tokens[j]!.start);
      // "said Skyward’s chief executive, Fiona MacLeod": the speaker is the one holding the body's role.
      const held = m?.possessive ? POSSESSED_ROLE.exec(article.slice(m.end, m.end + 60)) : null;
      if (held) return startingFrom(firstFrom(j, to, m!.end + held[0].length), to);
      if (m) return m;
      if ((j > i && !tokens[j]!.joined) || !isRoleContext(tokens[j]!.text)) return undefined;
    }
    return undefined;
  };

  /** The subject of the speech verb at token `v`. */
  const subjectOf = (v: number, from: number, to: number): Mention | undefined => {
    const adjacent = adjacentBefore(v, from);
    if (adjacent) return adjacent;
    const verb = tokens[v]!;
    const before = spoken.findLast((m) => m.passage === verb.passage && m.end <= verb.start && m.subject);
    if (before) return before;
    if (!verb.lower.endsWith('ing')) return undefined;
    for (let j = v + 1; j < to; j++) {
      const m = startingAt.get(tokens[j]!.start);
      const prev = tokens[j - 1]!;
      if (m && m.subject && !(tokens[j]!.joined && SUBORDINATORS.has(prev.lower))) return m;
    }
    return undefined;
  };

  /** “…,” he said / “…,” said Maria Lopez: an attribution right after the closing mark. */
  const attributionAfter = (quoteText: string, end: number, from: number, to: number): Mention | undefined => {
    const i = firstFrom(from, to, end);
    if (i >= to || tokens[i]!.quoted) return undefined;
    const t = tokens[i]!;
    const between = article.slice(end, t.start);
    // After a quotation that ends a sentence, a capitalised word starts a new one.
    if (/[.!?]/.test(between.slice(1)) || (/[.!?]$/.test(quoteText) && /^\p{Lu}/u.test(t.text))) return undefined;
    if (isSpeechVerb(t)) return startingFrom(i + 1, to);
    // “…,” they wrote: the body named last, in this sentence or the one before.
    if (t.lower === 'they' && tokens[i + 1] && isSpeechVerb(tokens[i + 1]!)) {
      return spoken.findLast((m) => m.end <= end && m.passage >= t.passage - 1 && bodies.has(m.entity));
    }
    // “…,” its chair, Gordon Blake, said: a role in apposition before the name.
    const apposed = APPOSED_ROLE.exec(article.slice(t.start, t.start + 80));
    let m = startingFrom(apposed ? firstFrom(i, to, t.start + apposed[0].length) : i, to);
    if (!m) return undefined;
    let j = firstFrom(i, to, m.end);
    // “…,” Harbour Board spokesman Ivo Tarrant told reporters: the body a role belongs to, named before it, is not
    // the speaker; the one named after the role is.
    const holder = j < to && tokens[j]!.joined && isRoleNoun(tokens[j]!.lower) ? startingFrom(j, to) : undefined;
    if (holder) [m, j] = [holder, firstFrom(j, to, holder.end)];
    // “…,” Chief Inspector Sven Peeters of the Antwerp police told reporters: over who they work for.
    if (j < to && OF_EMPLOYER.has(tokens[j]!.lower) && tokens[j]!.joined) {
      const k = j;
      while (j < to && j < k + 6 && tokens[j]!.joined && !isSpeechVerb(tokens[j]!)) j++;
    }
    // “…,” Ana Ruiz, a nurse at the city hospital, told reporters: over a description set off by commas after the name
    // (or two: “…,” Ana Ruiz, 54, a nurse at the city hospital, said).
    for (let end = m.end, k = 0; k < 2 && j < to && !isSpeechVerb(tokens[j]!); k++) {
      const described = APPOSED_AFTER.exec(article.slice(end, end + 100));
      if (!described) break;
      // (The second opens where the first's closing comma stands.)
      end += described[0].trimEnd().length - 1;
      j = firstFrom(j, to, end + 1);
    }
    while (j < to && isGapWord(tokens[j]!)) j++;
    return j < to && isSpeechVerb(tokens[j]!) ? m : undefined;
  };

  const quotes: Quote[] = [];
  for (const span of text.quoted) {
    const raw = article.slice(span.start, span.end);
    const lead = raw.length - raw.trimStart().length;
    const body = quoteBody(raw);
    if (!body) continue;
    const start = span.start + lead;
    const end = start + body.length;
    const passage = passageAt(passages, start);
    const { from, to } = passageTokens(passage);

    let speaker = attributionAfter(body, span.end, from, to);
    const verbs: number[] = [];
    // A passive ("was told", "were accused of") reports what was said to its subject, not by it.
    for (let i = from; i < to; i++) if (isSpeechVerb(tokens[i]!) && !(tokens[i]!.joined && PASSIVE_AUXILIARIES.has(tokens[i - 1]?.lower ?? ''))) verbs.push(i);
    const verbBefore = verbs.findLast((i) => tokens[i]!.end <= span.start);
    if (!speaker && verbBefore !== undefined) speaker = subjectOf(verbBefore, from, to);
    let speakerId = speaker?.entity;
    if (!speakerId && verbs.length === 0 && (from === to || tokens[from]!.quoted)) {
      const previous = quotes.at(-1);
      if (previous && previous.passage >= passage - 1 && passages[previous.passage]!.paragraph === passages[passage]!.paragraph) {
        speakerId = previous.speaker;
      }
    }
    const credit = nearest(credits.filter((c) => c.passage === passage), start);
    quotes.push({ text: body, start, end, passage, speaker: speakerId, source: credit && sourceId.get(credit.name) });
  }
  return quotes;
}

/**
 * The words of a quotation without the mark that ends it in the sentence around: a comma before
 * “…,” she said and a full stop before the closing mark are the same sentence end in news style, so
 * both go; a question or exclamation mark, an ellipsis and the stop of "U.S." stay.
 */
function quoteBody(raw: string): string {
  const body = raw.trim().replace(/[\s,;:]+$/, '');
  if (/(?<!\.)\.$/.test(body) && !/(?:^|[^\p{L}])(?:\p{Lu}\.){2,}$/u.test(body)) return body.slice(0, -1).trimEnd();
  return body;
}

function passageAt(passages: ArticleText['passages'], offset: number): number {
  let lo = 0;
  let hi = passages.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (passages[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function nearest(credits: Credit[], offset: number): Credit | undefined {
  return credits.reduce<Credit | undefined>((best, c) => (!best || Math.abs(c.start - offset) < Math.abs(best.start - offset) ? c : best), undefined);
}
