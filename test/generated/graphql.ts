/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /**
   *
   *     A string representing a duration conforming to the ISO8601 standard,
   *     such as: P1W1DT13H23M34S
   *     P is the duration designator (for period) placed at the start of the duration representation.
   *     Y is the year designator that follows the value for the number of years.
   *     M is the month designator that follows the value for the number of months.
   *     W is the week designator that follows the value for the number of weeks.
   *     D is the day designator that follows the value for the number of days.
   *     T is the time designator that precedes the time components of the representation.
   *     H is the hour designator that follows the value for the number of hours.
   *     M is the minute designator that follows the value for the number of minutes.
   *     S is the second designator that follows the value for the number of seconds.
   *
   *     Note the time designator, T, that precedes the time value.
   *
   *     Matches moment.js, Luxon and DateFns implementations
   *     ,/. is valid for decimal places and +/- is a valid prefix
   *
   */
  Duration: { input: string; output: string; }
};

/** Adds OneDrive accounts to a OneDrive for Business policy. */
export type AddDriveProtectionUnitsInput = {
  /** Entra ID user ids. Larger lists are sent in chunks of 50. */
  directoryObjectIds: Array<Scalars['ID']['input']>;
  policyId: Scalars['ID']['input'];
};

/** Adds mailboxes to an Exchange policy. */
export type AddMailboxProtectionUnitsInput = {
  /** Entra ID user or group ids. Larger lists are sent in chunks of 50. */
  directoryObjectIds: Array<Scalars['ID']['input']>;
  policyId: Scalars['ID']['input'];
};

/** Adds sites to a SharePoint policy. */
export type AddSiteProtectionUnitsInput = {
  policyId: Scalars['ID']['input'];
  /** Site ids. Larger lists are sent in chunks of 50. */
  siteIds: Array<Scalars['ID']['input']>;
};

/** Counts of artifacts by state. */
export type ArtifactCount = {
  __typename?: 'ArtifactCount';
  completed: Scalars['Int']['output'];
  failed: Scalars['Int']['output'];
  inProgress: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** The Backup Storage service of the tenant. */
export type BackupRestoreService = {
  __typename?: 'BackupRestoreService';
  /** Whether the service is enabled; read from Graph once per request. */
  serviceStatus: ServiceStatus;
};

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

/** Adds and removes units in one change (Graph's @delta PATCH), each item with its own outcome. */
export type ChangeProtectionUnitsInput = {
  /** Directory object ids (Exchange, OneDrive) or site ids (SharePoint) to add. */
  add?: InputMaybe<Array<Scalars['ID']['input']>>;
  policyId: Scalars['ID']['input'];
  /** Protection unit ids to remove. */
  remove?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Creates an Exchange policy (INACTIVE until activated) with up to 50 mailboxes. */
export type CreateExchangeProtectionPolicyInput = {
  /** Entra ID user or group ids whose mailboxes to protect (at most 50). */
  directoryObjectIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 1 to 1024 characters. */
  displayName: Scalars['String']['input'];
};

/** Creates a OneDrive for Business policy (INACTIVE until activated) with up to 50 accounts. */
export type CreateOneDriveForBusinessProtectionPolicyInput = {
  /** Entra ID user ids whose OneDrive accounts to protect (at most 50). */
  directoryObjectIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 1 to 1024 characters. */
  displayName: Scalars['String']['input'];
};

/** Creates a SharePoint policy (INACTIVE until activated) with up to 50 sites. */
export type CreateSharePointProtectionPolicyInput = {
  /** 1 to 1024 characters. */
  displayName: Scalars['String']['input'];
  /** Site ids (host,siteCollectionId,webId) to protect (at most 50). */
  siteIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** The outcome of a delete. */
export type DeletePayload = {
  __typename?: 'DeletePayload';
  deleted: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
};

/** A protected OneDrive for Business account. */
export type DriveProtectionUnit = ProtectionUnit & {
  __typename?: 'DriveProtectionUnit';
  createdBy?: Maybe<IdentitySet>;
  createdDateTime?: Maybe<Scalars['DateTime']['output']>;
  /** The Entra ID user whose OneDrive is protected. */
  directoryObjectId?: Maybe<Scalars['ID']['output']>;
  /** Graph fills it for delegated callers only. */
  displayName?: Maybe<Scalars['String']['output']>;
  /** Graph fills it for delegated callers only. */
  email?: Maybe<Scalars['String']['output']>;
  /** Why protecting this unit failed, if it did. */
  error?: Maybe<PublicError>;
  id: Scalars['ID']['output'];
  lastModifiedBy?: Maybe<IdentitySet>;
  lastModifiedDateTime?: Maybe<Scalars['DateTime']['output']>;
  offboardRequestedDateTime?: Maybe<Scalars['DateTime']['output']>;
  /** The unit's policy; null once removed from it. */
  policy?: Maybe<ProtectionPolicy>;
  /** The policy the unit belongs to; null once removed from it. */
  policyId?: Maybe<Scalars['ID']['output']>;
  /** Why the unit is protected: MANUAL, DYNAMIC_RULE or both. */
  protectionSources: Array<ProtectionSource>;
  /** The status exactly as Graph sent it (useful when status is UNKNOWN). */
  rawStatus?: Maybe<Scalars['String']['output']>;
  status: ProtectionUnitStatus;
  workload: Workload;
};

/** Protects Exchange Online mailboxes. */
export type ExchangeProtectionPolicy = ProtectionPolicy & {
  __typename?: 'ExchangeProtectionPolicy';
  /** Graph's protectionPolicyArtifactCount. */
  artifactCount?: Maybe<ArtifactCount>;
  createdBy?: Maybe<IdentitySet>;
  createdDateTime?: Maybe<Scalars['DateTime']['output']>;
  displayName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** True while the policy is active or becoming active. */
  isEnabled: Scalars['Boolean']['output'];
  lastModifiedBy?: Maybe<IdentitySet>;
  lastModifiedDateTime?: Maybe<Scalars['DateTime']['output']>;
  /** The policy's units, page by page. status is applied by the gateway. */
  protectionUnits: ProtectionUnitConnection;
  /** The status exactly as Graph sent it (useful when status is UNKNOWN). */
  rawStatus?: Maybe<Scalars['String']['output']>;
  retentionSettings: Array<RetentionSetting>;
  status: ProtectionPolicyStatus;
  workload: Workload;
};


/** Protects Exchange Online mailboxes. */
export type ExchangeProtectionPolicyProtectionUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<ProtectionUnitStatus>>;
};

/** A user, application or device, as Graph records who did something. */
export type Identity = {
  __typename?: 'Identity';
  /** Display name. Graph often omits it for app-only callers. */
  displayName?: Maybe<Scalars['String']['output']>;
  /** The identity's id in Microsoft Entra ID. */
  id?: Maybe<Scalars['ID']['output']>;
};

/** Who made a change: the user and/or application and/or device. */
export type IdentitySet = {
  __typename?: 'IdentitySet';
  application?: Maybe<Identity>;
  device?: Maybe<Identity>;
  user?: Maybe<Identity>;
};

/** A protected Exchange mailbox. */
export type MailboxProtectionUnit = ProtectionUnit & {
  __typename?: 'MailboxProtectionUnit';
  createdBy?: Maybe<IdentitySet>;
  createdDateTime?: Maybe<Scalars['DateTime']['output']>;
  /** The Entra ID user or group whose mailbox is protected. */
  directoryObjectId?: Maybe<Scalars['ID']['output']>;
  /** Graph fills it for delegated callers only. */
  displayName?: Maybe<Scalars['String']['output']>;
  /** Graph fills it for delegated callers only. */
  email?: Maybe<Scalars['String']['output']>;
  /** Why protecting this unit failed, if it did. */
  error?: Maybe<PublicError>;
  id: Scalars['ID']['output'];
  lastModifiedBy?: Maybe<IdentitySet>;
  lastModifiedDateTime?: Maybe<Scalars['DateTime']['output']>;
  offboardRequestedDateTime?: Maybe<Scalars['DateTime']['output']>;
  /** The unit's policy; null once removed from it. */
  policy?: Maybe<ProtectionPolicy>;
  /** The policy the unit belongs to; null once removed from it. */
  policyId?: Maybe<Scalars['ID']['output']>;
  /** Why the unit is protected: MANUAL, DYNAMIC_RULE or both. */
  protectionSources: Array<ProtectionSource>;
  /** The status exactly as Graph sent it (useful when status is UNKNOWN). */
  rawStatus?: Maybe<Scalars['String']['output']>;
  status: ProtectionUnitStatus;
  workload: Workload;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Starts protecting the policy's units (INACTIVE → UPDATING → ACTIVE). */
  activateProtectionPolicy: ProtectionPolicyPayload;
  /** Adds OneDrive accounts to a OneDrive policy; one result per id. */
  addDriveProtectionUnits: ProtectionUnitChangesPayload;
  /** Adds mailboxes to an Exchange policy; one result per id. */
  addMailboxProtectionUnits: ProtectionUnitChangesPayload;
  /** Adds sites to a SharePoint policy; one result per id. */
  addSiteProtectionUnits: ProtectionUnitChangesPayload;
  /** Adds and removes units in one change (Graph's @delta PATCH, 50 items per call, in order); one result per item. */
  changeProtectionUnits: ProtectionUnitChangesPayload;
  /** Creates an Exchange policy; it starts INACTIVE. */
  createExchangeProtectionPolicy: ProtectionPolicyPayload;
  /** Creates a OneDrive for Business policy; it starts INACTIVE. */
  createOneDriveForBusinessProtectionPolicy: ProtectionPolicyPayload;
  /** Creates a SharePoint policy; it starts INACTIVE. */
  createSharePointProtectionPolicy: ProtectionPolicyPayload;
  /** Stops protecting the policy's units (ACTIVE → UPDATING → INACTIVE). */
  deactivateProtectionPolicy: ProtectionPolicyPayload;
  /** Deletes an INACTIVE policy. */
  deleteProtectionPolicy: DeletePayload;
  /** Removes units from their policy; one result per id. */
  removeProtectionUnits: ProtectionUnitChangesPayload;
  /** Renames a policy. */
  updateProtectionPolicy: ProtectionPolicyPayload;
};


export type MutationActivateProtectionPolicyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddDriveProtectionUnitsArgs = {
  input: AddDriveProtectionUnitsInput;
};


export type MutationAddMailboxProtectionUnitsArgs = {
  input: AddMailboxProtectionUnitsInput;
};


export type MutationAddSiteProtectionUnitsArgs = {
  input: AddSiteProtectionUnitsInput;
};


export type MutationChangeProtectionUnitsArgs = {
  input: ChangeProtectionUnitsInput;
};


export type MutationCreateExchangeProtectionPolicyArgs = {
  input: CreateExchangeProtectionPolicyInput;
};


export type MutationCreateOneDriveForBusinessProtectionPolicyArgs = {
  input: CreateOneDriveForBusinessProtectionPolicyInput;
};


export type MutationCreateSharePointProtectionPolicyArgs = {
  input: CreateSharePointProtectionPolicyInput;
};


export type MutationDeactivateProtectionPolicyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteProtectionPolicyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveProtectionUnitsArgs = {
  input: RemoveProtectionUnitsInput;
};


export type MutationUpdateProtectionPolicyArgs = {
  input: UpdateProtectionPolicyInput;
};

/** Protects OneDrive for Business accounts. */
export type OneDriveForBusinessProtectionPolicy = ProtectionPolicy & {
  __typename?: 'OneDriveForBusinessProtectionPolicy';
  /** Graph's protectionPolicyArtifactCount. */
  artifactCount?: Maybe<ArtifactCount>;
  createdBy?: Maybe<IdentitySet>;
  createdDateTime?: Maybe<Scalars['DateTime']['output']>;
  displayName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** True while the policy is active or becoming active. */
  isEnabled: Scalars['Boolean']['output'];
  lastModifiedBy?: Maybe<IdentitySet>;
  lastModifiedDateTime?: Maybe<Scalars['DateTime']['output']>;
  /** The policy's units, page by page. status is applied by the gateway. */
  protectionUnits: ProtectionUnitConnection;
  /** The status exactly as Graph sent it (useful when status is UNKNOWN). */
  rawStatus?: Maybe<Scalars['String']['output']>;
  retentionSettings: Array<RetentionSetting>;
  status: ProtectionPolicyStatus;
  workload: Workload;
};


/** Protects OneDrive for Business accounts. */
export type OneDriveForBusinessProtectionPolicyProtectionUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<ProtectionUnitStatus>>;
};

/** Where a page of a connection ends and whether more follow. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Opaque cursor of the last position read. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when another page may follow (pass endCursor as `after`). */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A backup policy for one workload: which mailboxes, drives or sites are protected and how long their restore points are kept. Graph allows one active policy per workload. */
export type ProtectionPolicy = {
  /** Graph's protectionPolicyArtifactCount. */
  artifactCount?: Maybe<ArtifactCount>;
  createdBy?: Maybe<IdentitySet>;
  createdDateTime?: Maybe<Scalars['DateTime']['output']>;
  displayName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** True while the policy is active or becoming active. */
  isEnabled: Scalars['Boolean']['output'];
  lastModifiedBy?: Maybe<IdentitySet>;
  lastModifiedDateTime?: Maybe<Scalars['DateTime']['output']>;
  /** The policy's units, page by page. status is applied by the gateway. */
  protectionUnits: ProtectionUnitConnection;
  /** The status exactly as Graph sent it (useful when status is UNKNOWN). */
  rawStatus?: Maybe<Scalars['String']['output']>;
  retentionSettings: Array<RetentionSetting>;
  status: ProtectionPolicyStatus;
  workload: Workload;
};


/** A backup policy for one workload: which mailboxes, drives or sites are protected and how long their restore points are kept. Graph allows one active policy per workload. */
export type ProtectionPolicyProtectionUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<ProtectionUnitStatus>>;
};

/** A page of ProtectionPolicy items. */
export type ProtectionPolicyConnection = {
  __typename?: 'ProtectionPolicyConnection';
  edges: Array<ProtectionPolicyEdge>;
  nodes: Array<ProtectionPolicy>;
  pageInfo: PageInfo;
};

/** One ProtectionPolicy and its cursor. */
export type ProtectionPolicyEdge = {
  __typename?: 'ProtectionPolicyEdge';
  cursor: Scalars['String']['output'];
  node: ProtectionPolicy;
};

/** Narrows protectionPolicies. workload is sent to Graph (typed collection); status is applied by the gateway. */
export type ProtectionPolicyFilter = {
  /** Any of these statuses. */
  status?: InputMaybe<Array<ProtectionPolicyStatus>>;
  workload?: InputMaybe<Workload>;
};

/** The policy as Graph returned it after the change. */
export type ProtectionPolicyPayload = {
  __typename?: 'ProtectionPolicyPayload';
  policy: ProtectionPolicy;
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

/** Why a unit is protected: added by hand, by a dynamic inclusion rule, or both. */
export type ProtectionSource =
  | 'DYNAMIC_RULE'
  | 'MANUAL'
  | 'UNKNOWN';

/** One protected mailbox, OneDrive account or SharePoint site, and its protection state. */
export type ProtectionUnit = {
  createdBy?: Maybe<IdentitySet>;
  createdDateTime?: Maybe<Scalars['DateTime']['output']>;
  /** Why protecting this unit failed, if it did. */
  error?: Maybe<PublicError>;
  id: Scalars['ID']['output'];
  lastModifiedBy?: Maybe<IdentitySet>;
  lastModifiedDateTime?: Maybe<Scalars['DateTime']['output']>;
  offboardRequestedDateTime?: Maybe<Scalars['DateTime']['output']>;
  /** The unit's policy; null once removed from it. */
  policy?: Maybe<ProtectionPolicy>;
  /** The policy the unit belongs to; null once removed from it. */
  policyId?: Maybe<Scalars['ID']['output']>;
  /** Why the unit is protected: MANUAL, DYNAMIC_RULE or both. */
  protectionSources: Array<ProtectionSource>;
  /** The status exactly as Graph sent it (useful when status is UNKNOWN). */
  rawStatus?: Maybe<Scalars['String']['output']>;
  status: ProtectionUnitStatus;
  workload: Workload;
};

/** What a change item asked for. */
export type ProtectionUnitChangeOperation =
  | 'ADD'
  | 'REMOVE';

/** The outcome of one add or remove. A failed item never hides the others' success. */
export type ProtectionUnitChangeResult = {
  __typename?: 'ProtectionUnitChangeResult';
  /** Why this item failed (Graph's per-item error). */
  error?: Maybe<PublicError>;
  operation: ProtectionUnitChangeOperation;
  /** The unit as Graph reported it after the change. */
  protectionUnit?: Maybe<ProtectionUnit>;
  succeeded: Scalars['Boolean']['output'];
  /** The directory object or site id added, or the unit id removed. */
  target: Scalars['ID']['output'];
};

/** The policy after the change, and one result per requested item, in request order. */
export type ProtectionUnitChangesPayload = {
  __typename?: 'ProtectionUnitChangesPayload';
  policy: ProtectionPolicy;
  results: Array<ProtectionUnitChangeResult>;
};

/** A page of ProtectionUnit items. */
export type ProtectionUnitConnection = {
  __typename?: 'ProtectionUnitConnection';
  edges: Array<ProtectionUnitEdge>;
  nodes: Array<ProtectionUnit>;
  pageInfo: PageInfo;
};

/** One ProtectionUnit and its cursor. */
export type ProtectionUnitEdge = {
  __typename?: 'ProtectionUnitEdge';
  cursor: Scalars['String']['output'];
  node: ProtectionUnit;
};

/** Narrows protectionUnits. workload and policyId choose the Graph collection; status is applied by the gateway. */
export type ProtectionUnitFilter = {
  /** Only the units of this policy. */
  policyId?: InputMaybe<Scalars['ID']['input']>;
  /** Any of these statuses. */
  status?: InputMaybe<Array<ProtectionUnitStatus>>;
  workload?: InputMaybe<Workload>;
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

/** An error Graph reports on a resource or on one item of a change. */
export type PublicError = {
  __typename?: 'PublicError';
  /** Graph's error code, e.g. ProtectionUnitAlreadyExists. */
  code?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
  /** The property or id the error is about. */
  target?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** The tenant's Backup Storage service. */
  backupRestore: BackupRestoreService;
  /** Protection policies of all workloads, or of one (filter.workload), page by page. */
  protectionPolicies: ProtectionPolicyConnection;
  /** One policy by id; a NOT_FOUND error when Graph has none. */
  protectionPolicy?: Maybe<ProtectionPolicy>;
  /** One unit by id; a NOT_FOUND error when Graph has none. */
  protectionUnit?: Maybe<ProtectionUnit>;
  /** Protection units of all workloads, one workload, or one policy, page by page. */
  protectionUnits: ProtectionUnitConnection;
};


export type QueryProtectionPoliciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProtectionPolicyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProtectionPolicyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProtectionUnitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProtectionUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProtectionUnitFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Removes units from their policy. */
export type RemoveProtectionUnitsInput = {
  policyId: Scalars['ID']['input'];
  /** Protection unit ids of this policy. */
  protectionUnitIds: Array<Scalars['ID']['input']>;
};

/** How often restore points are taken and how long they are kept. */
export type RetentionSetting = {
  __typename?: 'RetentionSetting';
  /** ISO 8601 repeating interval, e.g. R/PT10M (every 10 minutes). */
  interval: Scalars['String']['output'];
  /** ISO 8601 duration the restore points are kept, e.g. P2W. */
  period: Scalars['Duration']['output'];
};

/** The tenant's Microsoft 365 Backup service state. */
export type ServiceStatus = {
  __typename?: 'ServiceStatus';
  gracePeriodDateTime?: Maybe<Scalars['DateTime']['output']>;
  lastModifiedBy?: Maybe<IdentitySet>;
  lastModifiedDateTime?: Maybe<Scalars['DateTime']['output']>;
  restoreAllowedTillDateTime?: Maybe<Scalars['DateTime']['output']>;
  status: BackupServiceStatus;
};

/** Protects SharePoint sites. */
export type SharePointProtectionPolicy = ProtectionPolicy & {
  __typename?: 'SharePointProtectionPolicy';
  /** Graph's protectionPolicyArtifactCount. */
  artifactCount?: Maybe<ArtifactCount>;
  createdBy?: Maybe<IdentitySet>;
  createdDateTime?: Maybe<Scalars['DateTime']['output']>;
  displayName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** True while the policy is active or becoming active. */
  isEnabled: Scalars['Boolean']['output'];
  lastModifiedBy?: Maybe<IdentitySet>;
  lastModifiedDateTime?: Maybe<Scalars['DateTime']['output']>;
  /** The policy's units, page by page. status is applied by the gateway. */
  protectionUnits: ProtectionUnitConnection;
  /** The status exactly as Graph sent it (useful when status is UNKNOWN). */
  rawStatus?: Maybe<Scalars['String']['output']>;
  retentionSettings: Array<RetentionSetting>;
  status: ProtectionPolicyStatus;
  workload: Workload;
};


/** Protects SharePoint sites. */
export type SharePointProtectionPolicyProtectionUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<ProtectionUnitStatus>>;
};

/** A protected SharePoint site. */
export type SiteProtectionUnit = ProtectionUnit & {
  __typename?: 'SiteProtectionUnit';
  createdBy?: Maybe<IdentitySet>;
  createdDateTime?: Maybe<Scalars['DateTime']['output']>;
  /** Why protecting this unit failed, if it did. */
  error?: Maybe<PublicError>;
  id: Scalars['ID']['output'];
  lastModifiedBy?: Maybe<IdentitySet>;
  lastModifiedDateTime?: Maybe<Scalars['DateTime']['output']>;
  offboardRequestedDateTime?: Maybe<Scalars['DateTime']['output']>;
  /** The unit's policy; null once removed from it. */
  policy?: Maybe<ProtectionPolicy>;
  /** The policy the unit belongs to; null once removed from it. */
  policyId?: Maybe<Scalars['ID']['output']>;
  /** Why the unit is protected: MANUAL, DYNAMIC_RULE or both. */
  protectionSources: Array<ProtectionSource>;
  /** The status exactly as Graph sent it (useful when status is UNKNOWN). */
  rawStatus?: Maybe<Scalars['String']['output']>;
  /** The site id (host,siteCollectionId,webId). */
  siteId?: Maybe<Scalars['ID']['output']>;
  /** Graph fills it for delegated callers only. */
  siteName?: Maybe<Scalars['String']['output']>;
  /** Graph fills it for delegated callers only. */
  siteWebUrl?: Maybe<Scalars['String']['output']>;
  status: ProtectionUnitStatus;
  workload: Workload;
};

/** Renames a policy. */
export type UpdateProtectionPolicyInput = {
  /** 1 to 1024 characters. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};

/** The Microsoft 365 service a policy, unit or restore session belongs to. */
export type Workload =
  /** Exchange Online mailboxes. */
  | 'EXCHANGE'
  /** OneDrive for Business accounts. */
  | 'ONEDRIVE_FOR_BUSINESS'
  /** SharePoint sites. */
  | 'SHAREPOINT';

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

/** Narrows protectionPolicies. workload is sent to Graph (typed collection); status is applied by the gateway. */
export type ProtectionPolicyFilter = {
  /** Any of these statuses. */
  status?: Array<ProtectionPolicyStatus> | null | undefined;
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

/** The Microsoft 365 service a policy, unit or restore session belongs to. */
export type Workload =
  /** Exchange Online mailboxes. */
  | 'EXCHANGE'
  /** OneDrive for Business accounts. */
  | 'ONEDRIVE_FOR_BUSINESS'
  /** SharePoint sites. */
  | 'SHAREPOINT';

export type CreateExchangePolicyMutationVariables = Exact<{
  name: string;
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type CreateExchangePolicyMutation = { createExchangeProtectionPolicy: { policy:
      | { __typename: 'ExchangeProtectionPolicy', id: string, displayName: string | null, status: ProtectionPolicyStatus, isEnabled: boolean, workload: Workload, retentionSettings: Array<{ interval: string, period: string }>, createdBy: { user: { id: string | null, displayName: string | null } | null, application: { id: string | null, displayName: string | null } | null } | null, protectionUnits: { nodes: Array<
            | { __typename: 'DriveProtectionUnit', id: string, status: ProtectionUnitStatus }
            | { __typename: 'MailboxProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus }
            | { __typename: 'SiteProtectionUnit', id: string, status: ProtectionUnitStatus }
          > } }
      | { __typename: 'OneDriveForBusinessProtectionPolicy', id: string, displayName: string | null, status: ProtectionPolicyStatus, isEnabled: boolean, workload: Workload, retentionSettings: Array<{ interval: string, period: string }>, createdBy: { user: { id: string | null, displayName: string | null } | null, application: { id: string | null, displayName: string | null } | null } | null, protectionUnits: { nodes: Array<
            | { __typename: 'DriveProtectionUnit', id: string, status: ProtectionUnitStatus }
            | { __typename: 'MailboxProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus }
            | { __typename: 'SiteProtectionUnit', id: string, status: ProtectionUnitStatus }
          > } }
      | { __typename: 'SharePointProtectionPolicy', id: string, displayName: string | null, status: ProtectionPolicyStatus, isEnabled: boolean, workload: Workload, retentionSettings: Array<{ interval: string, period: string }>, createdBy: { user: { id: string | null, displayName: string | null } | null, application: { id: string | null, displayName: string | null } | null } | null, protectionUnits: { nodes: Array<
            | { __typename: 'DriveProtectionUnit', id: string, status: ProtectionUnitStatus }
            | { __typename: 'MailboxProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus }
            | { __typename: 'SiteProtectionUnit', id: string, status: ProtectionUnitStatus }
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
    , results: Array<{ operation: ProtectionUnitChangeOperation, target: string, succeeded: boolean, error: { code: string | null, message: string | null } | null, protectionUnit:
        | { id: string, status: ProtectionUnitStatus }
        | { id: string, status: ProtectionUnitStatus }
        | { id: string, status: ProtectionUnitStatus }
       | null }> } };

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
          > } }
      | { __typename: 'OneDriveForBusinessProtectionPolicy', id: string, displayName: string | null, status: ProtectionPolicyStatus, rawStatus: string | null, isEnabled: boolean, workload: Workload, protectionUnits: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
            | { __typename: 'DriveProtectionUnit', id: string, status: ProtectionUnitStatus, policyId: string | null }
            | { __typename: 'MailboxProtectionUnit', directoryObjectId: string | null, email: string | null, id: string, status: ProtectionUnitStatus, policyId: string | null }
            | { __typename: 'SiteProtectionUnit', id: string, status: ProtectionUnitStatus, policyId: string | null }
          > } }
      | { __typename: 'SharePointProtectionPolicy', id: string, displayName: string | null, status: ProtectionPolicyStatus, rawStatus: string | null, isEnabled: boolean, workload: Workload, protectionUnits: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
            | { __typename: 'DriveProtectionUnit', id: string, status: ProtectionUnitStatus, policyId: string | null }
            | { __typename: 'MailboxProtectionUnit', directoryObjectId: string | null, email: string | null, id: string, status: ProtectionUnitStatus, policyId: string | null }
            | { __typename: 'SiteProtectionUnit', id: string, status: ProtectionUnitStatus, policyId: string | null }
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
       }> } };

export type PolicyQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyQuery = { protectionPolicy:
    | { __typename: 'ExchangeProtectionPolicy', id: string, displayName: string | null, status: ProtectionPolicyStatus, isEnabled: boolean, workload: Workload }
    | { __typename: 'OneDriveForBusinessProtectionPolicy', id: string, displayName: string | null, status: ProtectionPolicyStatus, isEnabled: boolean, workload: Workload }
    | { __typename: 'SharePointProtectionPolicy', id: string, displayName: string | null, status: ProtectionPolicyStatus, isEnabled: boolean, workload: Workload }
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
           }> } }
    | { id: string, status: ProtectionPolicyStatus, protectionUnits: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
            | { __typename: 'DriveProtectionUnit', id: string, status: ProtectionUnitStatus }
            | { __typename: 'MailboxProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus }
            | { __typename: 'SiteProtectionUnit', id: string, status: ProtectionUnitStatus }
           }> } }
    | { id: string, status: ProtectionPolicyStatus, protectionUnits: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
            | { __typename: 'DriveProtectionUnit', id: string, status: ProtectionUnitStatus }
            | { __typename: 'MailboxProtectionUnit', directoryObjectId: string | null, id: string, status: ProtectionUnitStatus }
            | { __typename: 'SiteProtectionUnit', id: string, status: ProtectionUnitStatus }
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
         | null }
      | { __typename: 'MailboxProtectionUnit', id: string, status: ProtectionUnitStatus, policyId: string | null, workload: Workload, policy:
          | { id: string, displayName: string | null }
          | { id: string, displayName: string | null }
          | { id: string, displayName: string | null }
         | null }
      | { __typename: 'SiteProtectionUnit', id: string, status: ProtectionUnitStatus, policyId: string | null, workload: Workload, policy:
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
     } };

export type DeactivatePolicyMutationVariables = Exact<{
  id: string | number;
}>;


export type DeactivatePolicyMutation = { deactivateProtectionPolicy: { policy:
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
     } };

export type AddMailboxesMutationVariables = Exact<{
  policyId: string | number;
  ids: Array<string | number> | string | number;
}>;


export type AddMailboxesMutation = { addMailboxProtectionUnits: { policy:
      | { id: string, status: ProtectionPolicyStatus }
      | { id: string, status: ProtectionPolicyStatus }
      | { id: string, status: ProtectionPolicyStatus }
    , results: Array<{ operation: ProtectionUnitChangeOperation, target: string, succeeded: boolean, error: { code: string | null, message: string | null } | null, protectionUnit:
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
    , results: Array<{ operation: ProtectionUnitChangeOperation, target: string, succeeded: boolean, error: { code: string | null } | null, protectionUnit:
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
     } };


export const CreateExchangePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateExchangePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createExchangeProtectionPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"displayName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"directoryObjectIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}},{"kind":"Field","name":{"kind":"Name","value":"retentionSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"protectionUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MailboxProtectionUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directoryObjectId"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateExchangePolicyMutation, CreateExchangePolicyMutationVariables>;
export const ChangeUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"add"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"remove"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeProtectionUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"add"},"value":{"kind":"Variable","name":{"kind":"Name","value":"add"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"remove"},"value":{"kind":"Variable","name":{"kind":"Name","value":"remove"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"protectionUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChangeUnitsMutation, ChangeUnitsMutationVariables>;
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