import { workloadOfODataType, type WorkloadNames } from "../../msgraph/models.js";
import type { Context } from "../context.js";
import { GatewayErrorCode, gatewayError } from "../shared/errors.js";
import { requireId } from "../shared/validate.js";
import type { ProtectionPolicy } from "./policy.interface.js";
import { mapPolicy } from "./policy.map.js";

export interface LoadedPolicy {
  policy: ProtectionPolicy;
  names: WorkloadNames;
}

/** Loads a policy through the request's loader; `fresh` skips the request cache (after a change). */
export async function loadPolicy(ctx: Context, id: string, field = "id", fresh = false): Promise<LoadedPolicy> {
  const policyId = requireId(field, id);
  if (fresh) ctx.loaders.policy.clear(policyId);
  const raw = await ctx.loaders.policy.load(policyId);
  const names = workloadOfODataType(raw["@odata.type"]);
  const policy = names ? mapPolicy(raw, names.key) : null;
  if (!names || !policy) {
    throw gatewayError(GatewayErrorCode.INTERNAL_SERVER_ERROR, "Graph returned a policy of a type this gateway does not know");
  }
  return { policy, names };
}
