import type { GraphPublicError, WorkloadKey } from "../../msgraph/models.js";

/**
 * Stored shapes of bulk addition jobs, restore sessions, their artifacts and bulk restore requests. Like
 * records.ts, only timestamps and inputs are kept: statuses are derived from them and the emulated clock when read
 * (restoreLifecycle.ts), except where the back end must decide something once (a job attaching units, a bulk
 * request choosing restore points), which the due-transition hooks materialise.
 */

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

export type DestinationType = "new" | "inPlace";

export interface RestoreArtifactRecord {
  id: string;
  /** The restore point is kept by value, so the artifact still renders it after the point expires. */
  restorePointId: string;
  unitId: string;
  protectionTime: number;
  destinationType: DestinationType;
  /** When it joined the session; a bulk-resolved artifact joins an activated session at its resolution time. */
  addedAt: number;
  /** Granular mailbox artifacts only (non-nullable in the CSDL). */
  searchResponseId?: string;
}

export type BulkRestoreStatus = "active" | "completed" | "completedWithErrors";

export interface BulkRestoreRecord {
  id: string;
  displayName: string | null;
  names: string[];
  ids: string[];
  start: number;
  end: number | null;
  destinationType: DestinationType;
  tags: "none" | "fastRestore" | null;
  preference: "latest" | "oldest";
  status: BulkRestoreStatus;
  error: GraphPublicError | null;
  createdDateTime: number;
  lastModifiedDateTime: number;
}

export interface RestoreSessionRecord {
  id: string;
  workload: WorkloadKey;
  restoreJobType: "standard" | "bulk";
  createdDateTime: number;
  /** The last client change (create, PATCH); the clock-driven changes are derived. */
  lastModifiedDateTime: number;
  activatedAt: number | null;
  artifacts: RestoreArtifactRecord[];
  /** granularMailboxRestoreArtifacts (Exchange sessions only). */
  granularArtifacts: RestoreArtifactRecord[];
  /** At most one: a session processes one bulk request. */
  bulkRequests: BulkRestoreRecord[];
}

/** A span during which a unit was backed up, the source of its restore points (restorePoints.ts). */
export interface ProtectionPeriod {
  from: number;
  /** null while still protected. */
  to: number | null;
}
