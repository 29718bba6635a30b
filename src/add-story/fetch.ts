/**
 * Fetching a page for add-story, as a careful client: a time limit, a size limit, HTML or plain
 * text only, redirects followed by hand (five at most) so that every address is checked, and no
 * request to a loopback, link-local or private address unless the operator allows it. The page is
 * read in the character encoding it declares (a byte-order mark, the Content-Type's charset, or a
 * <meta charset> early in the page, as browsers sniff it), UTF-8 when it declares none.
 */
import { lookup } from 'node:dns/promises';
import { TextDecoder } from '@exodus/bytes/encoding.js';
import sniffEncoding from 'html-encoding-sniffer';
import { BlockList, isIP } from 'node:net';
import { UsageError } from '../errors.js';

export interface FetchOptions {
  /** Whether an address may be asked at all (default: public addresses only). */
  allowed?: (address: string) => boolean;
  /** How long the page may take to arrive, headers and body (default 15 s). */
  timeoutMs?: number;
}

export interface Page {
  url: string;
  type: 'html' | 'text';
  body: string;
}

const TIMEOUT_MS = 15_000;
const MAX_BYTES = 5 * 1024 * 1024;
const MAX_REDIRECTS = 5;

/** Addresses no story is fetched from unless --allow-private: loopback, private, link-local, unspecified. */
const PRIVATE = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const) {
  PRIVATE.addSubnet(net, bits, 'ipv4');
}
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
] as const) {
  PRIVATE.addSubnet(net, bits, 'ipv6');
}

export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return !PRIVATE.check(mapped, 'ipv4');
  return !PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export async function fetchPage(source: string, { allowed = isPublicAddress, timeoutMs = TIMEOUT_MS }: FetchOptions = {}): Promise<Page> {
  let url = parseUrl(source);
  const signal = AbortSignal.timeout(timeoutMs);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    await checkHost(url, allowed);
    let res: Response;
    try {
      res = await fetch(url, { redirect: 'manual', signal, headers: { accept: 'text/html, text/plain;q=0.9' } });
    } catch (err) {
      const reason = (err as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : (err as Error).message;
      throw new UsageError(`Could not fetch ${url.href}: ${reason}.`);
    }
    if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
      await res.body?.cancel();
      url = parseUrl(new URL(res.headers.get('location')!, url).href);
      continue;
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new UsageError(`${url.href} answered ${res.status} ${res.statusText}: no story there.`);
    }
    const mime = (res.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (mime !== 'text/html' && mime !== 'text/plain' && mime !== 'application/xhtml+xml') {
      await res.body?.cancel();
      throw new UsageError(`${url.href} is ${mime || 'of no stated type'}, not a web page or plain text.`);
    }
    const bytes = await readLimited(res, url.href, timeoutMs);
    const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(res.headers.get('content-type') ?? '')?.[1];
    return { url: url.href, type: mime === 'text/plain' ? 'text' : 'html', body: decodePage(bytes, url.href, charset) };
  }
  throw new UsageError(`${source} redirects more than ${MAX_REDIRECTS} times.`);
}

function parseUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`"${text}" is neither a file nor a web address.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`${url.href} is not an http or https address.`);
  return url;
}

async function checkHost(url: URL, allowed: (address: string) => boolean): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true }).catch(() => [])).map((a) => a.address);
  if (addresses.length === 0) throw new UsageError(`Could not find ${url.hostname}.`);
  const refused = addresses.find((a) => !allowed(a));
  if (refused) throw new UsageError(`${url.href} leads to a private address (${refused}); pass --allow-private to fetch it anyway.`);
}

/**
 * A page's text, in the encoding it declares (a fetched page's Content-Type gives `charset`), UTF-8 when it declares
 * none; a UsageError for an encoding the web reads as no text at all ("replacement": ISO-2022-KR, HZ-GB-2312).
 */
export function decodePage(bytes: Uint8Array, where: string, charset?: string): string {
  const encoding = sniffEncoding(bytes, { defaultEncoding: 'UTF-8', ...(charset && { transportLayerEncodingLabel: charset }) });
  try {
    // (Node's own TextDecoder reads "windows-1252" as Latin-1, turning its curly quotes into control characters.)
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    throw new UsageError(`${where} is in an encoding storybot cannot read (${charset ?? encoding}).`);
  }
}

async function readLimited(res: Response, where: string, timeoutMs: number): Promise<Buffer> {
  const tooLarge = () => new UsageError(`${where} is larger than ${MAX_BYTES / 1024 / 1024} MB.`);
  if (Number(res.headers.get('content-length') ?? 0) > MAX_BYTES) {
    await res.body?.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of res.body ?? []) {
      size += (chunk as Uint8Array).length;
      if (size > MAX_BYTES) throw tooLarge();
      chunks.push(chunk as Uint8Array);
    }
  } catch (err) {
    // The time limit (or a dropped connection) can strike while the page is still arriving.
    if (err instanceof UsageError) throw err;
    const reason = (err as Error).name === 'TimeoutError' ? `it did not arrive within ${timeoutMs / 1000} s` : (err as Error).message;
    throw new UsageError(`Could not fetch ${where}: ${reason}.`);
  }
  return Buffer.concat(chunks);
}
