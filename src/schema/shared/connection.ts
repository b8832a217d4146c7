// Relay connections over Graph collections. A cursor carries Graph's whole paging link (the @odata.nextLink
// as Graph sent it, never a rebuilt $skiptoken) plus an offset into that page, so walking 10,000 units needs
// one upstream page at a time and nothing is held between requests.
import type { ClassType } from "type-graphql";
import { Field, ObjectType } from "type-graphql";
import type { GraphCollection } from "../../msgraph/models.js";
import { badInput } from "./errors.js";

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
  @ObjectType(`${name}Edge`, { description: `One ${name} and its cursor.` })
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

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
}

export function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify(position), "utf8").toString("base64url");
}

/** Decodes a cursor and checks it belongs to the collection at `collectionPath`. */
export function decodeCursor(cursor: string, collectionPath: string): Position {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw badInput("after", "The cursor is not one this gateway issued");
  }
  const p = value as Partial<Position>;
  if (typeof p?.l !== "string" || !Number.isInteger(p.o) || (p.o as number) < 0 || !sameCollection(p.l, collectionPath)) {
    throw badInput("after", "The cursor is not one this gateway issued for this list");
  }
  return { l: p.l, o: p.o as number };
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
  /** Relative path of the collection's first page; cursors must point into this collection. */
  collectionPath: string;
  first: number;
  after?: string | null;
  fetchPage: (link: string) => Promise<GraphCollection<TRaw>>;
  map: (raw: TRaw) => TNode | null;
  /** Gateway-side filter for what Graph cannot filter. */
  filter?: (node: TNode) => boolean;
  /** Stop after this many upstream pages even if fewer than `first` items matched (filters can skip many). */
  maxPages?: number;
}

export async function paginate<TRaw, TNode>(opts: PaginateOptions<TRaw, TNode>): Promise<ConnectionShape<TNode>> {
  let position: Position = opts.after ? decodeCursor(opts.after, opts.collectionPath) : { l: opts.collectionPath, o: 0 };
  const edges: Edge<TNode>[] = [];
  const maxPages = opts.maxPages ?? 50;
  let hasNextPage = false;
  for (let pages = 0; opts.first > 0; pages++) {
    if (pages === maxPages) {
      hasNextPage = true;
      break;
    }
    const page = await opts.fetchPage(position.l);
    const items = page.value ?? [];
    let i = position.o;
    for (; i < items.length && edges.length < opts.first; i++) {
      const node = opts.map(items[i] as TRaw);
      if (node !== null && (!opts.filter || opts.filter(node))) edges.push({ node, cursor: encodeCursor({ l: position.l, o: i + 1 }) });
    }
    const next = page["@odata.nextLink"];
    // Point past the end of a finished page at the next page, so the next request starts there directly.
    position = i >= items.length && next ? { l: next, o: 0 } : { l: position.l, o: i };
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
