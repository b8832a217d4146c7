import type { EmulatorStore } from "../state/store.js";
import { settleBulkJobs } from "./bulkJobs.js";
import { refreshPolicy, settleUnit } from "./protection.js";
import { reevaluateDynamicRules } from "./ruleApply.js";
import { trackProtectionPeriods } from "./restorePoints.js";
import { settleBulkRestoreRequests } from "./restoreBulk.js";

/**
 * Settles every unit whose work is due and re-derives policy statuses. Called lazily at the start of every request
 * and after clock advances, so no timers run and tests stay deterministic.
 */
export function runDueTransitions(store: EmulatorStore, now: number): void {
  // Bulk jobs first: the units they attach start their protect timeline at the job's due time and may settle below.
  settleBulkJobs(store, now);
  // Then dynamic rules: the members they pick up start their protect timeline at the re-evaluation.
  reevaluateDynamicRules(store, now);
  const settledAt = new Map<string, number>();
  for (const unit of store.units.values()) {
    if (unit.dueAt === null || unit.dueAt > now) continue;
    const at = unit.dueAt;
    if (unit.policyId) settledAt.set(unit.policyId, Math.max(settledAt.get(unit.policyId) ?? 0, at));
    settleUnit(store, unit);
    unit.dueAt = null;
    unit.lastModifiedDateTime = at;
  }
  for (const policy of store.policies.values()) {
    const at = Math.max(settledAt.get(policy.id) ?? 0, policy.busyUntil <= now ? policy.busyUntil : 0);
    refreshPolicy(store, policy, now, Math.min(now, Math.max(at, policy.lastModifiedDateTime)));
  }
  // Restore points follow the settled units; bulk restore requests then pick their points.
  trackProtectionPeriods(store);
  settleBulkRestoreRequests(store, now);
}
