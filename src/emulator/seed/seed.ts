import { WORKLOAD_NAMES, type WorkloadKey } from "../../msgraph/models.js";
import type { EmulatorSeed } from "../config.js";
import { DELETED_USER_INDEXES, seedDirectory, siteId, userId } from "./directory.js";
import { seedLarge } from "./large.js";
import { stableGuid } from "../state/ids.js";
import { seedDemoWork } from "./work.js";
import { DEMO_RULE_SITES, seedDemoRules } from "./rules.js";
import { seedServiceApps } from "./serviceApps.js";
import { seedRestoreDemo } from "./restoreDemo.js";
import type { EmulatorStore } from "../state/store.js";
import type { PolicyRecord, UnitStatus } from "../state/protectionRecords.js";

const DAY = 86_400_000;

interface SeedPolicy {
  workload: WorkloadKey;
  displayName: string;
  active: boolean;
  /** Indexes of the directory users (or sites) it protects. */
  resources: number[];
  ageDays: number;
}

// demo: an active Exchange policy and inactive OneDrive and SharePoint policies, so the polymorphic lists show every
// type; no other policy is active, so one can still be created and activated for any workload. The rules of
// seed/rules.ts select what the policies already hold: Executives, the Legal group, the sites named Research or Design.
const DEMO_POLICIES: readonly SeedPolicy[] = [
  // Two of the ten mailboxes belong to users who have since left (directory/deletedItems): owners to name the hard way.
  {
    workload: "exchange",
    displayName: "Exchange – Executives",
    active: true,
    resources: [...range(0, 8), ...DELETED_USER_INDEXES.slice(0, 2)],
    ageDays: 30,
  },
  {
    workload: "oneDriveForBusiness",
    displayName: "OneDrive – Legal",
    active: false,
    resources: range(50, 55),
    ageDays: 7,
  },
  {
    workload: "sharePoint",
    displayName: "SharePoint – Research and Design",
    active: false,
    resources: [...DEMO_RULE_SITES],
    ageDays: 4,
  },
];

/** Fills the store with `seed`'s data; the same seed always gives the same ids. */
export function applySeed(store: EmulatorStore, seed: EmulatorSeed, now: number): void {
  store.clear();
  store.service = { status: "enabled", lastModifiedDateTime: now - 90 * DAY };
  if (seed === "large") return seedLarge(store, now, (spec) => seedPolicy(store, seed, spec, now));
  seedDirectory(store, now);
  if (seed === "demo") for (const policy of DEMO_POLICIES) seedPolicy(store, seed, policy, now);
  // After the policies: the demo's bulk job and completed restore session hang off the Exchange policy's units.
  if (seed === "demo") seedDemoWork(store, seed, now);
  if (seed === "demo") seedRestoreDemo(store, seed, now);
  if (seed === "demo") seedDemoRules(store, seed, now);
  if (seed === "demo") seedServiceApps(store, seed, now);
}

function seedPolicy(store: EmulatorStore, seed: EmulatorSeed, spec: SeedPolicy, now: number): void {
  const created = now - spec.ageDays * DAY;
  const settled = created + DAY;
  const policy: PolicyRecord = {
    id: stableGuid(`seed/${seed}/policy/${spec.workload}`),
    workload: spec.workload,
    displayName: spec.displayName,
    target: spec.active ? "active" : "inactive",
    status: spec.active ? "active" : "inactive",
    busyUntil: 0,
    createdDateTime: created,
    lastModifiedDateTime: settled,
  };
  store.policies.set(policy.id.toLowerCase(), policy);
  const status: UnitStatus = spec.active ? "protected" : "unprotected";
  const resourceId = WORKLOAD_NAMES[spec.workload].unitKey === "siteId" ? siteId : userId;
  for (const index of spec.resources) {
    const id = stableGuid(`seed/${seed}/unit/${spec.workload}/${index}`);
    store.units.set(id.toLowerCase(), {
      id,
      workload: spec.workload,
      policyId: policy.id,
      resourceId: resourceId(index),
      status,
      dueAt: null,
      error: null,
      createdDateTime: created,
      lastModifiedDateTime: settled,
      offboardRequestedDateTime: null,
    });
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}
