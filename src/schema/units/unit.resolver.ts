import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { isGraphRequestError } from "../../msgraph/errors.js";
import type { Context } from "../context.js";
import { ConnectionArgs } from "../shared/connection.args.js";
import { workloadNames } from "../shared/workload.enums.js";
import { requireGuid } from "../shared/input.validate.js";
import { ProtectionPolicy } from "../policies/policy.interface.js";
import { loadPolicy, readPolicy } from "../policies/policy.load.js";
import { ProtectionUnitConnection } from "./unit.connection.js";
import { ProtectionUnitFilter } from "./unit.input.js";
import { ProtectionUnit } from "./unit.interface.js";
import { listUnits } from "./unit.load.js";
import { mapUnit } from "./unit.map.js";

@Resolver(() => ProtectionUnit)
export class UnitResolver {
  @Query(() => ProtectionUnitConnection, {
    description: "Protection units of all workloads, one workload, or one policy, page by page.",
  })
  async protectionUnits(
    @Ctx() ctx: Context,
    @Arg("filter", () => ProtectionUnitFilter, { nullable: true }) filter: ProtectionUnitFilter | null | undefined,
    @Args(() => ConnectionArgs) { first, after }: ConnectionArgs,
  ) {
    let workload = filter?.workload ? workloadNames(filter.workload).key : undefined;
    const policyId = filter?.policyId == null ? undefined : requireGuid("filter.policyId", filter.policyId);
    if (policyId) {
      // A policy's units live under its typed collection, so its workload is needed to build the path.
      const { names } = await loadPolicy(ctx, policyId, "filter.policyId");
      if (workload && workload !== names.key) return listUnits(ctx, { first: 0 });
      workload = names.key;
    }
    return listUnits(ctx, { workload, policyId, status: filter?.status, first, after });
  }

  @Query(() => ProtectionUnit, { nullable: true, description: "One unit by id; a NOT_FOUND error when Graph has none." })
  async protectionUnit(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<ProtectionUnit> {
    return mapUnit(await ctx.loaders.unit.load(requireGuid("id", id)));
  }

  @FieldResolver(() => ProtectionPolicy, { nullable: true, description: "The unit's policy; null once removed from it." })
  async policy(@Root() unit: ProtectionUnit, @Ctx() ctx: Context): Promise<ProtectionPolicy | null> {
    if (!unit.policyId) return null;
    try {
      return await readPolicy(ctx, unit.policyId);
    } catch (error) {
      // The policy may have been deleted since the unit was read.
      if (isGraphRequestError(error) && error.status === 404) return null;
      throw error;
    }
  }
}
