/**
 * Discord signs every interaction it POSTs: Ed25519 over the timestamp header followed by the raw
 * body, checked against the application's public key (hex, from the developer portal). The
 * timestamp is signed too, so a request is only taken within a few minutes of it: a captured
 * request replayed later is refused.
 */
import { createPublicKey, type KeyObject, verify } from 'node:crypto';

/** How far, in seconds, a request's signed timestamp may stand from this machine's clock, either side. */
export const REPLAY_WINDOW_SECONDS = 5 * 60;

export function publicKeyFromHex(hex: string): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(hex, 'hex').toString('base64url') }, format: 'jwk' });
}

export function isSignedByDiscord(key: KeyObject, signature: string | undefined, timestamp: string | undefined, body: Buffer): boolean {
  if (!signature || !timestamp || !/^[0-9a-f]{128}$/i.test(signature)) return false;
  return verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), key, Buffer.from(signature, 'hex'));
}

/** Whether a timestamp header (Unix seconds) is within the replay window of `now` (milliseconds). */
export function isFresh(timestamp: string, now: number): boolean {
  if (!/^\d{1,12}$/.test(timestamp)) return false;
  return Math.abs(now / 1000 - Number(timestamp)) <= REPLAY_WINDOW_SECONDS;
}
