import { workloadOfODataType, type WorkloadNames } from "../../msgraph/models.js";
import type { Context } from "../context.js";
import { badInput } from "../shared/errors.codes.js";
import { requireGuid } from "../shared/input.validate.js";
import type { ProtectionPolicy } from "./policy.interface.js";
import { mapPolicy } from "./policy.map.js";

export interface LoadedPolicy {
  policy: ProtectionPolicy;
  /** Graph's names for the policy's workload; reading a policy of an unknown kind is fine, changing it is not. */
  names: WorkloadNames;
}

/** Loads a policy through the request's loader; `fresh` skips the request cache (after a change). */
export async function loadPolicy(ctx: Context, id: string, field = "id", fresh = false): Promise<LoadedPolicy> {
  const policyId = requireGuid(field, id);
  if (fresh) ctx.loaders.policy.clear(policyId);
  const raw = await ctx.loaders.policy.load(policyId);
  const names = workloadOfODataType(raw["@odata.type"]);
  if (!names) throw badInput(field, `Policy ${policyId} is of a kind this gateway cannot change (${raw["@odata.type"] ?? "no @odata.type"})`);
  return { policy: mapPolicy(raw, names.key), names };
}

/**
 * Reads any policy, including kinds this gateway does not model (as UnknownProtectionPolicy). `id` is a validated
 * argument or Graph's own (a unit's policyId); the loader turns it into a path segment either way.
 */
export async function readPolicy(ctx: Context, id: string): Promise<ProtectionPolicy> {
  return mapPolicy(await ctx.loaders.policy.load(id));
}
