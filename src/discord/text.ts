/**
 * A DM or a mention as a request, in the text form the terminal also reads (src/request.ts):
 * "timeline", "quote speaker:Lopez", "/who Lopez", "ask where did they meet". Anything else is a
 * question for /ask, word for word: a message that merely starts with a command's name ("who is
 * Lopez?", "timeline of the talks?") is a question too, unless it has a slash or `name:value`
 * options.
 */
import type { CommandDefinition } from '../command.js';
import { parseRequest, type Request, tokenize } from '../request.js';

/** Remove mentions of the bot (`<@id>` or `<@!id>`) and the space they leave. */
export function stripMention(text: string, botId: string): string {
  return text.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').replace(/\s+/g, ' ').trim();
}

/** The request a message makes, or undefined when it holds no text. Throws UsageError for a bad command line. */
export function parseMessage(text: string, catalogue: readonly CommandDefinition[]): Request | undefined {
  const tokens = tokenize(text);
  const [first, ...rest] = tokens;
  if (first === undefined) return undefined;
  const name = first.replace(/^\//, '').toLowerCase();
  const known = catalogue.some((c) => c.name === name);
  const commandLine = first.startsWith('/') || (known && (rest.length === 0 || name === 'ask' || rest.some((t) => /^[\w-]+:./.test(t))));
  if (commandLine) return parseRequest(tokens, catalogue);
  return { command: 'ask', options: { question: text.trim() } };
}
