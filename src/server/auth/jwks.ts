// The signing keys of the token issuer, cached so that a JWKS outage does not stop the gateway: keys are refreshed
// hourly, and when a refresh fails the cached keys stay in use for a grace period. A token signed with an unknown
// `kid` may mean the issuer rotated its keys, so it can trigger a refetch — but only a token that claims to be one of
// ours (issuer, audience, not expired), only once per kid (a kid still unknown after a refetch never triggers another),
// and within a global budget. Forged tokens with random kids therefore cannot use up the refetches a real rotation
// needs: bogus claims never spend any, and each plausible forgery spends at most one.
import type { createLocalJWKSet, JSONWebKeySet, JWTHeaderParameters, FlattenedJWSInput } from "jose";

export interface JwksCacheOptions {
  url: string;
  /** Refresh keys this often even when nothing asks; default 1 h. */
  maxAgeMs?: number;
  /** Unknown-kid refetches: one more allowed per this long, up to `refetchBurst` saved up; default 30 s. */
  cooldownMs?: number;
  /** Unknown-kid refetches that may happen back to back (several rotations, or forgeries before one); default 5. */
  refetchBurst?: number;
  /** How long cached keys stay usable after refreshes start failing; default 10 min. */
  outageGraceMs?: number;
  /** Default 5 s per fetch. */
  timeoutMs?: number;
  /** The accepted `iss`: a token claiming another issuer never triggers a refetch. */
  issuer?: string;
  /** The accepted `aud` values: likewise. */
  audiences?: readonly string[];
  /** Seconds of skew tolerated on `exp` (the verifier's own tolerance); default 60. */
  clockToleranceSec?: number;
  fetch?: typeof fetch;
  now?: () => number;
}

export type KeyResolver = (
  header: JWTHeaderParameters,
  token: FlattenedJWSInput,
) => ReturnType<ReturnType<typeof createLocalJWKSet>>;

export interface JwksCache {
  getKey: KeyResolver;
  /** JWKS fetches so far (tests count them). */
  fetches(): number;
}

/** Kids remembered as refused after a refetch; beyond this the oldest is forgotten (and may cost one refetch again). */
const REFUSED_KIDS = 1000;

/** The unverified claims, read only to decide whether a refetch is worth it; never trusted for anything else. */
function claimsOf(token: FlattenedJWSInput): Record<string, unknown> | undefined {
  try {
    const payload =
      typeof token.payload === "string" ? Buffer.from(token.payload, "base64url") : Buffer.from(token.payload);
    const claims: unknown = JSON.parse(payload.toString("utf8"));
    return claims && typeof claims === "object" ? (claims as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function createJwksCache(opts: JwksCacheOptions): JwksCache {
  const maxAge = opts.maxAgeMs ?? 3600_000;
  const cooldown = opts.cooldownMs ?? 30_000;
  const burst = opts.refetchBurst ?? 5;
  const grace = opts.outageGraceMs ?? 600_000;
  const tolerance = (opts.clockToleranceSec ?? 60) * 1000;
  const now = opts.now ?? Date.now;
  const doFetch = opts.fetch ?? fetch;
  let keys: ReturnType<typeof createLocalJWKSet> | undefined;
  let fetchedAt = -Infinity;
  let inFlight: Promise<void> | undefined;
  let count = 0;
  // A token bucket: `credits` refetches saved up, one more every `cooldown`, at most `burst`.
  let credits = burst;
  let creditedAt = now();
  const refusedKids = new Set<string>();

  async function load(): Promise<void> {
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

  /** Could this token be ours, signed with a key published since the last fetch? */
  function plausible(token: FlattenedJWSInput): boolean {
    const claims = claimsOf(token);
    if (!claims) return false;
    if (opts.issuer !== undefined && claims.iss !== opts.issuer) return false;
    if (opts.audiences !== undefined) {
      const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
      if (!aud.some((a) => typeof a === "string" && opts.audiences!.includes(a))) return false;
    }
    return typeof claims.exp === "number" && claims.exp * 1000 + tolerance > now();
  }

  function takeCredit(): boolean {
    const elapsed = now() - creditedAt;
    if (elapsed >= cooldown) {
      const earned = Math.floor(elapsed / cooldown);
      credits = Math.min(burst, credits + earned);
      creditedAt = credits === burst ? now() : creditedAt + earned * cooldown;
    }
    if (credits < 1) return false;
    credits--;
    return true;
  }

  return {
    fetches: () => count,
    async getKey(header, token) {
      if (!keys || now() - fetchedAt > maxAge) await refresh();
      try {
        return await keys!(header, token);
      } catch (error) {
        const unknownKid = (error as { code?: string }).code === "ERR_JWKS_NO_MATCHING_KEY";
        const kid = typeof header.kid === "string" ? header.kid : "";
        if (!unknownKid || refusedKids.has(kid) || !plausible(token) || !takeCredit()) throw error;
        await refresh();
        try {
          return await keys!(header, token);
        } catch (again) {
          if ((again as { code?: string }).code === "ERR_JWKS_NO_MATCHING_KEY") {
            if (refusedKids.size >= REFUSED_KIDS) refusedKids.delete(refusedKids.values().next().value!);
            refusedKids.add(kid);
          }
          throw again;
        }
      }
    },
  };
}
