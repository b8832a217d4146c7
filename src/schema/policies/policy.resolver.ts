import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { GraphProtectionPolicy } from "../../msgraph/models.js";
import * as paths from "../../msgraph/paths.js";
import { listPage } from "../../loaders/index.js";
import type { Context } from "../context.js";
import { ConnectionArgs, DescribedConnectionArgs } from "../shared/connection.args.js";
import { emptyConnection } from "../shared/connection.type.js";
import { pageSize, paginate } from "../shared/connection.paginate.js";
import { ProtectionUnitStatus } from "../shared/status.enums.js";
import { requireGuid } from "../shared/input.validate.js";
import { workloadNames, workloadNamesOrNone } from "../shared/workload.enums.js";
import { ProtectionUnitConnection } from "../units/unit.connection.js";
import { listUnits } from "../units/unit.load.js";
import { ProtectionPolicyConnection } from "./policy.connection.js";
import { ProtectionPolicyFilter } from "./policy.input.js";
import { ProtectionPolicy } from "./policy.interface.js";
import { readPolicy } from "./policy.load.js";
import { mapPolicy } from "./policy.map.js";

@Resolver(() => ProtectionPolicy)
export class PolicyResolver {
  @Query(() => ProtectionPolicyConnection, {
    description: "Protection policies of all workloads, or of one (filter.workload), page by page.",
  })
  protectionPolicies(
    @Ctx() ctx: Context,
    @Arg("filter", () => ProtectionPolicyFilter, { nullable: true }) filter: ProtectionPolicyFilter | null | undefined,
    @Args(() => DescribedConnectionArgs) { first, after }: DescribedConnectionArgs,
  ) {
    const names = filter?.workload ? workloadNames(filter.workload) : undefined;
    const statuses = filter?.status?.length ? new Set(filter.status) : undefined;
    return paginate<GraphProtectionPolicy, ProtectionPolicy>({
      collectionPath: paths.policies(names?.key),
      graphBaseUrl: ctx.graph.baseUrl,
      first: pageSize(first, 50, ctx.maxPageSize),
      after,
      fetchPage: (link) => listPage(ctx.loaders, link),
      map: (raw) => mapPolicy(raw, names?.key),
      filter: statuses ? (policy) => statuses.has(policy.status) : undefined,
    });
  }

  @Query(() => ProtectionPolicy, { nullable: true, description: "One policy by id; a NOT_FOUND error when Graph has none." })
  protectionPolicy(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<ProtectionPolicy> {
    return readPolicy(ctx, requireGuid("id", id));
  }

  @FieldResolver(() => ProtectionUnitConnection, {
    description: "The policy's units, page by page. status is applied by the gateway.",
  })
  protectionUnits(
    @Root() policy: ProtectionPolicy,
    @Ctx() ctx: Context,
    @Arg("status", () => [ProtectionUnitStatus], { nullable: true }) status: ProtectionUnitStatus[] | null | undefined,
    @Args(() => ConnectionArgs) { first, after }: ConnectionArgs,
  ) {
    const names = workloadNamesOrNone(policy.workload);
    // A policy of a kind this gateway does not model has no unit collection it knows how to read.
    if (!names) return emptyConnection();
    return listUnits(ctx, { workload: names.key, policyId: policy.id, status, first, after });
  }
}
