/** Where the stories are: --knowledge DIR, else KNOWLEDGE_DIR (.env is read), else ./knowledge. */
import dotenv from 'dotenv';

export function knowledgeDir(flag?: string): string {
  dotenv.config({ quiet: true });
  return flag || process.env.KNOWLEDGE_DIR || 'knowledge';
}
