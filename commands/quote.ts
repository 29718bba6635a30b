import type { CommandContext, OptionsOf } from '../src/command.js';
import { entityById, passageContext } from '../src/knowledge/context.js';
import type { Entity, Quote, Story } from '../src/knowledge/story.js';
import type { Choice, Reply, ReplyItem } from '../src/reply/reply.js';
import { findNames, suggestNames } from '../src/search/names.js';

export const definition = {
  name: 'quote',
  description: 'Direct quotations from the story, by speaker and topic',
  options: [
    { name: 'speaker', description: 'Who said it, e.g. a surname', type: 'string', autocomplete: true },
    { name: 'about', description: 'What it is about, e.g. "the budget"', type: 'string' },
  ],
} as const;

interface StoryQuote {
  story: Story;
  quote: Quote;
}

/** Who is quoted: `story#entity` keys, and their names in story order, each once. */
function quotedSpeakers(stories: readonly Story[]): { keys: Set<string>; names: string[] } {
  const keys = new Set<string>();
  const names = new Set<string>();
  for (const story of stories) {
    for (const { speaker } of story.quotes) {
      if (speaker === undefined) continue;
      keys.add(`${story.id}#${speaker}`);
      names.add(entityById(story, speaker)!.name);
    }
  }
  return { keys, names: [...names] };
}

/** Quotes whose passage the retriever finds for `about`, in rank order. */
function aboutFilter(found: StoryQuote[], about: string, { retriever }: CommandContext): StoryQuote[] {
  const answer = retriever.ask(about, { limit: 50 });
  // A topic the story never mentions has no quotations, however near some passage ranks.
  if (answer.outcome === 'unknown') return [];
  const hits = answer.hits;
  const best = hits[0]?.score ?? 0;
  const rank = new Map<string, number>();
  hits
    .filter((h) => h.score >= best * 0.35)
    .forEach((h, i) => rank.set(`${h.story.id}#${h.passage.id}`, i));
  return found
    .filter((f) => rank.has(`${f.story.id}#${f.quote.passage}`))
    .sort((a, b) => rank.get(`${a.story.id}#${a.quote.passage}`)! - rank.get(`${b.story.id}#${b.quote.passage}`)!);
}

export function handle({ speaker, about }: OptionsOf<typeof definition>, ctx: CommandContext): Reply {
  let found: StoryQuote[] = ctx.stories.flatMap((story) => story.quotes.map((quote) => ({ story, quote })));
  // The title names who the story says it is ("Quotes by Maria Lopez" for "lopes"), not what was typed.
  let who = speaker;
  const title = () => ['Quotes', who && `by ${who}`, about && `about ${about}`].filter(Boolean).join(' ');
  if (speaker) {
    const quoted = quotedSpeakers(ctx.stories);
    const isQuoted = (e: Entity, s: Story) => quoted.keys.has(`${s.id}#${e.id}`);
    const matches = findNames(ctx.stories, speaker, isQuoted);
    if (matches.length === 0) {
      const near = suggestNames(ctx.stories, speaker, isQuoted);
      return {
        command: definition.name,
        title: title(),
        error: near.length
          ? `No one called "${speaker}" is quoted in the story. Did you mean ${near.join(' or ')}?`
          : `No one called "${speaker}" is quoted in the story. Quoted: ${quoted.names.join(', ') || 'nobody'}.`,
        suggestions: near.map((name) => ({ label: name, command: definition.name, options: { speaker: name, ...(about && { about }) } })),
        items: [],
        data: { quotes: [] },
      };
    }
    const best = matches[0]!.distance;
    const close = matches.filter((m) => m.distance <= best + 0.1);
    const wanted = new Set(close.map((m) => `${m.story.id}#${m.entity.id}`));
    found = found.filter((f) => wanted.has(`${f.story.id}#${f.quote.speaker}`));
    who = [...new Set(close.map((m) => m.entity.name))].join(' or ');
  }
  if (about) found = aboutFilter(found, about, ctx);

  const items: ReplyItem[] = found.map(({ story, quote }) => {
    const context = passageContext(story, quote.passage);
    const entity = entityById(story, quote.speaker);
    const speakerName = entity?.name;
    const source = story.sources.find((s) => s.id === quote.source)?.name ?? context.source;
    return {
      text: quote.text,
      // The card's heading: who said it, and the role the article gives them.
      heading: speakerName ? [speakerName, entity?.role].filter(Boolean).join(', ') : 'Unattributed',
      quotation: true,
      place: { story: story.id, passage: quote.passage, ...context, speaker: speakerName, source },
    };
  });
  return {
    command: definition.name,
    title: title(),
    lead: items.length ? undefined : 'The story has no quotation that matches.',
    items,
    data: {
      quotes: items.map((i) => ({
        speaker: i.place.speaker ?? null,
        text: i.text,
        paragraph: i.place.paragraph,
        source: i.place.source ?? null,
        date: i.place.date ?? null,
        story: i.place.story,
      })),
    },
  };
}

export function autocomplete(_option: string, typed: string, { stories }: CommandContext): Choice[] {
  const quoted = quotedSpeakers(stories);
  const names = typed.trim()
    ? findNames(stories, typed, (e, s) => quoted.keys.has(`${s.id}#${e.id}`), { partial: true }).map((m) => m.entity.name)
    : quoted.names;
  return [...new Set(names)].map((name) => ({ name, value: name }));
}
