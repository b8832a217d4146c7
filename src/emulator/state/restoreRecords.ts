import type { GraphPublicError, WorkloadKey } from "../../msgraph/models.js";

/**
 * Stored shapes of restore: sessions, their artifacts, bulk restore requests and browse sessions. Only timestamps and
 * inputs are kept; statuses are derived from them and the emulated clock when read (model/restoreLifecycle.ts,
 * model/browse.ts), so nothing has to run when time passes and a saved state file resumes exactly.
 */

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

export interface BrowseSessionRecord {
  id: string;
  workload: "oneDriveForBusiness" | "sharePoint";
  restorePointId: string;
  restorePointDateTime: number | null;
  /** directoryObjectId (OneDrive) or siteId (SharePoint) of the restore point's unit. */
  resourceId: string | null;
  backupSizeInBytes: string;
  createdDateTime: number;
  /** creating until then, created after (or failed when `error` is set). */
  readyAt: number;
  expiresAt: number;
  error: GraphPublicError | null;
}
