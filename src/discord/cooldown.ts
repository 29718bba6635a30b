/**
 * A per-user rate limit, as a token bucket: each user may make `burst` requests at once, and earns
 * them back evenly over `seconds` (5 per 20 s: a few questions in a row, then one every 4 s). The
 * first refused request of a run is told so; later ones can be ignored quietly, so a flood of
 * messages never becomes a flood of refusals. Kept in this process's memory: with several
 * instances or shards, each counts its own.
 */
export type CooldownCheck = { ok: true } | { ok: false; waitSeconds: number; firstRefusal: boolean };

export interface Cooldown {
  take(user: string): CooldownCheck;
}

/** Above this many tracked users, full buckets (users idle long enough) are swept. */
const SWEEP_AT = 10_000;

export function createCooldown(seconds: number, burst = 1, now: () => number = () => performance.now()): Cooldown {
  const buckets = new Map<string, { tokens: number; at: number; refused: boolean }>();
  /** Milliseconds to earn one request back. */
  const perToken = (seconds * 1000) / burst;
  const fill = (b: { tokens: number; at: number }, t: number) => Math.min(burst, b.tokens + (t - b.at) / perToken);
  return {
    take(user) {
      if (seconds <= 0 || burst <= 0) return { ok: true };
      const t = now();
      const bucket = buckets.get(user);
      const tokens = bucket ? fill(bucket, t) : burst;
      if (tokens < 1) {
        const firstRefusal = !bucket!.refused;
        bucket!.refused = true;
        return { ok: false, waitSeconds: Math.max(1, Math.ceil(Math.round((1 - tokens) * perToken) / 1000)), firstRefusal };
      }
      if (!bucket && buckets.size >= SWEEP_AT) {
        for (const [id, b] of buckets) if (fill(b, t) >= burst) buckets.delete(id);
      }
      buckets.set(user, { tokens: tokens - 1, at: t, refused: false });
      return { ok: true };
    },
  };
}
