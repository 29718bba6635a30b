/** The text of a DM or a mention, before it is read as a request (parseMessage in src/request.ts). */

/** Remove mentions of the bot (`<@id>` or `<@!id>`) and the space they leave. */
export function stripMention(text: string, botId: string): string {
  return text.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').replace(/\s+/g, ' ').trim();
}
