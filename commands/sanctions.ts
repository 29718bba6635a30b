import type { CommandContext, OptionsOf } from '../src/command.js';
import type { Passage, Story } from '../src/knowledge/story.js';
import { itemForPassage, passagesData } from '../src/reply/items.js';
import type { Choice, Reply } from '../src/reply/reply.js';
import { escapeRegExp } from '../src/regexp.js';
import { findNames, namesOf, namesSomething, suggestNames } from '../src/search/names.js';

export const definition = {
  name: 'sanctions',
  description: 'What the story says about sanctions, tariffs, embargoes and oil purchases',
  options: [
    {
      name: 'focus',
      description: 'Narrow to a country, body or measure, e.g. "oil"',
      type: 'string',
      autocomplete: true,
    },
  ],
} as const;

/**
 * The topic, in general vocabulary: economic pressure between states. Word stems, matched at word
 * starts, so "sanction" covers sanctions and sanctioned.
 */
/** Matches no text. */
const NOTHING = /(?!)/;

const TOPIC = new RegExp(
  String.raw`\b(?:sanction|tariff|embargo|boycott|blacklist|export control|import ban|price cap|asset freeze|frozen asset|trade (?:war|restriction|barrier)|dut(?:y|ies) on|levies|penalt|(?:buy|purchas|import)\w* (?:\w+ )?(?:oil|gas|crude|energy)|(?:oil|gas|crude|energy) (?:purchase|import|sale|revenue)|stop buying)`,
  'i',
);

/** A name's match this close is the name typed ("tusk", "EU"); a looser one only a name near it ("oil" and "Polish"). */
const NAMED = 0.1;

/**
 * Words a focus stands for in one story: a named entity's names, or the focus words themselves. A
 * name only near the focus stands for it when the story never uses the focus's words (a name
 * mistyped, "chnia"): "oil" is the story's oil, not Poland. A focus that says nothing by itself
 * ("a", "the") stands only for a name that is exactly it, not for every word it begins.
 */
function focusPattern(story: Story, focus: string): RegExp {
  const words = new RegExp(`\\b(?:${escapeRegExp(focus)})`, 'i');
  const match = findNames([story], focus)[0];
  const entity = match && (match.distance < NAMED || !words.test(story.article)) ? match.entity : undefined;
  if (entity) return new RegExp(`\\b(?:${namesOf(entity).map(escapeRegExp).join('|')})`, 'i');
  return namesSomething(focus) ? words : NOTHING;
}

/** Passages on the topic, narrowed to a focus. */
function onTopic(stories: readonly Story[], focus: string | undefined): { story: Story; passage: Passage }[] {
  const found: { story: Story; passage: Passage }[] = [];
  for (const story of stories) {
    const narrow = focus ? focusPattern(story, focus) : undefined;
    for (const passage of story.passages) {
      if (TOPIC.test(passage.text) && (!narrow || narrow.test(passage.text))) found.push({ story, passage });
    }
  }
  return found;
}

export function handle({ focus }: OptionsOf<typeof definition>, { stories }: CommandContext): Reply {
  const items = onTopic(stories, focus).map(({ story, passage }) => itemForPassage(story, passage.id));
  const topic = 'sanctions, tariffs and oil purchases';
  // A focus that names no one and finds nothing may be a name mistyped ("chnia"): did you mean
  // China? Only names the topic is told of are offered.
  const near =
    focus && items.length === 0 && findNames(stories, focus).length === 0
      ? suggestNames(stories, focus, (entity, story) => onTopic([story], entity.name).length > 0)
      : [];
  const meant = near.length ? ` Did you mean ${near.join(' or ')}?` : '';
  return {
    command: definition.name,
    title: focus ? `Sanctions: ${focus}` : 'Sanctions',
    lead: items.length ? undefined : `The story says nothing about ${topic}${focus ? ` concerning ${focus}` : ''}.${meant}`,
    ...(near.length && { suggestions: near.map((name) => ({ label: name, command: definition.name, options: { focus: name } })) }),
    items,
    data: { focus: focus ?? null, passages: passagesData(items) },
  };
}

/** Suggest the names that appear in sanctions passages. */
export function autocomplete(_option: string, typed: string, { stories }: CommandContext): Choice[] {
  const names = stories.flatMap((story) => {
    const onTopic = new Set(story.passages.filter((p) => TOPIC.test(p.text)).map((p) => p.id));
    return story.entities.filter((e) => e.passages.some((id) => onTopic.has(id))).map((e) => e.name);
  });
  const needle = typed.trim().toLowerCase();
  return [...new Set(names)]
    .filter((n) => n.toLowerCase().includes(needle))
    .map((name) => ({ name, value: name }));
}
