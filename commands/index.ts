/** Every command storybot answers, in the order /help lists them. */
import type { Command, CommandDefinition } from '../src/command.js';
import * as ask from './ask.js';
import * as help from './help.js';
import * as quote from './quote.js';
import * as sanctions from './sanctions.js';
import * as sources from './sources.js';
import * as story from './story.js';
import * as timeline from './timeline.js';
import * as who from './who.js';

/**
 * Checks that a command module fits Command for its own definition, then files it under the
 * general type: App checks raw options against the definition before a handler sees them.
 */
function command<D extends CommandDefinition>(module: Command<D>): Command {
  return module as unknown as Command;
}

export const commands: readonly Command[] = [
  command(ask),
  command(timeline),
  command(quote),
  command(sanctions),
  command(who),
  command(sources),
  command(story),
  command(help),
];
