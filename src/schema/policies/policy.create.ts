// Creates a policy of any workload at most once per idempotencyKey. A policy's name is the user's and long-lived,
// so no marker goes into it: after a lost connection the gateway adopts a policy only when exactly one of the
// workload carries the exact displayName and was created while the lost attempt ran (give or take clock skew);
// otherwise it creates anew.
import { WORKLOAD_NAMES, type GraphProtectionPolicy, type WorkloadKey } from "../../msgraph/models.js";
import * as paths from "../../msgraph/paths.js";
import type { Context } from "../context.js";
import { readIdempotencyKey, runIdempotent } from "../shared/idempotency.run.js";
import { createdDuring, findAll } from "../shared/idempotency.recover.js";
import { requireDisplayName, requireIdList, type IdKind } from "../shared/input.validate.js";
import { loadPolicy } from "./policy.load.js";
import { mapPolicy } from "./policy.map.js";
import { ProtectionPolicyPayload } from "./policy.payload.js";

/** Graph accepts at most 50 units in one create request (413 ProtectionUnitsLimitBreached). */
const MAX_UNITS_PER_CREATE = 50;

export interface PolicyCreation {
  operation: string;
  displayName: string;
  ids?: readonly string[] | null;
  idempotencyKey?: string | null;
}

export async function createPolicy(ctx: Context, key: WorkloadKey, input: PolicyCreation): Promise<ProtectionPolicyPayload> {
  const names = WORKLOAD_NAMES[key];
  const field = names.unitKey === "siteId" ? "input.siteIds" : "input.directoryObjectIds";
  const kind: IdKind = names.unitKey === "siteId" ? "siteId" : "guid";
  const displayName = requireDisplayName("input.displayName", input.displayName);
  const body = {
    displayName,
    [names.unitCollection]: requireIdList(field, input.ids ?? [], kind, MAX_UNITS_PER_CREATE).map((id) => ({ [names.unitKey]: id })),
  };
  const idem = readIdempotencyKey(ctx, input.idempotencyKey);
  const path = paths.policies(key);
  const payload = (policy: ProtectionPolicyPayload["policy"]) => Object.assign(new ProtectionPolicyPayload(), { policy });
  return runIdempotent(ctx, idem, {
    operation: input.operation,
    request: { path, body },
    async create() {
      const raw = await ctx.graph.post<GraphProtectionPolicy>(path, body);
      const policy = mapPolicy(raw, key);
      // Later reads of this request see the state Graph just answered with.
      ctx.loaders.policy.clear(policy.id).prime(policy.id, raw);
      return { ref: { id: policy.id }, result: payload(policy) };
    },
    async recover(lost) {
      const found = await findAll<GraphProtectionPolicy>(ctx, path, (p) => p.displayName === displayName && createdDuring(p.createdDateTime, lost));
      return found.length === 1 ? { id: found[0]!.id } : undefined;
    },
    replay: async (ref) => payload((await loadPolicy(ctx, ref.id ?? "", "input.idempotencyKey", true)).policy),
  });
}
