import { Arg, Args, Ctx, Directive, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { WORKLOAD_KEYS, type GraphProtectionUnitsBulkAdditionJob, type WorkloadKey } from "../../msgraph/models.js";
import * as paths from "../../msgraph/paths.js";
import { listPage } from "../../loaders/index.js";
import type { Context } from "../context.js";
import { ConnectionArgs } from "../shared/connection.args.js";
import { ProtectionPolicy } from "../policies/policy.interface.js";
import { emptyConnection } from "../shared/connection.type.js";
import { pageSize, paginate } from "../shared/connection.paginate.js";
import { GatewayErrorCode, gatewayError } from "../shared/errors.codes.js";
import { hintTerminal, STATUS_CACHE_HINT } from "../shared/polling.hints.js";
import { requireGuid } from "../shared/input.validate.js";
import { Workload, workloadNames, workloadNamesOrNone } from "../shared/workload.enums.js";
import { ProtectionUnitsBulkAdditionJobConnection } from "./job.connection.js";
import { BulkAdditionJobFilter } from "./job.filter.js";
import { ProtectionUnitsBulkAdditionJob } from "./job.interface.js";
import { mapJob } from "./job.map.js";

/** Reads one job through the request's job loader. */
export async function loadJob(ctx: Context, key: WorkloadKey, id: string): Promise<ProtectionUnitsBulkAdditionJob> {
  const raw = await ctx.loaders.job.load({ workload: key, id });
  const job = mapJob(raw, key);
  if (!job) throw gatewayError(GatewayErrorCode.INTERNAL_SERVER_ERROR, "Graph returned a job of a type this gateway does not know");
  return job;
}

/** Lists the job collections of `keys` (the root's, or one policy's when `policyPath` is given) as one list. */
function listJobs(ctx: Context, keys: readonly WorkloadKey[], paths: string[], first?: number | null, after?: string | null, filter?: BulkAdditionJobFilter | null) {
  const statuses = filter?.status?.length ? new Set(filter.status) : undefined;
  return paginate<GraphProtectionUnitsBulkAdditionJob, ProtectionUnitsBulkAdditionJob>({
    collectionPath: paths,
    graphBaseUrl: ctx.graph.baseUrl,
    first: pageSize(first, 50, ctx.maxPageSize),
    after,
    fetchPage: (link) => listPage(ctx.loaders, link),
    // Each collection holds one workload, which answers that omit @odata.type still tell through their source.
    map: (raw, source) => mapJob(raw, keys[source]),
    filter: statuses ? (job) => statuses.has(job.status) : undefined,
  });
}

@Resolver(() => ProtectionPolicy)
export class PolicyJobsResolver {
  @FieldResolver(() => ProtectionUnitsBulkAdditionJobConnection, { description: "The policy's bulk addition jobs, page by page." })
  bulkAdditionJobs(
    @Root() policy: ProtectionPolicy,
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) { first, after }: ConnectionArgs,
  ) {
    const names = workloadNamesOrNone(policy.workload);
    if (!names) return emptyConnection();
    const path = paths.policyBulkJobs(names.key, policy.id);
    return listJobs(ctx, [names.key], [path], first, after);
  }
}

@Resolver(() => ProtectionUnitsBulkAdditionJob)
export class JobResolver {
  @Query(() => ProtectionUnitsBulkAdditionJobConnection, {
    description: "Bulk addition jobs of every workload (Exchange, then OneDrive, then SharePoint) or of one. status is applied by the gateway.",
  })
  protectionUnitsBulkAdditionJobs(
    @Ctx() ctx: Context,
    @Arg("filter", () => BulkAdditionJobFilter, { nullable: true }) filter: BulkAdditionJobFilter | null | undefined,
    @Args(() => ConnectionArgs) { first, after }: ConnectionArgs,
  ) {
    const keys = filter?.workload ? [workloadNames(filter.workload).key] : WORKLOAD_KEYS;
    return listJobs(ctx, keys, keys.map((k) => paths.bulkJobs(k)), first, after, filter);
  }

  @Query(() => ProtectionUnitsBulkAdditionJob, { nullable: true, description: "One job; poll it until isTerminal. NOT_FOUND when Graph has none." })
  @Directive(STATUS_CACHE_HINT)
  async protectionUnitsBulkAdditionJob(
    @Arg("workload", () => Workload) workload: Workload,
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: Context,
    @Info() info: unknown,
  ) {
    const job = await loadJob(ctx, workloadNames(workload).key, requireGuid("id", id));
    hintTerminal(info, job.isTerminal);
    return job;
  }
}
