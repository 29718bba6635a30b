/** Live stories: real files edited under a running engine, a running console, and an endpoint's buttons. */
import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRouter } from '../src/discord/router.js';
import { createLiveApp } from '../src/live.js';
import { createLogger } from '../src/log.js';

const ROOT = new URL('..', import.meta.url).pathname;

function knowledge(): string {
  const dir = mkdtempSync(join(tmpdir(), 'storybot-live-'));
  for (const [id, text] of [
    ['harbour', 'The harbour reopened on Monday after the storm, port officials said.\nHarbour master Alan Reeve said the quay was safe.'],
    ['school', 'The school roof was repaired in July, the council said.'],
  ]) {
    mkdirSync(join(dir, id!));
    writeFileSync(join(dir, id!, 'article.txt'), `${text}\n`);
  }
  return dir;
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('a live knowledge folder', () => {
  it('rebuilds only what changed, keeps the last good version through a broken edit, adds and retires stories', async () => {
    const dir = knowledge();
    dirs.push(dir);
    const app = createLiveApp(dir);
    const school = app.stories.find((s) => s.id === 'school')!;
    expect(await app.reload()).toEqual([]);

    appendFileSync(join(dir, 'harbour', 'article.txt'), 'The first ferry returned on Friday, carrying 300 passengers.\n');
    expect(await app.reload()).toEqual([{ level: 'info', message: 'reloaded story harbour' }]);
    expect(app.run('ask', { question: 'when did the ferry come back' }).items[0]!.text).toContain('The first ferry returned on Friday');
    // The story nobody touched is the same object: not rebuilt.
    expect(app.stories.find((s) => s.id === 'school')).toBe(school);

    // A broken edit: said once, and the last good version keeps answering.
    writeFileSync(join(dir, 'harbour', 'story.json'), '{ not json');
    const broken = await app.reload();
    expect(broken).toHaveLength(1);
    expect(broken[0]).toMatchObject({ level: 'warn', message: expect.stringMatching(/harbour\/story\.json: is not valid JSON.*the last good version keeps answering$/) });
    expect(await app.reload()).toEqual([]);
    expect(app.run('ask', { question: 'when did the ferry come back' }).items[0]!.text).toContain('ferry returned');
    writeFileSync(join(dir, 'school', 'article.txt'), '   \n');
    expect(await app.reload()).toEqual([{ level: 'warn', message: expect.stringMatching(/school\/article\.txt: is empty; the last good version keeps answering$/) }]);
    // Bytes that are not UTF-8 (an editor saving in windows-1252) are a broken edit too, not "�" in quotes.
    writeFileSync(join(dir, 'school', 'article.txt'), Buffer.from('The school café was repaired in July.\n', 'latin1'));
    expect(await app.reload()).toEqual([{ level: 'warn', message: expect.stringMatching(/school\/article\.txt: is not UTF-8 text \(save it as UTF-8\); the last good version keeps answering$/) }]);
    expect(app.stories.map((s) => s.id)).toEqual(['harbour', 'school']);

    // A new folder is a new story (the commands and autocomplete see it); a removed one is retired.
    mkdirSync(join(dir, 'bridge'));
    writeFileSync(join(dir, 'bridge', 'article.txt'), 'Engineer Dana Pike said the bridge would reopen in May.\n');
    expect(await app.reload()).toEqual([{ level: 'info', message: 'added story bridge' }]);
    expect(app.complete('who', 'name', 'Pik').map((c) => c.value)).toContain('Dana Pike');
    rmSync(join(dir, 'school'), { recursive: true });
    expect(await app.reload()).toEqual([{ level: 'info', message: 'retired story school' }]);
    expect(app.stories.map((s) => s.id)).toEqual(['bridge', 'harbour']);
  });

  it('takes a story folder that is a symbolic link, at start-up as when it is added while running', async () => {
    const dir = knowledge();
    const elsewhere = mkdtempSync(join(tmpdir(), 'storybot-elsewhere-'));
    dirs.push(dir, elsewhere);
    for (const id of ['crane', 'ferry']) {
      mkdirSync(join(elsewhere, id));
      writeFileSync(join(elsewhere, id, 'article.txt'), `The ${id} at Berth 4 was inspected on Tuesday.\n`);
    }
    symlinkSync(join(elsewhere, 'crane'), join(dir, 'crane'));
    // A link to a file is no story folder.
    symlinkSync(join(elsewhere, 'crane', 'article.txt'), join(dir, 'notes'));
    const app = createLiveApp(dir);
    expect(app.stories.map((s) => s.id)).toEqual(['crane', 'harbour', 'school']);

    symlinkSync(join(elsewhere, 'ferry'), join(dir, 'ferry'));
    expect(await app.reload(['ferry'])).toEqual([{ level: 'info', message: 'added story ferry' }]);
    // Every folder read again (SIGHUP), and a restart: the same stories.
    expect(await app.reload()).toEqual([]);
    expect(app.stories.map((s) => s.id)).toEqual(['crane', 'ferry', 'harbour', 'school']);
    expect(createLiveApp(dir).stories.map((s) => s.id)).toEqual(['crane', 'ferry', 'harbour', 'school']);
  });

  it('answers from the old version while a reload is under way, and reads only the folders it is told of', async () => {
    const dir = knowledge();
    dirs.push(dir);
    const app = createLiveApp(dir);
    const ferry = () => app.run('ask', { question: 'when did the ferry come back' }, { story: 'harbour' }).items[0]?.text ?? '';
    appendFileSync(join(dir, 'harbour', 'article.txt'), 'The first ferry returned on Friday, carrying 300 passengers.\n');
    appendFileSync(join(dir, 'school', 'article.txt'), 'Pupils returned to the school on Tuesday.\n');
    let done = false;
    const reload = app.reload(['harbour']).then((notes) => ((done = true), notes));
    // The reload gives way between its steps: questions asked meanwhile get the whole old version.
    let meanwhile = 0;
    while (!done) {
      expect(ferry()).not.toContain('ferry returned');
      meanwhile++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(meanwhile).toBeGreaterThan(1);
    expect(await reload).toEqual([{ level: 'info', message: 'reloaded story harbour' }]);
    expect(ferry()).toContain('The first ferry returned on Friday');
    // The school folder was not named: its edit waits for a reload that reads it (SIGHUP reads all).
    expect(app.stories.find((s) => s.id === 'school')!.article).not.toContain('Pupils');
    expect(await app.reload()).toEqual([{ level: 'info', message: 'reloaded story school' }]);
  });

  it('keeps the last good version when article.txt is removed, and skips a folder that was never a good story', async () => {
    const dir = knowledge();
    dirs.push(dir);
    const app = createLiveApp(dir);
    rmSync(join(dir, 'school', 'article.txt'));
    expect(await app.reload()).toEqual([{ level: 'warn', message: expect.stringMatching(/school\/article\.txt: is missing .*; the last good version keeps answering$/) }]);
    expect(app.run('ask', { question: 'when was the roof repaired' }, { story: 'school' }).items[0]!.text).toContain('July');
    mkdirSync(join(dir, 'empty'));
    writeFileSync(join(dir, 'empty', 'article.txt'), '\n');
    expect(await app.reload(['empty'])).toEqual([{ level: 'warn', message: expect.stringMatching(/empty\/article\.txt: is empty; the story is skipped$/) }]);
    expect(await app.reload()).toEqual([]);
    expect(app.stories.map((s) => s.id)).toEqual(['harbour', 'school']);
  });

  it('tells a button made before an edit that its story has changed', async () => {
    const dir = knowledge();
    dirs.push(dir);
    const app = createLiveApp(dir);
    const router = createRouter(app, { logger: createLogger({ level: 'silent' }), cooldownSeconds: 0 });
    const answer = router.command('u', 'ask', [{ name: 'question', value: 'when did the harbour reopen' }]);
    const paragraph = (answer.data.components?.[0] as { components: { custom_id: string }[] }).components[0]!.custom_id;
    expect(router.button('u', paragraph).data.embeds).toBeDefined();
    appendFileSync(join(dir, 'harbour', 'article.txt'), 'A second ferry is due on Sunday.\n');
    await app.reload();
    expect(router.button('u', paragraph).data.content).toBe('The story this button belongs to has changed since. Please ask again.');
  });

  it('is followed by a running console: an added sentence is answered within seconds', async () => {
    const dir = knowledge();
    dirs.push(dir);
    const env: Record<string, string | undefined> = { ...process.env, KNOWLEDGE_DIR: dir, STORY: '' };
    delete env.DISCORD_TOKEN;
    const child: ChildProcess = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['src/main.ts'], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    try {
      await expect.poll(() => err, { timeout: 20_000 }).toContain('stories loaded');
      appendFileSync(join(dir, 'harbour', 'article.txt'), 'The first ferry returned on Friday, carrying 300 passengers.\n');
      await expect.poll(() => err, { timeout: 10_000 }).toContain('storybot: reloaded story harbour');
      child.stdin!.write('when did the ferry come back?\n');
      await expect.poll(() => out, { timeout: 10_000 }).toContain('The first ferry returned on Friday');
      // SIGHUP reloads too; with nothing changed it says nothing.
      child.kill('SIGHUP');
      child.stdin!.end();
      await new Promise((resolve) => child.on('exit', resolve));
      expect(err.match(/reloaded story/g)).toHaveLength(1);
    } finally {
      child.kill('SIGKILL');
    }
  }, 40_000);
});

describe('a reload of the search index', () => {
  it('keeps the indexes of the stories that did not change, and answers from the new text', async () => {
    const { buildStory } = await import('../src/knowledge/load.js');
    const { createRetriever, retrieverSteps } = await import('../src/search/index.js');
    const { runSteps } = await import('../src/steps.js');
    const a = buildStory({ id: 'a', article: 'The harbour reopened on Monday.' });
    const b = buildStory({ id: 'b', article: 'The school roof was repaired in July.' });
    const first = createRetriever([a, b]);
    const edited = buildStory({ id: 'a', article: 'The harbour reopened on Monday.\nThe ferry returned on Friday.' });
    const second = runSteps(retrieverSteps([edited, b], {}, first));
    expect(second.ask('when did the ferry return', { story: 'a' }).answer?.text).toBe('Friday');
    expect(second.ask('when was the roof repaired', { story: 'b' }).answer?.text).toBe('July');
    expect(first.ask('when did the ferry return', { story: 'a' }).answered).toBe(false);
    // Underneath, the unchanged story's index is the same one, in the same numbering of terms.
    const { buildCorpus } = await import('../src/search/corpus.js');
    const before = buildCorpus([a, b]);
    const after = buildCorpus([edited, b], before);
    expect(after.byId.get('b')).toBe(before.byId.get('b'));
    expect(after.byId.get('a')).not.toBe(before.byId.get('a'));
    expect(after.dictionary).toBe(before.dictionary);
  });
});

describe('a corpus brought up to date by reloads', () => {
  // Short stories sharing words, names and beginnings ("critic", "criticism"), each in a few versions.
  const versions: Record<string, string[]> = {
    harbour: [
      'The harbour reopened on Monday, port officials said.',
      'The harbour reopened on Monday, port officials said.\nHarbour master Alan Reeve said the ferry criticism was unfair.',
      'Critics said the harbour stayed shut until Friday.',
    ],
    school: ['The school roof was repaired in July, the council said.', 'Teacher Ruth Okafor said the school roof leaked again in October.'],
    bridge: ['Engineer Dana Pike said the bridge would reopen in May.', 'The bridge reopened in June; engineer Dana Pike criticised the delay.'],
    market: ['The market moved to the harbour in spring.', 'Traders said the market would stay by the harbour, critics said.'],
  };
  const questions = ['when did the harbour reopen', 'who criticised the delay', 'what did critics say', 'when was the roof repaired', 'where did the market move', 'who is Dana Pike'];

  it('answers every question exactly as a corpus built from nothing over the same stories', async () => {
    const fc = (await import('fast-check')).default;
    const { buildStory } = await import('../src/knowledge/load.js');
    const { createRetriever, retrieverSteps } = await import('../src/search/index.js');
    const { runSteps } = await import('../src/steps.js');
    const built = new Map<string, ReturnType<typeof buildStory>>();
    const story = (id: string, v: number) => {
      const key = `${id}#${v}`;
      if (!built.has(key)) built.set(key, buildStory({ id, article: versions[id]![v]! }));
      return built.get(key)!;
    };
    const ids = Object.keys(versions);
    // Each step sets a story to one of its versions, or retires it (-1).
    const step = fc.constantFrom(...ids).chain((id) => fc.tuple(fc.constant(id), fc.integer({ min: -1, max: versions[id]!.length - 1 })));
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 8 }), (steps) => {
        const now = new Map(ids.map((id) => [id, 0]));
        const stories = () => [...now].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, v]) => story(id, v));
        let retriever = createRetriever(stories());
        for (const [id, v] of steps) {
          if (v < 0) now.delete(id);
          else now.set(id, v);
          if (now.size === 0) return;
          retriever = runSteps(retrieverSteps(stories(), {}, retriever));
          const fresh = createRetriever(stories());
          for (const question of questions) {
            for (const scope of [undefined, ...now.keys()]) {
              const seen = (r: typeof retriever) => {
                const a = r.ask(question, { story: scope });
                return { hits: a.hits.map((h) => [h.story.id, h.passage.id, h.score]), answer: a.answer?.text, outcome: a.outcome, corrected: a.corrected };
              };
              expect({ question, scope, steps, ...seen(retriever) }).toEqual({ question, scope, steps, ...seen(fresh) });
            }
          }
        }
      }),
      { numRuns: 25 },
    );
  });
});
