/**
 * A per-user cooldown: after one request a user waits `seconds` before the next is answered. The
 * first refused request in a window is told so; later ones can be ignored quietly, so a flood of
 * messages never becomes a flood of refusals.
 */
export type CooldownCheck = { ok: true } | { ok: false; waitSeconds: number; firstRefusal: boolean };

export interface Cooldown {
  take(user: string): CooldownCheck;
}

/** Above this many tracked users, expired entries are swept. */
const SWEEP_AT = 10_000;

export function createCooldown(seconds: number, now: () => number = Date.now): Cooldown {
  const windows = new Map<string, { until: number; refused: boolean }>();
  return {
    take(user) {
      if (seconds <= 0) return { ok: true };
      const t = now();
      const current = windows.get(user);
      if (current && current.until > t) {
        const firstRefusal = !current.refused;
        current.refused = true;
        return { ok: false, waitSeconds: Math.ceil((current.until - t) / 1000), firstRefusal };
      }
      if (windows.size >= SWEEP_AT) {
        for (const [id, w] of windows) if (w.until <= t) windows.delete(id);
      }
      windows.set(user, { until: t + seconds * 1000, refused: false });
      return { ok: true };
    },
  };
}
