// Bearer tokens for Graph. The client asks on every attempt, so the provider must be cheap when warm:
// it caches the token and shares one in-flight refresh between concurrent callers.

export interface TokenProvider {
  /** The bearer token to send, or undefined to send no Authorization header (emulator, tests). */
  getToken(): Promise<string | undefined>;
}

/**
 * An auth library's error reduced to its name and first line, with anything shaped like a token (a JWT, a
 * long base64 run) blanked: safe to keep as a cause, log or show, whatever the library put in its message.
 */
export function scrubAuthError(err: unknown): Error {
  const name = err instanceof Error ? err.name : "Error";
  const first = (err instanceof Error ? err.message : String(err)).split("\n")[0] ?? "";
  const clean = first.replace(/eyJ[\w-]*\.[\w-]*\.?[\w-]*/g, "[token]").replace(/[A-Za-z0-9+/_~.-]{40,}={0,2}/g, "[redacted]");
  const scrubbed = new Error(clean.slice(0, 300));
  scrubbed.name = name;
  return scrubbed;
}

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
      const refreshAt = cached && Math.min(cached.expiresOnTimestamp - TOKEN_REFRESH_MARGIN_MS, cached.refreshAfterTimestamp ?? Infinity);
      if (cached && refreshAt !== undefined && now() < refreshAt) return cached.token;
      return refresh();
    },
  };
}

export const DEFAULT_GRAPH_SCOPE = "https://graph.microsoft.com/.default";
