// Relay connections over Graph collections. A cursor carries Graph's whole paging link (the @odata.nextLink
// as Graph sent it, never a rebuilt $skiptoken) plus an offset into that page, so walking 10,000 units needs
// one upstream page at a time and nothing is held between requests.
import type { ClassType } from "type-graphql";
import { Directive, Field, ObjectType } from "type-graphql";
import type { GraphCollection } from "../../msgraph/models.js";
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

interface Position {
  /** The page link (relative path or absolute nextLink). */
  l: string;
  /** Index of the next item to read in that page. */
  o: number;
  /** Which collection of a multi-collection list (absent: the first). */
  s?: number;
}

export function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify(position), "utf8").toString("base64url");
}

/** Decodes a cursor and checks it belongs to the collection(s) at `collectionPath`. */
export function decodeCursor(cursor: string, collectionPath: string | readonly string[]): Position {
  const paths = typeof collectionPath === "string" ? [collectionPath] : collectionPath;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw badInput("after", "The cursor is not one this gateway issued");
  }
  const p = value as Partial<Position>;
  const source = p?.s ?? 0;
  const path = Number.isInteger(source) ? paths[source] : undefined;
  if (typeof p?.l !== "string" || !Number.isInteger(p.o) || (p.o as number) < 0 || !path || !sameCollection(p.l, path)) {
    throw badInput("after", "The cursor is not one this gateway issued for this list");
  }
  return source === 0 ? { l: p.l, o: p.o as number } : { l: p.l, o: p.o as number, s: source };
}

function sameCollection(link: string, collectionPath: string): boolean {
  const path = link.startsWith("/") ? link.split("?")[0] : safePathname(link);
  return path !== undefined && (path === collectionPath || path.endsWith(collectionPath));
}

function safePathname(link: string): string | undefined {
  try {
    return decodeURIComponent(new URL(link).pathname);
  } catch {
    return undefined;
  }
}

export interface PaginateOptions<TRaw, TNode> {
  /**
   * Relative path of the collection's first page; cursors must point into this collection. Several paths are
   * read one after the other as one list (Graph has no polymorphic collection for some kinds).
   */
  collectionPath: string | readonly string[];
  first: number;
  after?: string | null;
  fetchPage: (link: string) => Promise<GraphCollection<TRaw>>;
  /** `source` is the index of the collection the item came from. */
  map: (raw: TRaw, source: number) => TNode | null;
  /** Gateway-side filter for what Graph cannot filter. */
  filter?: (node: TNode) => boolean;
  /** Stop after this many upstream pages even if fewer than `first` items matched (filters can skip many). */
  maxPages?: number;
}

export async function paginate<TRaw, TNode>(opts: PaginateOptions<TRaw, TNode>): Promise<ConnectionShape<TNode>> {
  const paths = typeof opts.collectionPath === "string" ? [opts.collectionPath] : opts.collectionPath;
  const at = (l: string, o: number, s: number): Position => (s === 0 ? { l, o } : { l, o, s });
  let position: Position = opts.after ? decodeCursor(opts.after, paths) : at(paths[0] ?? "", 0, 0);
  const edges: Edge<TNode>[] = [];
  const maxPages = opts.maxPages ?? 50;
  let hasNextPage = false;
  for (let pages = 0; opts.first > 0; pages++) {
    if (pages === maxPages) {
      hasNextPage = true;
      break;
    }
    const source = position.s ?? 0;
    const page = await opts.fetchPage(position.l);
    const items = page.value ?? [];
    let i = position.o;
    for (; i < items.length && edges.length < opts.first; i++) {
      const node = opts.map(items[i] as TRaw, source);
      if (node !== null && (!opts.filter || opts.filter(node))) edges.push({ node, cursor: encodeCursor(at(position.l, i + 1, source)) });
    }
    // Point past the end of a finished page at the next page (or collection), so the next request starts there.
    const nextSource = paths[source + 1];
    const next = page["@odata.nextLink"] ?? (nextSource === undefined ? undefined : nextSource);
    const nextAt = page["@odata.nextLink"] ? source : source + 1;
    position = i >= items.length && next ? at(next, 0, nextAt) : at(position.l, i, source);
    if (edges.length >= opts.first) {
      hasNextPage = i < items.length || Boolean(next);
      break;
    }
    if (!next) break;
  }
  const endCursor = hasNextPage ? encodeCursor(position) : (edges.at(-1)?.cursor ?? null);
  const last = edges.at(-1);
  if (last && hasNextPage) last.cursor = encodeCursor(position);
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: Object.assign(new PageInfo(), { hasNextPage, endCursor }),
  };
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
