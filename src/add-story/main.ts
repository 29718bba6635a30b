/**
 * `npm run add-story -- SOURCE [--id ID] [--knowledge DIR] [--allow-private]`: a story from a web
 * address, a saved HTML page or a plain text file, written as knowledge/ID/article.txt and
 * story.json, checked by loading it, and summed up.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { explainFailure, UsageError, writeFault } from '../errors.js';
import { loadStory } from '../knowledge/load.js';
import { slug } from '../knowledge/tokens.js';
import { extractArticle, type Extracted } from './extract.js';
import { decodePage, fetchPage } from './fetch.js';

export async function addStory(argv: readonly string[]): Promise<string> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { id: { type: 'string' }, knowledge: { type: 'string' }, 'allow-private': { type: 'boolean', default: false } },
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message.split('\n')[0]} Usage: npm run add-story -- SOURCE [--id ID] [--knowledge DIR] [--allow-private]`);
  }
  const [source, ...extra] = parsed.positionals;
  if (!source || extra.length) throw new UsageError('add-story takes one SOURCE: a web address, an HTML file or a text file.');
  const story = await read(source, parsed.values['allow-private']);
  if (!story.article.trim()) throw new UsageError(`${source} holds no article text storybot can find.`);

  const knowledge = resolve(parsed.values.knowledge ?? process.env.KNOWLEDGE_DIR ?? 'knowledge');
  const id = parsed.values.id ?? slug(story.title ?? story.article.split(/\s+/).slice(0, 6).join(' ')).slice(0, 60);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new UsageError(`--id "${id}" must be lower-case letters, digits and dashes.`);
  const dir = join(knowledge, id);
  if (existsSync(dir)) throw new UsageError(`${dir} already holds a story; choose another --id.`);
  const meta = {
    ...(story.title && { title: story.title }),
    ...(story.published && { published: story.published, publishedInferred: false }),
    ...(story.outlet && { outlet: story.outlet }),
    ...(story.author && { author: story.author }),
    ...(story.url && { url: story.url }),
    ...(Object.keys(story.found).length && { found: story.found }),
  };
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'article.txt'), `${story.article}\n`);
    writeFileSync(join(dir, 'story.json'), `${JSON.stringify(meta, null, 2)}\n`);
  } catch (err) {
    // A folder half written is not left behind.
    if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    throw writeFault(dir, err) ?? err;
  }
  try {
    const loaded = loadStory(dir, id);
    return [
      `Added "${loaded.title}" as ${dir}`,
      `  date: ${loaded.meta.published ?? 'not found'}${story.found.published ? ` (from ${story.found.published})` : ''}`,
      `  outlet: ${loaded.meta.outlet ?? 'not found'} · author: ${loaded.meta.author ?? 'not found'} · url: ${loaded.meta.url ?? 'not found'}`,
      `  ${count(loaded.paragraphs.length, 'paragraph')}, ${count(loaded.entities.filter((e) => e.kind === 'person').length, 'person', 'people')}, ${count(loaded.quotes.length, 'quote')}, ${count(loaded.events.length, 'dated event')}`,
    ].join('\n');
  } catch (err) {
    // A story that does not load is not left behind.
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

async function read(source: string, allowPrivate: boolean): Promise<Extracted> {
  if (existsSync(source)) {
    if (statSync(source).isDirectory()) throw new UsageError(`${source} is a folder; give a web address, an HTML file or a text file.`);
    let bytes: Buffer;
    try {
      bytes = readFileSync(source);
    } catch (err) {
      throw new UsageError(`Cannot read ${source}: ${(err as Error).message}.`);
    }
    const text = decodePage(bytes, source);
    return /\.html?$/i.test(source) || /^\s*<(?:!doctype|html)/i.test(text) ? extractArticle(text) : { article: plainText(text), found: {} };
  }
  const page = await fetchPage(source, allowPrivate ? { allowed: () => true } : {});
  return page.type === 'html' ? extractArticle(page.body, page.url) : { article: plainText(page.body), found: {}, url: page.url };
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Plain text as paragraphs, one a line. */
function plainText(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n|\r?\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

if (import.meta.filename === process.argv[1]) {
  try {
    console.log(await addStory(process.argv.slice(2)));
  } catch (err) {
    const failure = explainFailure(err);
    if (!failure) throw err;
    console.error(`storybot: ${failure.message}`);
    process.exitCode = failure.code;
  }
}
