import type { ProtectionFailure } from "./protectionRecords.js";

/** Stored shapes of the directory: users, sites and groups (the resources a policy protects). */

export interface UserRecord {
  id: string;
  displayName: string;
  givenName: string;
  surname: string;
  mail: string;
  userPrincipalName: string;
  protectionFailure?: ProtectionFailure;
  /** A failure every restore of this resource ends with (artifact `failed`), see model/restoreLifecycle.ts. */
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
  /** What a site rule's `lastModifiedDateTime -ge` compares; the creation time when absent. */
  lastModifiedDateTime?: number;
  protectionFailure?: ProtectionFailure;
  /** A failure every restore of this resource ends with (artifact `failed`), see model/restoreLifecycle.ts. */
  restoreFailure?: ProtectionFailure;
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
