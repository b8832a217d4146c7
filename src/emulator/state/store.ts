import type { WorkloadKey } from "../../msgraph/models.js";
import type { GroupRecord, SiteRecord, UserRecord } from "./directoryRecords.js";
import { stableGuid } from "./ids.js";
import type { BulkJobRecord, PolicyRecord, RuleRecord, UnitRecord } from "./protectionRecords.js";
import type { BrowseSessionRecord, RestoreSessionRecord } from "./restoreRecords.js";
import {
  DEFAULT_NOTIFICATION_SETTING,
  type NotificationSettingRecord,
  type ServiceAppRecord,
  type ServiceRecord,
} from "./tenantRecords.js";

/** In-memory state. Maps are keyed by lower-cased id because Graph ids compare case-insensitively. */
export interface EmulatorStore {
  readonly users: Map<string, UserRecord>;
  readonly sites: Map<string, SiteRecord>;
  readonly policies: Map<string, PolicyRecord>;
  readonly units: Map<string, UnitRecord>;
  service: ServiceRecord;
  /** Soft-deleted users: gone from /users, still served by /directory/deletedItems/{id}. */
  readonly deletedUsers: Map<string, UserRecord>;
  readonly groups: Map<string, GroupRecord>;
  readonly serviceApps: Map<string, ServiceAppRecord>;
  /** Inclusion rules of all three workloads. */
  readonly rules: Map<string, RuleRecord>;
  readonly browseSessions: Map<string, BrowseSessionRecord>;
  /** Bulk addition jobs of all three workloads (model/bulkJobs.ts). */
  readonly bulkJobs: Map<string, BulkJobRecord>;
  /** Restore sessions with their artifacts and bulk restore requests (model/restoreSessions.ts). */
  readonly restoreSessions: Map<string, RestoreSessionRecord>;
  notificationSetting: NotificationSettingRecord;
  /** The nextId counter, read and restored by the state file (persistence.ts). */
  idCounter: { get(): number; set(value: number): void };
  /** Deterministic id for a new entity: the n-th `kind` created since the last clear() gets the same id every run. */
  nextId(kind: string): string;
  clear(): void;
}

export function createStore(): EmulatorStore {
  let counter = 0;
  const store: EmulatorStore = {
    users: new Map(),
    sites: new Map(),
    policies: new Map(),
    units: new Map(),
    service: { status: "enabled", lastModifiedDateTime: 0 },
    nextId: (kind) => stableGuid(`created/${kind}/${++counter}`),
    deletedUsers: new Map(),
    groups: new Map(),
    serviceApps: new Map(),
    rules: new Map(),
    browseSessions: new Map(),
    bulkJobs: new Map(),
    restoreSessions: new Map(),
    notificationSetting: structuredClone(DEFAULT_NOTIFICATION_SETTING),
    idCounter: {
      get: () => counter,
      set: (value) => {
        counter = value;
      },
    },
    clear() {
      counter = 0;
      // Every Map of the store, whoever added it, so a reset never leaves stale records behind.
      for (const value of Object.values(store)) if (value instanceof Map) value.clear();
      store.notificationSetting = structuredClone(DEFAULT_NOTIFICATION_SETTING);
      store.service = { status: "enabled", lastModifiedDateTime: 0 };
    },
  };
  return store;
}

export const keyOf = (id: string): string => id.toLowerCase();

export function findUser(store: EmulatorStore, idOrUpn: string): UserRecord | undefined {
  const key = keyOf(idOrUpn);
  return store.users.get(key) ?? [...store.users.values()].find((u) => u.userPrincipalName.toLowerCase() === key);
}

export const findSite = (store: EmulatorStore, id: string): SiteRecord | undefined => store.sites.get(keyOf(id));

export const findPolicy = (store: EmulatorStore, id: string): PolicyRecord | undefined => store.policies.get(keyOf(id));

export const findUnit = (store: EmulatorStore, id: string): UnitRecord | undefined => store.units.get(keyOf(id));

export function unitsOfPolicy(store: EmulatorStore, policyId: string): UnitRecord[] {
  return [...store.units.values()].filter((u) => u.policyId === policyId);
}

/** The one unit record a resource has per workload (re-attached when the resource is protected again). */
export function unitOfResource(
  store: EmulatorStore,
  workload: WorkloadKey,
  resourceId: string,
): UnitRecord | undefined {
  const key = keyOf(resourceId);
  return [...store.units.values()].find((u) => u.workload === workload && keyOf(u.resourceId) === key);
}

/** Resolves what a unit protects: a directory user for mailbox/drive units, a site for site units. */
export function findResource(
  store: EmulatorStore,
  unitKey: "directoryObjectId" | "siteId",
  id: string,
): UserRecord | SiteRecord | undefined {
  // Units reference users by object id only (not UPN), as the create/PATCH bodies do.
  return unitKey === "siteId" ? findSite(store, id) : store.users.get(keyOf(id));
}
