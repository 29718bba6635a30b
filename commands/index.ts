/** Every command storybot answers, in the order /help lists them. */
import type { Command } from '../src/command.js';
import * as ask from './ask.js';

export const commands: readonly Command[] = [ask as unknown as Command];
