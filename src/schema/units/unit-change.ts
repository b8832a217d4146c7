// The one generic add/remove path for all three workloads: validate, split into Graph's 50-item limit,
// PATCH each chunk in order, pair every answer element with its item, and read the policy back.
import { isGraphRequestError } from "../../msgraph/errors.js";
import { BACKUP_ROOT, type WorkloadKey } from "../../msgraph/models.js";
import type { Context } from "../context.js";
import { loadPolicy } from "../policies/policy.load.js";
import { badInput } from "../shared/errors.js";
import { mapPublicError } from "../shared/map.js";
import { requireId, requireIdList } from "../shared/validate.js";
import { correlateDelta, deltaBody, type ChangeItem, type ItemOutcome } from "./unit-delta.js";
import { ProtectionUnitChangeOperation, ProtectionUnitChangeResult, ProtectionUnitChangesPayload } from "./unit-change.type.js";
import { mapUnit } from "./unit.map.js";

/** Graph accepts at most 50 units per PATCH (413 ProtectionUnitsLimitBreached). */
export const MAX_UNITS_PER_PATCH = 50;

export interface ChangeRequest {
  policyId: string;
  add?: readonly string[] | null;
  remove?: readonly string[] | null;
  /** Set by the workload-specific add mutations: the policy must be of this workload. */
  workload?: WorkloadKey;
  addField: string;
  removeField: string;
}

export async function changeUnits(ctx: Context, request: ChangeRequest): Promise<ProtectionUnitChangesPayload> {
  const policyId = requireId("input.policyId", request.policyId);
  // Site ids or GUIDs are both plausible until we know the policy's workload; checked again below.
  const adds = requireIdList(request.addField, request.add ?? [], request.workload === "sharePoint" || !request.workload ? "siteId" : "guid");
  const removes = requireIdList(request.removeField, request.remove ?? [], "any");
  if (adds.length + removes.length === 0) throw badInput(request.add ? request.addField : request.removeField, "Nothing to change: give at least one id to add or remove");

  const { names } = await loadPolicy(ctx, policyId, "input.policyId");
  if (request.workload && request.workload !== names.key) {
    throw badInput("input.policyId", `Policy ${policyId} is not a ${request.workload} policy (it protects ${names.unitCollection})`);
  }
  if (names.unitKey === "directoryObjectId") requireIdList(request.addField, adds, "guid");

  const items: ChangeItem[] = [
    ...adds.map((target) => ({ operation: "add" as const, target })),
    ...removes.map((target) => ({ operation: "remove" as const, target })),
  ];
  const path = `${BACKUP_ROOT}/${names.policyCollection}/${encodeURIComponent(policyId)}`;
  const outcomes: ItemOutcome[] = [];
  for (let start = 0; start < items.length; start += MAX_UNITS_PER_PATCH) {
    const chunk = items.slice(start, start + MAX_UNITS_PER_PATCH);
    try {
      const answer = await ctx.graph.patch<Record<string, unknown>>(path, deltaBody(names, chunk));
      outcomes.push(...correlateDelta(names, chunk, answer?.[`${names.unitCollection}@delta`]));
    } catch (error) {
      // Nothing applied yet: the whole operation failed. Otherwise earlier chunks stand and must be reported.
      if (start === 0 || !isGraphRequestError(error)) throw error;
      const failure = { code: error.code, message: error.message };
      outcomes.push(...items.slice(start).map((item) => ({ item, unit: null, error: { ...failure, target: item.target } })));
      break;
    }
  }

  const { policy } = await loadPolicy(ctx, policyId, "input.policyId", true);
  return Object.assign(new ProtectionUnitChangesPayload(), {
    policy,
    results: outcomes.map((o) => toResult(o, names.key)),
  });
}

function toResult(outcome: ItemOutcome, workload: WorkloadKey): ProtectionUnitChangeResult {
  return Object.assign(new ProtectionUnitChangeResult(), {
    operation: outcome.item.operation === "add" ? ProtectionUnitChangeOperation.ADD : ProtectionUnitChangeOperation.REMOVE,
    target: outcome.item.target,
    succeeded: outcome.error === null,
    protectionUnit: outcome.unit ? mapUnit(outcome.unit, workload) : null,
    error: mapPublicError(outcome.error),
  });
}
