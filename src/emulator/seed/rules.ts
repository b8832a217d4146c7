import type { WorkloadKey } from "../../msgraph/models.js";
import type { EmulatorSeed } from "../config.js";
import { iso } from "../state/clock.js";
import { stableGuid } from "../state/ids.js";
import type { RuleError, RuleRecord, UnitRecord } from "../state/protectionRecords.js";
import { keyOf, unitsOfPolicy, type EmulatorStore } from "../state/store.js";
import { siteId } from "./directory.js";
import { groupId } from "./groups.js";

const DAY = 86_400_000;
const APPLY_MS = 5 * 60_000;

/** A group the demo's failed rule names: it was deleted from the directory after the rule was written. */
export const DELETED_GROUP_ID = stableGuid("directory/group/deleted-project");
/** The demo's SharePoint rule: it selected the sites the SharePoint policy protects. */
export const DEMO_SITE_RULE = "(displayName -contains 'Research') -or (displayName -contains 'Design')";
/** The sites DEMO_SITE_RULE selects (Research, Design), and the ones offboarded from backup (Events, Archive). */
export const DEMO_RULE_SITES: readonly number[] = [11, 14];

const groups = (...ids: string[]) => `(memberOf -any (group.id -in [${ids.map((id) => `'${id}'`).join(", ")}]))`;

interface SeedRule {
  name: string;
  workload: WorkloadKey;
  expression: string;
  dynamic: boolean;
  ageDays: number;
  error?: "invalidGroupId";
}

// Each rule's selection is what its policy already protects, so the demo's unit counts stay those of the policies.
const DEMO_RULES: readonly SeedRule[] = [
  { name: "executives", workload: "exchange", expression: groups(groupId(1)), dynamic: false, ageDays: 29 },
  {
    name: "former-project",
    workload: "exchange",
    expression: groups(DELETED_GROUP_ID),
    dynamic: false,
    ageDays: 10,
    error: "invalidGroupId",
  },
  { name: "legal", workload: "oneDriveForBusiness", expression: groups(groupId(5)), dynamic: true, ageDays: 6 },
  { name: "sites", workload: "sharePoint", expression: DEMO_SITE_RULE, dynamic: false, ageDays: 3 },
];

/**
 * The demo's inclusion rules, one of each kind: a completed static group rule on the Exchange policy, one that ended
 * completedWithErrors (its group no longer exists), a dynamic rule holding the OneDrive policy's units and a site rule
 * on the SharePoint policy; and two detached site units on their way out of backup (offboardRequested, offboarded).
 */
export function seedDemoRules(store: EmulatorStore, seed: EmulatorSeed, now: number): void {
  for (const spec of DEMO_RULES) {
    const policy = [...store.policies.values()].find((p) => p.workload === spec.workload);
    if (!policy) continue;
    const created = now - spec.ageDays * DAY;
    const rule: RuleRecord = {
      id: stableGuid(`seed/${seed}/rule/${spec.name}`),
      workload: spec.workload,
      policyId: policy.id,
      expression: spec.expression,
      isAutoApplyEnabled: spec.dynamic,
      createdDateTime: created,
      lastModifiedDateTime: created,
      settlesAt: created + APPLY_MS,
      updateRequested: false,
      deleteRequested: false,
      error: spec.error ? invalidGroupId(seed, spec.name, created) : null,
      // A dynamic rule was last re-evaluated at seeding time; the next one is due 15 emulated minutes later.
      appliedAt: spec.dynamic ? now : created,
    };
    store.rules.set(keyOf(rule.id), rule);
    if (spec.dynamic)
      for (const unit of unitsOfPolicy(store, policy.id)) unit.sources = { manual: false, dynamicRuleIds: [rule.id] };
  }
  offboardedSite(store, seed, 18, "offboardRequested", now - DAY, now);
  offboardedSite(store, seed, 19, "offboarded", now - 40 * DAY, now);
}

function invalidGroupId(seed: EmulatorSeed, name: string, at: number): RuleError {
  return {
    code: "invalidGroupId",
    message: "groupId does not exist",
    details: [
      { code: "invalidGroupId", message: `Group '${DELETED_GROUP_ID}' does not exist.`, target: DELETED_GROUP_ID },
    ],
    innerError: { code: "invalidGroupId", "request-id": stableGuid(`seed/${seed}/rule/${name}/error`), date: iso(at) },
  };
}

/** A site unit removed from its policy and then offboarded (offboardRequested stays until the seed's day is over). */
function offboardedSite(
  store: EmulatorStore,
  seed: EmulatorSeed,
  index: number,
  status: "offboardRequested" | "offboarded",
  requestedAt: number,
  now: number,
): void {
  const unit: UnitRecord = {
    id: stableGuid(`seed/${seed}/unit/sharePoint/offboard/${index}`),
    workload: "sharePoint",
    policyId: null,
    resourceId: siteId(index),
    status,
    dueAt: status === "offboardRequested" ? now + DAY : null,
    error: null,
    createdDateTime: requestedAt - 60 * DAY,
    lastModifiedDateTime: requestedAt,
    offboardRequestedDateTime: requestedAt,
  };
  store.units.set(keyOf(unit.id), unit);
}
