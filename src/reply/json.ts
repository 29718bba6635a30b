/** A Reply as one JSON object: the `--json` contract of docs/contracts.md, plus the reply's own words. */
import type { Reply } from './reply.js';

export function replyJson(reply: Reply): Record<string, unknown> {
  return {
    command: reply.command,
    title: reply.title,
    ...(reply.lead !== undefined && { lead: reply.lead }),
    ...(reply.error !== undefined && { error: reply.error }),
    ...(reply.lines !== undefined && { lines: reply.lines }),
    ...reply.data,
  };
}
