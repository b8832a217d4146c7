import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { workloadOfODataType, type GraphProtectionPolicy, type WorkloadKey } from "../../msgraph/models.js";
import * as paths from "../../msgraph/paths.js";
import type { Context } from "../context.js";
import { GatewayErrorCode, gatewayError } from "../shared/errors.codes.js";
import { requireDisplayName, requireGuid } from "../shared/input.validate.js";
import { createPolicy } from "./policy.create.js";
import {
  CreateExchangeProtectionPolicyInput,
  CreateOneDriveForBusinessProtectionPolicyInput,
  CreateSharePointProtectionPolicyInput,
  UpdateProtectionPolicyInput,
} from "./policy.input.js";
import { loadPolicy } from "./policy.load.js";
import { mapPolicy } from "./policy.map.js";
import { DeletePayload } from "../shared/delete.payload.js";
import { ProtectionPolicyPayload } from "./policy.payload.js";

async function payload(ctx: Context, raw: GraphProtectionPolicy, key?: WorkloadKey): Promise<ProtectionPolicyPayload> {
  // Action answers (activate, deactivate) may omit @odata.type; then read the policy back to learn its kind.
  if (!key && !workloadOfODataType(raw["@odata.type"])) {
    return Object.assign(new ProtectionPolicyPayload(), { policy: (await loadPolicy(ctx, raw.id, "id", true)).policy });
  }
  const policy = mapPolicy(raw, key);
  // Later reads of this request see the state Graph just answered with.
  ctx.loaders.policy.clear(policy.id).prime(policy.id, raw);
  return Object.assign(new ProtectionPolicyPayload(), { policy });
}

@Resolver()
export class PolicyMutationResolver {
  @Mutation(() => ProtectionPolicyPayload, { description: "Creates an Exchange policy; it starts INACTIVE." })
  createExchangeProtectionPolicy(@Arg("input", () => CreateExchangeProtectionPolicyInput) input: CreateExchangeProtectionPolicyInput, @Ctx() ctx: Context) {
    return createPolicy(ctx, "exchange", { ...input, operation: "createExchangeProtectionPolicy", ids: input.directoryObjectIds });
  }

  @Mutation(() => ProtectionPolicyPayload, { description: "Creates a OneDrive for Business policy; it starts INACTIVE." })
  createOneDriveForBusinessProtectionPolicy(
    @Arg("input", () => CreateOneDriveForBusinessProtectionPolicyInput) input: CreateOneDriveForBusinessProtectionPolicyInput,
    @Ctx() ctx: Context,
  ) {
    return createPolicy(ctx, "oneDriveForBusiness", { ...input, operation: "createOneDriveForBusinessProtectionPolicy", ids: input.directoryObjectIds });
  }

  @Mutation(() => ProtectionPolicyPayload, { description: "Creates a SharePoint policy; it starts INACTIVE." })
  createSharePointProtectionPolicy(@Arg("input", () => CreateSharePointProtectionPolicyInput) input: CreateSharePointProtectionPolicyInput, @Ctx() ctx: Context) {
    return createPolicy(ctx, "sharePoint", { ...input, operation: "createSharePointProtectionPolicy", ids: input.siteIds });
  }

  @Mutation(() => ProtectionPolicyPayload, { description: "Renames a policy." })
  async updateProtectionPolicy(@Arg("input", () => UpdateProtectionPolicyInput) input: UpdateProtectionPolicyInput, @Ctx() ctx: Context) {
    if (input.displayName === undefined || input.displayName === null) throw gatewayError(GatewayErrorCode.BAD_USER_INPUT, "Nothing to update: give displayName", { field: "input.displayName" });
    const policyId = requireGuid("input.id", input.id);
    const displayName = requireDisplayName("input.displayName", input.displayName);
    const { names } = await loadPolicy(ctx, policyId, "input.id");
    await ctx.graph.patch(paths.policy(policyId, names.key), { displayName });
    // Graph's PATCH answers with a delta echo, not the policy: read it back.
    return Object.assign(new ProtectionPolicyPayload(), { policy: (await loadPolicy(ctx, policyId, "input.id", true)).policy });
  }

  @Mutation(() => ProtectionPolicyPayload, { description: "Starts protecting the policy's units (INACTIVE → UPDATING → ACTIVE)." })
  async activateProtectionPolicy(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return payload(ctx, await ctx.graph.post<GraphProtectionPolicy>(paths.policyAction(requireGuid("id", id), "activate")));
  }

  @Mutation(() => ProtectionPolicyPayload, { description: "Stops protecting the policy's units (ACTIVE → UPDATING → INACTIVE)." })
  async deactivateProtectionPolicy(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return payload(ctx, await ctx.graph.post<GraphProtectionPolicy>(paths.policyAction(requireGuid("id", id), "deactivate")));
  }

  @Mutation(() => DeletePayload, { description: "Deletes an INACTIVE policy." })
  async deleteProtectionPolicy(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    const policyId = requireGuid("id", id);
    await ctx.graph.delete(paths.policy(policyId));
    ctx.loaders.policy.clear(policyId);
    return Object.assign(new DeletePayload(), { id: policyId, deleted: true });
  }
}
