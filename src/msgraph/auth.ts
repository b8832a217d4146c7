// Bearer tokens for Graph. The client asks on every attempt, so the provider must be cheap when warm:
// it caches the token and shares one in-flight refresh between concurrent callers.
import { ClientSecretCredential } from "@azure/identity";

export interface TokenProvider {
  /** The bearer token to send, or undefined to send no Authorization header (emulator, tests). */
  getToken(): Promise<string | undefined>;
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
}

/** Refresh this long before expiry, so a token never expires between being read and reaching Graph. */
export const TOKEN_REFRESH_MARGIN_MS = 5 * 60_000;

/**
 * Caches `getAccessToken()`'s answer until `TOKEN_REFRESH_MARGIN_MS` before it expires. Concurrent callers
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
      if (cached && now() < cached.expiresOnTimestamp - TOKEN_REFRESH_MARGIN_MS) return cached.token;
      return refresh();
    },
  };
}

export interface ClientSecretOptions {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** Default "https://graph.microsoft.com/.default" (the app's granted application permissions). */
  scope?: string;
  /** Default: @azure/identity's, the Azure public cloud (https://login.microsoftonline.com). */
  authorityHost?: string;
}

export const DEFAULT_GRAPH_SCOPE = "https://graph.microsoft.com/.default";

/** Client-credentials flow through @azure/identity, wrapped in {@link cachedTokenProvider}. */
export function createTokenProvider(opts: ClientSecretOptions): TokenProvider {
  const credential = new ClientSecretCredential(
    opts.tenantId,
    opts.clientId,
    opts.clientSecret,
    opts.authorityHost === undefined ? {} : { authorityHost: opts.authorityHost },
  );
  const scope = opts.scope ?? DEFAULT_GRAPH_SCOPE;
  return cachedTokenProvider(async () => {
    const { token, expiresOnTimestamp } = await credential.getToken(scope);
    return { token, expiresOnTimestamp };
  });
}
