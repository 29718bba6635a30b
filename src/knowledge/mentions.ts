/**
 * Every place the article mentions an entity: by name or alias, by "he"/"she", or by a description
 * such as "the mayor" or "the Brazilian leader". Pronouns and descriptions are resolved in reading
 * order: "he"/"she" to the most recent person of a compatible gender; a description to the person
 * whose role it repeats, else to a person the same sentence names outside its subject ("met Silva …
 * the Brazilian leader"), else — for "the spokesperson" — to the body just named, else to the story's
 * most prominent person. "The union", "council officials" stand for the body of that kind named last.
 */
import { within, type Span } from './marks.js';
import { escapeRegExp } from '../regexp.js';
import type { Detected } from './entities.js';
import { isPersonNoun, isRoleContext, isVerbish, isVerbWord } from './grammar.js';
import type { Entity } from './story.js';
import type { ArticleText } from './tokens.js';
import type { Steps } from '../steps.js';
import { DEMONYM, PREPOSITIONS, ROLE_MODIFIERS, ROLE_TITLES } from './vocabulary.js';

export interface Mention {
  /** Entity id. */
  entity: string;
  start: number;
  end: number;
  passage: number;
  via: 'name' | 'pronoun' | 'description';
  quoted: boolean;
  /** Not after a preposition, not a possessive: it may be the subject of a verb. */
  subject: boolean;
  possessive: boolean;
}

/** A mention as found, before pronouns and descriptions are resolved. */
type RawMention = Mention & { role?: string; qualifier?: string; he?: boolean; aged?: boolean; body?: string; indefinite?: boolean; apposedAt?: number };

/** "the governor of the province, Ana Ruiz, said": what comes between a title and the name in apposition to it. */
const APPOSED_NAME = /^(?:\s+(?:of|for|at|in)\s+[^,.;:!?\n]{1,40}?)?,\s+(?=\p{Lu})/u;

/** Words that describe a body the story names: "the union", "the council", "council officials". */
const BODY_KINDS = 'union|council|department|ministry|agency|commission|committee|association|authority|company|court|party';
/** Words for one who speaks for a body. */
const SPOKESPERSON = 'spokesperson|spokesman|spokeswoman';
/** Who speaks for a body: "a department spokesperson", "council officials", "the spokesperson". */
const SPOKESPEOPLE = `officials|${SPOKESPERSON}`;
/** The body a spokesperson speaks for follows these: "a spokesperson for the …". */
const SPEAKING_FOR = 'for|of|at';
const BODY_DESCRIPTION = new RegExp(
  String.raw`\b(?:[Tt]he\s+(${BODY_KINDS})\b(?![’']s)(?!\s+\p{Lu})|(${BODY_KINDS})\s+(?:${SPOKESPEOPLE})\b)`,
  'gu',
);
const SPEAKS_FOR = new RegExp(`^(?:${SPOKESPEOPLE}|official)$`);
/** "A spokesperson said …": no one the story names, so the body they speak for. */
const A_SPOKESPERSON = new RegExp(String.raw`\b[Aa]n?\s+(${SPOKESPERSON})\b(?!\s+(?:${SPEAKING_FOR})\b)`, 'gu');
/** "A spokesperson for the X Authority said …": the body the spokesperson speaks for is who says it. */
const SPOKESPERSON_FOR = new RegExp(String.raw`(?:^|\s)(?:[Aa]n?|[Tt]he)\s+(?:${SPOKESPERSON})\s+(?:${SPEAKING_FOR})\s+(?:the\s+)?$`, 'u');

/**
 * "The 24-year-old had denied …", "the 54-year-old Norwegian": news English speaks of someone just named by their age; the
 * word after it says whether a person is meant (a verb, a demonym, a noun for a person, or none), not "the 68-year-old stadium".
 */
const AGED = /\b[Tt]he\s+\d{1,3}-year-old\b(?:\s+(\p{L}+))?/gu;
const agedPerson = (next: string | undefined) => next === undefined || /^\p{Lu}/u.test(next) || isVerbWord(next) || isPersonNoun(next);

/** "the president", "the Brazilian leader", "the council president"; not "the President Joe …". */
const DESCRIPTION = new RegExp(
  String.raw`\b[Tt]he\s+(?:(\p{Lu}\p{Ll}+|${[...ROLE_MODIFIERS].join('|')})\s+)?(${[...ROLE_TITLES].filter((r) => r.length > 3).join('|')})\b(?![’']s)(?!\s+\p{Lu})`,
  'gu',
);

function namePattern(names: string[], flags: string): RegExp | undefined {
  if (!names.length) return undefined;
  const alts = [...new Set(names)].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

export function* findMentions(text: ArticleText, entities: Detected[], masked: readonly Span[]): Steps<Mention[]> {
  const { article, tokens } = text;
  const byName = new Map<string, Detected>();
  const byLowerAlias = new Map<string, Detected>();
  for (const e of entities) {
    for (const n of e.names) byName.set(n, e);
    for (const a of e.editorAliases) byLowerAlias.set(a.toLowerCase(), e);
  }
  const exact = namePattern([...byName.keys()], 'gu');
  const loose = namePattern([...byLowerAlias.keys()], 'giu');

  /** Context of a mention starting at `start`: what precedes it, skipping its role words. */
  const context = (start: number, end: number): Pick<Mention, 'subject' | 'possessive'> => {
    const possessive = /^[’']s\b/.test(article.slice(end, end + 3));
    let i = text.at.get(start);
    if (i === undefined) return { subject: false, possessive };
    const passage = tokens[i]!.passage;
    while (i > 0 && tokens[i]!.joined && tokens[i - 1]!.passage === passage && isRoleContext(tokens[i - 1]!.text)) i--;
    let prev = tokens[i]!.joined && tokens[i - 1]?.passage === passage ? tokens[i - 1] : undefined;
    // "at the British Chambers of Commerce": the article's governor governs the name.
    if ((prev?.lower === 'the' || prev?.lower === 'a') && prev.joined && tokens[i - 2]?.passage === passage) prev = tokens[i - 2];
    // After a preposition or a verb ("with Silva", "met Silva") a name is an object.
    return { subject: !possessive && !PREPOSITIONS.has(prev?.lower ?? '') && !isVerbish(prev), possessive };
  };

  const found: RawMention[] = [];
  for (const passage of text.passages) {
    yield;
    const taken: Span[] = [];
    for (const re of [exact, loose]) {
      if (!re) continue;
      for (const m of passage.text.matchAll(re)) {
        const start = passage.start + m.index;
        const end = start + m[0].length;
        if (within(masked, start) || taken.some((s) => start < s.end && end > s.start)) continue;
        const entity = re === exact ? byName.get(m[0]) : byLowerAlias.get(m[0].toLowerCase());
        if (!entity) continue;
        taken.push({ start, end });
        const speaksFor = entity.kind === 'body' ? SPOKESPERSON_FOR.exec(article.slice(passage.start, start)) : null;
        const where = context(speaksFor ? passage.start + speaksFor.index + speaksFor[0].search(/\S/) : start, end);
        found.push({ entity: entity.id, start, end, passage: passage.id, via: 'name', quoted: within(text.quoted, start), ...where });
      }
    }
    for (const m of passage.text.matchAll(DESCRIPTION)) {
      const start = passage.start + m.index;
      if (within(text.quoted, start) || taken.some((s) => start >= s.start && start < s.end)) continue;
      const qualifier = m[1] && (DEMONYM.test(m[1]) || ROLE_MODIFIERS.has(m[1])) ? m[1] : undefined;
      if (m[1] && !qualifier) continue;
      const end = start + m[0].length;
      const apposed = APPOSED_NAME.exec(article.slice(end, end + 60));
      found.push({ entity: '', start, end, passage: passage.id, via: 'description', quoted: false, ...context(start, end), role: m[2], qualifier, ...(apposed && { apposedAt: end + apposed[0].length }) });
    }
    for (const m of passage.text.matchAll(AGED)) {
      const start = passage.start + m.index;
      if (within(text.quoted, start) || !agedPerson(m[1])) continue;
      found.push({ entity: '', start, end: start + m[0].length, passage: passage.id, via: 'pronoun', quoted: false, subject: true, possessive: false, aged: true });
    }
    for (const m of passage.text.matchAll(A_SPOKESPERSON)) {
      const start = passage.start + m.index;
      if (within(text.quoted, start) || taken.some((s) => start >= s.start && start < s.end)) continue;
      const end = start + m[0].length;
      found.push({ entity: '', start, end, passage: passage.id, via: 'description', quoted: false, ...context(start, end), role: m[1], indefinite: true });
    }
    for (const m of passage.text.matchAll(BODY_DESCRIPTION)) {
      const start = passage.start + m.index;
      const end = start + m[0].length;
      if (within(text.quoted, start) || taken.some((s) => start < s.end && end > s.start)) continue;
      found.push({ entity: '', start, end, passage: passage.id, via: 'description', quoted: false, ...context(start, end), body: (m[1] ?? m[2])!.toLowerCase() });
    }
  }
  for (const t of tokens) {
    if ((t.lower === 'he' || t.lower === 'she') && !t.quoted) {
      found.push({ entity: '', start: t.start, end: t.end, passage: t.passage, via: 'pronoun', quoted: false, subject: true, possessive: false, he: t.lower === 'he' });
    }
  }
  found.sort((a, b) => a.start - b.start);
  return resolve(found, entities);
}

function resolve(found: RawMention[], entities: Detected[]): Mention[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const isPerson = (id: string) => byId.get(id)?.kind === 'person';
  const prominent = mostProminent(found, isPerson);
  const history: Mention[] = [];
  const resolved: Mention[] = [];
  for (const f of found) {
    const { role, qualifier, he, aged, body, indefinite, apposedAt, ...mention } = f;
    if (aged) {
      // (As a pronoun does, of either sex: the person named last.)
      const antecedent = history.findLast((h) => isPerson(h.entity));
      if (!antecedent) continue;
      mention.entity = antecedent.entity;
    } else if (indefinite) {
      const entity = history.findLast((h) => h.passage >= mention.passage - 1 && byId.get(h.entity)?.kind === 'body')?.entity;
      if (!entity) continue;
      mention.entity = entity;
    } else if (mention.via === 'pronoun') {
      const gender = he ? 'm' : 'f';
      const antecedent = history.findLast((h) => isPerson(h.entity) && (byId.get(h.entity)!.gender ?? gender) === gender);
      if (!antecedent) continue;
      byId.get(antecedent.entity)!.gender = gender;
      mention.entity = antecedent.entity;
    } else if (body !== undefined) {
      // The body of that kind named last, else the only one the story names.
      const fits = (id: string) => byId.get(id)?.kind === 'body' && byId.get(id)!.name.toLowerCase().split(/\s+/).includes(body);
      const entity = history.findLast((h) => fits(h.entity))?.entity ?? onlyOne(entities.filter((e) => fits(e.id)).map((e) => e.id));
      if (!entity) continue;
      mention.entity = entity;
    } else if (mention.via === 'description') {
      const title = new RegExp(`\\b${role}\\b`, 'i');
      const fits = (e: Detected) =>
        e.role !== undefined && title.test(e.role) && (!qualifier || e.role.toLowerCase().includes(qualifier.toLowerCase()));
      const byRole = history.findLast((h) => fits(byId.get(h.entity)!));
      const inSentence = history.findLast((h) => h.passage === mention.passage && isPerson(h.entity) && !h.subject && !h.possessive);
      // "the spokesperson" no named person is: the one who speaks for the body just named.
      const speaksFor = SPEAKS_FOR.test(role!) ? history.findLast((h) => h.passage >= mention.passage - 3 && byId.get(h.entity)?.kind === 'body') : undefined;
      // "the governor of the province, Ana Ruiz, said": the person named in apposition is the one meant.
      const apposed = apposedAt === undefined ? undefined : found.find((g) => g.start === apposedAt && g.via === 'name' && isPerson(g.entity));
      const entity = apposed?.entity ?? byRole?.entity ?? inSentence?.entity ?? speaksFor?.entity ?? prominent;
      if (!entity) continue;
      mention.entity = entity;
      const alias = describe(role!, qualifier);
      const e = byId.get(entity)!;
      if (![e.name, ...e.aliases].some((a) => a.toLowerCase() === alias.toLowerCase())) e.aliases.push(alias);
    }
    resolved.push(mention);
    if (!mention.quoted && mention.via !== 'pronoun') history.push(mention);
  }
  return resolved;
}

function onlyOne(ids: string[]): string | undefined {
  return ids.length === 1 ? ids[0] : undefined;
}

function describe(role: string, qualifier: string | undefined): string {
  return `the ${qualifier ? `${qualifier} ` : ''}${role}`;
}

/** The person named most often as a subject, then most often at all, then first. */
function mostProminent(found: Mention[], isPerson: (id: string) => boolean): string | undefined {
  const score = new Map<string, [number, number, number]>();
  for (const m of found) {
    if (m.via !== 'name' || !isPerson(m.entity)) continue;
    const s = score.get(m.entity) ?? [0, 0, -m.start];
    if (m.subject && !m.quoted) s[0]++;
    s[1]++;
    score.set(m.entity, s);
  }
  let best: string | undefined;
  let top: [number, number, number] = [-1, -1, -Infinity];
  for (const [id, s] of score) {
    if (s[0] > top[0] || (s[0] === top[0] && (s[1] > top[1] || (s[1] === top[1] && s[2] > top[2])))) {
      best = id;
      top = s;
    }
  }
  return best;
}

/** The story's entities: each with the passages that mention it; one never mentioned is dropped. */
export function withPassages(detected: readonly Detected[], mentions: readonly Mention[]): Entity[] {
  const passages = new Map<string, Set<number>>();
  const pronouns = new Map<string, Set<number>>();
  for (const m of mentions) {
    const into = m.via === 'pronoun' ? pronouns : passages;
    const set = into.get(m.entity) ?? new Set<number>();
    set.add(m.passage);
    into.set(m.entity, set);
  }
  const sorted = (set: Set<number> | undefined) => [...(set ?? [])].sort((a, b) => a - b);
  return detected
    .filter((d) => passages.has(d.id))
    .map(({ id, name, kind, role, aliases }) => ({
      id,
      name,
      kind,
      ...(role ? { role } : {}),
      aliases,
      passages: sorted(passages.get(id)),
      pronouns: sorted(pronouns.get(id)),
    }));
}
