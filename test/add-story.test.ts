/** add-story against a real local HTTP server serving news pages of our own making, and against files. */
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addStory } from '../src/add-story/main.js';
import { fetchPage, isPublicAddress } from '../src/add-story/fetch.js';
import { loadStory } from '../src/knowledge/load.js';
import { explainFailure, UsageError } from '../src/errors.js';
import { closeServer, listenLocally } from './local-server.js';

const PAGES = new URL('./fixtures/pages/', import.meta.url).pathname;
const news = readFileSync(join(PAGES, 'harbour-news.html'), 'utf8');

/** A page in windows-1252, its encoding declared only in a <meta>: é is one byte, “ ” are 0x93 0x94. */
const LATIN_PAGE = Buffer.concat([
  Buffer.from('<html><head><meta charset="windows-1252"></head><body>\n<p>The caf', 'latin1'),
  Buffer.from([0xe9]),
  Buffer.from(' on the quay reopened on Monday after the storm, its owner said.</p>\n<p>', 'latin1'),
  Buffer.from([0x93]),
  Buffer.from('We lost everything but the counter,', 'latin1'),
  Buffer.from([0x94]),
  Buffer.from(' said owner Ines Moreau.</p>\n<p>More than 200 people came to the reopening, the town hall said.</p>\n</body></html>', 'latin1'),
]);

describe('npm run add-story', () => {
  let server: Server;
  let base: string;
  const knowledge = mkdtempSync(join(tmpdir(), 'storybot-add-'));

  beforeAll(async () => {
    server = createServer((req, res) => {
      const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) => res.writeHead(status, { 'content-type': type, ...headers }).end(body);
      if (req.url === '/news') return send(200, 'text/html; charset=utf-8', news);
      if (req.url === '/bare') return send(200, 'text/html', readFileSync(join(PAGES, 'bare.html')));
      if (req.url === '/report.pdf') return send(200, 'application/pdf', '%PDF-1.4');
      if (req.url === '/huge') return send(200, 'text/html', Buffer.alloc(6 * 1024 * 1024, 97));
      if (req.url === '/endless') {
        // No Content-Length: the size is known only as the page arrives.
        res.writeHead(200, { 'content-type': 'text/html' });
        for (let i = 0; i < 6; i++) res.write(Buffer.alloc(1024 * 1024, 97));
        return res.end();
      }
      if (req.url === '/trickle') {
        // Headers at once, then a word a second: the page never finishes arriving.
        res.writeHead(200, { 'content-type': 'text/plain' });
        const timer = setInterval(() => res.write('word '), 1000);
        res.on('close', () => clearInterval(timer));
        return res.write('word ');
      }
      if (req.url === '/silent') return; // Never a header.
      // The same page in an older encoding, declared in a <meta> (as many older sites do) or in the Content-Type.
      if (req.url === '/latin') return send(200, 'text/html', LATIN_PAGE);
      if (req.url === '/korean') return send(200, 'text/html; charset=ISO-2022-KR', '<p>hello</p>');
      if (req.url === '/latin.txt') return send(200, 'text/plain; charset=ISO-8859-1', Buffer.from('Le café a rouvert lundi, a dit le maire.\n', 'latin1'));
      if (req.url === '/moved') return send(302, 'text/html', '', { location: 'http://10.1.2.3/secret' });
      return send(404, 'text/html', 'not here');
    });
    base = await listenLocally(server);
  });
  afterAll(async () => {
    await closeServer(server);
    rmSync(knowledge, { recursive: true, force: true });
  });

  it('makes a story of a news page: the article without page furniture, and what its metadata says', async () => {
    const summary = await addStory([`${base}/news`, '--knowledge', knowledge, '--id', 'port-elsby', '--allow-private']);
    expect(summary).toMatch(/^Added "Harbour crane collapse shuts Port Elsby for a week" as .*port-elsby\n {2}date: 2026-03-04 \(from JSON-LD\)/);
    const story = loadStory(join(knowledge, 'port-elsby'), 'port-elsby');
    expect(story.meta).toMatchObject({
      title: 'Harbour crane collapse shuts Port Elsby for a week',
      published: '2026-03-04',
      publishedInferred: false,
      outlet: 'The Coastal Gazette',
      author: 'Priya Nandakumar',
      url: 'https://gazette.example/news/port-elsby-crane',
    });
    expect(JSON.parse(readFileSync(join(knowledge, 'port-elsby', 'story.json'), 'utf8')).found).toMatchObject({ title: 'JSON-LD', url: 'Open Graph' });
    expect(story.paragraphs).toHaveLength(5);
    for (const furniture of ['Subscribe', 'Advertisement', 'Share on', 'Photo:', 'Berth 4 after', 'Related:', 'All rights reserved']) {
      expect(story.article).not.toContain(furniture);
    }
    // The words are the page's own.
    expect(story.article).toContain('“We have never seen a failure like this in thirty years,” Reeve told reporters at the quay.');
    expect(story.quotes.map((q) => q.text).join(' ')).toContain('We have never seen a failure like this in thirty years');
  });

  it('takes a page with no metadata, and a plain text file', async () => {
    await addStory([`${base}/bare`, '--knowledge', knowledge, '--id', 'fete', '--allow-private']);
    const fete = loadStory(join(knowledge, 'fete'), 'fete');
    expect(fete.paragraphs).toHaveLength(3);
    expect(fete.meta.published).toBeUndefined();
    const text = join(knowledge, '..', `storybot-add-text-${process.pid}.txt`);
    writeFileSync(text, 'First paragraph of the report.\n\nSecond paragraph, with more.\n');
    await addStory([text, '--knowledge', knowledge, '--id', 'report']);
    expect(loadStory(join(knowledge, 'report'), 'report').article).toBe('First paragraph of the report.\nSecond paragraph, with more.\n');
    rmSync(text);
  });

  it('leaves out a date a page gives that is no real day, and takes the next place that gives one', async () => {
    const page = (dates: string) =>
      `<!doctype html><html><head><title>Crane falls at the quay</title>${dates}</head><body><article>` +
      '<p>The harbour crane collapsed on Tuesday morning, the port authority said in a statement.</p>' +
      '<p>Nobody was hurt when the crane fell across the quay, said the harbour master, Jane Roe.</p>' +
      '<p>The port will stay shut for a week while engineers inspect the other cranes.</p></article></body></html>';
    const saved = join(knowledge, '..', `storybot-add-dates-${process.pid}.html`);
    try {
      // A publishing system's placeholder for an unset date, and a day February lacks: neither is the story's date.
      writeFileSync(saved, page('<meta property="article:published_time" content="0000-00-00T00:00:00+00:00">'));
      expect(await addStory([saved, '--knowledge', knowledge, '--id', 'undated'])).toMatch(/\n {2}date: not found\n/);
      expect(loadStory(join(knowledge, 'undated'), 'undated').meta.published).toBeUndefined();
      writeFileSync(saved, page('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-02-30"}</script><meta name="date" content="2026-03-04">'));
      expect(await addStory([saved, '--knowledge', knowledge, '--id', 'dated'])).toMatch(/\n {2}date: 2026-03-04 \(from meta\)\n/);
    } finally {
      rmSync(saved);
    }
  });

  it('refuses, in one line each: a 404, a type that is no page, a page too large, a private address, an existing id', async () => {
    const add = (path: string, ...more: string[]) => addStory([`${base}${path}`, '--knowledge', knowledge, '--allow-private', ...more]);
    await expect(add('/gone')).rejects.toThrow(/answered 404 Not Found: no story there\.$/);
    await expect(add('/report.pdf')).rejects.toThrow(/is application\/pdf, not a web page or plain text\.$/);
    await expect(add('/huge')).rejects.toThrow(/is larger than 5 MB\.$/);
    await expect(add('/endless')).rejects.toThrow(/is larger than 5 MB\.$/);
    await expect(addStory([`${base}/news`, '--knowledge', knowledge])).rejects.toThrow(/leads to a private address \(127\.0\.0\.1\); pass --allow-private/);
    await expect(add('/news', '--id', 'port-elsby')).rejects.toThrow(/already holds a story; choose another --id\.$/);
    await expect(addStory(['ftp://example.com/x', '--knowledge', knowledge])).rejects.toThrow(/is not an http or https address\.$/);
  });

  it('refuses in one line a folder as SOURCE, and a --knowledge it cannot write into', async () => {
    await expect(addStory([knowledge, '--knowledge', knowledge])).rejects.toThrow(new UsageError(`${knowledge} is a folder; give a web address, an HTML file or a text file.`));
    const text = join(knowledge, '..', `storybot-add-file-${process.pid}.txt`);
    writeFileSync(text, 'The crane at Berth 4 fell on Tuesday.\n');
    try {
      const failure = await addStory([text, '--knowledge', text, '--id', 'crane']).catch((err: unknown) => err);
      expect(explainFailure(failure)).toEqual({ message: `cannot write ${join(text, 'crane')}: part of the path is not a folder`, code: 1 });
    } finally {
      rmSync(text);
    }
  });

  it('reads a page in the encoding it declares, in a <meta> or in its Content-Type', async () => {
    expect((await fetchPage(`${base}/latin`, { allowed: () => true })).body).toContain('The café on the quay reopened on Monday');
    await addStory([`${base}/latin`, '--knowledge', knowledge, '--id', 'cafe', '--allow-private']);
    const cafe = loadStory(join(knowledge, 'cafe'), 'cafe');
    expect(cafe.article).toContain('“We lost everything but the counter,” said owner Ines Moreau.');
    expect(cafe.quotes.map((q) => q.text).join(' ')).toContain('We lost everything but the counter');
    expect((await fetchPage(`${base}/latin.txt`, { allowed: () => true })).body).toBe('Le café a rouvert lundi, a dit le maire.\n');
    // A page saved to a file keeps its <meta charset> too.
    const saved = join(knowledge, '..', `storybot-add-latin-${process.pid}.html`);
    writeFileSync(saved, LATIN_PAGE);
    await addStory([saved, '--knowledge', knowledge, '--id', 'cafe-saved']);
    expect(loadStory(join(knowledge, 'cafe-saved'), 'cafe-saved').article).toContain('“We lost everything but the counter,” said owner Ines Moreau.');
    rmSync(saved);
    // An encoding the web reads as no text at all is refused in one line, from a page or a file.
    await expect(addStory([`${base}/korean`, '--knowledge', knowledge, '--id', 'korean', '--allow-private'])).rejects.toThrow(
      new UsageError(`${base}/korean is in an encoding storybot cannot read (ISO-2022-KR).`),
    );
    const korean = join(knowledge, '..', `storybot-add-korean-${process.pid}.html`);
    writeFileSync(korean, '<meta charset="iso-2022-kr"><p>hello</p>');
    await expect(addStory([korean, '--knowledge', knowledge, '--id', 'korean'])).rejects.toThrow(UsageError);
    rmSync(korean);
    expect(existsSync(join(knowledge, 'korean'))).toBe(false);
  });

  it('gives up in one line on a page that never finishes arriving', async () => {
    const started = performance.now();
    const failure = await fetchPage(`${base}/trickle`, { allowed: () => true, timeoutMs: 1500 }).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(UsageError);
    expect((failure as Error).message).toBe(`Could not fetch ${base}/trickle: it did not arrive within 1.5 s.`);
    expect(performance.now() - started).toBeLessThan(5000);
    // Said the same way when not even the headers come.
    await expect(fetchPage(`${base}/silent`, { allowed: () => true, timeoutMs: 500 })).rejects.toThrow(new UsageError(`Could not fetch ${base}/silent: it did not arrive within 0.5 s.`));
  });

  it('connects only to the address it checked, however the name resolves a second time (DNS rebinding)', async () => {
    // Two real servers on one port: the allowed one on 127.0.0.1 and an 'internal' one on 127.0.0.2. A hostile
    // name server (the one stand-in: none can run here) answers the allowed address first and the internal one after.
    const hosts: string[] = [];
    const allowedServer = createServer((req, res) => {
      hosts.push(req.headers.host ?? '');
      if (req.url === '/hop') return res.writeHead(302, { location: `http://elsewhere.rebind.test:${port}/news` }).end();
      res.writeHead(200, { 'content-type': 'text/plain' }).end('the allowed page');
    });
    let internalHits = 0;
    const internal = createServer((_req, res) => {
      internalHits++;
      res.writeHead(200, { 'content-type': 'text/plain' }).end('the internal secret');
    });
    const port = Number(new URL(await listenLocally(allowedServer)).port);
    internal.listen(port, '127.0.0.2');
    await once(internal, 'listening');
    const asked: string[] = [];
    const hostile = async (host: string) => {
      asked.push(host);
      return [{ address: asked.length === 1 ? '127.0.0.1' : '127.0.0.2', family: 4 }];
    };
    const options = { allowed: (a: string) => a === '127.0.0.1', resolve: hostile };
    try {
      const page = await fetchPage(`http://news.rebind.test:${port}/news`, options);
      expect(page.body).toBe('the allowed page');
      expect(hosts).toEqual([`news.rebind.test:${port}`]);
      expect(asked).toEqual(['news.rebind.test']);
      // A redirect's host is looked up and checked anew, and the answer that is checked is the one connected to.
      asked.length = 0;
      await expect(fetchPage(`http://news.rebind.test:${port}/hop`, options)).rejects.toThrow(
        new UsageError(`http://elsewhere.rebind.test:${port}/news leads to a private address (127.0.0.2); pass --allow-private to fetch it anyway.`),
      );
      expect(asked).toEqual(['news.rebind.test', 'elsewhere.rebind.test']);
      expect(internalHits).toBe(0);
    } finally {
      await closeServer(allowedServer);
      await closeServer(internal);
    }
  });

  it('checks every address a redirect leads to', async () => {
    // This server is allowed; the private address it redirects to is not.
    await expect(fetchPage(`${base}/moved`, { allowed: (a) => a === '127.0.0.1' })).rejects.toThrow('http://10.1.2.3/secret leads to a private address (10.1.2.3)');
    expect(['127.0.0.1', '10.1.2.3', '192.168.1.1', '169.254.169.254', '::1', 'fe80::1', '::ffff:10.0.0.1'].map(isPublicAddress)).toEqual([false, false, false, false, false, false, false]);
    expect(['93.184.216.34', '2606:2800:220:1::'].map(isPublicAddress)).toEqual([true, true]);
  });

  it('refuses a private IPv4 address reached through NAT64, and takes a public one', async () => {
    // 64:ff9b::/96 ends in an IPv4 address the network's NAT64 gateway connects to (RFC 6052).
    expect(['64:ff9b::a9fe:a9fe', '64:ff9b::a00:1', '64:ff9b::7f00:1', '64:ff9b::c0a8:101', '64:ff9b::ac1f:ffff', '64:ff9b:1::5db8:d822'].map(isPublicAddress)).toEqual([false, false, false, false, false, false]);
    expect(['64:ff9b::5db8:d822', '64:ff9b::ac20:1'].map(isPublicAddress)).toEqual([true, true]);
    // As a web address (169.254.169.254, a cloud's metadata service), refused before any connection.
    await expect(fetchPage('http://[64:ff9b::a9fe:a9fe]/latest/meta-data/')).rejects.toThrow(
      new UsageError('http://[64:ff9b::a9fe:a9fe]/latest/meta-data/ leads to a private address (64:ff9b::a9fe:a9fe); pass --allow-private to fetch it anyway.'),
    );
  });
});
