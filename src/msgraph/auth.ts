// Bearer tokens for Graph. The client asks on every attempt, so the provider must be cheap when warm:
// it caches the token and shares one in-flight refresh between concurrent callers.

export interface TokenProvider {
  /** The bearer token to send, or undefined to send no Authorization header (emulator, tests). */
  getToken(): Promise<string | undefined>;
}

/**
 * An auth library's error reduced to its name and first line, with anything shaped like a token (a JWT, a
 * long base64 run) blanked, and each of `secrets` (the app's own client secret, a caller's assertion) wherever it
 * appears, whatever its length: safe to keep as a cause, log or show, whatever the library put in its message.
 */
export function scrubAuthError(err: unknown, secrets: readonly (string | undefined)[] = []): Error {
  const name = err instanceof Error ? err.name : "Error";
  let first = (err instanceof Error ? err.message : String(err)).split("\n")[0] ?? "";
  for (const secret of secrets) {
    // Blanked before the shape rules, which could otherwise cut a secret in two and leave a part.
    if (!secret) continue;
    for (const form of new Set([secret, encodeURIComponent(secret)])) first = first.split(form).join("[secret]");
  }
  const clean = first
    .replace(/eyJ[\w-]*\.[\w-]*\.?[\w-]*/g, "[token]")
    .replace(/[A-Za-z0-9+/_~.-]{40,}={0,2}/g, "[redacted]")
    .replace(/[\u0000-\u001f\u007f]/g, " ");
  // Scrubbing twice (where a token is fetched, then where the failure is built) adds the hint once.
  const hint = HINTS.find(([code, text]) => clean.includes(code) && !clean.includes(text))?.[1];
  const scrubbed = new Error(hint ? `${clean.slice(0, 300)} (${hint})` : clean.slice(0, 420));
  scrubbed.name = name;
  return scrubbed;
}

/** MSAL codes whose text names no cause an operator could act on. */
const HINTS: readonly (readonly [string, string])[] = [
  [
    "endpoints_resolution_error",
    "the identity host, AZURE_AUTHORITY_HOST, could not be reached: check its name, DNS, the network and TLS",
  ],
];

export const noAuth: TokenProvider = Object.freeze({ getToken: async () => undefined });

/** A fixed token, for an emulator that checks only that a bearer header is present. */
export function staticToken(token: string): TokenProvider {
  return { getToken: async () => token };
}

export interface FetchedToken {
  token: string;
  /** Expiry, ms since the epoch (the `AccessToken` shape of @azure/core-auth). */
  expiresOnTimestamp: number;
  /** When the issuer suggests refreshing (Entra's refresh_in), if earlier than our margin. */
  refreshAfterTimestamp?: number;
}

/** Refresh this long before expiry, so a token never expires between being read and reaching Graph. */
export const TOKEN_REFRESH_MARGIN_MS = 5 * 60_000;

/**
 * Caches `getAccessToken()`'s answer until `TOKEN_REFRESH_MARGIN_MS` before it expires (or the issuer's
 * refresh-after time, when earlier). Concurrent callers
 * during a refresh share its promise, so a burst of requests costs one token request. A failed refresh is
 * not cached: the next caller tries again.
 */
export function cachedTokenProvider(
  getAccessToken: () => Promise<FetchedToken>,
  now: () => number = Date.now,
): TokenProvider {
  let cached: FetchedToken | undefined;
  let inFlight: Promise<string> | undefined;

  const refresh = (): Promise<string> => {
    inFlight ??= getAccessToken()
      .then((fetched) => {
        cached = fetched;
        return fetched.token;
      })
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  };

  return {
    async getToken() {
      const refreshAt =
        cached &&
        Math.min(cached.expiresOnTimestamp - TOKEN_REFRESH_MARGIN_MS, cached.refreshAfterTimestamp ?? Infinity);
      if (cached && refreshAt !== undefined && now() < refreshAt) return cached.token;
      return refresh();
    },
  };
}

export const DEFAULT_GRAPH_SCOPE = "https://graph.microsoft.com/.default";
