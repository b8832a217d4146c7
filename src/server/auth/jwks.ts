// The signing keys of the token issuer, cached so that a JWKS outage does not stop the gateway: keys are
// refreshed hourly, an unknown `kid` triggers at most one refetch per cooldown, and when a refresh fails the
// cached keys stay in use for a grace period.
import type { createLocalJWKSet, JSONWebKeySet, JWTHeaderParameters, FlattenedJWSInput } from "jose";

export interface JwksCacheOptions {
  url: string;
  /** Refresh keys this often even when nothing asks; default 1 h. */
  maxAgeMs?: number;
  /** Unknown kid → at most one refetch per this long; default 30 s. */
  cooldownMs?: number;
  /** How long cached keys stay usable after refreshes start failing; default 10 min. */
  outageGraceMs?: number;
  /** Default 5 s per fetch. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  now?: () => number;
}

export type KeyResolver = (header: JWTHeaderParameters, token: FlattenedJWSInput) => ReturnType<ReturnType<typeof createLocalJWKSet>>;

export interface JwksCache {
  getKey: KeyResolver;
  /** JWKS fetches so far (tests count them). */
  fetches(): number;
}

export function createJwksCache(opts: JwksCacheOptions): JwksCache {
  const maxAge = opts.maxAgeMs ?? 3600_000;
  const cooldown = opts.cooldownMs ?? 30_000;
  const grace = opts.outageGraceMs ?? 600_000;
  const now = opts.now ?? Date.now;
  const doFetch = opts.fetch ?? fetch;
  let keys: ReturnType<typeof createLocalJWKSet> | undefined;
  let fetchedAt = -Infinity;
  let attemptedAt = -Infinity;
  let inFlight: Promise<void> | undefined;
  let count = 0;

  async function load(): Promise<void> {
    attemptedAt = now();
    count++;
    const res = await doFetch(opts.url, { signal: AbortSignal.timeout(opts.timeoutMs ?? 5000), redirect: "manual" });
    if (res.status !== 200) throw new Error(`JWKS endpoint answered ${res.status}`);
    const body = (await res.json()) as JSONWebKeySet;
    if (!Array.isArray(body?.keys)) throw new Error("JWKS endpoint answered without keys");
    // Loaded with the first keys, so a gateway that checks no callers never loads jose.
    const { createLocalJWKSet } = await import("jose");
    keys = createLocalJWKSet(body);
    fetchedAt = now();
  }

  /** One refresh at a time; a failure is tolerated while cached keys are inside the grace period. */
  async function refresh(): Promise<void> {
    inFlight ??= load().finally(() => {
      inFlight = undefined;
    });
    try {
      await inFlight;
    } catch (error) {
      if (!keys || now() - fetchedAt > maxAge + grace) throw error;
    }
  }

  return {
    fetches: () => count,
    async getKey(header, token) {
      if (!keys || now() - fetchedAt > maxAge) await refresh();
      try {
        return await keys!(header, token);
      } catch (error) {
        const unknownKid = (error as { code?: string }).code === "ERR_JWKS_NO_MATCHING_KEY";
        if (!unknownKid || now() - attemptedAt < cooldown) throw error;
        await refresh();
        return keys!(header, token);
      }
    },
  };
}
