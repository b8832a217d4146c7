// Who is calling: an Entra ID access token validated against the tenant's keys, or nobody when auth is off.
// Runs before GraphQL parsing, so an anonymous caller learns nothing about the schema.
import type { IncomingMessage } from "node:http";
import type { JWTPayload } from "jose";
import { createJwksCache, type JwksCache } from "./jwks.js";

export interface CallerAuthOptions {
  mode: "none" | "entra";
  /** Accepted `iss` (v2.0 tokens: https://login.microsoftonline.com/{tenant}/v2.0). */
  issuer: string;
  /** Accepted `aud` values: the gateway's app id URI and/or client id. */
  audiences: string[];
  jwksUrl: string;
  /** Seconds of clock skew tolerated for exp/nbf; default 60. */
  clockToleranceSec?: number;
  fetch?: typeof fetch;
  now?: () => number;
}

export interface Caller {
  authenticated: boolean;
  /** The raw bearer token (for On-Behalf-Of); never logged. */
  token?: string;
  subject?: string;
  tenantId?: string;
  /** Delegated scopes (`scp`) and application roles (`roles`) together. */
  permissions: Set<string>;
}

export class AuthenticationError extends Error {
  override readonly name = "AuthenticationError";
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** The issuer's signing keys cannot be had (JWKS down and no usable cached keys): the token cannot be judged. */
export class SigningKeysUnavailableError extends Error {
  override readonly name = "SigningKeysUnavailableError";
}

const ANONYMOUS: Caller = Object.freeze({ authenticated: false, permissions: new Set<string>() });

export interface Authenticator {
  authenticate(req: IncomingMessage): Promise<Caller>;
  jwks?: JwksCache;
}

function permissionsOf(claims: JWTPayload): Set<string> {
  const scp = typeof claims.scp === "string" ? claims.scp.split(" ") : [];
  const roles = Array.isArray(claims.roles) ? claims.roles.filter((r): r is string => typeof r === "string") : [];
  return new Set([...scp, ...roles].filter(Boolean));
}

export function createAuthenticator(opts: CallerAuthOptions): Authenticator {
  if (opts.mode === "none") return { authenticate: async () => ANONYMOUS };
  // jose is imported only when callers are checked (AUTH_MODE=entra); the import starts now, so no caller waits on it.
  const jose = import("jose");
  jose.catch(() => undefined); // a failed import surfaces on the first request, not as an unhandled rejection
  const jwks = createJwksCache({
    url: opts.jwksUrl,
    issuer: opts.issuer,
    audiences: opts.audiences,
    clockToleranceSec: opts.clockToleranceSec ?? 60,
    fetch: opts.fetch,
    now: opts.now,
  });
  return {
    jwks,
    async authenticate(req) {
      const header = req.headers.authorization;
      if (!header) throw new AuthenticationError("missing bearer token");
      // Auth schemes are case-insensitive (RFC 9110 §11.1): `bearer` and `BEARER` are Bearer.
      const match = /^Bearer +([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/i.exec(header.trim());
      if (!match) throw new AuthenticationError("malformed bearer token");
      const token = match[1]!;
      const { errors: joseErrors, jwtVerify } = await jose;
      try {
        const { payload } = await jwtVerify(token, jwks.getKey, {
          issuer: opts.issuer,
          audience: opts.audiences,
          algorithms: ["RS256"],
          clockTolerance: opts.clockToleranceSec ?? 60,
          requiredClaims: ["exp"],
          ...(opts.now ? { currentDate: new Date(opts.now()) } : {}),
        });
        return {
          authenticated: true,
          token,
          subject: typeof payload.oid === "string" ? payload.oid : payload.sub,
          tenantId: typeof payload.tid === "string" ? payload.tid : undefined,
          permissions: permissionsOf(payload),
        };
      } catch (error) {
        if (error instanceof joseErrors.JOSEError) throw new AuthenticationError(error.code);
        // Anything else came from fetching the keys: not the caller's fault, so not a 401.
        throw new SigningKeysUnavailableError("the token issuer's signing keys could not be fetched", { cause: error });
      }
    },
  };
}
