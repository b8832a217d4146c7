// One generic unit listing for every collection that holds units: a policy's, a workload's, or all of them.
import type { GraphProtectionUnit, WorkloadKey } from "../../msgraph/models.js";
import * as paths from "../../msgraph/paths.js";
import { listPage } from "../../loaders/index.js";
import type { Context } from "../context.js";
import { pageSize, paginate } from "../shared/connection.paginate.js";
import { decodeCursor, encodeCursor } from "../shared/connection.cursor.js";
import { PageInfo, type ConnectionShape } from "../shared/connection.type.js";
import { camelCase } from "../shared/enum.map.js";
import { ProtectionUnitStatus } from "../shared/status.enums.js";
import type { ProtectionUnit } from "./unit.interface.js";
import { mapUnit } from "./unit.map.js";

export interface UnitListArgs {
  /** The workload when the collection holds one kind only (typed answers may omit @odata.type). */
  workload?: WorkloadKey;
  /** Restrict to one policy's units. */
  policyId?: string;
  status?: ProtectionUnitStatus[] | null;
  /** Only the units of this user, group or site (Graph's $filter on the resource's property). */
  resource?: UnitResource;
  first?: number | null;
  after?: string | null;
}

/** The resource a unit protects, named by the property Graph filters it by. */
export interface UnitResource {
  property: "directoryObjectId" | "siteId";
  id: string;
}

/** Graph's values for a status filter, or undefined when it must be applied here (UNKNOWN is the gateway's own). */
export function graphStatuses(status: readonly ProtectionUnitStatus[] | null | undefined): string[] | undefined {
  if (!status?.length || status.includes(ProtectionUnitStatus.UNKNOWN)) return undefined;
  return [...new Set(status)].map(camelCase);
}

export function unitCollectionPath(args: Pick<UnitListArgs, "workload" | "policyId" | "status" | "resource">): string {
  const collection =
    args.policyId && args.workload ? paths.policyUnits(args.workload, args.policyId) : paths.units(args.workload);
  return paths.unitsWhere(collection, {
    status: graphStatuses(args.status),
    ...(args.resource ? { [args.resource.property]: [args.resource.id] } : {}),
  });
}

export function listUnits(ctx: Context, args: UnitListArgs): Promise<ConnectionShape<ProtectionUnit>> {
  // Graph filters by status; only a list with UNKNOWN in it is filtered here, on the pages read.
  const statuses = args.status?.length && !graphStatuses(args.status) ? new Set(args.status) : undefined;
  return paginate<GraphProtectionUnit, ProtectionUnit>({
    collectionPath: unitCollectionPath(args),
    graphBaseUrl: ctx.graph.baseUrl,
    first: pageSize(args.first, 50, ctx.maxPageSize),
    after: args.after,
    fetchPage: (link) => listPage(ctx.loaders, link),
    map: (raw) => mapUnit(raw, args.workload),
    filter: statuses ? (unit) => statuses.has(unit.status) : undefined,
  });
}

/**
 * The units of one user, group or site across every policy: both unit lists Graph keeps for it (mailbox and drive, or
 * site), read with $filter in one wave through ctx.loaders.unitsOfResource, and paged here (a resource has few units).
 */
export async function listResourceUnits(
  ctx: Context,
  resource: UnitResource,
  args: Pick<UnitListArgs, "status" | "first" | "after">,
): Promise<ConnectionShape<ProtectionUnit>> {
  const first = pageSize(args.first, 50, ctx.maxPageSize);
  // The cursor is bound to this resource's list (and status filter) like any other list's cursor to its path.
  const list = [unitCollectionPath({ status: args.status, resource })];
  const start = args.after ? decodeCursor(args.after, list).o : 0;
  const kind = resource.property === "siteId" ? "site" : "directoryObject";
  const raw = first === 0 ? [] : await ctx.loaders.unitsOfResource.load({ kind, id: resource.id });
  const statuses = args.status?.length ? new Set(args.status) : undefined;
  const nodes = raw.map((unit) => mapUnit(unit)).filter((unit) => !statuses || statuses.has(unit.status));
  const edges = nodes.slice(start, start + first).map((node, i) => ({ node, cursor: encodeCursor(list, { o: start + i + 1 }) }));
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: Object.assign(new PageInfo(), { hasNextPage: start + first < nodes.length, endCursor: edges.at(-1)?.cursor ?? null }),
  };
}
