/** A story's version: 8 characters of a hash of its id and text, which change when the article does. */
import { createHash } from 'node:crypto';
import type { Story } from './story.js';

/** Worked out once per story: buttons are made again for every story at each live reload. */
const prints = new WeakMap<Story, string>();

export function fingerprint(story: Story): string {
  let print = prints.get(story);
  if (print === undefined) prints.set(story, (print = createHash('sha256').update(`${story.id}\n${story.article}`).digest('base64url').slice(0, 8)));
  return print;
}
