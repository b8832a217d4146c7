// Delegated access: Graph tokens On-Behalf-Of the caller, exchanged from the caller's bearer token. Each
// OnBehalfOfCredential keeps its own token cache, so one is kept per distinct incoming token — in a bounded
// LRU whose entries die with the incoming token (or after maxAgeMs) — and a caller's second request reuses it.
import { createHash } from "node:crypto";
import { OnBehalfOfCredential } from "@azure/identity";
import { scrubAuthError, type TokenProvider } from "./auth.js";
import { credentialTokenProvider, type IdentityOptions } from "./credentials.js";
import { GraphRequestError } from "./errors.js";

export interface OboOptions {
  tenantId: string;
  clientId: string;
  /** One of clientSecret or certificatePath (PEM): the app's own proof in the exchange. */
  clientSecret?: string;
  certificatePath?: string;
  /** Default "https://graph.microsoft.com/.default" (the delegated permissions consented for the app). */
  scope?: string;
  identity?: IdentityOptions;
  /** Distinct incoming tokens kept. Default 1000. */
  maxEntries?: number;
  /** Longest life of an entry when the incoming token's own expiry cannot be read. Default 1 h. */
  maxAgeMs?: number;
  now?: () => number;
}

export interface CallerTokens {
  /** The Graph token source for a caller who sent `bearer`. */
  forBearer(bearer: string): TokenProvider;
  /** Entries held (for tests and metrics). */
  size(): number;
}

/** The `exp` of a JWT in epoch ms, read without verifying (only to bound the cache entry). */
export function jwtExpiry(token: string): number | undefined {
  try {
    const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as {
      exp?: unknown;
    };
    return typeof payload.exp === "number" ? payload.exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

// Entra ID's answers that mean "this caller's token will not do" (expired, revoked, wrong audience, no consent).
const CALLER_ERRORS = new Set(["invalid_grant", "interaction_required", "consent_required"]);

/**
 * Entra ID refusing the caller's assertion is the caller's problem (401); anything else is ours (no token). The
 * cause, and from it the operator's reason, is scrubbed of the caller's assertion and the app's secret.
 */
function classify(err: unknown, secrets: readonly (string | undefined)[]): GraphRequestError {
  const e = err as { name?: string; errorResponse?: { error?: string } };
  const callerFault =
    e.name === "AuthenticationRequiredError" ||
    (e.name === "AuthenticationError" && CALLER_ERRORS.has(e.errorResponse?.error ?? ""));
  const cause = scrubAuthError(err, secrets);
  return callerFault
    ? new GraphRequestError("The caller's token could not be exchanged for a Microsoft Graph token", {
        status: 401,
        code: "CallerTokenRejected",
        method: "",
        path: "",
        cause,
        reason: cause.message,
      })
    : new GraphRequestError("No token for Microsoft Graph could be obtained", {
        status: 0,
        code: "TokenUnavailable",
        method: "",
        path: "",
        cause,
        reason: cause.message,
      });
}

export function createOboTokenProviders(opts: OboOptions): CallerTokens {
  const now = opts.now ?? Date.now;
  const maxEntries = opts.maxEntries ?? 1000;
  const maxAgeMs = opts.maxAgeMs ?? 3_600_000;
  // Keyed by a hash, so the map never holds the caller's token as a key a heap dump would show next to its entry.
  const entries = new Map<string, { provider: TokenProvider; expiresAt: number }>();

  function create(bearer: string): TokenProvider {
    const common = { ...opts.identity, tenantId: opts.tenantId, clientId: opts.clientId, userAssertionToken: bearer };
    const credential =
      opts.clientSecret !== undefined
        ? new OnBehalfOfCredential({ ...common, clientSecret: opts.clientSecret })
        : new OnBehalfOfCredential({ ...common, certificatePath: opts.certificatePath ?? "" });
    const inner = credentialTokenProvider(credential, opts.scope, now);
    return {
      getToken: () =>
        inner.getToken().catch((err: unknown) => Promise.reject(classify(err, [bearer, opts.clientSecret]))),
    };
  }

  return {
    forBearer(bearer) {
      const key = createHash("sha256").update(bearer).digest("base64url");
      const t = now();
      const hit = entries.get(key);
      entries.delete(key);
      if (hit && t < hit.expiresAt) {
        entries.set(key, hit); // most recently used goes last
        return hit.provider;
      }
      const entry = { provider: create(bearer), expiresAt: Math.min(t + maxAgeMs, jwtExpiry(bearer) ?? Infinity) };
      entries.set(key, entry);
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries) break;
        entries.delete(oldest);
      }
      return entry.provider;
    },
    size: () => entries.size,
  };
}
