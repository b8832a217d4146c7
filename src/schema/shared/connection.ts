// Relay connections over Graph collections. A cursor carries Graph's continuation of a page (the nextLink's
// $skiptoken or $skip, as Graph wrote it) plus an offset into that page, so walking 10,000 units needs one
// upstream page at a time and nothing is held between requests. It carries no path: every page is read from the
// path of the field being resolved, so a forged cursor can only move along that field's own list.
import { createHash } from "node:crypto";
import type { ClassType } from "type-graphql";
import { Directive, Field, ObjectType } from "type-graphql";
import { GraphRequestError } from "../../msgraph/errors.js";
import type { GraphCollection } from "../../msgraph/models.js";
import {
  continuedPath, isContinuation, MAX_SKIPTOKEN_LENGTH, nextLinkContinuation, parseBaseUrl, type Continuation,
} from "../../msgraph/url.js";
import { badInput } from "./errors.js";
import { INHERIT_CACHE_HINT } from "./polling.js";

@Directive(INHERIT_CACHE_HINT)
@ObjectType({ description: "Where a page of a connection ends and whether more follow." })
export class PageInfo {
  @Field(() => Boolean, { description: "True when another page may follow (pass endCursor as `after`)." })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: "Opaque cursor of the last position read." })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
}

/** Declares `${name}Connection` and `${name}Edge` for a node class or interface. */
export function connectionType<T extends object>(node: ClassType<T> | (abstract new () => T), name: string) {
  @Directive(INHERIT_CACHE_HINT)
  @ObjectType(`${name}Edge`, { description: `One ${name} and its cursor.` })
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @Directive(INHERIT_CACHE_HINT)
  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => [node])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionType as ClassType<ConnectionShape<T>>;
}

/** Where a list resumes: which collection, which page of it (Graph's continuation; none for the first) and which item. */
export interface Position {
  /** Graph's paging parameters of the page; absent on the first page. */
  c?: Continuation;
  /** Index of the next item to read in that page. */
  o: number;
  /** Which collection of a multi-collection list (absent: the first). */
  s?: number;
}

/** The cursor on the wire: base64url JSON of these keys and no others. */
interface WireCursor {
  /** The list the cursor belongs to (a digest of its collection paths, the same on every replica). */
  h: string;
  o: number;
  s?: number;
  /** $skiptoken, as Graph wrote it. */
  t?: string;
  /** $skip. */
  k?: number;
}

const WIRE_KEYS = new Set(["h", "o", "s", "t", "k"]);
/** No page holds more items than this; an offset beyond it is not one we issued. */
const MAX_OFFSET = 1_000_000;
/** The longest cursor we issue: a maximal skip token in base64url plus the few other keys. */
export const MAX_CURSOR_LENGTH = Math.ceil(((MAX_SKIPTOKEN_LENGTH + 120) * 4) / 3);

const pathsOf = (collectionPath: string | readonly string[]): readonly string[] =>
  typeof collectionPath === "string" ? [collectionPath] : collectionPath;

/** A short digest of the list's paths: binds a cursor to the list it was issued for, on any replica. */
function listDigest(paths: readonly string[]): string {
  return createHash("sha256").update(paths.join("\n")).digest("base64url").slice(0, 10);
}

export function encodeCursor(collectionPath: string | readonly string[], position: Position): string {
  const wire: WireCursor = { h: listDigest(pathsOf(collectionPath)), o: position.o };
  if (position.s) wire.s = position.s;
  if (position.c?.skiptoken !== undefined) wire.t = position.c.skiptoken;
  if (position.c?.skip !== undefined) wire.k = position.c.skip;
  return Buffer.from(JSON.stringify(wire), "utf8").toString("base64url");
}

/**
 * Decodes a cursor issued for the list at `collectionPath`. It names no path: only Graph's continuation of one of
 * the list's own collections, so the next request is built from the field's path and nothing else.
 */
export function decodeCursor(cursor: string, collectionPath: string | readonly string[]): Position {
  const paths = pathsOf(collectionPath);
  const refuse = () => badInput("after", "The cursor is not one this gateway issued for this list");
  if (typeof cursor !== "string" || cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw refuse();
  const bytes = Buffer.from(cursor, "base64url");
  // Node's decoder skips what it cannot read; only the canonical spelling of the bytes is ours.
  if (bytes.toString("base64url") !== cursor) throw refuse();
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString("utf8"));
  } catch {
    throw refuse();
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) throw refuse();
  const wire = value as Partial<WireCursor>;
  if (Object.keys(wire).some((key) => !WIRE_KEYS.has(key))) throw refuse();
  if (wire.h !== listDigest(paths)) throw refuse();
  if (!Number.isInteger(wire.o) || (wire.o as number) < 0 || (wire.o as number) > MAX_OFFSET) throw refuse();
  const source = wire.s ?? 0;
  if (!Number.isInteger(source) || source < 0 || source >= paths.length) throw refuse();
  const position: Position = { o: wire.o as number };
  if (source !== 0) position.s = source;
  if (wire.t !== undefined || wire.k !== undefined) {
    const c: Continuation = {};
    if (wire.t !== undefined) c.skiptoken = wire.t;
    if (wire.k !== undefined) c.skip = wire.k;
    if (!isContinuation(c)) throw refuse();
    position.c = c;
  }
  return position;
}

export interface PaginateOptions<TRaw, TNode> {
  /**
   * Relative path of the collection's first page; every page is read from this path. Several paths are read one
   * after the other as one list (Graph has no polymorphic collection for some kinds).
   */
  collectionPath: string | readonly string[];
  /** Graph's base URL (the client's `baseUrl`): a nextLink must continue the same collection under it. */
  graphBaseUrl: string;
  first: number;
  after?: string | null;
  /** Reads one page: the collection's path, continued at Graph's paging parameters when not the first page. */
  fetchPage: (path: string) => Promise<GraphCollection<TRaw>>;
  /** `source` is the index of the collection the item came from. */
  map: (raw: TRaw, source: number) => TNode | null;
  /** Gateway-side filter for what Graph cannot filter. */
  filter?: (node: TNode) => boolean;
  /** Stop after this many upstream pages even if fewer than `first` items matched (filters can skip many). */
  maxPages?: number;
}

const sameContinuation = (a?: Continuation, b?: Continuation) => a?.skiptoken === b?.skiptoken && a?.skip === b?.skip;

export async function paginate<TRaw, TNode>(opts: PaginateOptions<TRaw, TNode>): Promise<ConnectionShape<TNode>> {
  const paths = pathsOf(opts.collectionPath);
  const base = parseBaseUrl(opts.graphBaseUrl);
  const at = (c: Continuation | undefined, o: number, s: number): Position => ({ ...(c ? { c } : {}), o, ...(s ? { s } : {}) });
  let position: Position = opts.after ? decodeCursor(opts.after, paths) : at(undefined, 0, 0);
  const edges: Edge<TNode>[] = [];
  const maxPages = opts.maxPages ?? 50;
  let hasNextPage = false;
  for (let pages = 0; opts.first > 0; pages++) {
    if (pages === maxPages) {
      hasNextPage = true;
      break;
    }
    const source = position.s ?? 0;
    const path = paths[source]!;
    const page = await opts.fetchPage(continuedPath(path, position.c));
    const items = page.value ?? [];
    let i = position.o;
    for (; i < items.length && edges.length < opts.first; i++) {
      const node = opts.map(items[i] as TRaw, source);
      if (node !== null && (!opts.filter || opts.filter(node))) edges.push({ node, cursor: encodeCursor(paths, at(position.c, i + 1, source)) });
    }
    const link = page["@odata.nextLink"];
    // Point past the end of a finished page at the next page (or collection), so the next request starts there.
    let next: Position | undefined;
    if (i >= items.length && link) {
      // Only Graph's continuation is kept; the link's own path is checked, never followed.
      const c = nextLinkContinuation(base, link, path);
      // A nextLink that points at the page just read would loop against a buggy upstream.
      if (sameContinuation(c, position.c)) throw nextLinkLoop(path);
      next = at(c, 0, source);
    } else if (i >= items.length && source + 1 < paths.length) {
      next = at(undefined, 0, source + 1);
    }
    position = next ?? at(position.c, i, source);
    if (edges.length >= opts.first) {
      hasNextPage = i < items.length || Boolean(next);
      break;
    }
    if (!next) break;
  }
  const endCursor = hasNextPage ? encodeCursor(paths, position) : (edges.at(-1)?.cursor ?? null);
  const last = edges.at(-1);
  if (last && hasNextPage) last.cursor = endCursor!;
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: Object.assign(new PageInfo(), { hasNextPage, endCursor }),
  };
}

function nextLinkLoop(path: string): GraphRequestError {
  return new GraphRequestError("Graph returned a nextLink to the page just read", { status: 0, code: "InvalidNextLink", method: "GET", path });
}

/** Validates `first` against the configured ceiling. */
export function pageSize(first: number | null | undefined, fallback: number, max: number): number {
  const value = first ?? fallback;
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw badInput("first", `first must be an integer from 0 to ${max}`);
  }
  return value;
}

/** A connection with nothing in it (e.g. the units of a policy kind this gateway cannot list). */
export function emptyConnection<T>(): ConnectionShape<T> {
  return { edges: [], nodes: [], pageInfo: Object.assign(new PageInfo(), { hasNextPage: false, endCursor: null }) };
}
