/** The text of a DM or a mention, before it is read as a request (parseMessage in src/request.ts). */

/** Remove mentions of the bot (`<@id>`, `<@!id>`, or `<@&id>` of its own role in a server) and the space they leave. */
export function stripMention(text: string, botId: string, botRoleId?: string): string {
  const role = botRoleId === undefined ? '' : `|<@&${botRoleId}>`;
  return text.replace(new RegExp(`<@!?${botId}>${role}`, 'g'), ' ').replace(/\s+/g, ' ').trim();
}
