import { type CommandContext, type CommandDefinition, type OptionsOf, synopsis } from '../src/command.js';
import type { Reply } from '../src/reply/reply.js';

export const definition = {
  name: 'help',
  description: 'How to use storybot, in servers, DMs and the terminal',
  options: [],
} as const;

function usage(c: CommandDefinition): string {
  return `/${synopsis(c)} — ${c.description}`;
}

export function handle(_options: OptionsOf<typeof definition>, { catalogue }: CommandContext): Reply {
  return {
    command: definition.name,
    title: 'How to use storybot',
    lead: 'storybot answers questions about the news story by quoting it: every answer is the article’s own words, with where they stand.',
    lines: [
      ...catalogue.map(usage),
      'Every command also takes private:true, so only you see the answer.',
      'In a direct message, write any question; in a server channel, mention the bot with your question.',
      'A message that starts with a command name runs it, e.g. "timeline" or "quote speaker:…".',
      'On Discord, right-click (or long-press) any message → Apps → Ask storybot to ask what the story says about it.',
      'In the terminal console, Tab completes commands, options and names; COMMAND --help shows one command.',
    ],
    items: [],
    data: { commands: catalogue.map((c) => ({ name: c.name, description: c.description })) },
  };
}
