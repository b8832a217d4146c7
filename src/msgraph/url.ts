// Turns the paths callers and Graph hand us into pool request targets, and guards where a token may go.
import { GraphRequestError } from "./errors.js";

export type QueryParams = Record<string, string | number | boolean | undefined>;

export interface Base {
  /** "https://graph.microsoft.com" */
  origin: string;
  /** Version path without a trailing slash, e.g. "/v1.0" (may be ""). */
  prefix: string;
  protocol: string;
  hostname: string;
}

/** Where one request goes: `requestPath` for the pool, `path` for errors and logs. */
export interface Target {
  /** Path on the origin, version prefix and query string included. */
  requestPath: string;
  /** Relative to the base URL, without the query string. */
  path: string;
}

export function parseBaseUrl(baseUrl: string): Base {
  const url = new URL(baseUrl);
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`Graph baseUrl must be http(s), got ${url.protocol}`);
  }
  if (url.search || url.hash) throw new Error("Graph baseUrl must not carry a query string or fragment");
  return { origin: url.origin, prefix: url.pathname.replace(/\/+$/, ""), protocol: url.protocol, hostname: url.hostname };
}

/**
 * URLSearchParams, except that OData system options stay readable (`$top`, not `%24top`) and spaces are
 * `%20`: `+` is only a space in HTML forms, and OData `$filter` expressions are full of spaces.
 */
export function encodeQuery(query: QueryParams | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) params.append(key, String(value));
  }
  // A literal "+" was already encoded as %2B, so every "+" left here is a space.
  return params.toString().replace(/(^|&)%24/g, "$1$").replace(/\+/g, "%20");
}

/** Joins base and a relative `path` (which may carry its own query string) plus `query`. */
export function relativeTarget(base: Base, path: string, query?: QueryParams): Target {
  const withSlash = path.startsWith("/") ? path : `/${path}`;
  const q = withSlash.indexOf("?");
  const pathOnly = q === -1 ? withSlash : withSlash.slice(0, q);
  const search = [q === -1 ? "" : withSlash.slice(q + 1), encodeQuery(query)].filter(Boolean).join("&");
  return { requestPath: `${base.prefix}${pathOnly}${search ? `?${search}` : ""}`, path: pathOnly };
}

export function isAbsoluteUrl(link: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(link);
}

/**
 * An absolute `@odata.nextLink` as a target, used verbatim (Graph's skip tokens are opaque). It must point
 * at our origin and version, else we would send a bearer token wherever a response told us to.
 */
export function nextLinkTarget(base: Base, link: string): Target {
  // Same code as the loaders' own cursor check; the message names where it pointed, never its query.
  const refuse = (path: string, got: string) =>
    new GraphRequestError(`Refusing to follow a nextLink outside ${base.origin}${base.prefix} (got ${got})`, {
      status: 0, code: "InvalidNextLink", method: "GET", path,
    });
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    throw refuse("", "an invalid URL");
  }
  const underPrefix = url.pathname === base.prefix || url.pathname.startsWith(`${base.prefix}/`);
  if (url.origin !== base.origin || !underPrefix) throw refuse(url.pathname, `${url.origin}${url.pathname}`);
  return { requestPath: `${url.pathname}${url.search}`, path: url.pathname.slice(base.prefix.length) || "/" };
}

/** 127.0.0.0/8, ::1 and localhost: the only http hosts a bearer token may go to (emulator, tests). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host);
}
