/** Every command's handler, through App, on the seed story. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp, createAppFromStories } from '../src/app.js';
import { buildStory, loadStory } from '../src/knowledge/load.js';
import { createRetriever } from '../src/search/index.js';
import type { Reply } from '../src/reply/reply.js';
import { paragraphReply, passagesReply } from '../commands/views.js';
import { UsageError } from '../src/errors.js';
import { SEED_TIMELINE } from './fixtures/seed-timeline.js';

const app = createApp(new URL('../knowledge', import.meta.url).pathname);
const article = readFileSync(new URL('../knowledge/seed/article.txt', import.meta.url), 'utf8');

function run(command: string, options: Record<string, string> = {}): Reply {
  const reply = app.run(command, options);
  // storybot never invents text: whatever it quotes stands in the article.
  for (const item of reply.items) expect(article).toContain(item.text);
  return reply;
}

describe('/ask', () => {
  it('says what the story says was kept back, in its words, when that is why it does not answer', () => {
    const yard =
      'OSLO, March 3 (Reuters) - A Norwegian shipbuilder said on Tuesday it had sold its Bergen yard to a private equity group, but declined to say how much the buyer paid.\n\n' +
      'The yard employs about 800 people and will keep building ferries, its chief executive told reporters.';
    const reply = createAppFromStories([buildStory({ id: 'yard', article: yard })]).run('ask', { question: 'how much did the buyer pay' });
    expect(reply.data).toMatchObject({ answered: false, withheld: { text: 'declined to say how much the buyer paid', paragraph: 1 } });
    expect(reply.lead).toBe('The story doesn\'t answer “how much did the buyer pay”: it says “declined to say how much the buyer paid” (¶1).');
    // The passage that says so leads, with those words marked, verbatim.
    const first = reply.items[0]!;
    expect(first.text.slice(first.mark!.start, first.mark!.end)).toBe('declined to say how much the buyer paid');
    expect(yard).toContain(first.text);
    // A question not restated (it does not open with a question word) still reads right.
    const plain = createAppFromStories([buildStory({ id: 'yard', article: yard })]).run('ask', { question: 'tell me how much the buyer paid' });
    expect(plain.lead).toBe('The story doesn\'t give it: it says “declined to say how much the buyer paid” (¶1).');
  });

  it('quotes the answering passage first, placed in the story', () => {
    const reply = run('ask', { question: 'What base hosted the Alaska meeting?' });
    expect(reply.data.answered).toBe(true);
    expect(reply.items[0]!.text).toContain('Joint Base Elmendorf-Richardson');
    expect(reply.items[0]!.place).toMatchObject({ story: 'seed', paragraph: 2, date: '2025-08-15' });
  });

  it('credits the outlet a passage cites', () => {
    const reply = run('ask', { question: 'What did Zelensky tell ABC News about the summit?' });
    expect(reply.items[0]!.place.source).toBe('ABC News');
  });

  it('says so when the story does not answer', () => {
    const reply = run('ask', { question: 'Who won the football world cup final?' });
    expect(reply.data.answered).toBe(false);
    expect(reply.lead).toMatch(/^The story doesn't mention “football”, “world”, “cup” or “final”\./);
  });
});

describe('/ask over several stories', () => {
  const knowledge = new URL('../eval/knowledge/', import.meta.url).pathname;
  const [rowing, runway] = ['rowing-federation', 'runway-incursion'].map((id) => loadStory(join(knowledge, id), id));

  it('says in one line that no story mentions what none holds a word of, whichever story was loaded first', () => {
    for (const stories of [
      [rowing!, runway!],
      [runway!, rowing!],
    ]) {
      expect(createRetriever(stories).ask('Who was the judge?')).toMatchObject({ outcome: 'unknown', answered: false, hits: [], missing: ['judge'], about: [] });
      // A question of vague words only asks about a story's own subject: among several, of none.
      expect(createRetriever(stories).ask('how heavy was it')).toMatchObject({ outcome: 'unknown', hits: [], missing: [], about: [] });
      const reply = createAppFromStories(stories).run('ask', { question: 'Who was the judge?' });
      expect(reply).toMatchObject({ lead: "The stories don't mention “judge”. /story tells what the stories cover.", items: [] });
    }
  });
});

describe('/timeline', () => {
  it('lists the dated events in order, with at least the development timeline', () => {
    const reply = run('timeline');
    const events = reply.data.events as { date: string; text: string }[];
    const dates = events.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
    for (const want of SEED_TIMELINE) {
      expect(events.some((e) => e.date === want.date && e.text.includes(want.a))).toBe(true);
    }
    expect(reply.items.map((i) => i.heading)).toEqual(dates);
  });
});

describe('/quote', () => {
  it('finds a speaker by a loose name and gives the whole quotation', () => {
    const reply = run('quote', { speaker: 'tusk' });
    const quotes = reply.data.quotes as { speaker: string; text: string }[];
    expect(quotes).toEqual([
      expect.objectContaining({
        speaker: 'Donald Tusk',
        text: 'We would also wish that the drone attack on Poland was a mistake. But it wasn’t. And we know it',
      }),
    ]);
  });

  it('tolerates a misspelt name, and titles the quotes with the name the story gives', () => {
    const reply = run('quote', { speaker: 'Zelenski' });
    const quotes = reply.data.quotes as { speaker: string; text: string }[];
    expect(quotes.map((q) => q.text)).toContain('what he wanted');
    expect(new Set(quotes.map((q) => q.speaker)).size).toBe(1);
    expect(reply.title).toBe(`Quotes by ${quotes[0]!.speaker}`);
  });

  it('heads each quotation with the speaker and the role the article gives them', () => {
    const reply = run('quote', { speaker: 'peskov' });
    const peskov = app.stories[0]!.entities.find((e) => e.name.endsWith('Peskov'))!;
    expect(peskov.role).toBeTruthy();
    expect(reply.items.map((i) => i.heading)).toContain(`${peskov.name}, ${peskov.role}`);
  });

  it('narrows by topic', () => {
    const quotes = run('quote', { about: 'drone attack' }).data.quotes as { text: string }[];
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.some((q) => q.text.includes('drone attack on Poland'))).toBe(true);
    expect(quotes.some((q) => q.text.includes('running out fast'))).toBe(false);
  });

  it('asks "did you mean" with the quoted names a few typos away, keeping the topic', () => {
    const reply = run('quote', { speaker: 'tsuk', about: 'drones' });
    expect(reply.error).toBe('No one called "tsuk" is quoted in the story. Did you mean Donald Tusk?');
    expect(reply.suggestions).toEqual([{ label: 'Donald Tusk', command: 'quote', options: { speaker: 'Donald Tusk', about: 'drones' } }]);
    // Small words name no one: "the" in "the president" suggests nobody.
    expect(run('quote', { speaker: 'the spokesmn' }).suggestions).toEqual([]);
  });

  it('finds no quotation about a topic the story never mentions', () => {
    expect(run('quote', { about: 'weather' }).items).toEqual([]);
  });

  it('asks "did you mean" for a sanctions focus that is a name mistyped, never for one it knows', () => {
    const reply = run('sanctions', { focus: 'chnia' });
    expect(reply.items).toEqual([]);
    expect(reply.lead).toMatch(/Did you mean China\?$/);
    expect(reply.suggestions).toEqual([{ label: 'China', command: 'sanctions', options: { focus: 'China' } }]);
    expect(run('sanctions', { focus: 'China' }).items.length).toBeGreaterThan(0);
    // A name the story knows, but not in its sanctions passages: no "did you mean" it.
    for (const focus of ['Alaska', 'Pesko']) expect(run('sanctions', { focus }).suggestions, focus).toBeUndefined();
  });

  it('takes a name that says nothing by itself ("a", ".", "the") only as a name that is exactly it', () => {
    // Found by asking /who name:a (Ukraine), /who name:. (U.S.), /quote speaker:the (Trump, through
    // the alias "the president") and /sanctions focus:a: fuse.js found the text inside any name.
    for (const name of ['a', '.', 'the', 'of the']) expect(run('who', { name }).error, name).toMatch(/^The story names no one like /);
    expect(run('quote', { speaker: 'the' }).error).toMatch(/^No one called "the" is quoted in the story\./);
    expect(run('sanctions', { focus: 'a' }).items).toEqual([]);
    // Names and completion are as they were: a letter typed still offers the names that hold it.
    expect(run('who', { name: 'tusk' }).title).toBe('Donald Tusk');
    expect(app.complete('who', 'name', 'a').length).toBeGreaterThan(0);
  });

  it('answers politely when no such speaker is quoted', () => {
    const reply = run('quote', { speaker: 'Napoleon' });
    expect(reply.error).toMatch(/No one called "Napoleon" is quoted in the story\. Quoted: .*Donald Tusk/);
  });

  it('suggests quoted speakers as the user types', () => {
    expect(app.complete('quote', 'speaker', 'tus')[0]).toEqual({ name: 'Donald Tusk', value: 'Donald Tusk' });
  });
});

describe('/sanctions', () => {
  it('narrows to a measure the story names, as its own option suggests ("oil"), not to a name near it', () => {
    // Found by trying the option's example: "oil" was a few letters from "Polish", so it narrowed to Poland and found nothing.
    const texts = run('sanctions', { focus: 'oil' }).items.map((i) => i.text);
    expect(texts.some((t) => t.includes('sanctions targeting banks, oil, and tariffs'))).toBe(true);
    expect(texts.some((t) => t.includes('STOP BUYING OIL FROM RUSSIA'))).toBe(true);
    expect(texts.every((t) => /\boil/i.test(t))).toBe(true);
  });

  it('gathers what the story says about sanctions, tariffs and oil purchases, in story order', () => {
    const reply = run('sanctions');
    const ids = reply.items.map((i) => i.place.passage);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    const text = reply.items.map((i) => i.text).join('\n');
    for (const phrase of ['sanctions targeting banks, oil, and tariffs', 'tariffs against India', 'STOP BUYING OIL FROM RUSSIA']) {
      expect(text).toContain(phrase);
    }
    expect(text).not.toContain('Joint Base Elmendorf-Richardson');
  });

  it('narrows to a focus', () => {
    const items = run('sanctions', { focus: 'China' }).items;
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.text).toContain('China');
  });

  it('says so when nothing matches the focus', () => {
    expect(run('sanctions', { focus: 'Antarctica' }).lead).toMatch(/says nothing about/);
  });
});

describe('/who', () => {
  it('gives the role and the passages about a person', () => {
    const reply = run('who', { name: 'tusk' });
    expect(reply.data).toMatchObject({ name: 'Donald Tusk', role: 'Polish Prime Minister', kind: 'person' });
    expect(reply.items.some((i) => i.text.includes('Tusk directly rebutted'))).toBe(true);
  });

  it('answers politely for an unknown name', () => {
    expect(run('who', { name: 'Zzyzx' }).error).toMatch(/names no one like "Zzyzx"/);
  });
});

describe('/sources', () => {
  it('lists each credited outlet and platform with what it reported', () => {
    const reply = run('sources');
    const sources = reply.data.sources as { name: string; kind: string }[];
    expect(sources).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Axios', kind: 'outlet' }),
        expect.objectContaining({ name: 'Fox News', kind: 'outlet' }),
        expect.objectContaining({ name: 'ABC News', kind: 'outlet' }),
        expect.objectContaining({ name: 'Truth Social', kind: 'platform' }),
      ]),
    );
    const fox = reply.items.find((i) => i.heading === 'Fox News');
    expect(fox?.text).toContain('running out fast');
  });
});

describe('/story and /help', () => {
  it('describes the story, saying its date is inferred', () => {
    const reply = run('story');
    expect(reply.lines).toContain('Date: 2025-09-14 (inferred from the text, not printed with it)');
    expect(reply.data.stories).toEqual([expect.objectContaining({ id: 'seed', paragraphs: 9 })]);
  });

  it('counts one of a thing in the singular', () => {
    const article = 'Mayor Ana Lopez told Reuters on Tuesday that the river was "rising fast."';
    const one = createAppFromStories([buildStory({ id: 'one', article, meta: { published: '2025-03-06' } })]);
    expect(one.run('story').lines).toContain(
      'Size: 1 paragraph, 1 passage, 13 words; 1 quotation, 1 dated event, 1 credited source',
    );
    expect(run('story').lines).toContain('Size: 9 paragraphs, 16 passages, 482 words; 9 quotations, 6 dated events, 4 credited sources');
  });

  it('explains every command and how to use DMs and channels', () => {
    const text = (run('help').lines ?? []).join('\n');
    for (const name of app.commands.keys()) expect(text).toContain(`/${name}`);
    expect(text).toMatch(/direct message/);
    expect(text).toMatch(/mention/);
  });
});

describe('a second story works the same', () => {
  const flood = createApp(new URL('./fixtures/stories', import.meta.url).pathname);
  const text = readFileSync(new URL('./fixtures/stories/eastfield-flood/article.txt', import.meta.url), 'utf8');
  const ask = (question: string) => flood.run('ask', { question });

  it('answers questions from its own passages', () => {
    expect(ask('How high did the river crest?').items[0]!.text).toContain('31.4 feet');
    expect(ask('who asked FEMA for a disaster declaration').items[0]!.place).toMatchObject({ paragraph: 7, speaker: 'Tom Reilly' });
    expect(ask('What is the capital of Peru?').data.answered).toBe(false);
  });

  it('dates its events, past and future, in order', () => {
    const events = flood.run('timeline').data.events as { date: string; text: string }[];
    expect(events.map((e) => e.date)).toEqual(expect.arrayContaining(['1997', '2008-06', '2026-03-03', '2026-04-14', '2027-10']));
    for (const e of events) expect(text).toContain(e.text);
  });

  it('quotes and describes its own people', () => {
    const quotes = flood.run('quote', { speaker: 'roe' }).data.quotes as { speaker: string; text: string }[];
    expect(quotes).toEqual([expect.objectContaining({ speaker: 'Jane Roe', text: expect.stringMatching(/^Some neighborhoods .* neighbors$/) })]);
    expect(flood.run('who', { name: 'vasquez' }).data).toMatchObject({ name: 'Elena Vasquez', role: 'Mayor' });
  });

  it('says plainly that a flood story has nothing on sanctions', () => {
    const reply = flood.run('sanctions');
    expect(reply.items).toEqual([]);
    expect(reply.lead).toBe('The story says nothing about sanctions, tariffs and oil purchases.');
  });
});

describe('option checks', () => {
  it('count user-perceived characters, not UTF-16 units', () => {
    expect(() => app.run('ask', { question: '👍'.repeat(300) })).not.toThrow();
    expect(() => app.run('ask', { question: 'e\u0301'.repeat(500) })).not.toThrow();
    expect(() => app.run('ask', { question: '👍🏽'.repeat(501) })).toThrow(
      'question is too long (501 characters; at most 500). Please ask something shorter.',
    );
  });

  it('take private as true or false in words, and refuse anything else', () => {
    for (const value of ['true', 'YES', '1', 'on', 'false', 'No', '0', 'off']) {
      expect(app.run('story', { private: value }).title).toBe('About the story');
    }
    expect(() => app.run('story', { private: 'maybe' })).toThrow('private must be true or false, not "maybe".');
    expect(() => app.run('story', { private: '' })).toThrow('private must be true or false, not "".');
  });
});

describe('/who', () => {
  const article =
    'Norwegian ships left the harbour on Monday. Officials in Norway said the route was safe.\n' +
    'Captain Eva Lund told Bloomberg that the ice had gone. Sweden said nothing.';
  const short = createAppFromStories([buildStory({ id: 'short', article, meta: { published: '2026-03-12' } })]);

  it('connects a country with its demonym', () => {
    const reply = short.run('who', { name: 'Norway' });
    expect(reply.data).toMatchObject({ name: 'Norway', kind: 'place', aliases: ['Norwegian'] });
    expect(reply.items.map((i) => i.text)).toEqual(['Norwegian ships left the harbour on Monday.', 'Officials in Norway said the route was safe.']);
    expect(short.run('who', { name: 'norwegian' }).data.name).toBe('Norway');
    expect(run('who', { name: 'Poland' }).items.some((i) => i.text.startsWith('Polish Prime Minister'))).toBe(true);
  });

  it('finds a credited outlet, with the passages that credit it', () => {
    const reply = short.run('who', { name: 'bloomberg' });
    expect(reply.data).toMatchObject({ name: 'Bloomberg', kind: 'outlet', role: null });
    expect(reply.lines).toEqual(['Bloomberg (news outlet the story credits, in 1 passage)']);
    expect(reply.items.map((i) => i.text)).toEqual(['Captain Eva Lund told Bloomberg that the ice had gone.']);
    expect(run('who', { name: 'Axios' }).items[0]!.text).toContain('told Axios');
  });

  it('asks "did you mean" with the names a few typos away, as requests it can run', () => {
    const reply = run('who', { name: 'tsuk' });
    expect(reply.error).toBe('The story names no one like "tsuk". Did you mean Donald Tusk?');
    expect(reply.suggestions).toEqual([{ label: 'Donald Tusk', command: 'who', options: { name: 'Donald Tusk' } }]);
    // Nothing near: the names there are, and nothing to run.
    expect(run('who', { name: 'xyzzy' }).suggestions).toEqual([]);
  });
});

describe('what a button shows (commands/views.ts)', () => {
  const story = app.stories[0]!;

  it('gives a whole paragraph verbatim, placed, and refuses one the story does not have', () => {
    const reply = paragraphReply(story, 2);
    expect(reply.items).toHaveLength(1);
    expect(reply.items[0]!.text).toBe(story.paragraphs[1]!.text);
    expect(article).toContain(reply.items[0]!.text);
    expect(reply.items[0]!.place).toMatchObject({ story: story.id, paragraph: 2 });
    expect(() => paragraphReply(story, story.paragraphs.length + 1)).toThrow(UsageError);
  });

  it('gives the passages a "More" button carried, each in its own place', () => {
    const reply = passagesReply([3, 0].map((passage) => ({ story, passage })));
    expect(reply.items.map((i) => i.text)).toEqual([story.passages[3]!.text, story.passages[0]!.text]);
    expect(reply.items.map((i) => i.place.passage)).toEqual([3, 0]);
  });
});
