/**
 * Fetching a page for add-story, as a careful client: a time limit, a size limit, HTML or plain
 * text only, redirects followed by hand (five at most) so that every address is checked, and no
 * request to a loopback, link-local or private address unless the operator allows it (the address
 * checked is the address connected to, so a name that resolves anew cannot slip past). The page is
 * read in the character encoding it declares (a byte-order mark, the Content-Type's charset, or a
 * <meta charset> early in the page, as browsers sniff it), UTF-8 when it declares none.
 */
import type { LookupAddress } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { TextDecoder } from '@exodus/bytes/encoding.js';
import sniffEncoding from 'html-encoding-sniffer';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { UsageError } from '../errors.js';

export interface FetchOptions {
  /** Whether an address may be asked at all (default: public addresses only). */
  allowed?: (address: string) => boolean;
  /** How long the page may take to arrive, headers and body (default 15 s). */
  timeoutMs?: number;
  /** The host's addresses (default: the system's resolver, dns.lookup); tests stand in a resolver of their own. */
  resolve?: Resolve;
}

type Resolve = (host: string) => Promise<LookupAddress[]>;

export interface Page {
  url: string;
  type: 'html' | 'text';
  body: string;
}

const TIMEOUT_MS = 15_000;
const MAX_BYTES = 5 * 1024 * 1024;
const MAX_REDIRECTS = 5;

/**
 * Addresses no story is fetched from unless --allow-private: loopback, private, link-local, unspecified;
 * and the same IPv4 addresses reached through NAT64 (64:ff9b::/96 carries an IPv4 address in its last
 * 32 bits, which a network's NAT64 gateway connects to: 64:ff9b::a9fe:a9fe is 169.254.169.254), and
 * the prefix kept for local NAT64 (64:ff9b:1::/48).
 */
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
  const [a, b, c, d] = net.split('.').map(Number) as [number, number, number, number];
  PRIVATE.addSubnet(`64:ff9b::${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`, 96 + bits, 'ipv6');
}
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['64:ff9b:1::', 48],
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

export async function fetchPage(source: string, { allowed = isPublicAddress, timeoutMs = TIMEOUT_MS, resolve = systemResolve }: FetchOptions = {}): Promise<Page> {
  let url = parseUrl(source);
  const signal = AbortSignal.timeout(timeoutMs);
  const failed = (where: string, err: unknown) =>
    new UsageError(`Could not fetch ${where}: ${signal.aborted ? `it did not arrive within ${timeoutMs / 1000} s` : (err as Error).message}.`);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const addresses = await checkHost(url, allowed, resolve);
    let res: IncomingMessage;
    try {
      res = await request(url, addresses, signal);
    } catch (err) {
      throw failed(url.href, err);
    }
    const status = res.statusCode ?? 0;
    const header = (name: string) => String(res.headers[name] ?? '');
    if (status >= 300 && status < 400 && header('location')) {
      res.destroy();
      url = parseUrl(new URL(header('location'), url).href);
      continue;
    }
    if (status < 200 || status >= 300) {
      res.destroy();
      throw new UsageError(`${url.href} answered ${status} ${res.statusMessage ?? ''}: no story there.`);
    }
    const mime = header('content-type').split(';')[0]!.trim().toLowerCase();
    if (mime !== 'text/html' && mime !== 'text/plain' && mime !== 'application/xhtml+xml') {
      res.destroy();
      throw new UsageError(`${url.href} is ${mime || 'of no stated type'}, not a web page or plain text.`);
    }
    const bytes = await readLimited(res, url.href, failed);
    const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(header('content-type'))?.[1];
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

function systemResolve(host: string): Promise<LookupAddress[]> {
  return lookup(host, { all: true });
}

/** The addresses the URL's host stands for, every one of them allowed; the request connects to these and no others. */
async function checkHost(url: URL, allowed: (address: string) => boolean, resolve: Resolve): Promise<LookupAddress[]> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const family = isIP(host);
  const addresses = family ? [{ address: host, family }] : await resolve(host).catch(() => []);
  if (addresses.length === 0) throw new UsageError(`Could not find ${url.hostname}.`);
  const refused = addresses.find((a) => !allowed(a.address));
  if (refused) throw new UsageError(`${url.href} leads to a private address (${refused.address}); pass --allow-private to fetch it anyway.`);
  return addresses;
}

/**
 * One GET of the URL, connected only to the addresses checkHost allowed: the socket's own name lookup is answered
 * from them, so a DNS server cannot answer a public address to the check and a private one to the connection
 * (DNS rebinding). The Host header and the TLS server name stay the URL's host. No shared agent, so no socket kept
 * alive from another fetch is reused. Resolves once the headers have arrived.
 */
function request(url: URL, addresses: LookupAddress[], signal: AbortSignal): Promise<IncomingMessage> {
  const pinned: LookupFunction = (_host, options, callback) => {
    const fitting = addresses.filter((a) => !options.family || a.family === options.family);
    if (fitting.length === 0) callback(Object.assign(new Error(`no address of family ${options.family}`), { code: 'ENOTFOUND' }), '');
    else if (options.all) callback(null, fitting);
    else callback(null, fitting[0]!.address, fitting[0]!.family);
  };
  const get = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    get(url, { agent: false, lookup: pinned, signal, headers: { accept: 'text/html, text/plain;q=0.9', 'user-agent': 'storybot' } }, resolve)
      .on('error', reject)
      .end();
  });
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

async function readLimited(res: IncomingMessage, where: string, failed: (where: string, err: unknown) => UsageError): Promise<Buffer> {
  const tooLarge = () => new UsageError(`${where} is larger than ${MAX_BYTES / 1024 / 1024} MB.`);
  if (Number(res.headers['content-length'] ?? 0) > MAX_BYTES) {
    res.destroy();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of res) {
      size += (chunk as Buffer).length;
      if (size > MAX_BYTES) throw tooLarge();
      chunks.push(chunk as Buffer);
    }
  } catch (err) {
    // The time limit (or a dropped connection) can strike while the page is still arriving.
    if (err instanceof UsageError) throw err;
    throw failed(where, err);
  } finally {
    res.destroy();
  }
  return Buffer.concat(chunks);
}
