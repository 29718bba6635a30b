import type { CommandContext, OptionsOf } from '../src/command.js';
import { itemForPassage, passagesData } from '../src/reply/items.js';
import type { Choice, Reply } from '../src/reply/reply.js';
import { findNames, findSources, namesOf, suggestNames, type SourceMatch } from '../src/search/names.js';

export const definition = {
  name: 'who',
  description: 'A person, body or credited outlet in the story: their role and the passages about them',
  options: [
    { name: 'name', description: 'A name, e.g. a surname', type: 'string', required: true, autocomplete: true },
  ],
} as const;

const KIND = { person: 'person', body: 'organisation', place: 'place' } as const;
const SOURCE_KIND = { outlet: 'news outlet', platform: 'platform' } as const;

/** The names of the people and bodies the stories give (places are no one). */
const peopleAndBodies = (stories: CommandContext['stories']) => stories.flatMap((s) => s.entities.filter((e) => e.kind !== 'place').map((e) => e.name));

/** A credited outlet or platform: the passages that credit it, i.e. what the story says it reported. */
function sourceReply({ story, source }: SourceMatch): Reply {
  const items = source.passages.map((id) => itemForPassage(story, id));
  return {
    command: definition.name,
    title: source.name,
    lines: [`${source.name} (${SOURCE_KIND[source.kind]} the story credits, in ${items.length} ${items.length === 1 ? 'passage' : 'passages'})`],
    items,
    data: { name: source.name, role: null, kind: source.kind, aliases: [], passages: passagesData(items) },
  };
}

export function handle({ name }: OptionsOf<typeof definition>, { stories }: CommandContext): Reply {
  const match = findNames(stories, name)[0];
  const source = findSources(stories, name)[0];
  if (source && (!match || source.distance < match.distance)) return sourceReply(source);
  if (!match) {
    const known = peopleAndBodies(stories);
    const near = suggestNames(stories, name);
    return {
      command: definition.name,
      title: name,
      error: near.length
        ? `The story names no one like "${name}". Did you mean ${near.join(' or ')}?`
        : `The story names no one like "${name}". People and bodies: ${[...new Set(known)].join(', ') || 'none'}.`,
      suggestions: near.map((n) => ({ label: n, command: definition.name, options: { name: n } })),
      items: [],
      data: { passages: [] },
    };
  }
  const { story, entity } = match;
  const items = entity.passages.map((id) => itemForPassage(story, id));
  const lines = [
    entity.role ? `${entity.name}: ${entity.role} (${KIND[entity.kind]})` : `${entity.name} (${KIND[entity.kind]})`,
  ];
  const others = namesOf(entity).slice(1);
  if (others.length) lines.push(`Also called: ${others.join(', ')}`);
  return {
    command: definition.name,
    title: entity.name,
    lines,
    items,
    data: {
      name: entity.name,
      role: entity.role ?? null,
      kind: entity.kind,
      aliases: entity.aliases,
      passages: passagesData(items),
    },
  };
}

export function autocomplete(_option: string, typed: string, { stories }: CommandContext): Choice[] {
  const names = typed.trim()
    ? [...findNames(stories, typed, undefined, { partial: true }), ...findSources(stories, typed, { partial: true })].sort((a, b) => a.distance - b.distance).map((m) => ('entity' in m ? m.entity : m.source).name)
    : peopleAndBodies(stories);
  return [...new Set(names)].map((n) => ({ name: n, value: n }));
}
