// browse: one Graph page per upstream call. The first page is Graph's POST …/browse (a read) after the session is
// checked; every later page is the GET …/browse?$skiptoken=… Graph's nextLink names, resumed from the cursor alone.
import { listPage } from "../../loaders/index.js";
import type { GraphBrowseItem, GraphBrowseRequest, GraphCollection } from "../../msgraph/models.js";
import * as paths from "../../msgraph/paths.js";
import type { Context } from "../context.js";
import { pageSize, paginate } from "../shared/connection.paginate.js";
import { camelCase } from "../shared/enum.map.js";
import type { ConnectionShape } from "../shared/connection.type.js";
import { mapBrowseItem } from "./browse-session.map.js";
import { requireBrowsable } from "./browse-session.load.js";
import { browseKeyOf, nameContainsFilter, requireItemKey, requireOpaqueId } from "./browse.validate.js";
import { bindCursor, unbindCursor, type BrowseScope } from "./browse.cursor.js";
import { GRAPH_ORDER } from "./browse.enums.js";
import type { BrowseInput } from "./browse.input.js";
import type { BrowseItem } from "./browse-item.type.js";

/** Graph's body for the input; every part checked before anything is sent. */
function browseRequest(input: BrowseInput): GraphBrowseRequest {
  const request: GraphBrowseRequest = {};
  const key = requireItemKey("input.itemKey", input.itemKey);
  if (key !== undefined) request.browseLocationItemKey = key;
  if (input.resourceType) request.browseResourceType = camelCase(input.resourceType);
  const filter = nameContainsFilter("input.nameContains", input.nameContains);
  if (filter !== undefined) request.filter = filter;
  if (input.orderBy) request.orderBy = GRAPH_ORDER[input.orderBy];
  return request;
}

export async function browse(ctx: Context, input: BrowseInput, first?: number | null, after?: string | null): Promise<ConnectionShape<BrowseItem>> {
  const sessionId = requireOpaqueId("input.sessionId", input.sessionId);
  const request = browseRequest(input);
  const size = pageSize(first, 100, ctx.maxPageSize);
  const scopeOf = (workload: BrowseScope["workload"]): BrowseScope => ({ workload, sessionId, request });
  let workload: BrowseScope["workload"];
  let inner: string | undefined;
  if (after) {
    // A later page: Graph's token was issued for a CREATED session; if it has expired since, Graph answers 404.
    ({ workload, cursor: inner } = unbindCursor(after, scopeOf));
  } else {
    const session = await requireBrowsable(ctx, sessionId, "input.sessionId");
    workload = browseKeyOf(session.workload)!;
  }
  const path = paths.browseSessionBrowse(workload, sessionId);
  const connection = await paginate<GraphBrowseItem, BrowseItem>({
    collectionPath: path,
    graphBaseUrl: ctx.graph.baseUrl,
    first: size,
    after: inner,
    // Graph's first page answers the action; the next ones are plain GETs of its nextLink's $skiptoken.
    fetchPage: (link) =>
      link === path
        ? ctx.graph.post<GraphCollection<GraphBrowseItem>>(path, request, { readOnly: true })
        : listPage<GraphBrowseItem>(ctx.loaders, link),
    map: mapBrowseItem,
  });
  const scope = scopeOf(workload);
  for (const edge of connection.edges) edge.cursor = bindCursor(scope, edge.cursor);
  const endCursor = connection.pageInfo.endCursor;
  connection.pageInfo.endCursor = endCursor === null ? null : bindCursor(scope, endCursor);
  return connection;
}
