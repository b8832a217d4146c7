import type { WorkloadKey } from "../../msgraph/models.js";
import { iso } from "../state/clock.js";
import { stableGuid } from "../state/ids.js";
import type { RuleError, RuleRecord, UnitRecord, UnitStatus } from "../state/protectionRecords.js";
import { findPolicy, keyOf, type EmulatorStore } from "../state/store.js";
import { attachUnit, refreshPolicy, requestRemoval } from "./protection.js";
import { liveRules, parseRuleExpression } from "./rules.js";
import { parseSiteExpression, siteMatches } from "./siteRuleExpression.js";

/**
 * What applying an inclusion rule does to the units of its policy (§3.3, §4.4, §4.5). A mailbox/drive rule makes every
 * direct member of its groups a unit; a site rule every site its conditions select. A static rule's units are
 * flattened into explicit additions (source `manual`: the flags enum has no "static rule" member); a dynamic rule's
 * carry `dynamicRule` and stay tied to the rule, which is re-evaluated every DYNAMIC_RULE_INTERVAL_MS.
 */

/** How often a settled dynamic rule is re-evaluated against its groups' current members, in emulated time. */
export const DYNAMIC_RULE_INTERVAL_MS = 15 * 60_000;

// Units being offboarded (or offboarded) are on their way out of the backup: a rule does not take them back.
const OFFBOARDING = new Set<UnitStatus>(["offboardRequested", "offboarded", "cancelOffboardRequested"]);

/** Applies `rule` at `at`: attaches what it selects, and for a dynamic rule releases the units it no longer selects. */
export function applyRule(store: EmulatorStore, rule: RuleRecord, at: number): void {
  rule.appliedAt = at;
  const policy = findPolicy(store, rule.policyId);
  if (!policy) return;
  const { resourceIds, missingGroupIds } = ruleTargets(store, rule);
  rule.error = missingGroupIds.length > 0 ? invalidGroupId(rule, missingGroupIds, at) : null;
  const dynamicRuleId = rule.isAutoApplyEnabled ? rule.id : undefined;
  const units = unitsByResource(store, rule.workload);
  let changed = false;
  for (const resourceId of resourceIds) {
    const unit = units.get(keyOf(resourceId));
    if (!unit || (unit.policyId === null && !OFFBOARDING.has(unit.status))) {
      attachUnit(store, policy, resourceId, at, { dynamicRuleId, unitsByResource: units });
      changed = true;
    } else if (unit.policyId === policy.id && unit.status !== "removeRequested") addSource(unit, dynamicRuleId, at);
    // Attached to another policy: a resource is protected by one policy per workload, so it is left where it is.
  }
  if (dynamicRuleId) {
    const selected = new Set(resourceIds.map(keyOf));
    for (const unit of units.values())
      if (!selected.has(keyOf(unit.resourceId)) && dropSource(unit, dynamicRuleId, at)) changed = true;
  }
  // Units joining or leaving change the policy, as a bulk job's additions do.
  if (changed) policy.lastModifiedDateTime = Math.max(policy.lastModifiedDateTime, at);
  refreshPolicy(store, policy, at);
}

/** deleteAndUnprotect: the rule's units lose its source; those left with none are removed from the policy. */
export function releaseRule(store: EmulatorStore, rule: RuleRecord, at: number): void {
  let changed = false;
  for (const unit of store.units.values())
    if (unit.workload === rule.workload && dropSource(unit, rule.id, at)) changed = true;
  const policy = findPolicy(store, rule.policyId);
  if (!policy) return;
  if (changed) policy.lastModifiedDateTime = Math.max(policy.lastModifiedDateTime, at);
  refreshPolicy(store, policy, at);
}

/** Re-evaluates every settled dynamic rule whose interval has passed, at the last interval boundary before `now`. */
export function reevaluateDynamicRules(store: EmulatorStore, now: number): void {
  for (const rule of liveRules(store, now)) {
    if (!rule.isAutoApplyEnabled || rule.deleteRequested || rule.settlesAt > now) continue;
    const last = rule.appliedAt ?? rule.settlesAt;
    if (now - last < DYNAMIC_RULE_INTERVAL_MS) continue;
    applyRule(store, rule, last + Math.floor((now - last) / DYNAMIC_RULE_INTERVAL_MS) * DYNAMIC_RULE_INTERVAL_MS);
  }
}

/** The resources a rule selects now, and the group ids it names that the directory does not know. */
export function ruleTargets(
  store: EmulatorStore,
  rule: RuleRecord,
): { resourceIds: string[]; missingGroupIds: string[] } {
  if (rule.workload === "sharePoint") {
    const condition = parseSiteExpression(rule.expression);
    const sites = [...store.sites.values()].filter((site) =>
      siteMatches(condition, { ...site, lastModifiedDateTime: site.lastModifiedDateTime ?? site.createdDateTime }),
    );
    return { resourceIds: sites.map((s) => s.id), missingGroupIds: [] };
  }
  const members = new Map<string, string>();
  const missingGroupIds: string[] = [];
  const groupIds = parseRuleExpression(rule.workload, rule.expression);
  for (const [index, groupId] of groupIds.entries()) {
    if (groupIds.findIndex((id) => keyOf(id) === keyOf(groupId)) !== index) continue;
    const group = store.groups.get(keyOf(groupId));
    if (!group) missingGroupIds.push(groupId);
    // Direct members that are users still in the directory (deleted users drop out of their groups).
    for (const memberId of group?.memberIds ?? []) {
      const user = store.users.get(keyOf(memberId));
      if (user) members.set(keyOf(user.id), user.id);
    }
  }
  return { resourceIds: [...members.values()], missingGroupIds };
}

function unitsByResource(store: EmulatorStore, workload: WorkloadKey): Map<string, UnitRecord> {
  const units = new Map<string, UnitRecord>();
  for (const unit of store.units.values()) if (unit.workload === workload) units.set(keyOf(unit.resourceId), unit);
  return units;
}

/** A unit already in the policy gains the rule's source: `dynamicRule`, or `manual` for a static rule. */
function addSource(unit: UnitRecord, dynamicRuleId: string | undefined, at: number): void {
  const sources = unit.sources ?? { manual: true, dynamicRuleIds: [] };
  if (dynamicRuleId === undefined ? sources.manual : sources.dynamicRuleIds.includes(dynamicRuleId)) return;
  unit.sources =
    dynamicRuleId === undefined
      ? { ...sources, manual: true }
      : { ...sources, dynamicRuleIds: [...sources.dynamicRuleIds, dynamicRuleId] };
  unit.lastModifiedDateTime = at;
}

/**
 * Drops a dynamic rule's source; a unit no source holds any more goes through removeRequested, like a removal.
 * True when the unit leaves its policy.
 */
function dropSource(unit: UnitRecord, ruleId: string, at: number): boolean {
  const sources = unit.sources;
  if (!sources?.dynamicRuleIds.includes(ruleId)) return false;
  unit.sources = { ...sources, dynamicRuleIds: sources.dynamicRuleIds.filter((id) => id !== ruleId) };
  unit.lastModifiedDateTime = at;
  if (unit.policyId === null || unit.sources.manual || unit.sources.dynamicRuleIds.length > 0) return false;
  requestRemoval(unit, at);
  return true;
}

/** The docs' completedWithErrors example, with the unknown ids as details so a client can name them. */
function invalidGroupId(rule: RuleRecord, groupIds: string[], at: number): RuleError {
  return {
    code: "invalidGroupId",
    message: "groupId does not exist",
    details: groupIds.map((id) => ({ code: "invalidGroupId", message: `Group '${id}' does not exist.`, target: id })),
    innerError: { code: "invalidGroupId", "request-id": stableGuid(`rule/${rule.id}/applied/${at}`), date: iso(at) },
  };
}
