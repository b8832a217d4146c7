// One generic unit listing for every collection that holds units: a policy's, a workload's, or all of them.
import type { GraphProtectionUnit, WorkloadKey } from "../../msgraph/models.js";
import * as paths from "../../msgraph/paths.js";
import { listPage } from "../../loaders/index.js";
import type { Context } from "../context.js";
import { pageSize, paginate } from "../shared/connection.paginate.js";
import type { ConnectionShape } from "../shared/connection.type.js";
import type { ProtectionUnitStatus } from "../shared/status.enums.js";
import type { ProtectionUnit } from "./unit.interface.js";
import { mapUnit } from "./unit.map.js";

export interface UnitListArgs {
  /** The workload when the collection holds one kind only (typed answers may omit @odata.type). */
  workload?: WorkloadKey;
  /** Restrict to one policy's units. */
  policyId?: string;
  status?: ProtectionUnitStatus[] | null;
  first?: number | null;
  after?: string | null;
}

export function unitCollectionPath(args: Pick<UnitListArgs, "workload" | "policyId">): string {
  if (args.policyId && args.workload) return paths.policyUnits(args.workload, args.policyId);
  return paths.units(args.workload);
}

export function listUnits(ctx: Context, args: UnitListArgs): Promise<ConnectionShape<ProtectionUnit>> {
  const statuses = args.status?.length ? new Set(args.status) : undefined;
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
