import type { GraphPublicError, WorkloadKey } from "../../msgraph/models.js";
import { stableGuid } from "./ids.js";
import {
  DEFAULT_NOTIFICATION_SETTING, type BrowseSessionRecord, type GroupRecord, type NotificationSettingRecord, type RuleRecord, type ServiceAppRecord,
} from "./records.js";
import type { BulkJobRecord, ProtectionPeriod, RestoreSessionRecord } from "./workRecords.js";

/** protectionUnitStatus members the emulator uses (CSDL spelling; the last three are evolvable). */
export type UnitStatus =
  | "protectRequested" | "protected" | "unprotectRequested" | "unprotected" | "removeRequested"
  | "offboardRequested" | "offboarded" | "cancelOffboardRequested";

export type PolicyStatus = "inactive" | "activeWithErrors" | "updating" | "active";

/** A failure a resource always hits when it is protected, so activeWithErrors can be reached deterministically. */
export interface ProtectionFailure {
  code: string;
  message: string;
}

export interface UserRecord {
  id: string;
  displayName: string;
  givenName: string;
  surname: string;
  mail: string;
  userPrincipalName: string;
  protectionFailure?: ProtectionFailure;
  /** A failure every restore of this resource ends with (artifact `failed`), see restoreLifecycle.ts. */
  restoreFailure?: ProtectionFailure;
  /** Set on the users of store.deletedUsers (soft-deleted: only /directory/deletedItems knows them). */
  deletedDateTime?: number;
}

export interface SiteRecord {
  id: string;
  name: string;
  displayName: string;
  webUrl: string;
  createdDateTime: number;
  protectionFailure?: ProtectionFailure;
  /** A failure every restore of this resource ends with (artifact `failed`), see restoreLifecycle.ts. */
  restoreFailure?: ProtectionFailure;
}

export interface PolicyRecord {
  id: string;
  workload: WorkloadKey;
  displayName: string;
  /** Where the policy is heading; `status` is derived from it and the units (see lifecycle.ts). */
  target: "active" | "inactive";
  status: PolicyStatus;
  /** activate/deactivate keep the policy `updating` at least until then, even without units. */
  busyUntil: number;
  createdDateTime: number;
  lastModifiedDateTime: number;
}

export interface UnitRecord {
  id: string;
  workload: WorkloadKey;
  /** null once detached (removed from its policy, or the policy was deleted). */
  policyId: string | null;
  /** directoryObjectId (mailbox/drive) or siteId (site). */
  resourceId: string;
  status: UnitStatus;
  /** Emulated ms at which the current *Requested status settles; null when settled. */
  dueAt: number | null;
  error: GraphPublicError | null;
  createdDateTime: number;
  lastModifiedDateTime: number;
  offboardRequestedDateTime: number | null;
  /** When it was backed up (restorePoints.ts); absent on units made without history, e.g. by a seed. */
  protectionPeriods?: ProtectionPeriod[];
}

/** serviceStatus as stored; disableReason and consumer default to "none" and "firstparty" (serialize in service.ts). */
export interface ServiceRecord {
  status: string;
  lastModifiedDateTime: number;
  disableReason?: string;
  consumer?: string;
}

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
  /** Bulk addition jobs of all three workloads (jobs.ts). */
  readonly bulkJobs: Map<string, BulkJobRecord>;
  /** Restore sessions with their artifacts and bulk restore requests (restoreSessions.ts). */
  readonly restoreSessions: Map<string, RestoreSessionRecord>;
  notificationSetting: NotificationSettingRecord;
  /** The nextId counter, read and restored by the state file (persist.ts). */
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
    idCounter: { get: () => counter, set: (value) => { counter = value; } },
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
export function unitOfResource(store: EmulatorStore, workload: WorkloadKey, resourceId: string): UnitRecord | undefined {
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
