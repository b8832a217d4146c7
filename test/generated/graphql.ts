/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where one restore artifact is in its lifecycle. */
export type ArtifactRestoreStatus =
  | 'ADDED'
  | 'FAILED'
  | 'IN_PROGRESS'
  | 'SCHEDULED'
  | 'SCHEDULING'
  | 'SUCCEEDED'
  | 'UNKNOWN';

/** Who drives the backup service: Microsoft's own experience or a partner application. */
export type BackupServiceConsumer =
  | 'FIRSTPARTY'
  | 'THIRDPARTY'
  | 'UNKNOWN';

/** Whether Microsoft 365 Backup is enabled for the tenant, and what it currently refuses. */
export type BackupServiceStatus =
  /** Not enabled (the default). */
  | 'DISABLED'
  /** Enabled. */
  | 'ENABLED'
  /** No policy or unit changes are accepted. */
  | 'PROTECTION_CHANGE_LOCKED'
  /** No protection changes and no restores are accepted. */
  | 'RESTORE_LOCKED'
  /** A status this gateway does not know yet. */
  | 'UNKNOWN';

/** Where a bulk addition job is in its lifecycle. */
export type BulkJobStatus =
  /** Resolving the entries and adding them as units. */
  | 'ACTIVE'
  /** Every entry was added. */
  | 'COMPLETED'
  /** Some entries could not be resolved; see error.details. */
  | 'COMPLETED_WITH_ERRORS'
  /** A status this gateway does not know yet (or Graph's transient 'unknown'). */
  | 'UNKNOWN';

/** Where a bulk restore request is: it stays ACTIVE until its session is activated. */
export type BulkRequestStatus =
  | 'ACTIVE'
  | 'COMPLETED'
  | 'COMPLETED_WITH_ERRORS'
  | 'UNKNOWN';

/** Restore into a new location or over the original. */
export type DestinationType =
  | 'IN_PLACE'
  | 'NEW'
  | 'UNKNOWN';

/** What a directory object id points at today. */
export type DirectoryObjectState =
  /** Deleted, still in the directory's recycle bin. */
  | 'DELETED'
  /** An existing group. */
  | 'GROUP'
  /** Neither in the directory nor in its recycle bin. */
  | 'NOT_FOUND'
  /** An existing user. */
  | 'USER';

/** Narrows protectionPolicies. workload is sent to Graph (typed collection); status is applied by the gateway. */
export type ProtectionPolicyFilter = {
  /** Any of these statuses. */
  status?: Array<ProtectionPolicyStatus> | null | undefined;
  /** The Microsoft 365 service it belongs to. */
  workload?: Workload | null | undefined;
};

/** Where a protection policy is in its lifecycle. */
export type ProtectionPolicyStatus =
  /** Every unit is protected. */
  | 'ACTIVE'
  /** Some units are protected, some failed. */
  | 'ACTIVE_WITH_ERRORS'
  /** Created or deactivated: no unit is protected. */
  | 'INACTIVE'
  /** A status this gateway does not know yet; see rawStatus. */
  | 'UNKNOWN'
  /** At least one unit is being protected, unprotected or removed. */
  | 'UPDATING';

/** What a change item asked for. */
export type ProtectionUnitChangeOperation =
  | 'ADD'
  | 'REMOVE';

/** Narrows protectionUnits. workload and policyId choose the Graph collection; status is applied by the gateway. */
export type ProtectionUnitFilter = {
  /** Only the units of this policy. */
  policyId?: string | number | null | undefined;
  /** Any of these statuses. */
  status?: Array<ProtectionUnitStatus> | null | undefined;
  /** The Microsoft 365 service it belongs to. */
  workload?: Workload | null | undefined;
};

/** Where a protection unit is in its lifecycle. */
export type ProtectionUnitStatus =
  /** An offboarding is being cancelled. */
  | 'CANCEL_OFFBOARD_REQUESTED'
  /** Offboarded. */
  | 'OFFBOARDED'
  /** Offboarding (billing stop) was asked for. */
  | 'OFFBOARD_REQUESTED'
  /** Backed up on the policy's schedule. */
  | 'PROTECTED'
  /** Protection was asked for and is being set up. */
  | 'PROTECT_REQUESTED'
  /** Being removed from its policy. */
  | 'REMOVE_REQUESTED'
  /** A status this gateway does not know yet; see rawStatus. */
  | 'UNKNOWN'
  /** Not backed up (policy inactive or unit removed); existing restore points remain. */
  | 'UNPROTECTED'
  /** The policy was deactivated; protection is stopping. */
  | 'UNPROTECT_REQUESTED';

/** What a restore artifact change item asked for. */
export type RestoreArtifactChangeOperation =
  | 'ADD'
  | 'REMOVE';

/** One mailbox, drive or site to restore, named by the restore point to restore it to. */
export type RestoreArtifactInput = {
  /** Default NEW: restoring over the original is never implied. One destination type per session. */
  destinationType?: DestinationType | null | undefined;
  /** A restore point id (from searchRestorePoints); its protection unit is what gets restored. */
  restorePointId: string | number;
};

/** How a restore session was filled: artifact by artifact, by a bulk request, or granular items. */
export type RestoreJobType =
  | 'BULK'
  | 'GRANULAR'
  | 'STANDARD'
  | 'UNKNOWN';

/** Which restore point of a time window to use. */
export type RestorePointPreference =
  | 'LATEST'
  | 'OLDEST'
  | 'UNKNOWN';

/** Properties of a restore point. FAST_RESTORE points restore faster and can be browsed. */
export type RestorePointTag =
  | 'FAST_RESTORE'
  | 'UNKNOWN';

/** Where a restore session is in its lifecycle. */
export type RestoreSessionStatus =
  /** Activation was asked for; artifacts are being scheduled. */
  | 'ACTIVATING'
  /** Restoring. */
  | 'ACTIVE'
  /** Finished; every artifact was restored. */
  | 'COMPLETED'
  /** Finished; some artifacts failed. */
  | 'COMPLETED_WITH_ERROR'
  /** Artifacts can be added and removed; nothing restores until activation. */
  | 'DRAFT'
  /** Finished; every artifact failed. */
  | 'FAILED'
  /** A status this gateway does not know yet; see rawStatus. */
  | 'UNKNOWN';

/** Where a controller (service) app is: registered, becoming active, active, or being retired. */
export type ServiceAppStatus =
  | 'ACTIVE'
  | 'INACTIVE'
  | 'PENDING_ACTIVE'
  | 'PENDING_INACTIVE'
  | 'UNKNOWN';

/** A closed span of time: start before end, neither in the future. */
export type TimePeriodInput = {
  /** When it ended. */
  endDateTime: string;
  /** When it started. */
  startDateTime: string;
};

/** The Microsoft 365 service a policy, unit or restore session belongs to. */
export type Workload =
  /** Exchange Online mailboxes. */
  | 'EXCHANGE'
  /** OneDrive for Business accounts. */
  | 'ONEDRIVE_FOR_BUSINESS'
  /** SharePoint sites. */
  | 'SHAREPOINT'
  /** A kind Graph added that this gateway does not know yet (see odataType on the Unknown* types). */
  | 'UNKNOWN';

export type SubmitMailboxJobStatusMutationVariables = Exact<{
  policyId: string | number;
  name: string;
  mailboxes?: Array<string> | string | null | undefined;
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type SubmitMailboxJobStatusMutation = { submitMailboxProtectionUnitsBulkAdditionJob: { job:
      | { id: string, status: BulkJobStatus, isTerminal: boolean }
      | { id: string, status: BulkJobStatus, isTerminal: boolean }
      | { id: string, status: BulkJobStatus, isTerminal: boolean }
     } };

export type CreateExchangePolicyMutationVariables = Exact<{
  name: string;
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type CreateExchangePolicyMutation = { createExchangeProtectionPolicy: { policy:
      | { __typename: 'ExchangeProtectionPolicy', id: string, displayName: string | null, status: ProtectionPolicyStatus, isEnabled: boolean, workload: Workload, retentionSettings: Array<{ interval: string, period: string }>, createdBy: { user: { id: string | null, displayName: string | null } | null, application: { id: string | null, displayName: string | null } | null } | null, protectionUnits: { nodes: Array<
            | { __typename: 'DriveProtectionUnit', id: string, status: ProtectionUnitStatus }
            | { __typename: 'MailboxProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus }
            | { __typename: 'SiteProtectionUnit', id: string, status: ProtectionUnitStatus }
            | { __typename: 'UnknownProtectionUnit', id: string, status: ProtectionUnitStatus }
          > } }
      | { __typename: 'OneDriveForBusinessProtectionPolicy', id: string, displayName: string | null, status: ProtectionPolicyStatus, isEnabled: boolean, workload: Workload, retentionSettings: Array<{ interval: string, period: string }>, createdBy: { user: { id: string | null, displayName: string | null } | null, application: { id: string | null, displayName: string | null } | null } | null, protectionUnits: { nodes: Array<
            | { __typename: 'DriveProtectionUnit', id: string, status: ProtectionUnitStatus }
            | { __typename: 'MailboxProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus }
            | { __typename: 'SiteProtectionUnit', id: string, status: ProtectionUnitStatus }
            | { __typename: 'UnknownProtectionUnit', id: string, status: ProtectionUnitStatus }
          > } }
      | { __typename: 'SharePointProtectionPolicy', id: string, displayName: string | null, status: ProtectionPolicyStatus, isEnabled: boolean, workload: Workload, retentionSettings: Array<{ interval: string, period: string }>, createdBy: { user: { id: string | null, displayName: string | null } | null, application: { id: string | null, displayName: string | null } | null } | null, protectionUnits: { nodes: Array<
            | { __typename: 'DriveProtectionUnit', id: string, status: ProtectionUnitStatus }
            | { __typename: 'MailboxProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus }
            | { __typename: 'SiteProtectionUnit', id: string, status: ProtectionUnitStatus }
            | { __typename: 'UnknownProtectionUnit', id: string, status: ProtectionUnitStatus }
          > } }
      | { __typename: 'UnknownProtectionPolicy', id: string, displayName: string | null, status: ProtectionPolicyStatus, isEnabled: boolean, workload: Workload, retentionSettings: Array<{ interval: string, period: string }>, createdBy: { user: { id: string | null, displayName: string | null } | null, application: { id: string | null, displayName: string | null } | null } | null, protectionUnits: { nodes: Array<
            | { __typename: 'DriveProtectionUnit', id: string, status: ProtectionUnitStatus }
            | { __typename: 'MailboxProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus }
            | { __typename: 'SiteProtectionUnit', id: string, status: ProtectionUnitStatus }
            | { __typename: 'UnknownProtectionUnit', id: string, status: ProtectionUnitStatus }
          > } }
     } };

export type ChangeUnitsMutationVariables = Exact<{
  policyId: string | number;
  add?: Array<string | number> | string | number | null | undefined;
  remove?: Array<string | number> | string | number | null | undefined;
}>;


export type ChangeUnitsMutation = { changeProtectionUnits: { policy:
      | { id: string, status: ProtectionPolicyStatus }
      | { id: string, status: ProtectionPolicyStatus }
      | { id: string, status: ProtectionPolicyStatus }
      | { id: string, status: ProtectionPolicyStatus }
    , results: Array<{ operation: ProtectionUnitChangeOperation, target: string, succeeded: boolean, error: { code: string | null, message: string | null } | null, protectionUnit:
        | { id: string, status: ProtectionUnitStatus }
        | { id: string, status: ProtectionUnitStatus }
        | { id: string, status: ProtectionUnitStatus }
        | { id: string, status: ProtectionUnitStatus }
       | null }> } };

export type DashboardQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type DashboardQuery = { backupRestore: { serviceStatus: { status: BackupServiceStatus } }, protectionPolicies: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
      | { __typename: 'ExchangeProtectionPolicy', id: string, displayName: string | null, status: ProtectionPolicyStatus, workload: Workload, protectionUnits: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
            | { __typename: 'DriveProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus, owner: { displayName: string | null, mail: string | null, state: DirectoryObjectState } | null, latestRestorePoint: { id: string, protectionDateTime: string, tags: Array<RestorePointTag> } | null }
            | { __typename: 'MailboxProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus, owner: { displayName: string | null, mail: string | null, state: DirectoryObjectState } | null, latestRestorePoint: { id: string, protectionDateTime: string, tags: Array<RestorePointTag> } | null }
            | { __typename: 'SiteProtectionUnit', siteId: string | null, id: string, status: ProtectionUnitStatus, site: { displayName: string | null, webUrl: string | null } | null, latestRestorePoint: { id: string, protectionDateTime: string, tags: Array<RestorePointTag> } | null }
            | { __typename: 'UnknownProtectionUnit', id: string, status: ProtectionUnitStatus, latestRestorePoint: { id: string, protectionDateTime: string, tags: Array<RestorePointTag> } | null }
          > } }
      | { __typename: 'OneDriveForBusinessProtectionPolicy', id: string, displayName: string | null, status: ProtectionPolicyStatus, workload: Workload, protectionUnits: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
            | { __typename: 'DriveProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus, owner: { displayName: string | null, mail: string | null, state: DirectoryObjectState } | null, latestRestorePoint: { id: string, protectionDateTime: string, tags: Array<RestorePointTag> } | null }
            | { __typename: 'MailboxProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus, owner: { displayName: string | null, mail: string | null, state: DirectoryObjectState } | null, latestRestorePoint: { id: string, protectionDateTime: string, tags: Array<RestorePointTag> } | null }
            | { __typename: 'SiteProtectionUnit', siteId: string | null, id: string, status: ProtectionUnitStatus, site: { displayName: string | null, webUrl: string | null } | null, latestRestorePoint: { id: string, protectionDateTime: string, tags: Array<RestorePointTag> } | null }
            | { __typename: 'UnknownProtectionUnit', id: string, status: ProtectionUnitStatus, latestRestorePoint: { id: string, protectionDateTime: string, tags: Array<RestorePointTag> } | null }
          > } }
      | { __typename: 'SharePointProtectionPolicy', id: string, displayName: string | null, status: ProtectionPolicyStatus, workload: Workload, protectionUnits: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
            | { __typename: 'DriveProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus, owner: { displayName: string | null, mail: string | null, state: DirectoryObjectState } | null, latestRestorePoint: { id: string, protectionDateTime: string, tags: Array<RestorePointTag> } | null }
            | { __typename: 'MailboxProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus, owner: { displayName: string | null, mail: string | null, state: DirectoryObjectState } | null, latestRestorePoint: { id: string, protectionDateTime: string, tags: Array<RestorePointTag> } | null }
            | { __typename: 'SiteProtectionUnit', siteId: string | null, id: string, status: ProtectionUnitStatus, site: { displayName: string | null, webUrl: string | null } | null, latestRestorePoint: { id: string, protectionDateTime: string, tags: Array<RestorePointTag> } | null }
            | { __typename: 'UnknownProtectionUnit', id: string, status: ProtectionUnitStatus, latestRestorePoint: { id: string, protectionDateTime: string, tags: Array<RestorePointTag> } | null }
          > } }
      | { __typename: 'UnknownProtectionPolicy', id: string, displayName: string | null, status: ProtectionPolicyStatus, workload: Workload, protectionUnits: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
            | { __typename: 'DriveProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus, owner: { displayName: string | null, mail: string | null, state: DirectoryObjectState } | null, latestRestorePoint: { id: string, protectionDateTime: string, tags: Array<RestorePointTag> } | null }
            | { __typename: 'MailboxProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus, owner: { displayName: string | null, mail: string | null, state: DirectoryObjectState } | null, latestRestorePoint: { id: string, protectionDateTime: string, tags: Array<RestorePointTag> } | null }
            | { __typename: 'SiteProtectionUnit', siteId: string | null, id: string, status: ProtectionUnitStatus, site: { displayName: string | null, webUrl: string | null } | null, latestRestorePoint: { id: string, protectionDateTime: string, tags: Array<RestorePointTag> } | null }
            | { __typename: 'UnknownProtectionUnit', id: string, status: ProtectionUnitStatus, latestRestorePoint: { id: string, protectionDateTime: string, tags: Array<RestorePointTag> } | null }
          > } }
    > } };

export type PollJobQueryVariables = Exact<{
  workload: Workload;
  id: string | number;
}>;


export type PollJobQuery = { protectionUnitsBulkAdditionJob:
    | { id: string, status: BulkJobStatus, isTerminal: boolean, pollAfterSeconds: number | null, error: { code: string | null, message: string | null } | null }
    | { id: string, status: BulkJobStatus, isTerminal: boolean, pollAfterSeconds: number | null, error: { code: string | null, message: string | null } | null }
    | { id: string, status: BulkJobStatus, isTerminal: boolean, pollAfterSeconds: number | null, error: { code: string | null, message: string | null } | null }
   | null };

export type PollRestoreSessionQueryVariables = Exact<{
  id: string | number;
}>;


export type PollRestoreSessionQuery = { restoreSession:
    | { __typename: 'ExchangeRestoreSession', id: string, status: RestoreSessionStatus, isTerminal: boolean, pollAfterSeconds: number | null, artifactCount: { total: number, completed: number, inProgress: number, failed: number } | null, bulkAdditionRequests: { nodes: Array<
          | { id: string, status: BulkRequestStatus }
          | { id: string, status: BulkRequestStatus }
          | { id: string, status: BulkRequestStatus }
        > }, artifacts: { nodes: Array<
          | { id: string, status: ArtifactRestoreStatus, restorePoint: { id: string, protectionDateTime: string } | null }
          | { id: string, status: ArtifactRestoreStatus, restorePoint: { id: string, protectionDateTime: string } | null }
          | { id: string, status: ArtifactRestoreStatus, restorePoint: { id: string, protectionDateTime: string } | null }
        > } }
    | { __typename: 'OneDriveForBusinessRestoreSession', id: string, status: RestoreSessionStatus, isTerminal: boolean, pollAfterSeconds: number | null, artifactCount: { total: number, completed: number, inProgress: number, failed: number } | null, bulkAdditionRequests: { nodes: Array<
          | { id: string, status: BulkRequestStatus }
          | { id: string, status: BulkRequestStatus }
          | { id: string, status: BulkRequestStatus }
        > }, artifacts: { nodes: Array<
          | { id: string, status: ArtifactRestoreStatus, restorePoint: { id: string, protectionDateTime: string } | null }
          | { id: string, status: ArtifactRestoreStatus, restorePoint: { id: string, protectionDateTime: string } | null }
          | { id: string, status: ArtifactRestoreStatus, restorePoint: { id: string, protectionDateTime: string } | null }
        > } }
    | { __typename: 'SharePointRestoreSession', id: string, status: RestoreSessionStatus, isTerminal: boolean, pollAfterSeconds: number | null, artifactCount: { total: number, completed: number, inProgress: number, failed: number } | null, bulkAdditionRequests: { nodes: Array<
          | { id: string, status: BulkRequestStatus }
          | { id: string, status: BulkRequestStatus }
          | { id: string, status: BulkRequestStatus }
        > }, artifacts: { nodes: Array<
          | { id: string, status: ArtifactRestoreStatus, restorePoint: { id: string, protectionDateTime: string } | null }
          | { id: string, status: ArtifactRestoreStatus, restorePoint: { id: string, protectionDateTime: string } | null }
          | { id: string, status: ArtifactRestoreStatus, restorePoint: { id: string, protectionDateTime: string } | null }
        > } }
    | { __typename: 'UnknownRestoreSession', id: string, status: RestoreSessionStatus, isTerminal: boolean, pollAfterSeconds: number | null, artifactCount: { total: number, completed: number, inProgress: number, failed: number } | null, bulkAdditionRequests: { nodes: Array<
          | { id: string, status: BulkRequestStatus }
          | { id: string, status: BulkRequestStatus }
          | { id: string, status: BulkRequestStatus }
        > }, artifacts: { nodes: Array<
          | { id: string, status: ArtifactRestoreStatus, restorePoint: { id: string, protectionDateTime: string } | null }
          | { id: string, status: ArtifactRestoreStatus, restorePoint: { id: string, protectionDateTime: string } | null }
          | { id: string, status: ArtifactRestoreStatus, restorePoint: { id: string, protectionDateTime: string } | null }
        > } }
   | null };

export type SubmitMailboxJobMutationVariables = Exact<{
  policyId: string | number;
  name: string;
  mailboxes?: Array<string> | string | null | undefined;
  ids?: Array<string | number> | string | number | null | undefined;
  key?: string | null | undefined;
}>;


export type SubmitMailboxJobMutation = { submitMailboxProtectionUnitsBulkAdditionJob: { job:
      | { __typename: 'DriveProtectionUnitsBulkAdditionJob', id: string, status: BulkJobStatus, displayName: string | null, isTerminal: boolean, pollAfterSeconds: number | null }
      | { __typename: 'MailboxProtectionUnitsBulkAdditionJob', mailboxes: Array<string>, directoryObjectIds: Array<string>, id: string, status: BulkJobStatus, displayName: string | null, isTerminal: boolean, pollAfterSeconds: number | null }
      | { __typename: 'SiteProtectionUnitsBulkAdditionJob', id: string, status: BulkJobStatus, displayName: string | null, isTerminal: boolean, pollAfterSeconds: number | null }
     } };

export type SubmitDriveJobMutationVariables = Exact<{
  policyId: string | number;
  name: string;
  drives?: Array<string> | string | null | undefined;
  ids?: Array<string | number> | string | number | null | undefined;
  key?: string | null | undefined;
}>;


export type SubmitDriveJobMutation = { submitDriveProtectionUnitsBulkAdditionJob: { job:
      | { __typename: 'DriveProtectionUnitsBulkAdditionJob', drives: Array<string>, directoryObjectIds: Array<string>, id: string, status: BulkJobStatus, isTerminal: boolean }
      | { __typename: 'MailboxProtectionUnitsBulkAdditionJob', id: string, status: BulkJobStatus, isTerminal: boolean }
      | { __typename: 'SiteProtectionUnitsBulkAdditionJob', id: string, status: BulkJobStatus, isTerminal: boolean }
     } };

export type CreateRestoreSessionMutationVariables = Exact<{
  workload: Workload;
}>;


export type CreateRestoreSessionMutation = { createRestoreSession: { session:
      | { __typename: 'ExchangeRestoreSession', id: string, status: RestoreSessionStatus, workload: Workload }
      | { __typename: 'OneDriveForBusinessRestoreSession', id: string, status: RestoreSessionStatus, workload: Workload }
      | { __typename: 'SharePointRestoreSession', id: string, status: RestoreSessionStatus, workload: Workload }
      | { __typename: 'UnknownRestoreSession', id: string, status: RestoreSessionStatus, workload: Workload }
     } };

export type SubmitMailboxRestoreRequestMutationVariables = Exact<{
  sessionId: string | number;
  name: string;
  mailboxes?: Array<string> | string | null | undefined;
  period?: TimePeriodInput | null | undefined;
}>;


export type SubmitMailboxRestoreRequestMutation = { submitMailboxRestoreArtifactsBulkAdditionRequest: { request:
      | { __typename: 'DriveRestoreArtifactsBulkAdditionRequest', id: string, status: BulkRequestStatus, displayName: string | null, destinationType: DestinationType | null, restorePointPreference: RestorePointPreference | null, tags: Array<RestorePointTag>, protectionTimePeriod: { startDateTime: string | null, endDateTime: string | null } | null }
      | { __typename: 'MailboxRestoreArtifactsBulkAdditionRequest', id: string, status: BulkRequestStatus, displayName: string | null, destinationType: DestinationType | null, restorePointPreference: RestorePointPreference | null, tags: Array<RestorePointTag>, protectionTimePeriod: { startDateTime: string | null, endDateTime: string | null } | null }
      | { __typename: 'SiteRestoreArtifactsBulkAdditionRequest', id: string, status: BulkRequestStatus, displayName: string | null, destinationType: DestinationType | null, restorePointPreference: RestorePointPreference | null, tags: Array<RestorePointTag>, protectionTimePeriod: { startDateTime: string | null, endDateTime: string | null } | null }
     } };

export type ActivateRestoreSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type ActivateRestoreSessionMutation = { activateRestoreSession: { session:
      | { id: string, status: RestoreSessionStatus }
      | { id: string, status: RestoreSessionStatus }
      | { id: string, status: RestoreSessionStatus }
      | { id: string, status: RestoreSessionStatus }
     } };

export type CreateExchangePolicyKeyedMutationVariables = Exact<{
  name: string;
  ids?: Array<string | number> | string | number | null | undefined;
  key?: string | null | undefined;
}>;


export type CreateExchangePolicyKeyedMutation = { createExchangeProtectionPolicy: { policy:
      | { id: string, displayName: string | null, status: ProtectionPolicyStatus }
      | { id: string, displayName: string | null, status: ProtectionPolicyStatus }
      | { id: string, displayName: string | null, status: ProtectionPolicyStatus }
      | { id: string, displayName: string | null, status: ProtectionPolicyStatus }
     } };

export type CreateOneDrivePolicyMutationVariables = Exact<{
  name: string;
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type CreateOneDrivePolicyMutation = { createOneDriveForBusinessProtectionPolicy: { policy:
      | { __typename: 'ExchangeProtectionPolicy', id: string, status: ProtectionPolicyStatus, workload: Workload }
      | { __typename: 'OneDriveForBusinessProtectionPolicy', id: string, status: ProtectionPolicyStatus, workload: Workload }
      | { __typename: 'SharePointProtectionPolicy', id: string, status: ProtectionPolicyStatus, workload: Workload }
      | { __typename: 'UnknownProtectionPolicy', id: string, status: ProtectionPolicyStatus, workload: Workload }
     } };

export type SubmitSiteJobMutationVariables = Exact<{
  policyId: string | number;
  name: string;
  urls?: Array<string> | string | null | undefined;
  ids?: Array<string | number> | string | number | null | undefined;
  key?: string | null | undefined;
}>;


export type SubmitSiteJobMutation = { submitSiteProtectionUnitsBulkAdditionJob: { job:
      | { __typename: 'DriveProtectionUnitsBulkAdditionJob', id: string, status: BulkJobStatus, displayName: string | null, isTerminal: boolean }
      | { __typename: 'MailboxProtectionUnitsBulkAdditionJob', id: string, status: BulkJobStatus, displayName: string | null, isTerminal: boolean }
      | { __typename: 'SiteProtectionUnitsBulkAdditionJob', siteWebUrls: Array<string>, siteIds: Array<string>, id: string, status: BulkJobStatus, displayName: string | null, isTerminal: boolean }
     } };

export type PolicyJobsQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyJobsQuery = { protectionPolicy:
    | { id: string, bulkAdditionJobs: { nodes: Array<
          | { id: string, status: BulkJobStatus, displayName: string | null, error: { code: string | null, details: Array<{ code: string | null, target: string | null }> } | null }
          | { id: string, status: BulkJobStatus, displayName: string | null, error: { code: string | null, details: Array<{ code: string | null, target: string | null }> } | null }
          | { id: string, status: BulkJobStatus, displayName: string | null, error: { code: string | null, details: Array<{ code: string | null, target: string | null }> } | null }
        > } }
    | { id: string, bulkAdditionJobs: { nodes: Array<
          | { id: string, status: BulkJobStatus, displayName: string | null, error: { code: string | null, details: Array<{ code: string | null, target: string | null }> } | null }
          | { id: string, status: BulkJobStatus, displayName: string | null, error: { code: string | null, details: Array<{ code: string | null, target: string | null }> } | null }
          | { id: string, status: BulkJobStatus, displayName: string | null, error: { code: string | null, details: Array<{ code: string | null, target: string | null }> } | null }
        > } }
    | { id: string, bulkAdditionJobs: { nodes: Array<
          | { id: string, status: BulkJobStatus, displayName: string | null, error: { code: string | null, details: Array<{ code: string | null, target: string | null }> } | null }
          | { id: string, status: BulkJobStatus, displayName: string | null, error: { code: string | null, details: Array<{ code: string | null, target: string | null }> } | null }
          | { id: string, status: BulkJobStatus, displayName: string | null, error: { code: string | null, details: Array<{ code: string | null, target: string | null }> } | null }
        > } }
    | { id: string, bulkAdditionJobs: { nodes: Array<
          | { id: string, status: BulkJobStatus, displayName: string | null, error: { code: string | null, details: Array<{ code: string | null, target: string | null }> } | null }
          | { id: string, status: BulkJobStatus, displayName: string | null, error: { code: string | null, details: Array<{ code: string | null, target: string | null }> } | null }
          | { id: string, status: BulkJobStatus, displayName: string | null, error: { code: string | null, details: Array<{ code: string | null, target: string | null }> } | null }
        > } }
   | null };

export type SearchPointsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  period?: TimePeriodInput | null | undefined;
}>;


export type SearchPointsQuery = { searchRestorePoints: { noResultProtectionUnitIds: Array<string>, results: Array<{ restorePoint: { id: string, protectionDateTime: string, protectionUnit:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         | null } }> } };

export type CreateRestoreSessionWithMutationVariables = Exact<{
  workload: Workload;
  artifacts?: Array<RestoreArtifactInput> | RestoreArtifactInput | null | undefined;
  key?: string | null | undefined;
}>;


export type CreateRestoreSessionWithMutation = { createRestoreSession: { session:
      | { __typename: 'ExchangeRestoreSession', id: string, status: RestoreSessionStatus, workload: Workload, restoreJobType: RestoreJobType | null, artifactCount: { total: number } | null }
      | { __typename: 'OneDriveForBusinessRestoreSession', id: string, status: RestoreSessionStatus, workload: Workload, restoreJobType: RestoreJobType | null, artifactCount: { total: number } | null }
      | { __typename: 'SharePointRestoreSession', id: string, status: RestoreSessionStatus, workload: Workload, restoreJobType: RestoreJobType | null, artifactCount: { total: number } | null }
      | { __typename: 'UnknownRestoreSession', id: string, status: RestoreSessionStatus, workload: Workload, restoreJobType: RestoreJobType | null, artifactCount: { total: number } | null }
     } };

export type AddArtifactsMutationVariables = Exact<{
  sessionId: string | number;
  artifacts: Array<RestoreArtifactInput> | RestoreArtifactInput;
}>;


export type AddArtifactsMutation = { addRestoreArtifacts: { session:
      | { id: string, status: RestoreSessionStatus, artifactCount: { total: number } | null }
      | { id: string, status: RestoreSessionStatus, artifactCount: { total: number } | null }
      | { id: string, status: RestoreSessionStatus, artifactCount: { total: number } | null }
      | { id: string, status: RestoreSessionStatus, artifactCount: { total: number } | null }
    , results: Array<{ operation: RestoreArtifactChangeOperation, target: string, succeeded: boolean, error: { code: string | null, message: string | null } | null, artifact:
        | { __typename: 'DriveRestoreArtifact', id: string, status: ArtifactRestoreStatus, destinationType: DestinationType | null, restorePoint: { id: string } | null }
        | { __typename: 'MailboxRestoreArtifact', id: string, status: ArtifactRestoreStatus, destinationType: DestinationType | null, restorePoint: { id: string } | null }
        | { __typename: 'SiteRestoreArtifact', id: string, status: ArtifactRestoreStatus, destinationType: DestinationType | null, restorePoint: { id: string } | null }
       | null }> } };

export type RemoveArtifactsMutationVariables = Exact<{
  sessionId: string | number;
  ids: Array<string | number> | string | number;
}>;


export type RemoveArtifactsMutation = { removeRestoreArtifacts: { session:
      | { id: string, status: RestoreSessionStatus, artifactCount: { total: number } | null }
      | { id: string, status: RestoreSessionStatus, artifactCount: { total: number } | null }
      | { id: string, status: RestoreSessionStatus, artifactCount: { total: number } | null }
      | { id: string, status: RestoreSessionStatus, artifactCount: { total: number } | null }
    , results: Array<{ operation: RestoreArtifactChangeOperation, target: string, succeeded: boolean, error: { code: string | null, message: string | null } | null }> } };

export type SubmitDriveRestoreRequestMutationVariables = Exact<{
  sessionId: string | number;
  name: string;
  drives?: Array<string> | string | null | undefined;
  ids?: Array<string | number> | string | number | null | undefined;
  period?: TimePeriodInput | null | undefined;
  key?: string | null | undefined;
}>;


export type SubmitDriveRestoreRequestMutation = { submitDriveRestoreArtifactsBulkAdditionRequest: { request:
      | { __typename: 'DriveRestoreArtifactsBulkAdditionRequest', id: string, status: BulkRequestStatus, displayName: string | null, destinationType: DestinationType | null, restorePointPreference: RestorePointPreference | null, tags: Array<RestorePointTag> }
      | { __typename: 'MailboxRestoreArtifactsBulkAdditionRequest', id: string, status: BulkRequestStatus, displayName: string | null, destinationType: DestinationType | null, restorePointPreference: RestorePointPreference | null, tags: Array<RestorePointTag> }
      | { __typename: 'SiteRestoreArtifactsBulkAdditionRequest', id: string, status: BulkRequestStatus, displayName: string | null, destinationType: DestinationType | null, restorePointPreference: RestorePointPreference | null, tags: Array<RestorePointTag> }
     } };

export type SubmitSiteRestoreRequestMutationVariables = Exact<{
  sessionId: string | number;
  name: string;
  urls?: Array<string> | string | null | undefined;
  ids?: Array<string | number> | string | number | null | undefined;
  period?: TimePeriodInput | null | undefined;
  destination?: DestinationType | null | undefined;
}>;


export type SubmitSiteRestoreRequestMutation = { submitSiteRestoreArtifactsBulkAdditionRequest: { request:
      | { __typename: 'DriveRestoreArtifactsBulkAdditionRequest', id: string, status: BulkRequestStatus, displayName: string | null, destinationType: DestinationType | null }
      | { __typename: 'MailboxRestoreArtifactsBulkAdditionRequest', id: string, status: BulkRequestStatus, displayName: string | null, destinationType: DestinationType | null }
      | { __typename: 'SiteRestoreArtifactsBulkAdditionRequest', id: string, status: BulkRequestStatus, displayName: string | null, destinationType: DestinationType | null }
     } };

export type SubmitMailboxRestoreRequestKeyedMutationVariables = Exact<{
  sessionId: string | number;
  name: string;
  mailboxes?: Array<string> | string | null | undefined;
  ids?: Array<string | number> | string | number | null | undefined;
  key?: string | null | undefined;
}>;


export type SubmitMailboxRestoreRequestKeyedMutation = { submitMailboxRestoreArtifactsBulkAdditionRequest: { request:
      | { id: string, status: BulkRequestStatus, displayName: string | null }
      | { id: string, status: BulkRequestStatus, displayName: string | null }
      | { id: string, status: BulkRequestStatus, displayName: string | null }
     } };

export type DeleteRestoreSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteRestoreSessionMutation = { deleteRestoreSession: { id: string, deleted: boolean } };

export type EnableBackupRestoreMutationVariables = Exact<{
  tenant: string | number;
}>;


export type EnableBackupRestoreMutation = { enableBackupRestore: { serviceStatus: { status: BackupServiceStatus, backupServiceConsumer: BackupServiceConsumer | null } } };

export type ServiceAppsQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceAppsQuery = { backupRestore: { serviceApps: Array<{ id: string, status: ServiceAppStatus, effectiveDateTime: string | null }> } };

export type ActivateServiceAppMutationVariables = Exact<{
  id: string | number;
  at: string;
}>;


export type ActivateServiceAppMutation = { activateServiceApp: { serviceApp: { id: string, status: ServiceAppStatus, effectiveDateTime: string | null } } };

export type DeactivateServiceAppMutationVariables = Exact<{
  id: string | number;
}>;


export type DeactivateServiceAppMutation = { deactivateServiceApp: { serviceApp: { id: string, status: ServiceAppStatus } } };

export type ExchangePoliciesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  unitsFirst?: number | null | undefined;
}>;


export type ExchangePoliciesQuery = { protectionPolicies: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
      | { __typename: 'ExchangeProtectionPolicy', id: string, displayName: string | null, status: ProtectionPolicyStatus, rawStatus: string | null, isEnabled: boolean, workload: Workload, protectionUnits: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
            | { __typename: 'DriveProtectionUnit', id: string, status: ProtectionUnitStatus, policyId: string | null }
            | { __typename: 'MailboxProtectionUnit', directoryObjectId: string | null, email: string | null, id: string, status: ProtectionUnitStatus, policyId: string | null }
            | { __typename: 'SiteProtectionUnit', id: string, status: ProtectionUnitStatus, policyId: string | null }
            | { __typename: 'UnknownProtectionUnit', id: string, status: ProtectionUnitStatus, policyId: string | null }
          > } }
      | { __typename: 'OneDriveForBusinessProtectionPolicy', id: string, displayName: string | null, status: ProtectionPolicyStatus, rawStatus: string | null, isEnabled: boolean, workload: Workload, protectionUnits: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
            | { __typename: 'DriveProtectionUnit', id: string, status: ProtectionUnitStatus, policyId: string | null }
            | { __typename: 'MailboxProtectionUnit', directoryObjectId: string | null, email: string | null, id: string, status: ProtectionUnitStatus, policyId: string | null }
            | { __typename: 'SiteProtectionUnit', id: string, status: ProtectionUnitStatus, policyId: string | null }
            | { __typename: 'UnknownProtectionUnit', id: string, status: ProtectionUnitStatus, policyId: string | null }
          > } }
      | { __typename: 'SharePointProtectionPolicy', id: string, displayName: string | null, status: ProtectionPolicyStatus, rawStatus: string | null, isEnabled: boolean, workload: Workload, protectionUnits: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
            | { __typename: 'DriveProtectionUnit', id: string, status: ProtectionUnitStatus, policyId: string | null }
            | { __typename: 'MailboxProtectionUnit', directoryObjectId: string | null, email: string | null, id: string, status: ProtectionUnitStatus, policyId: string | null }
            | { __typename: 'SiteProtectionUnit', id: string, status: ProtectionUnitStatus, policyId: string | null }
            | { __typename: 'UnknownProtectionUnit', id: string, status: ProtectionUnitStatus, policyId: string | null }
          > } }
      | { __typename: 'UnknownProtectionPolicy', id: string, displayName: string | null, status: ProtectionPolicyStatus, rawStatus: string | null, isEnabled: boolean, workload: Workload, protectionUnits: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
            | { __typename: 'DriveProtectionUnit', id: string, status: ProtectionUnitStatus, policyId: string | null }
            | { __typename: 'MailboxProtectionUnit', directoryObjectId: string | null, email: string | null, id: string, status: ProtectionUnitStatus, policyId: string | null }
            | { __typename: 'SiteProtectionUnit', id: string, status: ProtectionUnitStatus, policyId: string | null }
            | { __typename: 'UnknownProtectionUnit', id: string, status: ProtectionUnitStatus, policyId: string | null }
          > } }
    > } };

export type AllPoliciesQueryVariables = Exact<{
  filter?: ProtectionPolicyFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AllPoliciesQuery = { protectionPolicies: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
        | { __typename: 'ExchangeProtectionPolicy', id: string, displayName: string | null, status: ProtectionPolicyStatus, workload: Workload }
        | { __typename: 'OneDriveForBusinessProtectionPolicy', id: string, displayName: string | null, status: ProtectionPolicyStatus, workload: Workload }
        | { __typename: 'SharePointProtectionPolicy', id: string, displayName: string | null, status: ProtectionPolicyStatus, workload: Workload }
        | { __typename: 'UnknownProtectionPolicy', id: string, displayName: string | null, status: ProtectionPolicyStatus, workload: Workload }
       }> } };

export type PolicyQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyQuery = { protectionPolicy:
    | { __typename: 'ExchangeProtectionPolicy', id: string, displayName: string | null, status: ProtectionPolicyStatus, isEnabled: boolean, workload: Workload }
    | { __typename: 'OneDriveForBusinessProtectionPolicy', id: string, displayName: string | null, status: ProtectionPolicyStatus, isEnabled: boolean, workload: Workload }
    | { __typename: 'SharePointProtectionPolicy', id: string, displayName: string | null, status: ProtectionPolicyStatus, isEnabled: boolean, workload: Workload }
    | { __typename: 'UnknownProtectionPolicy', id: string, displayName: string | null, status: ProtectionPolicyStatus, isEnabled: boolean, workload: Workload }
   | null };

export type PolicyUnitsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: Array<ProtectionUnitStatus> | ProtectionUnitStatus | null | undefined;
}>;


export type PolicyUnitsQuery = { protectionPolicy:
    | { id: string, status: ProtectionPolicyStatus, protectionUnits: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
            | { __typename: 'DriveProtectionUnit', id: string, status: ProtectionUnitStatus }
            | { __typename: 'MailboxProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus }
            | { __typename: 'SiteProtectionUnit', id: string, status: ProtectionUnitStatus }
            | { __typename: 'UnknownProtectionUnit', id: string, status: ProtectionUnitStatus }
           }> } }
    | { id: string, status: ProtectionPolicyStatus, protectionUnits: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
            | { __typename: 'DriveProtectionUnit', id: string, status: ProtectionUnitStatus }
            | { __typename: 'MailboxProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus }
            | { __typename: 'SiteProtectionUnit', id: string, status: ProtectionUnitStatus }
            | { __typename: 'UnknownProtectionUnit', id: string, status: ProtectionUnitStatus }
           }> } }
    | { id: string, status: ProtectionPolicyStatus, protectionUnits: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
            | { __typename: 'DriveProtectionUnit', id: string, status: ProtectionUnitStatus }
            | { __typename: 'MailboxProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus }
            | { __typename: 'SiteProtectionUnit', id: string, status: ProtectionUnitStatus }
            | { __typename: 'UnknownProtectionUnit', id: string, status: ProtectionUnitStatus }
           }> } }
    | { id: string, status: ProtectionPolicyStatus, protectionUnits: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
            | { __typename: 'DriveProtectionUnit', id: string, status: ProtectionUnitStatus }
            | { __typename: 'MailboxProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus }
            | { __typename: 'SiteProtectionUnit', id: string, status: ProtectionUnitStatus }
            | { __typename: 'UnknownProtectionUnit', id: string, status: ProtectionUnitStatus }
           }> } }
   | null };

export type UnitsQueryVariables = Exact<{
  filter?: ProtectionUnitFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UnitsQuery = { protectionUnits: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
      | { __typename: 'DriveProtectionUnit', id: string, status: ProtectionUnitStatus, policyId: string | null, workload: Workload, policy:
          | { id: string, displayName: string | null }
          | { id: string, displayName: string | null }
          | { id: string, displayName: string | null }
          | { id: string, displayName: string | null }
         | null }
      | { __typename: 'MailboxProtectionUnit', id: string, status: ProtectionUnitStatus, policyId: string | null, workload: Workload, policy:
          | { id: string, displayName: string | null }
          | { id: string, displayName: string | null }
          | { id: string, displayName: string | null }
          | { id: string, displayName: string | null }
         | null }
      | { __typename: 'SiteProtectionUnit', id: string, status: ProtectionUnitStatus, policyId: string | null, workload: Workload, policy:
          | { id: string, displayName: string | null }
          | { id: string, displayName: string | null }
          | { id: string, displayName: string | null }
          | { id: string, displayName: string | null }
         | null }
      | { __typename: 'UnknownProtectionUnit', id: string, status: ProtectionUnitStatus, policyId: string | null, workload: Workload, policy:
          | { id: string, displayName: string | null }
          | { id: string, displayName: string | null }
          | { id: string, displayName: string | null }
          | { id: string, displayName: string | null }
         | null }
    > } };

export type UnitQueryVariables = Exact<{
  id: string | number;
}>;


export type UnitQuery = { protectionUnit:
    | { __typename: 'DriveProtectionUnit', id: string, status: ProtectionUnitStatus, policyId: string | null }
    | { __typename: 'MailboxProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus, policyId: string | null }
    | { __typename: 'SiteProtectionUnit', id: string, status: ProtectionUnitStatus, policyId: string | null }
    | { __typename: 'UnknownProtectionUnit', id: string, status: ProtectionUnitStatus, policyId: string | null }
   | null };

export type ServiceStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceStatusQuery = { backupRestore: { serviceStatus: { status: BackupServiceStatus } } };

export type ActivatePolicyMutationVariables = Exact<{
  id: string | number;
}>;


export type ActivatePolicyMutation = { activateProtectionPolicy: { policy:
      | { id: string, status: ProtectionPolicyStatus, isEnabled: boolean }
      | { id: string, status: ProtectionPolicyStatus, isEnabled: boolean }
      | { id: string, status: ProtectionPolicyStatus, isEnabled: boolean }
      | { id: string, status: ProtectionPolicyStatus, isEnabled: boolean }
     } };

export type DeactivatePolicyMutationVariables = Exact<{
  id: string | number;
}>;


export type DeactivatePolicyMutation = { deactivateProtectionPolicy: { policy:
      | { id: string, status: ProtectionPolicyStatus, isEnabled: boolean }
      | { id: string, status: ProtectionPolicyStatus, isEnabled: boolean }
      | { id: string, status: ProtectionPolicyStatus, isEnabled: boolean }
      | { id: string, status: ProtectionPolicyStatus, isEnabled: boolean }
     } };

export type DeletePolicyMutationVariables = Exact<{
  id: string | number;
}>;


export type DeletePolicyMutation = { deleteProtectionPolicy: { id: string, deleted: boolean } };

export type RenamePolicyMutationVariables = Exact<{
  id: string | number;
  name?: string | null | undefined;
}>;


export type RenamePolicyMutation = { updateProtectionPolicy: { policy:
      | { id: string, displayName: string | null }
      | { id: string, displayName: string | null }
      | { id: string, displayName: string | null }
      | { id: string, displayName: string | null }
     } };

export type AddMailboxesMutationVariables = Exact<{
  policyId: string | number;
  ids: Array<string | number> | string | number;
}>;


export type AddMailboxesMutation = { addMailboxProtectionUnits: { policy:
      | { id: string, status: ProtectionPolicyStatus }
      | { id: string, status: ProtectionPolicyStatus }
      | { id: string, status: ProtectionPolicyStatus }
      | { id: string, status: ProtectionPolicyStatus }
    , results: Array<{ operation: ProtectionUnitChangeOperation, target: string, succeeded: boolean, error: { code: string | null, message: string | null } | null, protectionUnit:
        | { id: string, status: ProtectionUnitStatus }
        | { id: string, status: ProtectionUnitStatus }
        | { id: string, status: ProtectionUnitStatus }
        | { id: string, status: ProtectionUnitStatus }
       | null }> } };

export type RemoveUnitsMutationVariables = Exact<{
  policyId: string | number;
  ids: Array<string | number> | string | number;
}>;


export type RemoveUnitsMutation = { removeProtectionUnits: { policy:
      | { id: string, status: ProtectionPolicyStatus }
      | { id: string, status: ProtectionPolicyStatus }
      | { id: string, status: ProtectionPolicyStatus }
      | { id: string, status: ProtectionPolicyStatus }
    , results: Array<{ operation: ProtectionUnitChangeOperation, target: string, succeeded: boolean, error: { code: string | null } | null, protectionUnit:
        | { id: string, status: ProtectionUnitStatus }
        | { id: string, status: ProtectionUnitStatus }
        | { id: string, status: ProtectionUnitStatus }
        | { id: string, status: ProtectionUnitStatus }
       | null }> } };

export type CreateSharePointPolicyMutationVariables = Exact<{
  name: string;
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type CreateSharePointPolicyMutation = { createSharePointProtectionPolicy: { policy:
      | { __typename: 'ExchangeProtectionPolicy', id: string, status: ProtectionPolicyStatus, workload: Workload }
      | { __typename: 'OneDriveForBusinessProtectionPolicy', id: string, status: ProtectionPolicyStatus, workload: Workload }
      | { __typename: 'SharePointProtectionPolicy', id: string, status: ProtectionPolicyStatus, workload: Workload }
      | { __typename: 'UnknownProtectionPolicy', id: string, status: ProtectionPolicyStatus, workload: Workload }
     } };


export const SubmitMailboxJobStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitMailboxJobStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mailboxes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitMailboxProtectionUnitsBulkAdditionJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"displayName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"mailboxes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mailboxes"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"directoryObjectIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isTerminal"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitMailboxJobStatusMutation, SubmitMailboxJobStatusMutationVariables>;
export const CreateExchangePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateExchangePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createExchangeProtectionPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"displayName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"directoryObjectIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}},{"kind":"Field","name":{"kind":"Name","value":"retentionSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"protectionUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailboxProtectionUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directoryObjectId"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateExchangePolicyMutation, CreateExchangePolicyMutationVariables>;
export const ChangeUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"add"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"remove"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeProtectionUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"add"},"value":{"kind":"Variable","name":{"kind":"Name","value":"add"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"remove"},"value":{"kind":"Variable","name":{"kind":"Name","value":"remove"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"protectionUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChangeUnitsMutation, ChangeUnitsMutationVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backupRestore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"protectionPolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}},{"kind":"Field","name":{"kind":"Name","value":"protectionUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailboxProtectionUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directoryObjectId"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"mail"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DriveProtectionUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directoryObjectId"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"mail"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SiteProtectionUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"webUrl"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestRestorePoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protectionDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const PollJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PollJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workload"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Workload"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protectionUnitsBulkAdditionJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workload"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workload"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isTerminal"}},{"kind":"Field","name":{"kind":"Name","value":"pollAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PollJobQuery, PollJobQueryVariables>;
export const PollRestoreSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PollRestoreSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isTerminal"}},{"kind":"Field","name":{"kind":"Name","value":"pollAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"artifactCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bulkAdditionRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"artifacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"restorePoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protectionDateTime"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PollRestoreSessionQuery, PollRestoreSessionQueryVariables>;
export const SubmitMailboxJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitMailboxJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mailboxes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitMailboxProtectionUnitsBulkAdditionJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"displayName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"mailboxes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mailboxes"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"directoryObjectIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"isTerminal"}},{"kind":"Field","name":{"kind":"Name","value":"pollAfterSeconds"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailboxProtectionUnitsBulkAdditionJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailboxes"}},{"kind":"Field","name":{"kind":"Name","value":"directoryObjectIds"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubmitMailboxJobMutation, SubmitMailboxJobMutationVariables>;
export const SubmitDriveJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitDriveJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"drives"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitDriveProtectionUnitsBulkAdditionJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"displayName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"drives"},"value":{"kind":"Variable","name":{"kind":"Name","value":"drives"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"directoryObjectIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isTerminal"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DriveProtectionUnitsBulkAdditionJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drives"}},{"kind":"Field","name":{"kind":"Name","value":"directoryObjectIds"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubmitDriveJobMutation, SubmitDriveJobMutationVariables>;
export const CreateRestoreSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRestoreSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workload"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Workload"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRestoreSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"workload"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workload"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}}]}}]}}]}}]} as unknown as DocumentNode<CreateRestoreSessionMutation, CreateRestoreSessionMutationVariables>;
export const SubmitMailboxRestoreRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitMailboxRestoreRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mailboxes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimePeriodInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitMailboxRestoreArtifactsBulkAdditionRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"displayName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"mailboxes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mailboxes"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"protectionTimePeriod"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"destinationType"},"value":{"kind":"EnumValue","value":"NEW"}},{"kind":"ObjectField","name":{"kind":"Name","value":"tags"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"FAST_RESTORE"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"restorePointPreference"},"value":{"kind":"EnumValue","value":"LATEST"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"destinationType"}},{"kind":"Field","name":{"kind":"Name","value":"restorePointPreference"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"protectionTimePeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"endDateTime"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubmitMailboxRestoreRequestMutation, SubmitMailboxRestoreRequestMutationVariables>;
export const ActivateRestoreSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivateRestoreSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateRestoreSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ActivateRestoreSessionMutation, ActivateRestoreSessionMutationVariables>;
export const CreateExchangePolicyKeyedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateExchangePolicyKeyed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createExchangeProtectionPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"displayName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"directoryObjectIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CreateExchangePolicyKeyedMutation, CreateExchangePolicyKeyedMutationVariables>;
export const CreateOneDrivePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOneDrivePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOneDriveForBusinessProtectionPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"displayName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"directoryObjectIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}}]}}]}}]}}]} as unknown as DocumentNode<CreateOneDrivePolicyMutation, CreateOneDrivePolicyMutationVariables>;
export const SubmitSiteJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitSiteJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urls"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSiteProtectionUnitsBulkAdditionJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"displayName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"siteWebUrls"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urls"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"siteIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"isTerminal"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SiteProtectionUnitsBulkAdditionJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siteWebUrls"}},{"kind":"Field","name":{"kind":"Name","value":"siteIds"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubmitSiteJobMutation, SubmitSiteJobMutationVariables>;
export const PolicyJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protectionPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bulkAdditionJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PolicyJobsQuery, PolicyJobsQueryVariables>;
export const SearchPointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchPoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimePeriodInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchRestorePoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"protectionUnitIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"protectionTimePeriod"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restorePoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protectionDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"protectionUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"noResultProtectionUnitIds"}}]}}]}}]} as unknown as DocumentNode<SearchPointsQuery, SearchPointsQueryVariables>;
export const CreateRestoreSessionWithDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRestoreSessionWith"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workload"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Workload"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"artifacts"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RestoreArtifactInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRestoreSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"workload"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workload"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"artifacts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"artifacts"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}},{"kind":"Field","name":{"kind":"Name","value":"restoreJobType"}},{"kind":"Field","name":{"kind":"Name","value":"artifactCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateRestoreSessionWithMutation, CreateRestoreSessionWithMutationVariables>;
export const AddArtifactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddArtifacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"artifacts"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RestoreArtifactInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRestoreArtifacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"artifacts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"artifacts"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"artifactCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"artifact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"destinationType"}},{"kind":"Field","name":{"kind":"Name","value":"restorePoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddArtifactsMutation, AddArtifactsMutationVariables>;
export const RemoveArtifactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveArtifacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeRestoreArtifacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"artifactIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"artifactCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RemoveArtifactsMutation, RemoveArtifactsMutationVariables>;
export const SubmitDriveRestoreRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitDriveRestoreRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"drives"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimePeriodInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitDriveRestoreArtifactsBulkAdditionRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"displayName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"drives"},"value":{"kind":"Variable","name":{"kind":"Name","value":"drives"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"directoryObjectIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"protectionTimePeriod"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"destinationType"}},{"kind":"Field","name":{"kind":"Name","value":"restorePointPreference"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitDriveRestoreRequestMutation, SubmitDriveRestoreRequestMutationVariables>;
export const SubmitSiteRestoreRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitSiteRestoreRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urls"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimePeriodInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"destination"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DestinationType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSiteRestoreArtifactsBulkAdditionRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"displayName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"siteWebUrls"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urls"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"siteIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"protectionTimePeriod"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"destinationType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"destination"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"destinationType"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitSiteRestoreRequestMutation, SubmitSiteRestoreRequestMutationVariables>;
export const SubmitMailboxRestoreRequestKeyedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitMailboxRestoreRequestKeyed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mailboxes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitMailboxRestoreArtifactsBulkAdditionRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"displayName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"mailboxes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mailboxes"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"directoryObjectIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitMailboxRestoreRequestKeyedMutation, SubmitMailboxRestoreRequestKeyedMutationVariables>;
export const DeleteRestoreSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRestoreSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRestoreSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}}]}}]}}]} as unknown as DocumentNode<DeleteRestoreSessionMutation, DeleteRestoreSessionMutationVariables>;
export const EnableBackupRestoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnableBackupRestore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenant"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableBackupRestore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"appOwnerTenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenant"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"backupServiceConsumer"}}]}}]}}]}}]} as unknown as DocumentNode<EnableBackupRestoreMutation, EnableBackupRestoreMutationVariables>;
export const ServiceAppsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceApps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backupRestore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceApps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDateTime"}}]}}]}}]}}]} as unknown as DocumentNode<ServiceAppsQuery, ServiceAppsQueryVariables>;
export const ActivateServiceAppDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivateServiceApp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateServiceApp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"effectiveDateTime"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceApp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDateTime"}}]}}]}}]}}]} as unknown as DocumentNode<ActivateServiceAppMutation, ActivateServiceAppMutationVariables>;
export const DeactivateServiceAppDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateServiceApp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateServiceApp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceApp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<DeactivateServiceAppMutation, DeactivateServiceAppMutationVariables>;
export const ExchangePoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExchangePolicies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitsFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protectionPolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"workload"},"value":{"kind":"EnumValue","value":"EXCHANGE"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rawStatus"}},{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}},{"kind":"Field","name":{"kind":"Name","value":"protectionUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitsFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailboxProtectionUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directoryObjectId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExchangePoliciesQuery, ExchangePoliciesQueryVariables>;
export const AllPoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllPolicies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProtectionPolicyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protectionPolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AllPoliciesQuery, AllPoliciesQueryVariables>;
export const PolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Policy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protectionPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}}]}}]}}]} as unknown as DocumentNode<PolicyQuery, PolicyQueryVariables>;
export const PolicyUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProtectionUnitStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protectionPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"protectionUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailboxProtectionUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directoryObjectId"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PolicyUnitsQuery, PolicyUnitsQueryVariables>;
export const UnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Units"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProtectionUnitFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protectionUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitsQuery, UnitsQueryVariables>;
export const UnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Unit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protectionUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailboxProtectionUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directoryObjectId"}}]}}]}}]}}]} as unknown as DocumentNode<UnitQuery, UnitQueryVariables>;
export const ServiceStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backupRestore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ServiceStatusQuery, ServiceStatusQueryVariables>;
export const ActivatePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivatePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateProtectionPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}}]}}]}}]}}]} as unknown as DocumentNode<ActivatePolicyMutation, ActivatePolicyMutationVariables>;
export const DeactivatePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivatePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateProtectionPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}}]}}]}}]}}]} as unknown as DocumentNode<DeactivatePolicyMutation, DeactivatePolicyMutationVariables>;
export const DeletePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProtectionPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}}]}}]}}]} as unknown as DocumentNode<DeletePolicyMutation, DeletePolicyMutationVariables>;
export const RenamePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenamePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProtectionPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"displayName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<RenamePolicyMutation, RenamePolicyMutationVariables>;
export const AddMailboxesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMailboxes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMailboxProtectionUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"directoryObjectIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"protectionUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddMailboxesMutation, AddMailboxesMutationVariables>;
export const RemoveUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeProtectionUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"protectionUnitIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"protectionUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RemoveUnitsMutation, RemoveUnitsMutationVariables>;
export const CreateSharePointPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSharePointPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSharePointProtectionPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"displayName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"siteIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}}]}}]}}]}}]} as unknown as DocumentNode<CreateSharePointPolicyMutation, CreateSharePointPolicyMutationVariables>;