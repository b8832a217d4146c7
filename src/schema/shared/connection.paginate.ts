// Relay connections over Graph collections: walking 10,000 units needs one upstream page at a time, resumed from
// the cursor (connection.cursor.ts) at Graph's continuation of the page it was issued on.
import { GraphRequestError } from "../../msgraph/errors.js";
import type { GraphCollection } from "../../msgraph/models.js";
import { continuedPath, nextLinkContinuation, parseBaseUrl, type Continuation } from "../../msgraph/url.js";
import { decodeCursor, encodeCursor, pathsOf, type Position } from "./connection.cursor.js";
import { PageInfo, type ConnectionShape, type Edge } from "./connection.type.js";
import { badInput } from "./errors.codes.js";

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
