import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { isGraphRequestError } from "../../msgraph/errors.js";
import type { Context } from "../context.js";
import { ConnectionArgs } from "../shared/connection.args.js";
import { pageSize } from "../shared/connection.paginate.js";
import { emptyConnection } from "../shared/connection.type.js";
import { workloadNames } from "../shared/workload.enums.js";
import { requireGuid } from "../shared/input.validate.js";
import { ProtectionPolicy } from "../policies/policy.interface.js";
import { loadPolicy, readPolicy } from "../policies/policy.load.js";
import { ProtectionUnitConnection } from "./unit.connection.js";
import { ProtectionUnitFilter } from "./unit.input.js";
import { ProtectionUnit } from "./unit.interface.js";
import { listResourceUnits, listUnits } from "./unit.load.js";
import { resourceFilter, resolveResource } from "./unit.find.js";
import { changeOffboarding } from "./unit.offboard.js";
import { ProtectionUnitPayload } from "./unit.payload.js";
import { mapUnit } from "./unit.map.js";

@Resolver(() => ProtectionUnit)
export class UnitResolver {
  @Query(() => ProtectionUnitConnection, {
    description:
      "Protection units of all workloads, one workload, one policy, or one user, group or site, page by page. " +
      "Finding one person's or site's units costs 1 call (an email or site URL: 2), however many units the tenant has.",
  })
  async protectionUnits(
    @Ctx() ctx: Context,
    @Arg("filter", () => ProtectionUnitFilter, { nullable: true }) filter: ProtectionUnitFilter | null | undefined,
    @Args(() => ConnectionArgs) { first, after }: ConnectionArgs,
  ) {
    let workload = filter?.workload ? workloadNames(filter.workload).key : undefined;
    const policyId = filter?.policyId == null ? undefined : requireGuid("filter.policyId", filter.policyId);
    // Everything is checked before the first call.
    const named = resourceFilter(filter, workload);
    pageSize(first, 50, ctx.maxPageSize);
    const status = filter?.status;
    if (policyId) {
      // A policy's units live under its typed collection, so its workload is needed to build the path; the user or
      // site an email or URL names is read in the same wave.
      const [{ names }, resource] = await Promise.all([
        loadPolicy(ctx, policyId, "filter.policyId"),
        named ? resolveResource(ctx, named) : undefined,
      ]);
      if ((workload && workload !== names.key) || resource === null) return emptyConnection();
      if (resource && (resource.property === "siteId") !== (names.key === "sharePoint")) return emptyConnection();
      workload = names.key;
      return listUnits(ctx, { workload, policyId, status, resource, first, after });
    }
    if (named) {
      const resource = await resolveResource(ctx, named);
      if (!resource) return emptyConnection();
      if (workload) return listUnits(ctx, { workload, status, resource, first, after });
      return listResourceUnits(ctx, resource, { status, first, after });
    }
    return listUnits(ctx, { workload, status, first, after });
  }

  @Mutation(() => ProtectionUnitPayload, {
    description:
      "Offboards a unit (Graph's billing stop): allowed only for a unit removed from its policy and UNPROTECTED; it goes " +
      "OFFBOARD_REQUESTED, then OFFBOARDED. Any other state is refused with CONFLICT (extensions.status, allowed) " +
      "before any write. Graph allows it for delegated callers only.",
  })
  async offboardProtectionUnit(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<ProtectionUnitPayload> {
    return Object.assign(new ProtectionUnitPayload(), { unit: await changeOffboarding(ctx, id, "offboard") });
  }

  @Mutation(() => ProtectionUnitPayload, {
    description:
      "Cancels an offboarding still OFFBOARD_REQUESTED: the unit goes CANCEL_OFFBOARD_REQUESTED, then back to " +
      "UNPROTECTED. Any other state is refused with CONFLICT (extensions.status, allowed) before any write.",
  })
  async cancelOffboardProtectionUnit(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<ProtectionUnitPayload> {
    return Object.assign(new ProtectionUnitPayload(), { unit: await changeOffboarding(ctx, id, "cancelOffboard") });
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
