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

/** What a browse item is (Graph's browseQueryResponseItemType). */
export type BrowseItemType =
  | 'DOCUMENT_LIBRARY'
  | 'FILE'
  | 'FOLDER'
  | 'SITE'
  /** A kind Graph added that this gateway does not know yet. */
  | 'UNKNOWN';

/** The order of browse items (Graph's browseQueryOrder); Graph's default is PATH_ASC. */
export type BrowseOrder =
  | 'NAME_ASC'
  | 'NAME_DESC'
  | 'PATH_ASC'
  | 'PATH_DESC';

/** The kind of the location browsed (Graph's browsableResourceType). */
export type BrowseResourceType =
  | 'DOCUMENT_LIBRARY'
  | 'FOLDER'
  | 'SITE';

/** Narrows browseSessions. workload picks Graph's collection; status is applied by the gateway. */
export type BrowseSessionFilter = {
  /** Any of these statuses. */
  status?: Array<BrowseSessionStatus> | null | undefined;
  /** The Microsoft 365 service it belongs to. */
  workload?: Workload | null | undefined;
};

/** Where a browse session is: it can be browsed once CREATED. */
export type BrowseSessionStatus =
  /** Ready: browse it until expirationDateTime, after which Graph deletes it. */
  | 'CREATED'
  /** Graph is preparing the backup for browsing; poll again after pollAfterSeconds. */
  | 'CREATING'
  /** Could not be created (see error); only FAST_RESTORE restore points can be browsed. */
  | 'FAILED'
  /** A status Graph added that this gateway does not know yet (see rawStatus). */
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

/** Protects the OneDrive accounts of groups' members in a OneDrive for Business policy. */
export type CreateDriveInclusionRuleInput = {
  /** Graph's expression as written, (memberOf -any (group.id -in ['<groupId>', ...])), checked by the gateway before it is sent. Give groupIds or expression, not both. */
  expression?: string | null | undefined;
  /** Entra ID security or Microsoft 365 group ids (1 to 100, Graph's limit per expression); the gateway writes Graph's (memberOf -any (group.id -in [...])). Give groupIds or expression, not both. */
  groupIds?: Array<string | number> | null | undefined;
  /** Sending the same key again within the retention window (IDEMPOTENCY_TTL_MS, default 24 h) returns this rule instead of creating another. After a lost connection the gateway adopts the one rule of the policy with this exact expression created during the lost attempt, if there is exactly one. */
  idempotencyKey?: string | null | undefined;
  /** true makes the rule dynamic: Graph follows the groups' membership changes. A policy has at most one dynamic rule; static rules apply once and can be run again. */
  isAutoApplyEnabled?: boolean | null | undefined;
  /** The OneDrive for Business policy. */
  policyId: string | number;
};

/** Protects the mailboxes of groups' members in an Exchange policy. */
export type CreateMailboxInclusionRuleInput = {
  /** Graph's expression as written, (memberOf -any (group.id -in ['<groupId>', ...])), checked by the gateway before it is sent. Give groupIds or expression, not both. */
  expression?: string | null | undefined;
  /** Entra ID security or Microsoft 365 group ids (1 to 100, Graph's limit per expression); the gateway writes Graph's (memberOf -any (group.id -in [...])). Give groupIds or expression, not both. */
  groupIds?: Array<string | number> | null | undefined;
  /** Sending the same key again within the retention window (IDEMPOTENCY_TTL_MS, default 24 h) returns this rule instead of creating another. After a lost connection the gateway adopts the one rule of the policy with this exact expression created during the lost attempt, if there is exactly one. */
  idempotencyKey?: string | null | undefined;
  /** true makes the rule dynamic: Graph follows the groups' membership changes. A policy has at most one dynamic rule; static rules apply once and can be run again. */
  isAutoApplyEnabled?: boolean | null | undefined;
  /** The Exchange policy. */
  policyId: string | number;
};

/** Protects the sites a rule selects in a SharePoint policy (site rules are static). */
export type CreateSiteInclusionRuleInput = {
  /** Typed conditions the gateway writes as Graph's expression. Give conditions or expression, not both. */
  conditions?: SiteRuleConditionsInput | null | undefined;
  /** Graph's expression as written: (displayName -contains 'x'), (webUrl -contains 'x') and (lastModifiedDateTime -ge '<ISO 8601>') joined by -and / -or and grouped by parentheses; checked before it is sent. Give conditions or expression, not both. */
  expression?: string | null | undefined;
  /** Sending the same key again within the retention window (IDEMPOTENCY_TTL_MS, default 24 h) returns this rule instead of creating another. After a lost connection the gateway adopts the one rule of the policy with this exact expression created during the lost attempt, if there is exactly one. */
  idempotencyKey?: string | null | undefined;
  /** The SharePoint policy. */
  policyId: string | number;
};

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

/** Mail items to restore from one mailbox: the items a searchRestorePoints call with artifactQuery found at one of its restore points. */
export type GranularMailboxRestoreArtifactInput = {
  /** Default NEW (a new folder in the mailbox). One destination type per session, whole mailboxes included. */
  destinationType?: DestinationType | null | undefined;
  /** The restore point of that search's result to restore the found items from. */
  restorePointId: string | number;
  /** The searchResponseId of that search (searchRestorePoints with artifactQuery). */
  searchResponseId: string;
};

/** One item picked while browsing a backup: exactly one of directoryObjectId (OneDrive) or siteId (SharePoint). */
export type GranularRestoreItemInput = {
  /** The browse session the item was found in (CREATED, not expired). */
  browseSessionId: string | number;
  /** The OneDrive owner (Entra ID user id); OneDrive sessions only. */
  directoryObjectId?: string | number | null | undefined;
  /** The item's key as browse returned it. */
  itemKey: string;
  /** The site (host,siteCollectionId,webId); SharePoint sessions only. */
  siteId?: string | number | null | undefined;
};

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

/** Where an inclusion rule is in its lifecycle. */
export type ProtectionRuleStatus =
  /** Being applied: its groups' members or matching sites are being added as units. */
  | 'ACTIVE'
  /** Applied. A static rule stays so until it is run again; a dynamic one keeps following its groups. */
  | 'COMPLETED'
  /** Applied in part; see error (e.g. invalidGroupId for a group that does not exist). */
  | 'COMPLETED_WITH_ERRORS'
  /** A dynamic rule is being removed together with the protection it added. */
  | 'DELETE_REQUESTED'
  /** Listed by Graph's enum but described as not supported; new rules start ACTIVE. */
  | 'DRAFT'
  /** A status this gateway does not know yet; see rawStatus. */
  | 'UNKNOWN'
  /** A dynamic rule's new expression is being applied. */
  | 'UPDATE_REQUESTED';

/** Why a unit is protected: added by hand, by a dynamic inclusion rule, or both. */
export type ProtectionSource =
  | 'DYNAMIC_RULE'
  | 'MANUAL'
  | 'UNKNOWN';

/** What a change item asked for. */
export type ProtectionUnitChangeOperation =
  | 'ADD'
  | 'REMOVE';

/** Narrows protectionUnits; every condition given must hold. workload and policyId choose the Graph collection, the others become its $filter. At most one of directoryObjectId, siteId, email and siteWebUrl. */
export type ProtectionUnitFilter = {
  /** The units of this Entra ID user or group (mailbox and OneDrive units, across policies): Graph's $filter directoryObjectId eq on the mailbox and drive unit lists, both in one $batch call. */
  directoryObjectId?: string | number | null | undefined;
  /** The units of the user with this sign-in name (userPrincipalName, usually the email). Graph's unit lists cannot filter by email (it is filled for delegated callers only), so the gateway first reads the user (GET /users/{email}, needs User.Read.All or User.ReadBasic.All) and then filters by its id: 2 calls in all. An email no user has finds no units. */
  email?: string | null | undefined;
  /** Only the units of this policy (one read of the policy for its kind). */
  policyId?: string | number | null | undefined;
  /** The units of this site (host,siteCollectionId,webId, across policies): Graph's $filter siteId eq, one call. */
  siteId?: string | number | null | undefined;
  /** The units of the SharePoint site at this https URL (https://{tenant}.sharepoint.com/sites/{name}). Graph's unit lists cannot filter by URL (filled for delegated callers only), so the gateway first reads the site (GET /sites/{host}:/{path}, needs Sites.Read.All) and then filters by its id: 2 calls in all. A URL no site has finds no units. */
  siteWebUrl?: string | null | undefined;
  /** Any of these statuses: Graph's $filter (status in (...)), no extra call. With UNKNOWN in the list the gateway filters the pages it reads instead, since UNKNOWN is its own name for statuses Graph added later. With a user, group or site and neither workload nor policyId, that resource's few units are read once and filtered here. */
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

/** Registers an application as a controller app of the backup service, and optionally activates it. */
export type RegisterServiceAppInput = {
  /** The Entra ID application (client) id to register (a GUID). Graph registers the application that calls it (its create body is documented as {}); the gateway also names the app in the serviceApp's `application`, so register the app the gateway runs as and compare serviceApp.application.id. */
  applicationId: string | number;
  /** When given, the app is activated from then on (PENDING_ACTIVE until then); at most 5 minutes in the past. With another controller app active, Graph expects 7 to 30 days ahead. Without it the app stays INACTIVE. */
  effectiveDateTime?: string | null | undefined;
  /** Sending the same key again within the retention window (IDEMPOTENCY_TTL_MS, default 24 h) returns this app instead of registering another. After a lost connection the gateway adopts the serviceApp of this applicationId, if any. */
  idempotencyKey?: string | null | undefined;
};

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

/** How a site rule's conditions are joined. */
export type RuleConditionCombination =
  /** A site must match every condition (Graph's -and). */
  | 'AND'
  /** A site may match any condition (Graph's -or). */
  | 'OR';

/** Where a controller (service) app is: registered, becoming active, active, or being retired. */
export type ServiceAppStatus =
  | 'ACTIVE'
  | 'INACTIVE'
  | 'PENDING_ACTIVE'
  | 'PENDING_INACTIVE'
  | 'UNKNOWN';

/** Which sites a site rule selects. Keywords are 3 to 255 characters, at most 10 in all, and cannot hold a single quote (Graph's rule grammar has no escape for one). */
export type SiteRuleConditionsInput = {
  /** How the conditions are joined. */
  combine?: RuleConditionCombination | null | undefined;
  /** Sites modified at or after this time. */
  modifiedSince?: string | null | undefined;
  /** Sites whose name contains any (OR) or each (AND) of these. */
  nameContains?: Array<string> | null | undefined;
  /** Sites whose URL contains any (OR) or each (AND) of these. */
  urlContains?: Array<string> | null | undefined;
};

/** A closed span of time: start before end, neither in the future. */
export type TimePeriodInput = {
  /** When it ended. */
  endDateTime: string;
  /** When it started. */
  startDateTime: string;
};

/** Changes the groups of a dynamic mailbox or drive rule (Graph re-applies it: UPDATE_REQUESTED). */
export type UpdateProtectionRuleInput = {
  /** Graph's expression as written, (memberOf -any (group.id -in ['<groupId>', ...])), checked by the gateway before it is sent. Give groupIds or expression, not both. */
  expression?: string | null | undefined;
  /** Entra ID security or Microsoft 365 group ids (1 to 100, Graph's limit per expression); the gateway writes Graph's (memberOf -any (group.id -in [...])). Give groupIds or expression, not both. */
  groupIds?: Array<string | number> | null | undefined;
  /** The rule. */
  id: string | number;
  /** The rule's policy. */
  policyId: string | number;
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

export type CreateBrowseSessionMutationVariables = Exact<{
  workload: Workload;
  restorePointId: string | number;
  key?: string | null | undefined;
}>;


export type CreateBrowseSessionMutation = { createBrowseSession: { session: { id: string, workload: Workload, status: BrowseSessionStatus, isTerminal: boolean, pollAfterSeconds: number | null, restorePointId: string | null, expirationDateTime: string | null, directoryObjectId: string | null, siteId: string | null } } };

export type PollBrowseSessionQueryVariables = Exact<{
  id: string | number;
}>;


export type PollBrowseSessionQuery = { browseSession: { id: string, workload: Workload, status: BrowseSessionStatus, rawStatus: string | null, isTerminal: boolean, pollAfterSeconds: number | null, createdDateTime: string | null, expirationDateTime: string | null, restorePointId: string | null, restorePointDateTime: string | null, backupSizeInBytes: string | null, directoryObjectId: string | null, siteId: string | null, error: { code: string | null, message: string | null } | null } | null };

export type BrowseSessionsQueryVariables = Exact<{
  filter?: BrowseSessionFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BrowseSessionsQuery = { browseSessions: { nodes: Array<{ id: string, workload: Workload, status: BrowseSessionStatus }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type BrowseQueryVariables = Exact<{
  sessionId: string | number;
  itemKey?: string | null | undefined;
  resourceType?: BrowseResourceType | null | undefined;
  nameContains?: string | null | undefined;
  orderBy?: BrowseOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BrowseQuery = { browse: { nodes: Array<{ itemKey: string, name: string | null, type: BrowseItemType, sizeInBytes: string | null, itemsCount: number | null, webUrl: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

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

export type PickUsersQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PickUsersQuery = { users: { nodes: Array<{ id: string, displayName: string | null, mail: string | null, userPrincipalName: string | null, protectionUnits: Array<
        | { __typename: 'DriveProtectionUnit', id: string, status: ProtectionUnitStatus, policy:
            | { id: string, displayName: string | null }
            | { id: string, displayName: string | null }
            | { id: string, displayName: string | null }
            | { id: string, displayName: string | null }
           | null }
        | { __typename: 'MailboxProtectionUnit', id: string, status: ProtectionUnitStatus, policy:
            | { id: string, displayName: string | null }
            | { id: string, displayName: string | null }
            | { id: string, displayName: string | null }
            | { id: string, displayName: string | null }
           | null }
        | { __typename: 'SiteProtectionUnit', id: string, status: ProtectionUnitStatus, policy:
            | { id: string, displayName: string | null }
            | { id: string, displayName: string | null }
            | { id: string, displayName: string | null }
            | { id: string, displayName: string | null }
           | null }
        | { __typename: 'UnknownProtectionUnit', id: string, status: ProtectionUnitStatus, policy:
            | { id: string, displayName: string | null }
            | { id: string, displayName: string | null }
            | { id: string, displayName: string | null }
            | { id: string, displayName: string | null }
           | null }
      > }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PickUserNamesQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PickUserNamesQuery = { users: { nodes: Array<{ id: string, displayName: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PickGroupsQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PickGroupsQuery = { groups: { nodes: Array<{ id: string, displayName: string | null, mail: string | null, description: string | null, securityEnabled: boolean | null, mailEnabled: boolean | null, protectionUnits: Array<
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      > }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PickSitesQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PickSitesQuery = { sites: { nodes: Array<{ id: string, displayName: string | null, webUrl: string | null, protectionUnits: Array<
        | { __typename: 'DriveProtectionUnit', id: string, status: ProtectionUnitStatus, policy:
            | { displayName: string | null }
            | { displayName: string | null }
            | { displayName: string | null }
            | { displayName: string | null }
           | null }
        | { __typename: 'MailboxProtectionUnit', id: string, status: ProtectionUnitStatus, policy:
            | { displayName: string | null }
            | { displayName: string | null }
            | { displayName: string | null }
            | { displayName: string | null }
           | null }
        | { __typename: 'SiteProtectionUnit', id: string, status: ProtectionUnitStatus, policy:
            | { displayName: string | null }
            | { displayName: string | null }
            | { displayName: string | null }
            | { displayName: string | null }
           | null }
        | { __typename: 'UnknownProtectionUnit', id: string, status: ProtectionUnitStatus, policy:
            | { displayName: string | null }
            | { displayName: string | null }
            | { displayName: string | null }
            | { displayName: string | null }
           | null }
      > }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PickPeopleAndGroupsQueryVariables = Exact<{
  search: string;
}>;


export type PickPeopleAndGroupsQuery = { users: { nodes: Array<{ id: string, displayName: string | null }> }, groups: { nodes: Array<{ id: string, displayName: string | null }> } };

type GranularItemFields_GranularDriveRestoreArtifact_Fragment = { __typename: 'GranularDriveRestoreArtifact', directoryObjectId: string | null, id: string, browseSessionId: string | null, status: ArtifactRestoreStatus, rawStatus: string | null, webUrl: string | null, restoredItemPath: string | null, restoredItemWebUrl: string | null, restoredItemKey: string | null, restorePointDateTime: string | null, startDateTime: string | null, completionDateTime: string | null };

type GranularItemFields_GranularSiteRestoreArtifact_Fragment = { __typename: 'GranularSiteRestoreArtifact', siteId: string | null, id: string, browseSessionId: string | null, status: ArtifactRestoreStatus, rawStatus: string | null, webUrl: string | null, restoredItemPath: string | null, restoredItemWebUrl: string | null, restoredItemKey: string | null, restorePointDateTime: string | null, startDateTime: string | null, completionDateTime: string | null };

export type GranularItemFieldsFragment =
  | GranularItemFields_GranularDriveRestoreArtifact_Fragment
  | GranularItemFields_GranularSiteRestoreArtifact_Fragment
;

export type AddGranularItemsMutationVariables = Exact<{
  sessionId: string | number;
  items: Array<GranularRestoreItemInput> | GranularRestoreItemInput;
}>;


export type AddGranularItemsMutation = { addGranularRestoreArtifacts: { session:
      | { id: string, status: RestoreSessionStatus, artifactCount: { total: number } | null }
      | { id: string, status: RestoreSessionStatus, artifactCount: { total: number } | null }
      | { id: string, status: RestoreSessionStatus, artifactCount: { total: number } | null }
      | { id: string, status: RestoreSessionStatus, artifactCount: { total: number } | null }
    , results: Array<{ operation: RestoreArtifactChangeOperation, target: string, succeeded: boolean, error: { code: string | null, message: string | null } | null, artifact:
        | { __typename: 'GranularDriveRestoreArtifact', directoryObjectId: string | null, id: string, browseSessionId: string | null, status: ArtifactRestoreStatus, rawStatus: string | null, webUrl: string | null, restoredItemPath: string | null, restoredItemWebUrl: string | null, restoredItemKey: string | null, restorePointDateTime: string | null, startDateTime: string | null, completionDateTime: string | null }
        | { __typename: 'GranularSiteRestoreArtifact', siteId: string | null, id: string, browseSessionId: string | null, status: ArtifactRestoreStatus, rawStatus: string | null, webUrl: string | null, restoredItemPath: string | null, restoredItemWebUrl: string | null, restoredItemKey: string | null, restorePointDateTime: string | null, startDateTime: string | null, completionDateTime: string | null }
       | null }> } };

export type RemoveGranularItemsMutationVariables = Exact<{
  sessionId: string | number;
  ids: Array<string | number> | string | number;
}>;


export type RemoveGranularItemsMutation = { removeGranularRestoreArtifacts: { session:
      | { id: string, status: RestoreSessionStatus }
      | { id: string, status: RestoreSessionStatus }
      | { id: string, status: RestoreSessionStatus }
      | { id: string, status: RestoreSessionStatus }
    , results: Array<{ operation: RestoreArtifactChangeOperation, target: string, succeeded: boolean, error: { code: string | null, message: string | null } | null, artifact:
        | { id: string }
        | { id: string }
       | null }> } };

export type PollGranularItemsQueryVariables = Exact<{
  id: string | number;
}>;


export type PollGranularItemsQuery = { restoreSession:
    | { id: string, status: RestoreSessionStatus, isTerminal: boolean, pollAfterSeconds: number | null, artifactCount: { total: number, completed: number, inProgress: number, failed: number } | null }
    | { id: string, status: RestoreSessionStatus, isTerminal: boolean, pollAfterSeconds: number | null, driveItems: { nodes: Array<{ __typename: 'GranularDriveRestoreArtifact', directoryObjectId: string | null, id: string, browseSessionId: string | null, status: ArtifactRestoreStatus, rawStatus: string | null, webUrl: string | null, restoredItemPath: string | null, restoredItemWebUrl: string | null, restoredItemKey: string | null, restorePointDateTime: string | null, startDateTime: string | null, completionDateTime: string | null }> }, artifactCount: { total: number, completed: number, inProgress: number, failed: number } | null }
    | { id: string, status: RestoreSessionStatus, isTerminal: boolean, pollAfterSeconds: number | null, siteItems: { nodes: Array<{ __typename: 'GranularSiteRestoreArtifact', siteId: string | null, id: string, browseSessionId: string | null, status: ArtifactRestoreStatus, rawStatus: string | null, webUrl: string | null, restoredItemPath: string | null, restoredItemWebUrl: string | null, restoredItemKey: string | null, restorePointDateTime: string | null, startDateTime: string | null, completionDateTime: string | null }> }, artifactCount: { total: number, completed: number, inProgress: number, failed: number } | null }
    | { id: string, status: RestoreSessionStatus, isTerminal: boolean, pollAfterSeconds: number | null, artifactCount: { total: number, completed: number, inProgress: number, failed: number } | null }
   | null };

export type ReadBulkRestoreRequestQueryVariables = Exact<{
  workload: Workload;
  sessionId: string | number;
  id: string | number;
}>;


export type ReadBulkRestoreRequestQuery = { restoreArtifactsBulkAdditionRequest:
    | { __typename: 'DriveRestoreArtifactsBulkAdditionRequest', id: string, sessionId: string, status: BulkRequestStatus, isTerminal: boolean, pollAfterSeconds: number | null, displayName: string | null }
    | { __typename: 'MailboxRestoreArtifactsBulkAdditionRequest', mailboxes: Array<string>, id: string, sessionId: string, status: BulkRequestStatus, isTerminal: boolean, pollAfterSeconds: number | null, displayName: string | null }
    | { __typename: 'SiteRestoreArtifactsBulkAdditionRequest', id: string, sessionId: string, status: BulkRequestStatus, isTerminal: boolean, pollAfterSeconds: number | null, displayName: string | null }
   | null };

export type ListBulkRestoreRequestEntriesQueryVariables = Exact<{
  id: string | number;
}>;


export type ListBulkRestoreRequestEntriesQuery = { restoreSession:
    | { id: string, bulkAdditionRequests: { nodes: Array<
          | { id: string, status: BulkRequestStatus }
          | { mailboxes: Array<string>, id: string, status: BulkRequestStatus }
          | { id: string, status: BulkRequestStatus }
        > } }
    | { id: string, bulkAdditionRequests: { nodes: Array<
          | { id: string, status: BulkRequestStatus }
          | { mailboxes: Array<string>, id: string, status: BulkRequestStatus }
          | { id: string, status: BulkRequestStatus }
        > } }
    | { id: string, bulkAdditionRequests: { nodes: Array<
          | { id: string, status: BulkRequestStatus }
          | { mailboxes: Array<string>, id: string, status: BulkRequestStatus }
          | { id: string, status: BulkRequestStatus }
        > } }
    | { id: string, bulkAdditionRequests: { nodes: Array<
          | { id: string, status: BulkRequestStatus }
          | { mailboxes: Array<string>, id: string, status: BulkRequestStatus }
          | { id: string, status: BulkRequestStatus }
        > } }
   | null };

export type DeleteBulkRestoreRequestMutationVariables = Exact<{
  workload: Workload;
  sessionId: string | number;
  id: string | number;
}>;


export type DeleteBulkRestoreRequestMutation = { deleteRestoreArtifactsBulkAdditionRequest: { id: string } };

export type CreateMailItemsRestoreMutationVariables = Exact<{
  granular?: Array<GranularMailboxRestoreArtifactInput> | GranularMailboxRestoreArtifactInput | null | undefined;
  artifacts?: Array<RestoreArtifactInput> | RestoreArtifactInput | null | undefined;
  key?: string | null | undefined;
}>;


export type CreateMailItemsRestoreMutation = { createRestoreSession: { session:
      | { __typename: 'ExchangeRestoreSession', id: string, status: RestoreSessionStatus, granularArtifacts: { nodes: Array<{ id: string, status: ArtifactRestoreStatus, searchResponseId: string, artifactCount: number | null }> }, artifactCount: { total: number, completed: number, inProgress: number, failed: number } | null }
      | { __typename: 'OneDriveForBusinessRestoreSession', id: string, status: RestoreSessionStatus, artifactCount: { total: number, completed: number, inProgress: number, failed: number } | null }
      | { __typename: 'SharePointRestoreSession', id: string, status: RestoreSessionStatus, artifactCount: { total: number, completed: number, inProgress: number, failed: number } | null }
      | { __typename: 'UnknownRestoreSession', id: string, status: RestoreSessionStatus, artifactCount: { total: number, completed: number, inProgress: number, failed: number } | null }
     } };

export type CreateGranularOnWorkloadMutationVariables = Exact<{
  workload: Workload;
  granular?: Array<GranularMailboxRestoreArtifactInput> | GranularMailboxRestoreArtifactInput | null | undefined;
}>;


export type CreateGranularOnWorkloadMutation = { createRestoreSession: { session:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     } };

export type PollMailItemsRestoreQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PollMailItemsRestoreQuery = { restoreSession:
    | { __typename: 'ExchangeRestoreSession', id: string, status: RestoreSessionStatus, isTerminal: boolean, pollAfterSeconds: number | null, granularArtifacts: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'GranularMailboxRestoreArtifact', id: string, status: ArtifactRestoreStatus, destinationType: DestinationType | null, searchResponseId: string, artifactCount: number | null, startDateTime: string | null, completionDateTime: string | null, restoredFolderId: string | null, restoredFolderName: string | null, restoredItemCount: number | null, error: { code: string | null } | null, restorePoint: { id: string, protectionDateTime: string } | null }> }, artifactCount: { total: number, completed: number, inProgress: number, failed: number } | null }
    | { __typename: 'OneDriveForBusinessRestoreSession', id: string, status: RestoreSessionStatus, isTerminal: boolean, pollAfterSeconds: number | null, artifactCount: { total: number, completed: number, inProgress: number, failed: number } | null }
    | { __typename: 'SharePointRestoreSession', id: string, status: RestoreSessionStatus, isTerminal: boolean, pollAfterSeconds: number | null, artifactCount: { total: number, completed: number, inProgress: number, failed: number } | null }
    | { __typename: 'UnknownRestoreSession', id: string, status: RestoreSessionStatus, isTerminal: boolean, pollAfterSeconds: number | null, artifactCount: { total: number, completed: number, inProgress: number, failed: number } | null }
   | null };

export type SearchMailItemsQueryVariables = Exact<{
  unitId: string | number;
  query: string;
  period?: TimePeriodInput | null | undefined;
}>;


export type SearchMailItemsQuery = { searchRestorePoints: { searchResponseId: string | null, noResultProtectionUnitIds: Array<string>, results: Array<{ artifactHitCount: number | null, restorePoint: { id: string, protectionDateTime: string } }> } };

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
        | { __typename: 'GranularMailboxRestoreArtifact', id: string, status: ArtifactRestoreStatus, destinationType: DestinationType | null, restorePoint: { id: string } | null }
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


export type ServiceAppsQuery = { backupRestore: { serviceApps: { nodes: Array<{ id: string, status: ServiceAppStatus, effectiveDateTime: string | null }> } } };

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

export type UnitRestorePointsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  before?: string | null | undefined;
  since?: string | null | undefined;
}>;


export type UnitRestorePointsQuery = { protectionUnit:
    | { id: string, restorePoints: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, protectionDateTime: string, expirationDateTime: string | null, tags: Array<RestorePointTag>, protectionUnit:
              | { id: string, workload: Workload }
              | { id: string, workload: Workload }
              | { id: string, workload: Workload }
              | { id: string, workload: Workload }
             | null } }> } }
    | { id: string, restorePoints: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, protectionDateTime: string, expirationDateTime: string | null, tags: Array<RestorePointTag>, protectionUnit:
              | { id: string, workload: Workload }
              | { id: string, workload: Workload }
              | { id: string, workload: Workload }
              | { id: string, workload: Workload }
             | null } }> } }
    | { id: string, restorePoints: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, protectionDateTime: string, expirationDateTime: string | null, tags: Array<RestorePointTag>, protectionUnit:
              | { id: string, workload: Workload }
              | { id: string, workload: Workload }
              | { id: string, workload: Workload }
              | { id: string, workload: Workload }
             | null } }> } }
    | { id: string, restorePoints: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, protectionDateTime: string, expirationDateTime: string | null, tags: Array<RestorePointTag>, protectionUnit:
              | { id: string, workload: Workload }
              | { id: string, workload: Workload }
              | { id: string, workload: Workload }
              | { id: string, workload: Workload }
             | null } }> } }
   | null };

export type UnitsRestorePointsQueryVariables = Exact<{
  workload?: Workload | null | undefined;
  units?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type UnitsRestorePointsQuery = { protectionUnits: { nodes: Array<
      | { id: string, restorePoints: { pageInfo: { hasNextPage: boolean }, nodes: Array<{ id: string, protectionDateTime: string }> } }
      | { id: string, restorePoints: { pageInfo: { hasNextPage: boolean }, nodes: Array<{ id: string, protectionDateTime: string }> } }
      | { id: string, restorePoints: { pageInfo: { hasNextPage: boolean }, nodes: Array<{ id: string, protectionDateTime: string }> } }
      | { id: string, restorePoints: { pageInfo: { hasNextPage: boolean }, nodes: Array<{ id: string, protectionDateTime: string }> } }
    > } };

export type UnitsRestorePointsWideQueryVariables = Exact<{
  workload?: Workload | null | undefined;
  units?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type UnitsRestorePointsWideQuery = { protectionUnits: { nodes: Array<
      | { id: string, restorePoints: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, protectionDateTime: string, expirationDateTime: string | null, tags: Array<RestorePointTag>, protectionUnitId: string | null, protectionUnit:
                | { id: string, status: ProtectionUnitStatus, policyId: string | null }
                | { id: string, status: ProtectionUnitStatus, policyId: string | null }
                | { id: string, status: ProtectionUnitStatus, policyId: string | null }
                | { id: string, status: ProtectionUnitStatus, policyId: string | null }
               | null } }> } }
      | { id: string, restorePoints: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, protectionDateTime: string, expirationDateTime: string | null, tags: Array<RestorePointTag>, protectionUnitId: string | null, protectionUnit:
                | { id: string, status: ProtectionUnitStatus, policyId: string | null }
                | { id: string, status: ProtectionUnitStatus, policyId: string | null }
                | { id: string, status: ProtectionUnitStatus, policyId: string | null }
                | { id: string, status: ProtectionUnitStatus, policyId: string | null }
               | null } }> } }
      | { id: string, restorePoints: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, protectionDateTime: string, expirationDateTime: string | null, tags: Array<RestorePointTag>, protectionUnitId: string | null, protectionUnit:
                | { id: string, status: ProtectionUnitStatus, policyId: string | null }
                | { id: string, status: ProtectionUnitStatus, policyId: string | null }
                | { id: string, status: ProtectionUnitStatus, policyId: string | null }
                | { id: string, status: ProtectionUnitStatus, policyId: string | null }
               | null } }> } }
      | { id: string, restorePoints: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, protectionDateTime: string, expirationDateTime: string | null, tags: Array<RestorePointTag>, protectionUnitId: string | null, protectionUnit:
                | { id: string, status: ProtectionUnitStatus, policyId: string | null }
                | { id: string, status: ProtectionUnitStatus, policyId: string | null }
                | { id: string, status: ProtectionUnitStatus, policyId: string | null }
                | { id: string, status: ProtectionUnitStatus, policyId: string | null }
               | null } }> } }
    > } };

export type RestorePointByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type RestorePointByIdQuery = { restorePoint: { id: string, protectionDateTime: string, expirationDateTime: string | null, tags: Array<RestorePointTag>, protectionUnitId: string | null, protectionUnit:
      | { id: string, workload: Workload }
      | { id: string, workload: Workload }
      | { id: string, workload: Workload }
      | { id: string, workload: Workload }
     | null } | null };

export type SearchMailQueryVariables = Exact<{
  unitIds: Array<string | number> | string | number;
  query: string;
  period?: TimePeriodInput | null | undefined;
}>;


export type SearchMailQuery = { searchRestorePoints: { searchResponseId: string | null, noResultProtectionUnitIds: Array<string>, results: Array<{ artifactHitCount: number | null, restorePoint: { id: string, protectionDateTime: string, protectionUnitId: string | null } }> } };

export type LatestPointsQueryVariables = Exact<{
  workload?: Workload | null | undefined;
  units?: number | null | undefined;
}>;


export type LatestPointsQuery = { protectionUnits: { nodes: Array<
      | { id: string, latestRestorePoint: { id: string, protectionDateTime: string } | null }
      | { id: string, latestRestorePoint: { id: string, protectionDateTime: string } | null }
      | { id: string, latestRestorePoint: { id: string, protectionDateTime: string } | null }
      | { id: string, latestRestorePoint: { id: string, protectionDateTime: string } | null }
    > } };

type ReadRule_DriveProtectionRule_Fragment = { __typename: 'DriveProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, createdDateTime: string | null, lastModifiedDateTime: string | null, groups: Array<{ id: string, displayName: string | null, mail: string | null, memberCount: number | null, exists: boolean }>, createdBy: { user: { displayName: string | null } | null, application: { displayName: string | null } | null } | null, error: { code: string | null, message: string | null, target: string | null, details: Array<{ code: string | null, target: string | null }>, innerError: { code: string | null, message: string | null, target: string | null } | null } | null };

type ReadRule_MailboxProtectionRule_Fragment = { __typename: 'MailboxProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, createdDateTime: string | null, lastModifiedDateTime: string | null, groups: Array<{ id: string, displayName: string | null, mail: string | null, memberCount: number | null, exists: boolean }>, createdBy: { user: { displayName: string | null } | null, application: { displayName: string | null } | null } | null, error: { code: string | null, message: string | null, target: string | null, details: Array<{ code: string | null, target: string | null }>, innerError: { code: string | null, message: string | null, target: string | null } | null } | null };

type ReadRule_SiteProtectionRule_Fragment = { __typename: 'SiteProtectionRule', id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, createdDateTime: string | null, lastModifiedDateTime: string | null, conditions: { nameContains: Array<string>, urlContains: Array<string>, modifiedSince: string | null, combine: RuleConditionCombination | null } | null, createdBy: { user: { displayName: string | null } | null, application: { displayName: string | null } | null } | null, error: { code: string | null, message: string | null, target: string | null, details: Array<{ code: string | null, target: string | null }>, innerError: { code: string | null, message: string | null, target: string | null } | null } | null };

export type ReadRuleFragment =
  | ReadRule_DriveProtectionRule_Fragment
  | ReadRule_MailboxProtectionRule_Fragment
  | ReadRule_SiteProtectionRule_Fragment
;

export type PolicyRulesQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PolicyRulesQuery = { protectionPolicy:
    | { id: string, workload: Workload, inclusionRules: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
          | { __typename: 'DriveProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, createdDateTime: string | null, lastModifiedDateTime: string | null, groups: Array<{ id: string, displayName: string | null, mail: string | null, memberCount: number | null, exists: boolean }>, createdBy: { user: { displayName: string | null } | null, application: { displayName: string | null } | null } | null, error: { code: string | null, message: string | null, target: string | null, details: Array<{ code: string | null, target: string | null }>, innerError: { code: string | null, message: string | null, target: string | null } | null } | null }
          | { __typename: 'MailboxProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, createdDateTime: string | null, lastModifiedDateTime: string | null, groups: Array<{ id: string, displayName: string | null, mail: string | null, memberCount: number | null, exists: boolean }>, createdBy: { user: { displayName: string | null } | null, application: { displayName: string | null } | null } | null, error: { code: string | null, message: string | null, target: string | null, details: Array<{ code: string | null, target: string | null }>, innerError: { code: string | null, message: string | null, target: string | null } | null } | null }
          | { __typename: 'SiteProtectionRule', id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, createdDateTime: string | null, lastModifiedDateTime: string | null, conditions: { nameContains: Array<string>, urlContains: Array<string>, modifiedSince: string | null, combine: RuleConditionCombination | null } | null, createdBy: { user: { displayName: string | null } | null, application: { displayName: string | null } | null } | null, error: { code: string | null, message: string | null, target: string | null, details: Array<{ code: string | null, target: string | null }>, innerError: { code: string | null, message: string | null, target: string | null } | null } | null }
        > } }
    | { id: string, workload: Workload, inclusionRules: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
          | { __typename: 'DriveProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, createdDateTime: string | null, lastModifiedDateTime: string | null, groups: Array<{ id: string, displayName: string | null, mail: string | null, memberCount: number | null, exists: boolean }>, createdBy: { user: { displayName: string | null } | null, application: { displayName: string | null } | null } | null, error: { code: string | null, message: string | null, target: string | null, details: Array<{ code: string | null, target: string | null }>, innerError: { code: string | null, message: string | null, target: string | null } | null } | null }
          | { __typename: 'MailboxProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, createdDateTime: string | null, lastModifiedDateTime: string | null, groups: Array<{ id: string, displayName: string | null, mail: string | null, memberCount: number | null, exists: boolean }>, createdBy: { user: { displayName: string | null } | null, application: { displayName: string | null } | null } | null, error: { code: string | null, message: string | null, target: string | null, details: Array<{ code: string | null, target: string | null }>, innerError: { code: string | null, message: string | null, target: string | null } | null } | null }
          | { __typename: 'SiteProtectionRule', id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, createdDateTime: string | null, lastModifiedDateTime: string | null, conditions: { nameContains: Array<string>, urlContains: Array<string>, modifiedSince: string | null, combine: RuleConditionCombination | null } | null, createdBy: { user: { displayName: string | null } | null, application: { displayName: string | null } | null } | null, error: { code: string | null, message: string | null, target: string | null, details: Array<{ code: string | null, target: string | null }>, innerError: { code: string | null, message: string | null, target: string | null } | null } | null }
        > } }
    | { id: string, workload: Workload, inclusionRules: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
          | { __typename: 'DriveProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, createdDateTime: string | null, lastModifiedDateTime: string | null, groups: Array<{ id: string, displayName: string | null, mail: string | null, memberCount: number | null, exists: boolean }>, createdBy: { user: { displayName: string | null } | null, application: { displayName: string | null } | null } | null, error: { code: string | null, message: string | null, target: string | null, details: Array<{ code: string | null, target: string | null }>, innerError: { code: string | null, message: string | null, target: string | null } | null } | null }
          | { __typename: 'MailboxProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, createdDateTime: string | null, lastModifiedDateTime: string | null, groups: Array<{ id: string, displayName: string | null, mail: string | null, memberCount: number | null, exists: boolean }>, createdBy: { user: { displayName: string | null } | null, application: { displayName: string | null } | null } | null, error: { code: string | null, message: string | null, target: string | null, details: Array<{ code: string | null, target: string | null }>, innerError: { code: string | null, message: string | null, target: string | null } | null } | null }
          | { __typename: 'SiteProtectionRule', id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, createdDateTime: string | null, lastModifiedDateTime: string | null, conditions: { nameContains: Array<string>, urlContains: Array<string>, modifiedSince: string | null, combine: RuleConditionCombination | null } | null, createdBy: { user: { displayName: string | null } | null, application: { displayName: string | null } | null } | null, error: { code: string | null, message: string | null, target: string | null, details: Array<{ code: string | null, target: string | null }>, innerError: { code: string | null, message: string | null, target: string | null } | null } | null }
        > } }
    | { id: string, workload: Workload, inclusionRules: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
          | { __typename: 'DriveProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, createdDateTime: string | null, lastModifiedDateTime: string | null, groups: Array<{ id: string, displayName: string | null, mail: string | null, memberCount: number | null, exists: boolean }>, createdBy: { user: { displayName: string | null } | null, application: { displayName: string | null } | null } | null, error: { code: string | null, message: string | null, target: string | null, details: Array<{ code: string | null, target: string | null }>, innerError: { code: string | null, message: string | null, target: string | null } | null } | null }
          | { __typename: 'MailboxProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, createdDateTime: string | null, lastModifiedDateTime: string | null, groups: Array<{ id: string, displayName: string | null, mail: string | null, memberCount: number | null, exists: boolean }>, createdBy: { user: { displayName: string | null } | null, application: { displayName: string | null } | null } | null, error: { code: string | null, message: string | null, target: string | null, details: Array<{ code: string | null, target: string | null }>, innerError: { code: string | null, message: string | null, target: string | null } | null } | null }
          | { __typename: 'SiteProtectionRule', id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, createdDateTime: string | null, lastModifiedDateTime: string | null, conditions: { nameContains: Array<string>, urlContains: Array<string>, modifiedSince: string | null, combine: RuleConditionCombination | null } | null, createdBy: { user: { displayName: string | null } | null, application: { displayName: string | null } | null } | null, error: { code: string | null, message: string | null, target: string | null, details: Array<{ code: string | null, target: string | null }>, innerError: { code: string | null, message: string | null, target: string | null } | null } | null }
        > } }
   | null };

export type PollProtectionRuleQueryVariables = Exact<{
  policyId: string | number;
  id: string | number;
}>;


export type PollProtectionRuleQuery = { protectionRule:
    | { __typename: 'DriveProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, createdDateTime: string | null, lastModifiedDateTime: string | null, groups: Array<{ id: string, displayName: string | null, mail: string | null, memberCount: number | null, exists: boolean }>, createdBy: { user: { displayName: string | null } | null, application: { displayName: string | null } | null } | null, error: { code: string | null, message: string | null, target: string | null, details: Array<{ code: string | null, target: string | null }>, innerError: { code: string | null, message: string | null, target: string | null } | null } | null }
    | { __typename: 'MailboxProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, createdDateTime: string | null, lastModifiedDateTime: string | null, groups: Array<{ id: string, displayName: string | null, mail: string | null, memberCount: number | null, exists: boolean }>, createdBy: { user: { displayName: string | null } | null, application: { displayName: string | null } | null } | null, error: { code: string | null, message: string | null, target: string | null, details: Array<{ code: string | null, target: string | null }>, innerError: { code: string | null, message: string | null, target: string | null } | null } | null }
    | { __typename: 'SiteProtectionRule', id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, createdDateTime: string | null, lastModifiedDateTime: string | null, conditions: { nameContains: Array<string>, urlContains: Array<string>, modifiedSince: string | null, combine: RuleConditionCombination | null } | null, createdBy: { user: { displayName: string | null } | null, application: { displayName: string | null } | null } | null, error: { code: string | null, message: string | null, target: string | null, details: Array<{ code: string | null, target: string | null }>, innerError: { code: string | null, message: string | null, target: string | null } | null } | null }
   | null };

export type RuleStatusQueryVariables = Exact<{
  policyId: string | number;
  id: string | number;
}>;


export type RuleStatusQuery = { protectionRule:
    | { id: string, status: ProtectionRuleStatus, isTerminal: boolean, pollAfterSeconds: number | null }
    | { id: string, status: ProtectionRuleStatus, isTerminal: boolean, pollAfterSeconds: number | null }
    | { id: string, status: ProtectionRuleStatus, isTerminal: boolean, pollAfterSeconds: number | null }
   | null };

export type DashboardWithRulesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type DashboardWithRulesQuery = { backupRestore: { serviceStatus: { status: BackupServiceStatus } }, protectionPolicies: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
      | { __typename: 'ExchangeProtectionPolicy', id: string, displayName: string | null, status: ProtectionPolicyStatus, workload: Workload, protectionUnits: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
            | { __typename: 'DriveProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus, owner: { displayName: string | null, mail: string | null, state: DirectoryObjectState } | null, latestRestorePoint: { id: string, protectionDateTime: string, tags: Array<RestorePointTag> } | null }
            | { __typename: 'MailboxProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus, owner: { displayName: string | null, mail: string | null, state: DirectoryObjectState } | null, latestRestorePoint: { id: string, protectionDateTime: string, tags: Array<RestorePointTag> } | null }
            | { __typename: 'SiteProtectionUnit', siteId: string | null, id: string, status: ProtectionUnitStatus, site: { displayName: string | null, webUrl: string | null } | null, latestRestorePoint: { id: string, protectionDateTime: string, tags: Array<RestorePointTag> } | null }
            | { __typename: 'UnknownProtectionUnit', id: string, status: ProtectionUnitStatus, latestRestorePoint: { id: string, protectionDateTime: string, tags: Array<RestorePointTag> } | null }
          > }, inclusionRules: { nodes: Array<
            | { __typename: 'DriveProtectionRule', id: string, status: ProtectionRuleStatus, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, groups: Array<{ id: string, displayName: string | null, memberCount: number | null, exists: boolean }> }
            | { __typename: 'MailboxProtectionRule', id: string, status: ProtectionRuleStatus, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, groups: Array<{ id: string, displayName: string | null, memberCount: number | null, exists: boolean }> }
            | { __typename: 'SiteProtectionRule', expression: string, id: string, status: ProtectionRuleStatus, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null }
          > } }
      | { __typename: 'OneDriveForBusinessProtectionPolicy', id: string, displayName: string | null, status: ProtectionPolicyStatus, workload: Workload, protectionUnits: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
            | { __typename: 'DriveProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus, owner: { displayName: string | null, mail: string | null, state: DirectoryObjectState } | null, latestRestorePoint: { id: string, protectionDateTime: string, tags: Array<RestorePointTag> } | null }
            | { __typename: 'MailboxProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus, owner: { displayName: string | null, mail: string | null, state: DirectoryObjectState } | null, latestRestorePoint: { id: string, protectionDateTime: string, tags: Array<RestorePointTag> } | null }
            | { __typename: 'SiteProtectionUnit', siteId: string | null, id: string, status: ProtectionUnitStatus, site: { displayName: string | null, webUrl: string | null } | null, latestRestorePoint: { id: string, protectionDateTime: string, tags: Array<RestorePointTag> } | null }
            | { __typename: 'UnknownProtectionUnit', id: string, status: ProtectionUnitStatus, latestRestorePoint: { id: string, protectionDateTime: string, tags: Array<RestorePointTag> } | null }
          > }, inclusionRules: { nodes: Array<
            | { __typename: 'DriveProtectionRule', id: string, status: ProtectionRuleStatus, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, groups: Array<{ id: string, displayName: string | null, memberCount: number | null, exists: boolean }> }
            | { __typename: 'MailboxProtectionRule', id: string, status: ProtectionRuleStatus, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, groups: Array<{ id: string, displayName: string | null, memberCount: number | null, exists: boolean }> }
            | { __typename: 'SiteProtectionRule', expression: string, id: string, status: ProtectionRuleStatus, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null }
          > } }
      | { __typename: 'SharePointProtectionPolicy', id: string, displayName: string | null, status: ProtectionPolicyStatus, workload: Workload, protectionUnits: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
            | { __typename: 'DriveProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus, owner: { displayName: string | null, mail: string | null, state: DirectoryObjectState } | null, latestRestorePoint: { id: string, protectionDateTime: string, tags: Array<RestorePointTag> } | null }
            | { __typename: 'MailboxProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus, owner: { displayName: string | null, mail: string | null, state: DirectoryObjectState } | null, latestRestorePoint: { id: string, protectionDateTime: string, tags: Array<RestorePointTag> } | null }
            | { __typename: 'SiteProtectionUnit', siteId: string | null, id: string, status: ProtectionUnitStatus, site: { displayName: string | null, webUrl: string | null } | null, latestRestorePoint: { id: string, protectionDateTime: string, tags: Array<RestorePointTag> } | null }
            | { __typename: 'UnknownProtectionUnit', id: string, status: ProtectionUnitStatus, latestRestorePoint: { id: string, protectionDateTime: string, tags: Array<RestorePointTag> } | null }
          > }, inclusionRules: { nodes: Array<
            | { __typename: 'DriveProtectionRule', id: string, status: ProtectionRuleStatus, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, groups: Array<{ id: string, displayName: string | null, memberCount: number | null, exists: boolean }> }
            | { __typename: 'MailboxProtectionRule', id: string, status: ProtectionRuleStatus, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, groups: Array<{ id: string, displayName: string | null, memberCount: number | null, exists: boolean }> }
            | { __typename: 'SiteProtectionRule', expression: string, id: string, status: ProtectionRuleStatus, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null }
          > } }
      | { __typename: 'UnknownProtectionPolicy', id: string, displayName: string | null, status: ProtectionPolicyStatus, workload: Workload, protectionUnits: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
            | { __typename: 'DriveProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus, owner: { displayName: string | null, mail: string | null, state: DirectoryObjectState } | null, latestRestorePoint: { id: string, protectionDateTime: string, tags: Array<RestorePointTag> } | null }
            | { __typename: 'MailboxProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus, owner: { displayName: string | null, mail: string | null, state: DirectoryObjectState } | null, latestRestorePoint: { id: string, protectionDateTime: string, tags: Array<RestorePointTag> } | null }
            | { __typename: 'SiteProtectionUnit', siteId: string | null, id: string, status: ProtectionUnitStatus, site: { displayName: string | null, webUrl: string | null } | null, latestRestorePoint: { id: string, protectionDateTime: string, tags: Array<RestorePointTag> } | null }
            | { __typename: 'UnknownProtectionUnit', id: string, status: ProtectionUnitStatus, latestRestorePoint: { id: string, protectionDateTime: string, tags: Array<RestorePointTag> } | null }
          > }, inclusionRules: { nodes: Array<
            | { __typename: 'DriveProtectionRule', id: string, status: ProtectionRuleStatus, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, groups: Array<{ id: string, displayName: string | null, memberCount: number | null, exists: boolean }> }
            | { __typename: 'MailboxProtectionRule', id: string, status: ProtectionRuleStatus, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, groups: Array<{ id: string, displayName: string | null, memberCount: number | null, exists: boolean }> }
            | { __typename: 'SiteProtectionRule', expression: string, id: string, status: ProtectionRuleStatus, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null }
          > } }
    > } };

export type AllPolicyRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type AllPolicyRulesQuery = { protectionPolicies: { nodes: Array<
      | { id: string, workload: Workload, inclusionRules: { nodes: Array<
            | { __typename: 'DriveProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, createdDateTime: string | null, lastModifiedDateTime: string | null, groups: Array<{ id: string, displayName: string | null, mail: string | null, memberCount: number | null, exists: boolean }>, createdBy: { user: { displayName: string | null } | null, application: { displayName: string | null } | null } | null, error: { code: string | null, message: string | null, target: string | null, details: Array<{ code: string | null, target: string | null }>, innerError: { code: string | null, message: string | null, target: string | null } | null } | null }
            | { __typename: 'MailboxProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, createdDateTime: string | null, lastModifiedDateTime: string | null, groups: Array<{ id: string, displayName: string | null, mail: string | null, memberCount: number | null, exists: boolean }>, createdBy: { user: { displayName: string | null } | null, application: { displayName: string | null } | null } | null, error: { code: string | null, message: string | null, target: string | null, details: Array<{ code: string | null, target: string | null }>, innerError: { code: string | null, message: string | null, target: string | null } | null } | null }
            | { __typename: 'SiteProtectionRule', id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, createdDateTime: string | null, lastModifiedDateTime: string | null, conditions: { nameContains: Array<string>, urlContains: Array<string>, modifiedSince: string | null, combine: RuleConditionCombination | null } | null, createdBy: { user: { displayName: string | null } | null, application: { displayName: string | null } | null } | null, error: { code: string | null, message: string | null, target: string | null, details: Array<{ code: string | null, target: string | null }>, innerError: { code: string | null, message: string | null, target: string | null } | null } | null }
          > } }
      | { id: string, workload: Workload, inclusionRules: { nodes: Array<
            | { __typename: 'DriveProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, createdDateTime: string | null, lastModifiedDateTime: string | null, groups: Array<{ id: string, displayName: string | null, mail: string | null, memberCount: number | null, exists: boolean }>, createdBy: { user: { displayName: string | null } | null, application: { displayName: string | null } | null } | null, error: { code: string | null, message: string | null, target: string | null, details: Array<{ code: string | null, target: string | null }>, innerError: { code: string | null, message: string | null, target: string | null } | null } | null }
            | { __typename: 'MailboxProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, createdDateTime: string | null, lastModifiedDateTime: string | null, groups: Array<{ id: string, displayName: string | null, mail: string | null, memberCount: number | null, exists: boolean }>, createdBy: { user: { displayName: string | null } | null, application: { displayName: string | null } | null } | null, error: { code: string | null, message: string | null, target: string | null, details: Array<{ code: string | null, target: string | null }>, innerError: { code: string | null, message: string | null, target: string | null } | null } | null }
            | { __typename: 'SiteProtectionRule', id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, createdDateTime: string | null, lastModifiedDateTime: string | null, conditions: { nameContains: Array<string>, urlContains: Array<string>, modifiedSince: string | null, combine: RuleConditionCombination | null } | null, createdBy: { user: { displayName: string | null } | null, application: { displayName: string | null } | null } | null, error: { code: string | null, message: string | null, target: string | null, details: Array<{ code: string | null, target: string | null }>, innerError: { code: string | null, message: string | null, target: string | null } | null } | null }
          > } }
      | { id: string, workload: Workload, inclusionRules: { nodes: Array<
            | { __typename: 'DriveProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, createdDateTime: string | null, lastModifiedDateTime: string | null, groups: Array<{ id: string, displayName: string | null, mail: string | null, memberCount: number | null, exists: boolean }>, createdBy: { user: { displayName: string | null } | null, application: { displayName: string | null } | null } | null, error: { code: string | null, message: string | null, target: string | null, details: Array<{ code: string | null, target: string | null }>, innerError: { code: string | null, message: string | null, target: string | null } | null } | null }
            | { __typename: 'MailboxProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, createdDateTime: string | null, lastModifiedDateTime: string | null, groups: Array<{ id: string, displayName: string | null, mail: string | null, memberCount: number | null, exists: boolean }>, createdBy: { user: { displayName: string | null } | null, application: { displayName: string | null } | null } | null, error: { code: string | null, message: string | null, target: string | null, details: Array<{ code: string | null, target: string | null }>, innerError: { code: string | null, message: string | null, target: string | null } | null } | null }
            | { __typename: 'SiteProtectionRule', id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, createdDateTime: string | null, lastModifiedDateTime: string | null, conditions: { nameContains: Array<string>, urlContains: Array<string>, modifiedSince: string | null, combine: RuleConditionCombination | null } | null, createdBy: { user: { displayName: string | null } | null, application: { displayName: string | null } | null } | null, error: { code: string | null, message: string | null, target: string | null, details: Array<{ code: string | null, target: string | null }>, innerError: { code: string | null, message: string | null, target: string | null } | null } | null }
          > } }
      | { id: string, workload: Workload, inclusionRules: { nodes: Array<
            | { __typename: 'DriveProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, createdDateTime: string | null, lastModifiedDateTime: string | null, groups: Array<{ id: string, displayName: string | null, mail: string | null, memberCount: number | null, exists: boolean }>, createdBy: { user: { displayName: string | null } | null, application: { displayName: string | null } | null } | null, error: { code: string | null, message: string | null, target: string | null, details: Array<{ code: string | null, target: string | null }>, innerError: { code: string | null, message: string | null, target: string | null } | null } | null }
            | { __typename: 'MailboxProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, createdDateTime: string | null, lastModifiedDateTime: string | null, groups: Array<{ id: string, displayName: string | null, mail: string | null, memberCount: number | null, exists: boolean }>, createdBy: { user: { displayName: string | null } | null, application: { displayName: string | null } | null } | null, error: { code: string | null, message: string | null, target: string | null, details: Array<{ code: string | null, target: string | null }>, innerError: { code: string | null, message: string | null, target: string | null } | null } | null }
            | { __typename: 'SiteProtectionRule', id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, pollAfterSeconds: number | null, createdDateTime: string | null, lastModifiedDateTime: string | null, conditions: { nameContains: Array<string>, urlContains: Array<string>, modifiedSince: string | null, combine: RuleConditionCombination | null } | null, createdBy: { user: { displayName: string | null } | null, application: { displayName: string | null } | null } | null, error: { code: string | null, message: string | null, target: string | null, details: Array<{ code: string | null, target: string | null }>, innerError: { code: string | null, message: string | null, target: string | null } | null } | null }
          > } }
    > } };

type WrittenRule_DriveProtectionRule_Fragment = { __typename: 'DriveProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, error: { code: string | null, message: string | null, target: string | null } | null };

type WrittenRule_MailboxProtectionRule_Fragment = { __typename: 'MailboxProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, error: { code: string | null, message: string | null, target: string | null } | null };

type WrittenRule_SiteProtectionRule_Fragment = { __typename: 'SiteProtectionRule', id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, error: { code: string | null, message: string | null, target: string | null } | null };

export type WrittenRuleFragment =
  | WrittenRule_DriveProtectionRule_Fragment
  | WrittenRule_MailboxProtectionRule_Fragment
  | WrittenRule_SiteProtectionRule_Fragment
;

export type CreateMailboxInclusionRuleMutationVariables = Exact<{
  input: CreateMailboxInclusionRuleInput;
}>;


export type CreateMailboxInclusionRuleMutation = { createMailboxInclusionRule: { rule:
      | { __typename: 'DriveProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, error: { code: string | null, message: string | null, target: string | null } | null }
      | { __typename: 'MailboxProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, error: { code: string | null, message: string | null, target: string | null } | null }
      | { __typename: 'SiteProtectionRule', id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, error: { code: string | null, message: string | null, target: string | null } | null }
     } };

export type CreateDriveInclusionRuleMutationVariables = Exact<{
  input: CreateDriveInclusionRuleInput;
}>;


export type CreateDriveInclusionRuleMutation = { createDriveInclusionRule: { rule:
      | { __typename: 'DriveProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, error: { code: string | null, message: string | null, target: string | null } | null }
      | { __typename: 'MailboxProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, error: { code: string | null, message: string | null, target: string | null } | null }
      | { __typename: 'SiteProtectionRule', id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, error: { code: string | null, message: string | null, target: string | null } | null }
     } };

export type CreateSiteInclusionRuleMutationVariables = Exact<{
  input: CreateSiteInclusionRuleInput;
}>;


export type CreateSiteInclusionRuleMutation = { createSiteInclusionRule: { rule:
      | { __typename: 'DriveProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, error: { code: string | null, message: string | null, target: string | null } | null }
      | { __typename: 'MailboxProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, error: { code: string | null, message: string | null, target: string | null } | null }
      | { __typename: 'SiteProtectionRule', id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, error: { code: string | null, message: string | null, target: string | null } | null }
     } };

export type RunProtectionRuleMutationVariables = Exact<{
  policyId: string | number;
  id: string | number;
}>;


export type RunProtectionRuleMutation = { runProtectionRule: { rule:
      | { __typename: 'DriveProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, error: { code: string | null, message: string | null, target: string | null } | null }
      | { __typename: 'MailboxProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, error: { code: string | null, message: string | null, target: string | null } | null }
      | { __typename: 'SiteProtectionRule', id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, error: { code: string | null, message: string | null, target: string | null } | null }
     } };

export type UpdateProtectionRuleMutationVariables = Exact<{
  input: UpdateProtectionRuleInput;
}>;


export type UpdateProtectionRuleMutation = { updateProtectionRule: { rule:
      | { __typename: 'DriveProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, error: { code: string | null, message: string | null, target: string | null } | null }
      | { __typename: 'MailboxProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, error: { code: string | null, message: string | null, target: string | null } | null }
      | { __typename: 'SiteProtectionRule', id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, error: { code: string | null, message: string | null, target: string | null } | null }
     } };

export type DeleteProtectionRuleMutationVariables = Exact<{
  policyId: string | number;
  id: string | number;
}>;


export type DeleteProtectionRuleMutation = { deleteProtectionRule: { id: string } };

export type DeleteAndUnprotectProtectionRuleMutationVariables = Exact<{
  policyId: string | number;
  id: string | number;
}>;


export type DeleteAndUnprotectProtectionRuleMutation = { deleteAndUnprotectProtectionRule: { rule:
      | { __typename: 'DriveProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, error: { code: string | null, message: string | null, target: string | null } | null }
      | { __typename: 'MailboxProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, error: { code: string | null, message: string | null, target: string | null } | null }
      | { __typename: 'SiteProtectionRule', id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, error: { code: string | null, message: string | null, target: string | null } | null }
     } };

export type RuleAfterWriteQueryVariables = Exact<{
  policyId: string | number;
  id: string | number;
}>;


export type RuleAfterWriteQuery = { protectionRule:
    | { __typename: 'DriveProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, error: { code: string | null, message: string | null, target: string | null } | null }
    | { __typename: 'MailboxProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, error: { code: string | null, message: string | null, target: string | null } | null }
    | { __typename: 'SiteProtectionRule', id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, error: { code: string | null, message: string | null, target: string | null } | null }
   | null };

export type PolicyRulesAfterWriteQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyRulesAfterWriteQuery = { protectionPolicy:
    | { id: string, inclusionRules: { nodes: Array<
          | { __typename: 'DriveProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, error: { code: string | null, message: string | null, target: string | null } | null }
          | { __typename: 'MailboxProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, error: { code: string | null, message: string | null, target: string | null } | null }
          | { __typename: 'SiteProtectionRule', id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, error: { code: string | null, message: string | null, target: string | null } | null }
        > } }
    | { id: string, inclusionRules: { nodes: Array<
          | { __typename: 'DriveProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, error: { code: string | null, message: string | null, target: string | null } | null }
          | { __typename: 'MailboxProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, error: { code: string | null, message: string | null, target: string | null } | null }
          | { __typename: 'SiteProtectionRule', id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, error: { code: string | null, message: string | null, target: string | null } | null }
        > } }
    | { id: string, inclusionRules: { nodes: Array<
          | { __typename: 'DriveProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, error: { code: string | null, message: string | null, target: string | null } | null }
          | { __typename: 'MailboxProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, error: { code: string | null, message: string | null, target: string | null } | null }
          | { __typename: 'SiteProtectionRule', id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, error: { code: string | null, message: string | null, target: string | null } | null }
        > } }
    | { id: string, inclusionRules: { nodes: Array<
          | { __typename: 'DriveProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, error: { code: string | null, message: string | null, target: string | null } | null }
          | { __typename: 'MailboxProtectionRule', groupIds: Array<string>, id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, error: { code: string | null, message: string | null, target: string | null } | null }
          | { __typename: 'SiteProtectionRule', id: string, policyId: string, workload: Workload, status: ProtectionRuleStatus, rawStatus: string | null, expression: string, isAutoApplyEnabled: boolean, isTerminal: boolean, error: { code: string | null, message: string | null, target: string | null } | null }
        > } }
   | null };

export type PolicyUnitsAfterRuleQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyUnitsAfterRuleQuery = { protectionPolicy:
    | { id: string, status: ProtectionPolicyStatus, protectionUnits: { nodes: Array<
          | { __typename: 'DriveProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus, protectionSources: Array<ProtectionSource> }
          | { __typename: 'MailboxProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus, protectionSources: Array<ProtectionSource> }
          | { __typename: 'SiteProtectionUnit', siteId: string | null, id: string, status: ProtectionUnitStatus, protectionSources: Array<ProtectionSource> }
          | { __typename: 'UnknownProtectionUnit', id: string, status: ProtectionUnitStatus, protectionSources: Array<ProtectionSource> }
        > } }
    | { id: string, status: ProtectionPolicyStatus, protectionUnits: { nodes: Array<
          | { __typename: 'DriveProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus, protectionSources: Array<ProtectionSource> }
          | { __typename: 'MailboxProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus, protectionSources: Array<ProtectionSource> }
          | { __typename: 'SiteProtectionUnit', siteId: string | null, id: string, status: ProtectionUnitStatus, protectionSources: Array<ProtectionSource> }
          | { __typename: 'UnknownProtectionUnit', id: string, status: ProtectionUnitStatus, protectionSources: Array<ProtectionSource> }
        > } }
    | { id: string, status: ProtectionPolicyStatus, protectionUnits: { nodes: Array<
          | { __typename: 'DriveProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus, protectionSources: Array<ProtectionSource> }
          | { __typename: 'MailboxProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus, protectionSources: Array<ProtectionSource> }
          | { __typename: 'SiteProtectionUnit', siteId: string | null, id: string, status: ProtectionUnitStatus, protectionSources: Array<ProtectionSource> }
          | { __typename: 'UnknownProtectionUnit', id: string, status: ProtectionUnitStatus, protectionSources: Array<ProtectionSource> }
        > } }
    | { id: string, status: ProtectionPolicyStatus, protectionUnits: { nodes: Array<
          | { __typename: 'DriveProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus, protectionSources: Array<ProtectionSource> }
          | { __typename: 'MailboxProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus, protectionSources: Array<ProtectionSource> }
          | { __typename: 'SiteProtectionUnit', siteId: string | null, id: string, status: ProtectionUnitStatus, protectionSources: Array<ProtectionSource> }
          | { __typename: 'UnknownProtectionUnit', id: string, status: ProtectionUnitStatus, protectionSources: Array<ProtectionSource> }
        > } }
   | null };

export type ServiceAppFieldsFragment = { id: string, status: ServiceAppStatus, registrationDateTime: string | null, effectiveDateTime: string | null, application: { id: string | null, displayName: string | null } | null };

export type RegisterServiceAppMutationVariables = Exact<{
  input: RegisterServiceAppInput;
}>;


export type RegisterServiceAppMutation = { registerServiceApp: { serviceApp: { id: string, status: ServiceAppStatus, registrationDateTime: string | null, effectiveDateTime: string | null, application: { id: string | null, displayName: string | null } | null }, activationError: { code: string | null, message: string | null } | null } };

export type DeleteServiceAppMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteServiceAppMutation = { deleteServiceApp: { id: string } };

export type ServiceAppByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type ServiceAppByIdQuery = { backupRestore: { serviceApp: { id: string, status: ServiceAppStatus, registrationDateTime: string | null, effectiveDateTime: string | null, application: { id: string | null, displayName: string | null } | null } | null } };

export type ServiceAppPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ServiceAppPageQuery = { backupRestore: { serviceApps: { nodes: Array<{ id: string, status: ServiceAppStatus, registrationDateTime: string | null, effectiveDateTime: string | null, application: { id: string | null, displayName: string | null } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type ServiceOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceOverviewQuery = { backupRestore: { serviceStatus: { status: BackupServiceStatus }, serviceApps: { nodes: Array<{ id: string, status: ServiceAppStatus, registrationDateTime: string | null, effectiveDateTime: string | null, application: { id: string | null, displayName: string | null } | null }> } } };

export type FindUnitsQueryVariables = Exact<{
  filter?: ProtectionUnitFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FindUnitsQuery = { protectionUnits: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
      | { __typename: 'DriveProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus, rawStatus: string | null, workload: Workload, policyId: string | null, protectionSources: Array<ProtectionSource>, offboardRequestedDateTime: string | null, policy:
          | { id: string, displayName: string | null, status: ProtectionPolicyStatus }
          | { id: string, displayName: string | null, status: ProtectionPolicyStatus }
          | { id: string, displayName: string | null, status: ProtectionPolicyStatus }
          | { id: string, displayName: string | null, status: ProtectionPolicyStatus }
         | null, latestRestorePoint: { id: string, protectionDateTime: string } | null }
      | { __typename: 'MailboxProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus, rawStatus: string | null, workload: Workload, policyId: string | null, protectionSources: Array<ProtectionSource>, offboardRequestedDateTime: string | null, policy:
          | { id: string, displayName: string | null, status: ProtectionPolicyStatus }
          | { id: string, displayName: string | null, status: ProtectionPolicyStatus }
          | { id: string, displayName: string | null, status: ProtectionPolicyStatus }
          | { id: string, displayName: string | null, status: ProtectionPolicyStatus }
         | null, latestRestorePoint: { id: string, protectionDateTime: string } | null }
      | { __typename: 'SiteProtectionUnit', siteId: string | null, id: string, status: ProtectionUnitStatus, rawStatus: string | null, workload: Workload, policyId: string | null, protectionSources: Array<ProtectionSource>, offboardRequestedDateTime: string | null, policy:
          | { id: string, displayName: string | null, status: ProtectionPolicyStatus }
          | { id: string, displayName: string | null, status: ProtectionPolicyStatus }
          | { id: string, displayName: string | null, status: ProtectionPolicyStatus }
          | { id: string, displayName: string | null, status: ProtectionPolicyStatus }
         | null, latestRestorePoint: { id: string, protectionDateTime: string } | null }
      | { __typename: 'UnknownProtectionUnit', id: string, status: ProtectionUnitStatus, rawStatus: string | null, workload: Workload, policyId: string | null, protectionSources: Array<ProtectionSource>, offboardRequestedDateTime: string | null, policy:
          | { id: string, displayName: string | null, status: ProtectionPolicyStatus }
          | { id: string, displayName: string | null, status: ProtectionPolicyStatus }
          | { id: string, displayName: string | null, status: ProtectionPolicyStatus }
          | { id: string, displayName: string | null, status: ProtectionPolicyStatus }
         | null, latestRestorePoint: { id: string, protectionDateTime: string } | null }
    > } };

export type UnitStateQueryVariables = Exact<{
  id: string | number;
}>;


export type UnitStateQuery = { protectionUnit:
    | { id: string, status: ProtectionUnitStatus, policyId: string | null, offboardRequestedDateTime: string | null }
    | { id: string, status: ProtectionUnitStatus, policyId: string | null, offboardRequestedDateTime: string | null }
    | { id: string, status: ProtectionUnitStatus, policyId: string | null, offboardRequestedDateTime: string | null }
    | { id: string, status: ProtectionUnitStatus, policyId: string | null, offboardRequestedDateTime: string | null }
   | null };

export type OffboardUnitMutationVariables = Exact<{
  id: string | number;
}>;


export type OffboardUnitMutation = { offboardProtectionUnit: { unit:
      | { __typename: 'DriveProtectionUnit', id: string, status: ProtectionUnitStatus, policyId: string | null, offboardRequestedDateTime: string | null }
      | { __typename: 'MailboxProtectionUnit', id: string, status: ProtectionUnitStatus, policyId: string | null, offboardRequestedDateTime: string | null }
      | { __typename: 'SiteProtectionUnit', id: string, status: ProtectionUnitStatus, policyId: string | null, offboardRequestedDateTime: string | null }
      | { __typename: 'UnknownProtectionUnit', id: string, status: ProtectionUnitStatus, policyId: string | null, offboardRequestedDateTime: string | null }
     } };

export type CancelOffboardUnitMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelOffboardUnitMutation = { cancelOffboardProtectionUnit: { unit:
      | { __typename: 'DriveProtectionUnit', id: string, status: ProtectionUnitStatus, policyId: string | null, offboardRequestedDateTime: string | null }
      | { __typename: 'MailboxProtectionUnit', id: string, status: ProtectionUnitStatus, policyId: string | null, offboardRequestedDateTime: string | null }
      | { __typename: 'SiteProtectionUnit', id: string, status: ProtectionUnitStatus, policyId: string | null, offboardRequestedDateTime: string | null }
      | { __typename: 'UnknownProtectionUnit', id: string, status: ProtectionUnitStatus, policyId: string | null, offboardRequestedDateTime: string | null }
     } };

export type FindUnitIdsQueryVariables = Exact<{
  filter?: ProtectionUnitFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FindUnitIdsQuery = { protectionUnits: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
      | { __typename: 'DriveProtectionUnit', id: string, status: ProtectionUnitStatus, workload: Workload, policyId: string | null }
      | { __typename: 'MailboxProtectionUnit', id: string, status: ProtectionUnitStatus, workload: Workload, policyId: string | null }
      | { __typename: 'SiteProtectionUnit', id: string, status: ProtectionUnitStatus, workload: Workload, policyId: string | null }
      | { __typename: 'UnknownProtectionUnit', id: string, status: ProtectionUnitStatus, workload: Workload, policyId: string | null }
    > } };

export const GranularItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GranularItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GranularRestoreArtifact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"browseSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rawStatus"}},{"kind":"Field","name":{"kind":"Name","value":"webUrl"}},{"kind":"Field","name":{"kind":"Name","value":"restoredItemPath"}},{"kind":"Field","name":{"kind":"Name","value":"restoredItemWebUrl"}},{"kind":"Field","name":{"kind":"Name","value":"restoredItemKey"}},{"kind":"Field","name":{"kind":"Name","value":"restorePointDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"startDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"completionDateTime"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GranularDriveRestoreArtifact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directoryObjectId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GranularSiteRestoreArtifact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siteId"}}]}}]}}]} as unknown as DocumentNode<GranularItemFieldsFragment, unknown>;
export const ReadRuleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReadRule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rawStatus"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}},{"kind":"Field","name":{"kind":"Name","value":"isAutoApplyEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"isTerminal"}},{"kind":"Field","name":{"kind":"Name","value":"pollAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"createdDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}},{"kind":"Field","name":{"kind":"Name","value":"innerError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailboxProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupIds"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"mail"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"exists"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DriveProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupIds"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"mail"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"exists"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SiteProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameContains"}},{"kind":"Field","name":{"kind":"Name","value":"urlContains"}},{"kind":"Field","name":{"kind":"Name","value":"modifiedSince"}},{"kind":"Field","name":{"kind":"Name","value":"combine"}}]}}]}}]}}]} as unknown as DocumentNode<ReadRuleFragment, unknown>;
export const WrittenRuleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenRule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rawStatus"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}},{"kind":"Field","name":{"kind":"Name","value":"isAutoApplyEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"isTerminal"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailboxProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupIds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DriveProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupIds"}}]}}]}}]} as unknown as DocumentNode<WrittenRuleFragment, unknown>;
export const ServiceAppFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceAppFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceApp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrationDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDateTime"}}]}}]} as unknown as DocumentNode<ServiceAppFieldsFragment, unknown>;
export const CreateBrowseSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBrowseSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workload"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Workload"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"restorePointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBrowseSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"workload"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workload"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"restorePointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"restorePointId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isTerminal"}},{"kind":"Field","name":{"kind":"Name","value":"pollAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"restorePointId"}},{"kind":"Field","name":{"kind":"Name","value":"expirationDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"directoryObjectId"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}}]}}]}}]}}]} as unknown as DocumentNode<CreateBrowseSessionMutation, CreateBrowseSessionMutationVariables>;
export const PollBrowseSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PollBrowseSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"browseSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rawStatus"}},{"kind":"Field","name":{"kind":"Name","value":"isTerminal"}},{"kind":"Field","name":{"kind":"Name","value":"pollAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"createdDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"expirationDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"restorePointId"}},{"kind":"Field","name":{"kind":"Name","value":"restorePointDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"backupSizeInBytes"}},{"kind":"Field","name":{"kind":"Name","value":"directoryObjectId"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PollBrowseSessionQuery, PollBrowseSessionQueryVariables>;
export const BrowseSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrowseSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BrowseSessionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"browseSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<BrowseSessionsQuery, BrowseSessionsQueryVariables>;
export const BrowseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Browse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resourceType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BrowseResourceType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BrowseOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"browse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"itemKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemKey"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"resourceType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resourceType"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nameContains"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemKey"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"sizeInBytes"}},{"kind":"Field","name":{"kind":"Name","value":"itemsCount"}},{"kind":"Field","name":{"kind":"Name","value":"webUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<BrowseQuery, BrowseQueryVariables>;
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
export const PickUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PickUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"mail"}},{"kind":"Field","name":{"kind":"Name","value":"userPrincipalName"}},{"kind":"Field","name":{"kind":"Name","value":"protectionUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PickUsersQuery, PickUsersQueryVariables>;
export const PickUserNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PickUserNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PickUserNamesQuery, PickUserNamesQueryVariables>;
export const PickGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PickGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"mail"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"securityEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mailEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"protectionUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PickGroupsQuery, PickGroupsQueryVariables>;
export const PickSitesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PickSites"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sites"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"webUrl"}},{"kind":"Field","name":{"kind":"Name","value":"protectionUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PickSitesQuery, PickSitesQueryVariables>;
export const PickPeopleAndGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PickPeopleAndGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<PickPeopleAndGroupsQuery, PickPeopleAndGroupsQueryVariables>;
export const AddGranularItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddGranularItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"items"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GranularRestoreItemInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addGranularRestoreArtifacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"items"},"value":{"kind":"Variable","name":{"kind":"Name","value":"items"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"artifactCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"artifact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GranularItemFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GranularItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GranularRestoreArtifact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"browseSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rawStatus"}},{"kind":"Field","name":{"kind":"Name","value":"webUrl"}},{"kind":"Field","name":{"kind":"Name","value":"restoredItemPath"}},{"kind":"Field","name":{"kind":"Name","value":"restoredItemWebUrl"}},{"kind":"Field","name":{"kind":"Name","value":"restoredItemKey"}},{"kind":"Field","name":{"kind":"Name","value":"restorePointDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"startDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"completionDateTime"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GranularDriveRestoreArtifact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directoryObjectId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GranularSiteRestoreArtifact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siteId"}}]}}]}}]} as unknown as DocumentNode<AddGranularItemsMutation, AddGranularItemsMutationVariables>;
export const RemoveGranularItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveGranularItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeGranularRestoreArtifacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"artifact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RemoveGranularItemsMutation, RemoveGranularItemsMutationVariables>;
export const PollGranularItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PollGranularItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isTerminal"}},{"kind":"Field","name":{"kind":"Name","value":"pollAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"artifactCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OneDriveForBusinessRestoreSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"driveItems"},"name":{"kind":"Name","value":"granularArtifacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GranularItemFields"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SharePointRestoreSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"siteItems"},"name":{"kind":"Name","value":"granularArtifacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GranularItemFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GranularItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GranularRestoreArtifact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"browseSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rawStatus"}},{"kind":"Field","name":{"kind":"Name","value":"webUrl"}},{"kind":"Field","name":{"kind":"Name","value":"restoredItemPath"}},{"kind":"Field","name":{"kind":"Name","value":"restoredItemWebUrl"}},{"kind":"Field","name":{"kind":"Name","value":"restoredItemKey"}},{"kind":"Field","name":{"kind":"Name","value":"restorePointDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"startDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"completionDateTime"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GranularDriveRestoreArtifact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directoryObjectId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GranularSiteRestoreArtifact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siteId"}}]}}]}}]} as unknown as DocumentNode<PollGranularItemsQuery, PollGranularItemsQueryVariables>;
export const ReadBulkRestoreRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadBulkRestoreRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workload"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Workload"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreArtifactsBulkAdditionRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workload"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workload"}}},{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isTerminal"}},{"kind":"Field","name":{"kind":"Name","value":"pollAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailboxRestoreArtifactsBulkAdditionRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailboxes"}}]}}]}}]}}]} as unknown as DocumentNode<ReadBulkRestoreRequestQuery, ReadBulkRestoreRequestQueryVariables>;
export const ListBulkRestoreRequestEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListBulkRestoreRequestEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bulkAdditionRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailboxRestoreArtifactsBulkAdditionRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailboxes"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListBulkRestoreRequestEntriesQuery, ListBulkRestoreRequestEntriesQueryVariables>;
export const DeleteBulkRestoreRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteBulkRestoreRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workload"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Workload"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRestoreArtifactsBulkAdditionRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workload"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workload"}}},{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteBulkRestoreRequestMutation, DeleteBulkRestoreRequestMutationVariables>;
export const CreateMailItemsRestoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMailItemsRestore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granular"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GranularMailboxRestoreArtifactInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"artifacts"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RestoreArtifactInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRestoreSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"workload"},"value":{"kind":"EnumValue","value":"EXCHANGE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"artifacts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"artifacts"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"granularMailboxArtifacts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granular"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"artifactCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExchangeRestoreSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"granularArtifacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"searchResponseId"}},{"kind":"Field","name":{"kind":"Name","value":"artifactCount"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateMailItemsRestoreMutation, CreateMailItemsRestoreMutationVariables>;
export const CreateGranularOnWorkloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGranularOnWorkload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workload"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Workload"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granular"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GranularMailboxRestoreArtifactInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRestoreSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"workload"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workload"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"granularMailboxArtifacts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granular"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateGranularOnWorkloadMutation, CreateGranularOnWorkloadMutationVariables>;
export const PollMailItemsRestoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PollMailItemsRestore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isTerminal"}},{"kind":"Field","name":{"kind":"Name","value":"pollAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"artifactCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExchangeRestoreSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"granularArtifacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"destinationType"}},{"kind":"Field","name":{"kind":"Name","value":"searchResponseId"}},{"kind":"Field","name":{"kind":"Name","value":"artifactCount"}},{"kind":"Field","name":{"kind":"Name","value":"startDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"completionDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"restoredFolderId"}},{"kind":"Field","name":{"kind":"Name","value":"restoredFolderName"}},{"kind":"Field","name":{"kind":"Name","value":"restoredItemCount"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"restorePoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protectionDateTime"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PollMailItemsRestoreQuery, PollMailItemsRestoreQueryVariables>;
export const SearchMailItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchMailItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimePeriodInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchRestorePoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"protectionUnitIds"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"protectionTimePeriod"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"artifactQuery"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"queryExpression"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"artifactType"},"value":{"kind":"EnumValue","value":"MESSAGE"}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchResponseId"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"artifactHitCount"}},{"kind":"Field","name":{"kind":"Name","value":"restorePoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protectionDateTime"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"noResultProtectionUnitIds"}}]}}]}}]} as unknown as DocumentNode<SearchMailItemsQuery, SearchMailItemsQueryVariables>;
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
export const ServiceAppsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceApps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backupRestore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceApps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDateTime"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ServiceAppsQuery, ServiceAppsQueryVariables>;
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
export const UnitRestorePointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitRestorePoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protectionUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"restorePoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"protectedBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"protectedAfter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protectionDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"expirationDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"protectionUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitRestorePointsQuery, UnitRestorePointsQueryVariables>;
export const UnitsRestorePointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitsRestorePoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workload"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Workload"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"units"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protectionUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"workload"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workload"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"units"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"restorePoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protectionDateTime"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitsRestorePointsQuery, UnitsRestorePointsQueryVariables>;
export const UnitsRestorePointsWideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitsRestorePointsWide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workload"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Workload"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"units"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protectionUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"workload"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workload"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"units"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"restorePoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protectionDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"expirationDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"protectionUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"protectionUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitsRestorePointsWideQuery, UnitsRestorePointsWideQueryVariables>;
export const RestorePointByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RestorePointById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restorePoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protectionDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"expirationDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"protectionUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"protectionUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}}]}}]}}]}}]} as unknown as DocumentNode<RestorePointByIdQuery, RestorePointByIdQueryVariables>;
export const SearchMailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchMail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimePeriodInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchRestorePoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"protectionUnitIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitIds"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"protectionTimePeriod"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"artifactQuery"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"queryExpression"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"artifactType"},"value":{"kind":"EnumValue","value":"MESSAGE"}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchResponseId"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"artifactHitCount"}},{"kind":"Field","name":{"kind":"Name","value":"restorePoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protectionDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"protectionUnitId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"noResultProtectionUnitIds"}}]}}]}}]} as unknown as DocumentNode<SearchMailQuery, SearchMailQueryVariables>;
export const LatestPointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LatestPoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workload"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Workload"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"units"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protectionUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"workload"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workload"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"units"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"latestRestorePoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protectionDateTime"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LatestPointsQuery, LatestPointsQueryVariables>;
export const PolicyRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protectionPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}},{"kind":"Field","name":{"kind":"Name","value":"inclusionRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReadRule"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReadRule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rawStatus"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}},{"kind":"Field","name":{"kind":"Name","value":"isAutoApplyEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"isTerminal"}},{"kind":"Field","name":{"kind":"Name","value":"pollAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"createdDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}},{"kind":"Field","name":{"kind":"Name","value":"innerError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailboxProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupIds"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"mail"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"exists"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DriveProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupIds"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"mail"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"exists"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SiteProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameContains"}},{"kind":"Field","name":{"kind":"Name","value":"urlContains"}},{"kind":"Field","name":{"kind":"Name","value":"modifiedSince"}},{"kind":"Field","name":{"kind":"Name","value":"combine"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyRulesQuery, PolicyRulesQueryVariables>;
export const PollProtectionRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PollProtectionRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protectionRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReadRule"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReadRule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rawStatus"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}},{"kind":"Field","name":{"kind":"Name","value":"isAutoApplyEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"isTerminal"}},{"kind":"Field","name":{"kind":"Name","value":"pollAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"createdDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}},{"kind":"Field","name":{"kind":"Name","value":"innerError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailboxProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupIds"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"mail"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"exists"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DriveProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupIds"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"mail"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"exists"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SiteProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameContains"}},{"kind":"Field","name":{"kind":"Name","value":"urlContains"}},{"kind":"Field","name":{"kind":"Name","value":"modifiedSince"}},{"kind":"Field","name":{"kind":"Name","value":"combine"}}]}}]}}]}}]} as unknown as DocumentNode<PollProtectionRuleQuery, PollProtectionRuleQueryVariables>;
export const RuleStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RuleStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protectionRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isTerminal"}},{"kind":"Field","name":{"kind":"Name","value":"pollAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<RuleStatusQuery, RuleStatusQueryVariables>;
export const DashboardWithRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardWithRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backupRestore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"protectionPolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}},{"kind":"Field","name":{"kind":"Name","value":"protectionUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailboxProtectionUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directoryObjectId"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"mail"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DriveProtectionUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directoryObjectId"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"mail"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SiteProtectionUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"webUrl"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestRestorePoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protectionDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inclusionRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isAutoApplyEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"isTerminal"}},{"kind":"Field","name":{"kind":"Name","value":"pollAfterSeconds"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailboxProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"exists"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DriveProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"exists"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SiteProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expression"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardWithRulesQuery, DashboardWithRulesQueryVariables>;
export const AllPolicyRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllPolicyRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protectionPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}},{"kind":"Field","name":{"kind":"Name","value":"inclusionRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReadRule"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReadRule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rawStatus"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}},{"kind":"Field","name":{"kind":"Name","value":"isAutoApplyEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"isTerminal"}},{"kind":"Field","name":{"kind":"Name","value":"pollAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"createdDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}},{"kind":"Field","name":{"kind":"Name","value":"innerError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailboxProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupIds"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"mail"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"exists"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DriveProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupIds"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"mail"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"exists"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SiteProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameContains"}},{"kind":"Field","name":{"kind":"Name","value":"urlContains"}},{"kind":"Field","name":{"kind":"Name","value":"modifiedSince"}},{"kind":"Field","name":{"kind":"Name","value":"combine"}}]}}]}}]}}]} as unknown as DocumentNode<AllPolicyRulesQuery, AllPolicyRulesQueryVariables>;
export const CreateMailboxInclusionRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMailboxInclusionRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMailboxInclusionRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMailboxInclusionRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenRule"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenRule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rawStatus"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}},{"kind":"Field","name":{"kind":"Name","value":"isAutoApplyEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"isTerminal"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailboxProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupIds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DriveProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupIds"}}]}}]}}]} as unknown as DocumentNode<CreateMailboxInclusionRuleMutation, CreateMailboxInclusionRuleMutationVariables>;
export const CreateDriveInclusionRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDriveInclusionRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDriveInclusionRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDriveInclusionRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenRule"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenRule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rawStatus"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}},{"kind":"Field","name":{"kind":"Name","value":"isAutoApplyEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"isTerminal"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailboxProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupIds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DriveProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupIds"}}]}}]}}]} as unknown as DocumentNode<CreateDriveInclusionRuleMutation, CreateDriveInclusionRuleMutationVariables>;
export const CreateSiteInclusionRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSiteInclusionRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSiteInclusionRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSiteInclusionRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenRule"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenRule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rawStatus"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}},{"kind":"Field","name":{"kind":"Name","value":"isAutoApplyEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"isTerminal"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailboxProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupIds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DriveProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupIds"}}]}}]}}]} as unknown as DocumentNode<CreateSiteInclusionRuleMutation, CreateSiteInclusionRuleMutationVariables>;
export const RunProtectionRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunProtectionRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runProtectionRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenRule"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenRule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rawStatus"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}},{"kind":"Field","name":{"kind":"Name","value":"isAutoApplyEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"isTerminal"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailboxProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupIds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DriveProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupIds"}}]}}]}}]} as unknown as DocumentNode<RunProtectionRuleMutation, RunProtectionRuleMutationVariables>;
export const UpdateProtectionRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProtectionRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProtectionRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProtectionRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenRule"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenRule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rawStatus"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}},{"kind":"Field","name":{"kind":"Name","value":"isAutoApplyEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"isTerminal"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailboxProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupIds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DriveProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupIds"}}]}}]}}]} as unknown as DocumentNode<UpdateProtectionRuleMutation, UpdateProtectionRuleMutationVariables>;
export const DeleteProtectionRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteProtectionRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProtectionRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteProtectionRuleMutation, DeleteProtectionRuleMutationVariables>;
export const DeleteAndUnprotectProtectionRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAndUnprotectProtectionRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAndUnprotectProtectionRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenRule"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenRule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rawStatus"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}},{"kind":"Field","name":{"kind":"Name","value":"isAutoApplyEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"isTerminal"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailboxProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupIds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DriveProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupIds"}}]}}]}}]} as unknown as DocumentNode<DeleteAndUnprotectProtectionRuleMutation, DeleteAndUnprotectProtectionRuleMutationVariables>;
export const RuleAfterWriteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RuleAfterWrite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protectionRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenRule"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenRule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rawStatus"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}},{"kind":"Field","name":{"kind":"Name","value":"isAutoApplyEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"isTerminal"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailboxProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupIds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DriveProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupIds"}}]}}]}}]} as unknown as DocumentNode<RuleAfterWriteQuery, RuleAfterWriteQueryVariables>;
export const PolicyRulesAfterWriteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyRulesAfterWrite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protectionPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inclusionRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenRule"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenRule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rawStatus"}},{"kind":"Field","name":{"kind":"Name","value":"expression"}},{"kind":"Field","name":{"kind":"Name","value":"isAutoApplyEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"isTerminal"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailboxProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupIds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DriveProtectionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupIds"}}]}}]}}]} as unknown as DocumentNode<PolicyRulesAfterWriteQuery, PolicyRulesAfterWriteQueryVariables>;
export const PolicyUnitsAfterRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyUnitsAfterRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protectionPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"protectionUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"protectionSources"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailboxProtectionUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directoryObjectId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DriveProtectionUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directoryObjectId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SiteProtectionUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siteId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PolicyUnitsAfterRuleQuery, PolicyUnitsAfterRuleQueryVariables>;
export const RegisterServiceAppDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterServiceApp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterServiceAppInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerServiceApp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceApp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceAppFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activationError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceAppFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceApp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrationDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDateTime"}}]}}]} as unknown as DocumentNode<RegisterServiceAppMutation, RegisterServiceAppMutationVariables>;
export const DeleteServiceAppDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteServiceApp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteServiceApp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteServiceAppMutation, DeleteServiceAppMutationVariables>;
export const ServiceAppByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceAppById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backupRestore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceApp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceAppFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceAppFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceApp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrationDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDateTime"}}]}}]} as unknown as DocumentNode<ServiceAppByIdQuery, ServiceAppByIdQueryVariables>;
export const ServiceAppPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceAppPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backupRestore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceApps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceAppFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceAppFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceApp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrationDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDateTime"}}]}}]} as unknown as DocumentNode<ServiceAppPageQuery, ServiceAppPageQueryVariables>;
export const ServiceOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backupRestore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceApps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceAppFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceAppFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceApp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrationDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDateTime"}}]}}]} as unknown as DocumentNode<ServiceOverviewQuery, ServiceOverviewQueryVariables>;
export const FindUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProtectionUnitFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protectionUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rawStatus"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"protectionSources"}},{"kind":"Field","name":{"kind":"Name","value":"offboardRequestedDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestRestorePoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protectionDateTime"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailboxProtectionUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directoryObjectId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DriveProtectionUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directoryObjectId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SiteProtectionUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siteId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FindUnitsQuery, FindUnitsQueryVariables>;
export const UnitStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protectionUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"offboardRequestedDateTime"}}]}}]}}]} as unknown as DocumentNode<UnitStateQuery, UnitStateQueryVariables>;
export const OffboardUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OffboardUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offboardProtectionUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"offboardRequestedDateTime"}}]}}]}}]}}]} as unknown as DocumentNode<OffboardUnitMutation, OffboardUnitMutationVariables>;
export const CancelOffboardUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelOffboardUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOffboardProtectionUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"offboardRequestedDateTime"}}]}}]}}]}}]} as unknown as DocumentNode<CancelOffboardUnitMutation, CancelOffboardUnitMutationVariables>;
export const FindUnitIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindUnitIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProtectionUnitFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protectionUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}}]}}]}}]} as unknown as DocumentNode<FindUnitIdsQuery, FindUnitIdsQueryVariables>;