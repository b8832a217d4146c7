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
  return {
    origin: url.origin,
    prefix: url.pathname.replace(/\/+$/, ""),
    protocol: url.protocol,
    hostname: url.hostname,
  };
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
  return params
    .toString()
    .replace(/(^|&)%24/g, "$1$")
    .replace(/\+/g, "%20");
}

/** A string literal inside an OData `$filter`: quoted, its quotes doubled (`o'neil` → `'o''neil'`). */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** `property eq 'v'` for one value, `property in ('a','b')` for several: each value quoted by odataString. */
export function odataAnyOf(property: string, values: readonly string[]): string {
  if (values.length === 1) return `${property} eq ${odataString(values[0]!)}`;
  return `${property} in (${values.map(odataString).join(",")})`;
}

/** `path` with `$filter` (encoded here; the path must not carry a query yet). */
export function withFilter(path: string, filter: string): string {
  return `${path}?${encodeQuery({ $filter: filter })}`;
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
      status: 0,
      code: "InvalidNextLink",
      method: "GET",
      path,
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

/** Graph ids are at most a few hundred characters (site ids are the longest); nothing longer is an id. */
export const MAX_SEGMENT_LENGTH = 512;

/** An id that cannot be one path segment: it would name another resource, or none. Never sent upstream. */
export class InvalidPathSegmentError extends Error {
  override readonly name = "InvalidPathSegmentError";
}

// Characters that end, split or escape a segment, or that no id holds: controls (C0, DEL, C1), `/`, `\`, `?`, `#`.
const UNSAFE_CHAR = /[\u0000-\u001f\u007f-\u009f/\\?#]/;

/**
 * Undoes ASCII %XX escapes (the only ones that can spell a separator or a dot), up to three times: `%252e` is `.`
 * to a server that decodes twice. Escapes of UTF-8 bytes stay as they are.
 */
function unescapeAscii(value: string): string {
  let current = value;
  for (let round = 0; round < 3; round++) {
    const next = current.replace(/%([0-7][0-9a-f])/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    if (next === current) break;
    current = next;
  }
  return current;
}

/** Why `id` cannot be one path segment, or undefined when it can. */
export function segmentProblem(id: string): string | undefined {
  if (typeof id !== "string" || id.length === 0) return "is empty";
  if (id.length > MAX_SEGMENT_LENGTH) return `is longer than ${MAX_SEGMENT_LENGTH} characters`;
  if (id.trim() !== id) return "starts or ends with white space";
  for (const form of [id, unescapeAscii(id)]) {
    if (UNSAFE_CHAR.test(form)) return "holds a character no id holds (a control character, /, \\, ? or #)";
    if (form.trim() === "." || form.trim() === "..") return "is a dot segment";
  }
  return undefined;
}

/**
 * The one way an id becomes a path segment, for the whole gateway: refuses what would address another resource
 * (`.`, `..`, separators, escapes of them) and encodes everything else, OData's `'()*!` included.
 */
export function pathSegment(id: string): string {
  const problem = segmentProblem(id);
  if (problem) throw new InvalidPathSegmentError(`An id that ${problem} cannot name a Graph resource`);
  return encodeURIComponent(id).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * Defence in depth for paths the gateway built: a path (before its query) with a dot segment, a fragment,
 * a backslash or a control character, raw or escaped, never leaves the gateway.
 */
export function assertSafePath(path: string): string {
  const q = path.indexOf("?");
  const pathOnly = q === -1 ? path : path.slice(0, q);
  if (
    !pathOnly.startsWith("/") ||
    path.includes("#") ||
    /[\u0000-\u001f\u007f-\u009f\\]/.test(path) ||
    /[\u0000-\u001f\u007f\\]/.test(unescapeAscii(pathOnly))
  ) {
    throw new InvalidPathSegmentError(
      "A Graph path must be relative to the base, without a fragment or control characters",
    );
  }
  for (const part of pathOnly.split("/").slice(1)) {
    const plain = unescapeAscii(part);
    if (plain === "." || plain === ".." || plain.includes("/")) {
      throw new InvalidPathSegmentError("A Graph path must not hold dot segments or escaped separators");
    }
  }
  return path;
}

/** The parameters Graph continues a collection with; anything else in a nextLink is its own query, which we send ourselves. */
export interface Continuation {
  /** `$skiptoken` exactly as Graph wrote it (still percent-encoded): opaque, never rebuilt. */
  skiptoken?: string;
  /** `$skip`, for the collections Graph pages by count. */
  skip?: number;
}

const SKIPTOKEN = /^(?:[A-Za-z0-9\-._~!$'()*+,;=:@/?]|%[0-9A-Fa-f]{2})+$/;
export const MAX_SKIPTOKEN_LENGTH = 4096;
const MAX_SKIP = 1_000_000_000;

/** True when a continuation can only move along a collection: a token that cannot end the query value, a bounded count. */
export function isContinuation(value: Continuation): boolean {
  const { skiptoken, skip } = value;
  if (
    skiptoken !== undefined &&
    (typeof skiptoken !== "string" || skiptoken.length > MAX_SKIPTOKEN_LENGTH || !SKIPTOKEN.test(skiptoken))
  )
    return false;
  if (skip !== undefined && (!Number.isInteger(skip) || skip < 0 || skip > MAX_SKIP)) return false;
  return skiptoken !== undefined || skip !== undefined;
}

/** `collectionPath` (which may carry its own first-page query) continued at `continuation`. */
export function continuedPath(collectionPath: string, continuation?: Continuation): string {
  const params = [
    ...(continuation?.skip !== undefined ? [`$skip=${continuation.skip}`] : []),
    ...(continuation?.skiptoken !== undefined ? [`$skiptoken=${continuation.skiptoken}`] : []),
  ];
  if (params.length === 0) return collectionPath;
  return `${collectionPath}${collectionPath.includes("?") ? "&" : "?"}${params.join("&")}`;
}

const samePath = (a: string, b: string): boolean => {
  const plain = (p: string) => {
    try {
      return decodeURIComponent(p).toLowerCase();
    } catch {
      return undefined;
    }
  };
  const left = plain(a);
  return left !== undefined && left === plain(b);
};

/**
 * The continuation of a nextLink Graph sent for the collection at `collectionPath` (relative to `base`). The link
 * must stay on our origin and version and on that very collection: we rebuild the next request from our own path,
 * so a link that names anything else is Graph (or something in between) misbehaving.
 */
export function nextLinkContinuation(base: Base, link: string, collectionPath: string): Continuation {
  const refuse = (why: string) =>
    new GraphRequestError(`Refusing a nextLink that ${why}`, {
      status: 0,
      code: "InvalidNextLink",
      method: "GET",
      path: collectionPath.split("?")[0] ?? "",
    });
  if (link.includes("#")) throw refuse("carries a fragment");
  let rest: string;
  if (isAbsoluteUrl(link)) {
    const root = `${base.origin}${base.prefix}/`;
    if (link.slice(0, root.length).toLowerCase() !== root.toLowerCase())
      throw refuse(`points outside ${base.origin}${base.prefix}`);
    rest = link.slice(root.length - 1);
  } else if (link.startsWith("/")) {
    rest = link;
  } else {
    throw refuse("is neither absolute nor relative to the base");
  }
  const q = rest.indexOf("?");
  const ownPath = collectionPath.split("?")[0] ?? "";
  if (q === -1 || !samePath(rest.slice(0, q), ownPath)) throw refuse("continues another collection");
  const found: Continuation = {};
  for (const pair of rest.slice(q + 1).split("&")) {
    const eq = pair.indexOf("=");
    const key = (eq === -1 ? pair : pair.slice(0, eq)).replace(/^%24/i, "$").toLowerCase();
    const value = eq === -1 ? "" : pair.slice(eq + 1);
    if (key === "$skiptoken") {
      if (found.skiptoken !== undefined) throw refuse("repeats $skiptoken");
      found.skiptoken = value;
    } else if (key === "$skip") {
      if (found.skip !== undefined || !/^\d{1,10}$/.test(value)) throw refuse("carries a malformed $skip");
      found.skip = Number(value);
    }
  }
  if (!isContinuation(found)) throw refuse("carries no usable $skiptoken or $skip");
  return found;
}

/** 127.0.0.0/8, ::1 and localhost: the only http hosts a bearer token may go to (emulator, tests). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host);
}
