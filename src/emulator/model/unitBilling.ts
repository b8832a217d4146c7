import { errors } from "../wire/errors/graph.js";
import { isPlainObject } from "../wire/request.js";
import type { UnitRecord } from "../state/protectionRecords.js";
import type { EmulatorStore } from "../state/store.js";

/**
 * Beta's billing policy of a detached unit (unit id -> billingPolicyId): a Map added to the store, so the store's
 * clear() empties it on reset; it is not in the saved state file.
 */
function billing(store: EmulatorStore): Map<string, string | null> {
  const slots = store as unknown as Record<string, unknown>;
  if (!(slots["betaUnitBilling"] instanceof Map)) slots["betaUnitBilling"] = new Map<string, string | null>();
  return slots["betaUnitBilling"] as Map<string, string | null>;
}

export function billingPolicyIdOf(store: EmulatorStore, unit: UnitRecord): string | null {
  return billing(store).get(unit.id) ?? null;
}

/**
 * Beta `PATCH /solutions/backupRestore/{x}ProtectionUnits/{id}` `{ billingPolicyId }`: only for a unit removed from
 * its policy; an attached unit gets 403 OperationNotAllowed in Graph's usual envelope (the beta page's bare
 * publicError is documented for the PowerShell SDK only).
 */
export function patchUnitBilling(store: EmulatorStore, unit: UnitRecord, body: unknown): void {
  if (!isPlainObject(body) || Object.keys(body).some((k) => k !== "billingPolicyId" && k !== "@odata.type"))
    throw errors.badRequest("Only billingPolicyId can be updated on a protection unit.");
  const value = body["billingPolicyId"];
  if (value !== null && (typeof value !== "string" || value.trim() === ""))
    throw errors.badRequest("billingPolicyId must be a non-empty string or null.");
  if (unit.policyId !== null)
    throw errors.operationNotAllowed("Only protection units removed from backup policies are allowed for this API.");
  billing(store).set(unit.id, value);
}
