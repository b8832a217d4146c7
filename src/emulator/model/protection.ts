import { WORKLOAD_NAMES } from "../../msgraph/models.js";
import { findResource, unitOfResource, unitsOfPolicy, type EmulatorStore } from "../state/store.js";
import { type PolicyRecord, type PolicyStatus, type UnitRecord, type UnitStatus } from "../state/protectionRecords.js";

/**
 * How long the back end's asynchronous work takes, in emulated time. The docs give no timings; 5 minutes each
 * keeps the default time scale (60x) settling in about 5 real seconds, and tests advance the clock by hand.
 */
export const TIMINGS = Object.freeze({
  /** protectRequested -> protected (or unprotected with an error). Also the minimum `updating` time of activate. */
  protectMs: 5 * 60_000,
  /** unprotectRequested -> unprotected. Also the minimum `updating` time of deactivate. */
  unprotectMs: 5 * 60_000,
  /** removeRequested -> detached (policyId null, unprotected). */
  removeMs: 5 * 60_000,
  /** offboardRequested -> offboarded, cancelOffboardRequested -> unprotected. */
  offboardMs: 5 * 60_000,
});

/** Moves a unit whose work is due to where that work leads. */
export function settleUnit(store: EmulatorStore, unit: UnitRecord): void {
  switch (unit.status) {
    case "protectRequested": {
      const resource = findResource(store, WORKLOAD_NAMES[unit.workload].unitKey, unit.resourceId);
      const failure = resource?.protectionFailure;
      unit.status = failure ? "unprotected" : "protected";
      unit.error = failure ? { ...failure } : null;
      return;
    }
    case "removeRequested":
      unit.policyId = null;
      unit.status = "unprotected";
      return;
    case "cancelOffboardRequested":
      unit.offboardRequestedDateTime = null;
      unit.status = "unprotected";
      return;
    case "unprotectRequested":
      unit.status = "unprotected";
      return;
    case "offboardRequested":
      unit.status = "offboarded";
      return;
  }
}

/** protectionPolicyStatus as the docs define it: `updating` while any unit is in a *Requested state. */
export function derivePolicyStatus(store: EmulatorStore, policy: PolicyRecord, now: number): PolicyStatus {
  const units = unitsOfPolicy(store, policy.id);
  // Removals from an inactive policy don't make it `updating`: there is no protection to change.
  const pending = new Set<UnitStatus>(["protectRequested", "unprotectRequested"]);
  if (policy.target === "active") pending.add("removeRequested");
  if (now < policy.busyUntil || units.some((u) => pending.has(u.status))) return "updating";
  if (policy.target === "inactive") return "inactive";
  return units.some((u) => u.error) ? "activeWithErrors" : "active";
}

export function refreshPolicy(store: EmulatorStore, policy: PolicyRecord, now: number, changedAt = now): void {
  const status = derivePolicyStatus(store, policy, now);
  if (status === policy.status) return;
  policy.status = status;
  policy.lastModifiedDateTime = changedAt;
}

export interface AttachOptions {
  /** The dynamic rule adding the unit; without it the unit is added by hand (create, @delta, bulk job, static rule). */
  dynamicRuleId?: string;
  /** The workload's units by lower-cased resource id, when the caller has them (a rule adding thousands at once). */
  unitsByResource?: Map<string, UnitRecord>;
}

/** Attaches a resource to a policy, re-using its detached unit record when it had one. */
export function attachUnit(
  store: EmulatorStore,
  policy: PolicyRecord,
  resourceId: string,
  now: number,
  { dynamicRuleId, unitsByResource }: AttachOptions = {},
): UnitRecord {
  let unit = unitsByResource
    ? unitsByResource.get(resourceId.toLowerCase())
    : unitOfResource(store, policy.workload, resourceId);
  if (!unit) {
    unit = {
      id: store.nextId("unit"),
      workload: policy.workload,
      policyId: null,
      resourceId,
      status: "unprotected",
      dueAt: null,
      error: null,
      createdDateTime: now,
      lastModifiedDateTime: now,
      offboardRequestedDateTime: null,
    };
    store.units.set(unit.id.toLowerCase(), unit);
    unitsByResource?.set(resourceId.toLowerCase(), unit);
  }
  unit.policyId = policy.id;
  unit.sources = { manual: dynamicRuleId === undefined, dynamicRuleIds: dynamicRuleId ? [dynamicRuleId] : [] };
  unit.error = null;
  unit.offboardRequestedDateTime = null;
  // Units of an inactive policy wait, unprotected, for the policy's activation.
  if (policy.target === "active") schedule(unit, "protectRequested", now + TIMINGS.protectMs);
  else schedule(unit, "unprotected", null);
  unit.lastModifiedDateTime = now;
  return unit;
}

export function requestRemoval(unit: UnitRecord, now: number): void {
  if (unit.status === "removeRequested") return;
  schedule(unit, "removeRequested", now + TIMINGS.removeMs);
  unit.lastModifiedDateTime = now;
}

export function activatePolicy(store: EmulatorStore, policy: PolicyRecord, now: number): void {
  policy.target = "active";
  policy.busyUntil = now + TIMINGS.protectMs;
  for (const unit of unitsOfPolicy(store, policy.id)) {
    // Failed units are retried; protected ones (activeWithErrors) stay as they are.
    if (unit.status === "removeRequested" || (unit.status === "protected" && !unit.error)) continue;
    unit.error = null;
    schedule(unit, "protectRequested", now + TIMINGS.protectMs);
    unit.lastModifiedDateTime = now;
  }
  refreshPolicy(store, policy, now);
  policy.lastModifiedDateTime = now;
}

export function deactivatePolicy(store: EmulatorStore, policy: PolicyRecord, now: number): void {
  policy.target = "inactive";
  policy.busyUntil = now + TIMINGS.unprotectMs;
  for (const unit of unitsOfPolicy(store, policy.id)) {
    if (unit.status !== "protected" && unit.status !== "protectRequested") continue;
    schedule(unit, "unprotectRequested", now + TIMINGS.unprotectMs);
    unit.lastModifiedDateTime = now;
  }
  refreshPolicy(store, policy, now);
  policy.lastModifiedDateTime = now;
}

/** Deleting a policy detaches its units at once (they stay in the root unit collections) and drops its rules. */
export function deletePolicy(store: EmulatorStore, policy: PolicyRecord, now: number): void {
  for (const [key, rule] of store.rules) if (rule.policyId === policy.id) store.rules.delete(key);
  for (const unit of unitsOfPolicy(store, policy.id)) {
    unit.policyId = null;
    schedule(unit, "unprotected", null);
    unit.lastModifiedDateTime = now;
  }
  store.policies.delete(policy.id.toLowerCase());
}

/** offboard is allowed only on detached, unprotected units (protectionunitbase-offboard). */
export function offboardUnit(unit: UnitRecord, now: number): boolean {
  if (unit.policyId !== null || unit.status !== "unprotected") return false;
  unit.offboardRequestedDateTime = now;
  schedule(unit, "offboardRequested", now + TIMINGS.offboardMs);
  unit.lastModifiedDateTime = now;
  return true;
}

export function cancelOffboardUnit(unit: UnitRecord, now: number): boolean {
  if (unit.status !== "offboardRequested") return false;
  schedule(unit, "cancelOffboardRequested", now + TIMINGS.offboardMs);
  unit.lastModifiedDateTime = now;
  return true;
}

function schedule(unit: UnitRecord, status: UnitStatus, dueAt: number | null): void {
  unit.status = status;
  unit.dueAt = dueAt;
}
