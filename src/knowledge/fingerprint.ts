/** A story's version: 8 characters of a hash of its id and text, which change when the article does. */
import { createHash } from 'node:crypto';
import type { Story } from './story.js';

export function fingerprint(story: Story): string {
  return createHash('sha256').update(`${story.id}\n${story.article}`).digest('base64url').slice(0, 8);
}
