// CORS for /graphql: which pages on other origins a browser lets call the gateway and read its answers. Only the
// browser enforces this; it is no access control against anything else, which is what authentication and Apollo's
// CSRF prevention (still on for every request) are for. Callers prove themselves with bearer tokens, never cookies,
// so no answer allows credentials.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { CorsConfig } from "../config/cors.js";

/** What a page may send: Apollo Client's and Sandbox's headers, our correlation ids, W3C trace context, the time budget. */
export const CORS_ALLOWED_HEADERS = [
  "authorization",
  "content-type",
  "accept",
  "apollo-require-preflight",
  "x-apollo-operation-name",
  "apollographql-client-name",
  "apollographql-client-version",
  "client-request-id",
  "x-request-id",
  "x-request-timeout",
  "traceparent",
  "tracestate",
] as const;
export const CORS_ALLOWED_METHODS = "GET, POST, OPTIONS";
/** Response headers a page may read beyond the safelisted ones: the id to quote, when to retry, the validator, the challenge. */
export const CORS_EXPOSED_HEADERS = "x-request-id, retry-after, etag, www-authenticate";
/** Seconds a browser may reuse a preflight (Chromium caps it at 7200): a changed CORS_ORIGINS reaches browsers within 10 min. */
export const CORS_MAX_AGE_SECONDS = 600;

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

export type CorsOutcome =
  /** No Origin header, or not a preflight: nothing for CORS to answer (headers may have been added to `res`). */
  | { kind: "continue" }
  /** A preflight was answered (204 allowed, 403 refused); the caller logs it and stops. */
  | { kind: "preflight"; status: 204 | 403 };

export type Cors = (req: IncomingMessage, res: ServerResponse) => CorsOutcome;

export function createOriginCheck(config: CorsConfig): (origin: string) => boolean {
  const exact = new Set(config.origins);
  return (origin) => {
    if (config.anyOrigin || exact.has(origin)) return true;
    if (!config.loopback) return false;
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      return false;
    }
    // Compared with what url.origin re-serialises, so a crafted Origin with a path or user info never matches.
    return (
      (url.protocol === "http:" || url.protocol === "https:") &&
      LOOPBACK_HOSTS.has(url.hostname) &&
      url.origin === origin
    );
  };
}

/**
 * Answers preflights and decorates actual answers. Call it before authentication: a preflight never carries the
 * Authorization header it asks permission for.
 */
export function createCors(config: CorsConfig): Cors {
  const allowed = createOriginCheck(config);
  const allowHeaders = CORS_ALLOWED_HEADERS.join(", ");
  return (req, res) => {
    const origin = req.headers.origin;
    const preflight =
      req.method === "OPTIONS" && origin !== undefined && req.headers["access-control-request-method"] !== undefined;
    // The answer depends on Origin whenever it could: shared caches must not hand one origin's answer to another.
    res.setHeader(
      "vary",
      preflight ? "Origin, Access-Control-Request-Method, Access-Control-Request-Headers" : "Origin",
    );
    if (origin === undefined) return { kind: "continue" };
    const ok = allowed(origin);
    if (!preflight) {
      if (ok) {
        res.setHeader("access-control-allow-origin", origin);
        res.setHeader("access-control-expose-headers", CORS_EXPOSED_HEADERS);
      }
      return { kind: "continue" };
    }
    if (!ok) {
      // A 403 shows in the browser's network panel and our log as a refusal, where a bare 204 would look like success.
      res.writeHead(403, { "content-type": "application/json; charset=utf-8" });
      res.end(
        JSON.stringify({
          errors: [
            { message: "Cross-origin requests from this origin are not allowed", extensions: { code: "FORBIDDEN" } },
          ],
        }),
      );
      return { kind: "preflight", status: 403 };
    }
    const headers: Record<string, string> = {
      "access-control-allow-origin": origin,
      "access-control-allow-methods": CORS_ALLOWED_METHODS,
      "access-control-allow-headers": allowHeaders,
      "access-control-max-age": String(CORS_MAX_AGE_SECONDS),
      "content-length": "0",
    };
    // Chromium's Private Network Access: a public page (Apollo Studio) calling a gateway on this machine or the LAN
    // asks first, and proceeds only on this answer.
    if (req.headers["access-control-request-private-network"] === "true")
      headers["access-control-allow-private-network"] = "true";
    res.writeHead(204, headers);
    res.end();
    return { kind: "preflight", status: 204 };
  };
}
