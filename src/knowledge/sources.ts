/**
 * Outlets and platforms the article credits. The verb decides which: "posting on", "wrote on" credit
 * a platform; "told", "according to", "reported" an outlet. A credit needs a proper name: "telling
 * reporters" or "according to multiple reports" credits no one.
 */
import { within } from './marks.js';
import { slug, uniqueIds, type ArticleText } from './tokens.js';
import type { Source } from './story.js';
import { BODY_WORDS, SENTENCE_OPENERS, MEDIA_WORDS, MONTHS, WEEKDAYS } from './vocabulary.js';

/** One crediting phrase: the name it credits, what kind of source the verb makes it, and where. */
export interface Credit {
  name: string;
  kind: Source['kind'];
  start: number;
  end: number;
  passage: number;
}

/**
 * A proper name: capitalised words, joined by "of", "&" or a particle of another language's names
 * ("Financial Times", "Eastfield Gazette", "Gazet van Antwerpen", "X", "Ö1").
 */
const NAME = String.raw`((?:The\s+)?\p{Lu}[\p{L}\p{N}’'&.-]*(?:\s+(?:(?:of|for|van|von|de|del|der|den|da|di|du|la|le)\s+|&\s+)?\p{Lu}[\p{L}\p{N}’'&.-]*)*)`;
/**
 * What may stand between a verb and the outlet it credits: "the", then words that say what kind of
 * outlet it is ("broadcaster RTP", "the trade magazine The Bookseller", "Austrian radio station Ö1").
 */
const OUTLET_NOUNS = 'broadcaster|newspaper|paper|magazine|journal|station|channel|network|radio|television|tv|outlet|website|site|agency|wire|service|news|daily|weekly|trade|public|state|local|national|regional|business|financial|online';
const DEMONYM_WORD = String.raw`\p{Lu}\p{Ll}+(?:ian|ean|an|ese|ish|ic|i|ch)`;
/** Nouns that say what kind of outlet a name is: after them any lower-case words may describe it ("the student newspaper"). */
const OUTLET_KINDS = 'broadcaster|newspaper|paper|magazine|journal|station|channel|radio|television|tv|outlet|website|daily|weekly';
// (A demonym only before a noun for an outlet, "the Slovenian news agency STA": before a capital it opens the name, "the Irish Times".)
const THE = String.raw`(?:the\s+)?(?:(?:${DEMONYM_WORD}\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:${OUTLET_KINDS})\s+(?=\p{Lu})|(?:(?:${OUTLET_NOUNS})\s+(?=(?:${OUTLET_NOUNS})\b|\p{Lu})|${DEMONYM_WORD}\s+(?=(?:${OUTLET_NOUNS})\b))*)`;
/** A verb that may open a sentence: "Speaking to …", "Writing in …". */
const opening = (words: string) => words.split('|').map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');

/**
 * `mediaAfterThe`: "told the Senate" names a body, "told the Gazette" an outlet.
 * A dateline ("LISBON (Reuters) —") credits the wire that filed the story.
 */
const PATTERNS: { re: RegExp; kind: Source['kind']; mediaAfterThe?: boolean; media?: boolean }[] = [
  // "said on Cadena SER radio", "speaking on BBC Radio 4": only a name that says it is media ("said on Capitol Hill" is a place).
  { re: new RegExp(String.raw`\b(?:said|says|${opening('speaking|spoke|appearing|appeared')})\s+on\s+(?:the\s+)?${NAME}(?:\s+(?:radio|television|tv|programme|show|podcast)\b)?`, 'gu'), kind: 'outlet', media: true },
  { re: new RegExp(String.raw`\b(?:${opening('posting|posted|posts|post|wrote|writes|writing|written|tweeted|tweeting|shared|sharing')})(?:\s+[\p{Ll}’'-]+){0,4}?\s+on\s+${NAME}`, 'gu'), kind: 'platform' },
  { re: new RegExp(String.raw`\b(?:told|telling|tells|tell)\s+${THE}${NAME}`, 'gu'), kind: 'outlet', mediaAfterThe: true },
  { re: new RegExp(String.raw`\b[Aa]ccording\s+to\s+(?:(?:data|figures|projections|estimates|polling|a\s+poll|a\s+survey|a\s+report|reports?)\s+(?:from|by)\s+)?${THE}${NAME}`, 'gu'), kind: 'outlet' },
  { re: new RegExp(String.raw`\b(?:interview|statement|remarks|comments)\s+(?:to|with)\s+${THE}${NAME}`, 'gu'), kind: 'outlet' },
  { re: new RegExp(String.raw`\b(?:${opening('speaking|spoke|talking|talked')})\s+to\s+${THE}${NAME}`, 'gu'), kind: 'outlet' },
  { re: new RegExp(String.raw`\b(?:${opening('writing')}|wrote)\s+in\s+${THE}${NAME}`, 'gu'), kind: 'outlet' },
  // "a memo seen by the Northfield Echo", "documents obtained by …": what an outlet saw, it reports.
  { re: new RegExp(String.raw`\b(?:reported|report|reports|reporting|projections|analysis|poll|survey|investigation|seen|obtained)\s+by\s+${THE}${NAME}`, 'gu'), kind: 'outlet' },
  // "a study published on Tuesday in the journal Nature": a kind of outlet must say the name is one, not a place.
  { re: new RegExp(String.raw`\bpublished(?:\s+[\p{L}\p{N},]+){0,4}?\s+in\s+(?:the\s+)?(?:${OUTLET_NOUNS})\s+${NAME}`, 'gu'), kind: 'outlet' },
  // "Sky News reported", "The Gazet van Antwerpen newspaper first reported", "the Tarsa news agency reported".
  { re: new RegExp(String.raw`${NAME}\s+(?:(?:${OUTLET_NOUNS})\s+){0,2}(?:first\s+|also\s+|previously\s+|later\s+)?(?:reported|reports)\b`, 'gu'), kind: 'outlet' },
  { re: new RegExp(String.raw`^\p{Lu}[\p{Lu}\s.,’'-]*\((\p{Lu}[\p{L}\p{N} .&-]*)\)\s*[—–-]`, 'gu'), kind: 'outlet' },
];

const DATE_TAIL = new RegExp(String.raw`(?:\s+(?:${[...WEEKDAYS, ...MONTHS].join('|')})\.?)+$`, 'i');

function isDateWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/[.,]$/, '');
  return WEEKDAYS.has(lower) || MONTHS.has(lower);
}

/** The verbs of every pattern: a passage without one credits no one. */
const CREDIT_HINT = /\b(?:said\s+on|says\s+on|on\s+\S+\s+radio|appear|publish|post|wr[io]t|tweet|shar|tel|told|according|interview|statement|remarks|comments|spok|speak|talk|report|projections|analysis|poll|survey|investigation|seen|obtained)|\)\s*[—–-]/i;

/** Capitalised words after "and" that may go on with a name: " and Agriculture Organization". */
const AND_NAME = /^\s+and\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*/u;

function isBodyName(name: string): boolean {
  return name.split(/\s+/).some((w) => BODY_WORDS.has(w.toLowerCase()));
}

function isMediaName(name: string): boolean {
  return name.split(/\s+/).some((w) => MEDIA_WORDS.has(w.toLowerCase()));
}

/** Trim what a name match drags along: a leading "The", a weekday ("told CNN Tuesday"), a full stop, what a possessive owns. */
function cleanName(raw: string): { name: string; offset: number; possessive: boolean } {
  const offset = /^The\s+/.exec(raw)?.[0].length ?? 0;
  let name = raw.slice(offset).replace(DATE_TAIL, '');
  if (!/(?:^|\s)(?:\p{Lu}\.){2,}$/u.test(name)) name = name.replace(/\.+$/, '');
  const possessive = /[’']s$/.test(name);
  // "CME Group’s FedWatch tool": the one whose tool it is.
  const owner = /^(.+?)[’']s\s/u.exec(name);
  if (owner) name = owner[1]!;
  return { name, offset, possessive };
}

/** Whether a capitalised word at a sentence start is a name rather than a capitalised common word. */
function properAtStart(text: ArticleText, name: string, start: number): boolean {
  const first = name.split(/\s+/)[0]!;
  if (isDateWord(first)) return false;
  const i = text.at.get(start);
  // Mid-sentence, a capitalised opener is part of the name ("the newspaper A Bola").
  if (i !== undefined && !text.tokens[i]!.sentenceStart) return true;
  if (SENTENCE_OPENERS.has(first.toLowerCase())) return false;
  if (i === undefined) return true;
  if (name.includes(' ')) return true;
  return text.tokens.some((t) => t.text === first && !t.sentenceStart);
}

/** Every crediting phrase outside quotation marks. */
export function findCredits(text: ArticleText): Credit[] {
  const credits: Credit[] = [];
  for (const passage of text.passages) {
    if (!CREDIT_HINT.test(passage.text)) continue;
    for (const { re, kind, mediaAfterThe, media } of PATTERNS) {
      for (const m of passage.text.matchAll(re)) {
        const raw = m[1]!;
        const rawStart = passage.start + m.index + m[0].indexOf(raw);
        if (within(text.quoted, rawStart)) continue;
        const { name, offset, possessive } = cleanName(raw);
        const start = rawStart + offset;
        if (possessive || !name || isDateWord(name) || !properAtStart(text, name, start)) continue;
        // "according to the Office for National Statistics": a name that says it is a body is no outlet
        // (what a body owns may be: "CME Group’s FedWatch tool").
        if (kind === 'outlet' && isBodyName(name) && !isMediaName(name) && !/[’']s\s/.test(raw)) continue;
        // ("according to the Food and Agriculture Organization": nor is the first part of a body's name joined by "and".)
        const joined = AND_NAME.exec(passage.text.slice(m.index + m[0].indexOf(raw) + raw.length));
        if (kind === 'outlet' && joined && isBodyName(`${name}${joined[0]}`)) continue;
        const afterThe = /\bthe\s+$/.test(passage.text.slice(0, m.index + m[0].indexOf(raw)));
        // "told the Senate" is no credit, "told the BBC" is: an acronym after "the" is a broadcaster's or a paper's.
        if (mediaAfterThe && afterThe && !isMediaName(name) && !/^\p{Lu}{3,}$/u.test(name)) continue;
        if (media && !isMediaName(name) && !/\s(?:radio|television|tv|programme|show|podcast)$/.test(m[0])) continue;
        credits.push({ name, kind, start, end: start + name.length, passage: passage.id });
      }
    }
  }
  return credits.sort((a, b) => a.start - b.start);
}

/**
 * Sources from the credits, in order of first credit. `isEntity` vetoes an outlet credit whose name
 * the rest of the story shows to be a person or body ("Lee told Park …", "the Senate reported"),
 * unless the name itself says media ("News", "Times").
 */
export function sourcesFrom(credits: readonly Credit[], isEntity: (name: string) => boolean): { sources: Source[]; kept: Credit[] } {
  const kept = credits.filter((c) => c.kind === 'platform' || isMediaName(c.name) || !isEntity(c.name));
  const byName = new Map<string, Source>();
  for (const c of kept) {
    const source = byName.get(c.name) ?? { id: slug(c.name), name: c.name, kind: c.kind, passages: [] };
    if (c.kind === 'platform') source.kind = 'platform';
    if (!source.passages.includes(c.passage)) source.passages.push(c.passage);
    byName.set(c.name, source);
  }
  for (const s of byName.values()) s.passages.sort((a, b) => a - b);
  return { sources: uniqueIds([...byName.values()]), kept };
}
