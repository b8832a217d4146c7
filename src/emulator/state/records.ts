import type { GraphPublicError, WorkloadKey } from "../../msgraph/models.js";

/**
 * Stored shapes of the service apps, inclusion rules, browse sessions, groups and the notification setting. Their
 * statuses are derived from these timestamps and the emulated clock when they are read (see service.ts, rules.ts,
 * browse.ts), so nothing has to run when time passes and a saved state file resumes exactly.
 */

export interface ServiceAppRecord {
  id: string;
  application: { id: string; displayName: string };
  registrationDateTime: number;
  /** Where the app is heading; with `effectiveAt` this gives the status (pendingActive until then, ...). */
  target: "active" | "inactive";
  /** Emulated ms the last activate/deactivate takes effect; null when never activated. */
  effectiveAt: number | null;
  lastModifiedDateTime: number;
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
  error: GraphPublicError | null;
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

export interface GroupRecord {
  id: string;
  displayName: string;
  mailNickname: string;
  mail: string;
  description: string;
  securityEnabled: boolean;
  mailEnabled: boolean;
  groupTypes: string[];
  createdDateTime: number;
  /** User ids (lower-case keys of store.users / store.deletedUsers). */
  memberIds: string[];
}

export interface NotificationSettingRecord {
  isEnabled: boolean;
  additionalEvents: string;
  role: string;
  customRecipients: { email: string; displayName?: string | null; id?: string | null }[];
}

export const DEFAULT_NOTIFICATION_SETTING: Readonly<NotificationSettingRecord> = Object.freeze({
  isEnabled: true,
  additionalEvents: "none",
  role: "allAdmins",
  customRecipients: [],
});
