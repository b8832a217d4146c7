import type { GraphPublicError, WorkloadKey } from "../../msgraph/models.js";

/**
 * Stored shapes of protection: policies, their units, inclusion rules, bulk addition jobs and the periods a resource
 * was protected. Statuses are derived from timestamps and the emulated clock when read (model/), except where the
 * back end must decide something once (a job attaching units), which the due-work tick materialises.
 */

/** protectionUnitStatus members the emulator uses (CSDL spelling; the last three are evolvable). */
export type UnitStatus =
  | "protectRequested"
  | "protected"
  | "unprotectRequested"
  | "unprotected"
  | "removeRequested"
  | "offboardRequested"
  | "offboarded"
  | "cancelOffboardRequested";

export type PolicyStatus = "inactive" | "activeWithErrors" | "updating" | "active";

/** A failure a resource always hits when it is protected, so activeWithErrors can be reached deterministically. */
export interface ProtectionFailure {
  code: string;
  message: string;
}

export interface PolicyRecord {
  id: string;
  workload: WorkloadKey;
  displayName: string;
  /** Where the policy is heading; `status` is derived from it and the units (see model/protection.ts). */
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
  /** When it was backed up (model/restorePoints.ts); absent on units made without history, e.g. by a seed. */
  protectionPeriods?: ProtectionPeriod[];
  /** Why it is in its policy (protectionSources); absent means added by hand only (seeds, older state files). */
  sources?: UnitSources;
}

/**
 * protectionSource is a flags enum of none / manual / dynamicRule only: units a static rule adds are flattened into
 * explicit additions (`manual`); a dynamic rule's units carry `dynamicRule`, and the ids of the dynamic rules that
 * hold a unit are kept so deleteAndUnprotect and membership changes remove exactly their own source.
 */
export interface UnitSources {
  manual: boolean;
  dynamicRuleIds: string[];
}

export interface RuleRecord {
  id: string;
  workload: WorkloadKey;
  policyId: string;
  expression: string;
  isAutoApplyEnabled: boolean;
  createdDateTime: number;
  lastModifiedDateTime: number;
  /** Emulated ms the current application (create, run, PATCH) settles at. */
  settlesAt: number;
  /** Set by a dynamic rule's PATCH: `updateRequested` until settlesAt. */
  updateRequested: boolean;
  /** Set by deleteAndUnprotect: `deleteRequested` until settlesAt, then the rule is gone. */
  deleteRequested: boolean;
  /** Filled when the application settles with errors (completedWithErrors). */
  error: RuleError | null;
  /** Emulated ms of the last application (create, run, PATCH, or a dynamic rule's periodic re-evaluation). */
  appliedAt?: number;
}

/** publicError as rules carry it: innerError is an open type, and Graph's example puts request-id and date in it. */
export type RuleError = Omit<GraphPublicError, "innerError"> & { innerError?: Record<string, string> | null };

export type BulkJobStatus = "active" | "completed" | "completedWithErrors";

export interface BulkJobRecord {
  id: string;
  workload: WorkloadKey;
  policyId: string;
  displayName: string;
  /** `mailboxes` | `drives` | `siteWebUrls`, as given. */
  names: string[];
  /** `directoryObjectIds` | `siteIds`, as given. */
  ids: string[];
  status: BulkJobStatus;
  error: GraphPublicError | null;
  /** Emulated ms the job is processed at; null once processed. */
  dueAt: number | null;
  createdDateTime: number;
  lastModifiedDateTime: number;
}

/** A span during which a unit was backed up, the source of its restore points (model/restorePoints.ts). */
export interface ProtectionPeriod {
  from: number;
  /** null while still protected. */
  to: number | null;
}
