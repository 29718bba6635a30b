import { type CommandContext, MAX_TEXT_LENGTH, type OptionsOf } from '../src/command.js';
import { itemForPassage, passagesData } from '../src/reply/items.js';
import { formatDate } from '../src/reply/place.js';
import type { Choice, Reply, ReplyItem } from '../src/reply/reply.js';
import { AUXILIARIES, COPULAS } from '../src/search/english.js';
import type { Answer } from '../src/search/retriever.js';

export const definition = {
  name: 'ask',
  description: 'Ask a question about the story; get its answer in the article’s own words',
  options: [
    {
      name: 'question',
      description: 'Your question, e.g. "Where did the leaders meet?"',
      type: 'string',
      required: true,
      autocomplete: true,
      maxLength: MAX_TEXT_LENGTH,
    },
  ],
} as const;

/** Passages shown when the story does not answer. */
const LEADS = 3;
/** Longest echo of the question in storybot's own words. */
const ECHO = 120;

const QUESTION_START = /^(?:who|whom|whose|what|whats|when|where|wheres|which|why|how)\b/i;
/** Auxiliaries, with their negatives: "did", "didn't", "won't". */
const AUXILIARY = String.raw`(?:(?:${[...AUXILIARIES, ...COPULAS, 'am', 'may', 'might', 'must'].join('|')})(?:n['’]?t)?|won['’]?t|can['’]?t)`;
/**
 * A question that puts its verb before its subject ("how much did the governor donate", "why didn't
 * she resign", "whats his age"): it reads wrong after "doesn't say", so storybot quotes it instead.
 * "who is the mayor" and "who paid for it" read right.
 */
const INVERTED = new RegExp(String.raw`^(?:(?:who|what|when|where|why|how)['’]?s\b|(?:who|whom|whose|what|which|when|where|why|how)\b(?:\s+\S+){0,4}?\s+${AUXILIARY}\b)`, 'i');
const SUBJECT_QUESTION = /^who\s+(?:is|was|are|were)\b/i;

/** "a, b and c" (or "a, b or c"). */
function list(items: readonly string[], or = false): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} ${or ? 'or' : 'and'} ${items.at(-1)}` : (items[0] ?? '');
}

/** "“a”, “b” and “c”" */
function quoted(words: readonly string[], or = false): string {
  return list(
    words.map((w) => `“${w}”`),
    or,
  );
}

function paragraphs(items: readonly ReplyItem[]): string {
  return list([...new Set(items.map((i) => `¶${i.place.paragraph}`))]);
}

/** What storybot says when the story does not answer, in its own words: what is missing, and where the subject is. */
function notSaid(question: string, result: Answer, shown: readonly ReplyItem[], title: string | undefined): string {
  const asked = question.trim().replace(/[?!.\s]+$/, '');
  const lowered = `${asked.charAt(0).toLowerCase()}${asked.slice(1)}`;
  const echoed = QUESTION_START.test(asked) && asked.length <= ECHO;
  const opening = !echoed ? "The story doesn't say" : INVERTED.test(asked) && !SUBJECT_QUESTION.test(asked) ? `The story doesn't answer “${lowered}”` : `The story doesn't say ${lowered}`;
  // The story's own account of why: what it says was kept back, in its words (marked in the passage shown first).
  if (result.withheld) return `${echoed ? opening : "The story doesn't give it"}: it says “${result.withheld.text}” (¶${result.withheld.passage.paragraph}).`;
  if (result.outcome === 'unknown') {
    const about = title ? ` It is the story “${title.replace(/[.…]+$/, '')}…”: /story and /timeline tell what it covers.` : ' /story tells what the stories cover.';
    const none = title ? "The story doesn't" : "The stories don't";
    return result.missing.length ? `${none} mention ${quoted(result.missing, true)}.${about}` : `${none} say.${about}`;
  }
  const never = result.missing.length ? `: it never mentions ${quoted(result.missing, true)}` : '';
  const where = shown.length ? ` It mentions ${quoted(result.mentioned)} in ${paragraphs(shown)}:` : '';
  return `${opening}${never}.${result.mentioned.length ? where : shown.length ? ' These passages come closest:' : ''}`;
}

/** What storybot searched for where it read a mistyped word as another: "Searched for: summit (for “sumit”)". */
function searchedFor(result: Answer): string[] {
  if (result.corrected.length === 0) return [];
  return [`Searched for: ${result.corrected.map((c) => `${c.read} (for “${c.typed}”)`).join(', ')}`];
}

export function handle({ question }: OptionsOf<typeof definition>, { retriever, stories }: CommandContext): Reply {
  const result = retriever.ask(question, { limit: 5 });
  const lines = searchedFor(result);
  const items = result.hits.map((h) => itemForPassage(h.story, h.passage.id, { score: h.score }));
  const data: Record<string, unknown> = { answered: result.answered, passages: passagesData(items) };
  if (result.answered) {
    const words = result.answer;
    const first = items[0];
    if (words && first && first.place.story === words.story.id && first.place.passage === words.passage.id) {
      first.mark = { start: words.start, end: words.end };
      data.answer = { text: words.text, kind: words.kind, paragraph: words.passage.paragraph, ...(words.date && { date: words.date }) };
      // ("in 2024" needs no reading of "2024" beside it.)
      const reading = words.date && formatDate(words.date);
      return {
        command: definition.name,
        title: question,
        answer: { text: words.text, ...(reading && !words.text.toLowerCase().includes(reading.toLowerCase()) && { reading }) },
        items,
        lines,
        data,
      };
    }
    return { command: definition.name, title: question, items, lines, data };
  }
  const { withheld } = result;
  const found = (result.about.length ? result.about : result.hits).map((h) => itemForPassage(h.story, h.passage.id, { score: h.score }));
  // The passage that says what was kept back leads, with those words marked.
  const isHeld = (i: ReplyItem) => i.place.story === withheld?.story.id && i.place.passage === withheld.passage.id;
  const held = withheld && { ...(found.find(isHeld) ?? itemForPassage(withheld.story, withheld.passage.id)), mark: { start: withheld.start, end: withheld.end } };
  const leads = held ? [held, ...found.filter((i) => !isHeld(i))] : found;
  const shown = result.outcome === 'unknown' && !held ? [] : leads.slice(0, LEADS);
  const title = stories.length === 1 ? stories[0]!.title : undefined;
  return {
    command: definition.name,
    title: question,
    lead: notSaid(question, result, shown, title),
    items: shown,
    lines,
    data: {
      answered: false,
      missing: result.missing,
      ...(withheld && { withheld: { text: withheld.text, paragraph: withheld.passage.paragraph } }),
      passages: passagesData(shown),
    },
  };
}

/**
 * Suggestions while a question is typed: the question itself, then the passages it would find,
 * so picking one asks for exactly that passage. Whole texts: the way in cuts them to its limits.
 */
export function autocomplete(_option: string, typed: string, { retriever }: CommandContext): Choice[] {
  const text = typed.trim();
  if (text.length < 3) return [];
  const passages = retriever
    .ask(text, { limit: 24 })
    .hits.map((h) => ({ name: `¶${h.passage.paragraph}: ${h.passage.text}`, value: h.passage.text }));
  return [{ name: text, value: text }, ...passages];
}
