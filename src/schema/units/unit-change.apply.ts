// The one generic add/remove path for all three workloads: validate, split into Graph's 50-item limit,
// PATCH each chunk in order, pair every answer element with its item, and read the policy back.
import { type GraphProtectionUnit, type WorkloadKey } from "../../msgraph/models.js";
import * as paths from "../../msgraph/paths.js";
import type { Context } from "../context.js";
import { loadPolicy } from "../policies/policy.load.js";
import { badInput } from "../shared/errors.codes.js";
import { patchInChunks, type DeltaOutcome } from "../shared/delta.patch.js";
import { mapPublicError } from "../shared/common.map.js";
import { requireGuid, requireIdList } from "../shared/input.validate.js";
import { correlateUnits, deltaBody, type ChangeItem } from "./unit-change.delta.js";
import { ProtectionUnitChangeOperation, ProtectionUnitChangeResult, ProtectionUnitChangesPayload } from "./unit-change.type.js";
import { mapUnit } from "./unit.map.js";

/** Graph accepts at most 50 units per PATCH (413 ProtectionUnitsLimitBreached). */
export { DELTA_CHUNK as MAX_UNITS_PER_PATCH } from "../shared/delta.patch.js";

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
  const policyId = requireGuid("input.policyId", request.policyId);
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
  const path = paths.policy(policyId, names.key);
  const outcomes = await patchInChunks<GraphProtectionUnit>(items, async (chunk) => {
    const answer = await ctx.graph.patch<Record<string, unknown>>(path, deltaBody(names, chunk));
    return correlateUnits(names, chunk, answer?.[`${names.unitCollection}@delta`]);
  });

  const { policy } = await loadPolicy(ctx, policyId, "input.policyId", true);
  return Object.assign(new ProtectionUnitChangesPayload(), {
    policy,
    results: outcomes.map((o) => toResult(o, names.key)),
  });
}

function toResult(outcome: DeltaOutcome<GraphProtectionUnit>, workload: WorkloadKey): ProtectionUnitChangeResult {
  return Object.assign(new ProtectionUnitChangeResult(), {
    operation: outcome.item.operation === "add" ? ProtectionUnitChangeOperation.ADD : ProtectionUnitChangeOperation.REMOVE,
    target: outcome.item.target,
    succeeded: outcome.error === null,
    protectionUnit: outcome.entity ? mapUnit(outcome.entity, workload) : null,
    error: mapPublicError(outcome.error),
  });
}
