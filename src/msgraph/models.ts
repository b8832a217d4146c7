// Wire types exactly as Microsoft Graph sends them for /solutions/backupRestore (v1.0 CSDL names).
// Shared by the Graph client and the emulator: the only module the emulator imports from the gateway.
// Enum-typed properties are plain strings on the wire because Graph may send values we do not know yet.

export type GraphDateTime = string;

export interface GraphIdentity {
  id?: string | null;
  displayName?: string | null;
  /** Only on the open `emailIdentity` subtype; the docs also show it on users of an identitySet. */
  email?: string | null;
}

export interface GraphIdentitySet {
  user?: GraphIdentity | null;
  application?: GraphIdentity | null;
  device?: GraphIdentity | null;
}

export interface GraphPublicErrorDetail {
  code?: string | null;
  message?: string | null;
  target?: string | null;
}

export interface GraphPublicError extends GraphPublicErrorDetail {
  details?: GraphPublicErrorDetail[] | null;
  innerError?: (GraphPublicErrorDetail & { details?: GraphPublicErrorDetail[] | null }) | null;
}

export interface GraphRetentionSetting {
  /** ISO-8601 repeating interval, e.g. `R/PT10M`. */
  interval?: string | null;
  /** ISO-8601 duration, e.g. `P2W`. */
  period?: string | null;
}

export interface GraphArtifactCount {
  total?: number | null;
  completed?: number | null;
  inProgress?: number | null;
  failed?: number | null;
}

export interface GraphEntity {
  "@odata.type"?: string;
  id: string;
}

interface GraphAudited {
  createdBy?: GraphIdentitySet | null;
  createdDateTime?: GraphDateTime | null;
  lastModifiedBy?: GraphIdentitySet | null;
  lastModifiedDateTime?: GraphDateTime | null;
}

/** protectionPolicyStatus: inactive, activeWithErrors, updating, active, unknownFutureValue. */
export type GraphProtectionPolicyStatus = string;
/** protectionUnitStatus: protectRequested, protected, unprotectRequested, unprotected, removeRequested,
 * unknownFutureValue, then (evolvable) offboardRequested, offboarded, cancelOffboardRequested. */
export type GraphProtectionUnitStatus = string;

export interface GraphProtectionPolicy extends GraphEntity, GraphAudited {
  displayName?: string | null;
  status?: GraphProtectionPolicyStatus | null;
  isEnabled: boolean;
  retentionSettings?: GraphRetentionSetting[] | null;
  protectionPolicyArtifactCount?: GraphArtifactCount | null;
}

export interface GraphProtectionUnitBase extends GraphEntity, GraphAudited {
  policyId?: string | null;
  status?: GraphProtectionUnitStatus | null;
  /** Flags enum serialised as a comma-separated string, e.g. `"manual, dynamicRule"`. */
  protectionSources: string;
  error?: GraphPublicError | null;
  offboardRequestedDateTime?: GraphDateTime | null;
}

export interface GraphMailboxProtectionUnit extends GraphProtectionUnitBase {
  directoryObjectId?: string | null;
  displayName?: string | null;
  email?: string | null;
}

export interface GraphSiteProtectionUnit extends GraphProtectionUnitBase {
  siteId?: string | null;
  siteName?: string | null;
  siteWebUrl?: string | null;
}

export type GraphProtectionUnit = GraphMailboxProtectionUnit | GraphSiteProtectionUnit;

export interface GraphServiceStatus {
  status?: string | null;
  backupServiceConsumer?: string | null;
  disableReason?: string | null;
  gracePeriodDateTime?: GraphDateTime | null;
  restoreAllowedTillDateTime?: GraphDateTime | null;
  lastModifiedBy?: GraphIdentitySet | null;
  lastModifiedDateTime?: GraphDateTime | null;
}

export interface GraphBackupRestoreRoot extends GraphEntity {
  serviceStatus?: GraphServiceStatus | null;
}

export interface GraphUser {
  id: string;
  displayName?: string | null;
  mail?: string | null;
  userPrincipalName?: string | null;
}

/** A group as /groups answers it (the properties a picker selects). */
export interface GraphGroup {
  id: string;
  displayName?: string | null;
  mail?: string | null;
  description?: string | null;
  securityEnabled?: boolean | null;
  mailEnabled?: boolean | null;
}

/** A collection page. `@odata.nextLink` is absolute and must be followed as is. */
export interface GraphCollection<T> {
  "@odata.context"?: string;
  "@odata.nextLink"?: string;
  "@odata.count"?: number;
  value: T[];
}

export interface GraphErrorBody {
  code: string;
  message: string;
  target?: string;
  details?: GraphPublicErrorDetail[];
  innerError?: {
    date?: string;
    "request-id"?: string;
    "client-request-id"?: string;
    code?: string;
    message?: string;
    status?: string;
    [key: string]: unknown;
  };
}

/** The standard Graph error envelope of every non-2xx answer. */
export interface GraphErrorEnvelope {
  error: GraphErrorBody;
}

/** Adds in a policy `...@delta` PATCH: `{ directoryObjectId }` (mailbox/drive; older pages `userId`) or `{ siteId }`. */
export interface GraphUnitDeltaAdd {
  directoryObjectId?: string;
  userId?: string;
  siteId?: string;
}

/** Removals in a `...@delta` PATCH. */
export interface GraphDeltaRemove {
  "@removed": { reason: string };
  id: string;
}

/** A per-item failure inside a 200 `...@delta` answer (seed 003). */
export interface GraphDataModificationFailure {
  "@contentId"?: string;
  "@Core.DataModificationException": {
    info: { code: string; message: string };
    /** "add" or "remove" today; kept open for the operations Graph may add. */
    failedOperation: string;
    responseCode: number;
  };
  id?: string;
  directoryObjectId?: string;
  siteId?: string;
}

/** One element of a 200 `...@delta` answer: the child as changed, or the failure of its item. */
export type GraphDeltaResult<T> = T | GraphDataModificationFailure;

export const DATA_MODIFICATION_EXCEPTION = "@Core.DataModificationException";

export function isDataModificationFailure(item: unknown): item is GraphDataModificationFailure {
  return typeof item === "object" && item !== null && DATA_MODIFICATION_EXCEPTION in item;
}

/** The three workloads, keyed the way the gateway names them. */
export type WorkloadKey = "exchange" | "oneDriveForBusiness" | "sharePoint";

/**
 * Per-workload Graph names: the one table both the emulator and the gateway derive paths and types from, so
 * one generic piece of code serves Exchange, OneDrive and SharePoint.
 */
export interface WorkloadNames {
  key: WorkloadKey;
  /** Typed policy collection under /solutions/backupRestore. */
  policyCollection: string;
  /** `@odata.type` of the policy, without the leading `#`. */
  policyType: string;
  /** Root and policy-level unit collection name. */
  unitCollection: string;
  unitType: string;
  /** Property name of the unit reference in create bodies and delta adds. */
  unitKey: "directoryObjectId" | "siteId";
  bulkJobCollection: string;
  bulkJobType: string;
  restoreSessionCollection: string;
  restoreSessionType: string;
  restoreArtifactCollection: string;
  restoreArtifactType: string;
  restoreBulkRequestCollection: string;
  restoreBulkRequestType: string;
  /** Inclusion rule collection under a policy (and at the root). */
  ruleCollection: string;
  ruleType: string;
  /** Property holding the rule's expression. */
  ruleExpressionKey: "mailboxExpression" | "driveExpression" | "siteExpression";
}

export const WORKLOAD_NAMES: Readonly<Record<WorkloadKey, Readonly<WorkloadNames>>> = Object.freeze({
  exchange: {
    key: "exchange",
    policyCollection: "exchangeProtectionPolicies",
    policyType: "microsoft.graph.exchangeProtectionPolicy",
    unitCollection: "mailboxProtectionUnits",
    unitType: "microsoft.graph.mailboxProtectionUnit",
    unitKey: "directoryObjectId",
    bulkJobCollection: "mailboxProtectionUnitsBulkAdditionJobs",
    bulkJobType: "microsoft.graph.mailboxProtectionUnitsBulkAdditionJob",
    restoreSessionCollection: "exchangeRestoreSessions",
    restoreSessionType: "microsoft.graph.exchangeRestoreSession",
    restoreArtifactCollection: "mailboxRestoreArtifacts",
    restoreArtifactType: "microsoft.graph.mailboxRestoreArtifact",
    restoreBulkRequestCollection: "mailboxRestoreArtifactsBulkAdditionRequests",
    restoreBulkRequestType: "microsoft.graph.mailboxRestoreArtifactsBulkAdditionRequest",
    ruleCollection: "mailboxInclusionRules",
    ruleType: "microsoft.graph.mailboxProtectionRule",
    ruleExpressionKey: "mailboxExpression",
  },
  oneDriveForBusiness: {
    key: "oneDriveForBusiness",
    policyCollection: "oneDriveForBusinessProtectionPolicies",
    policyType: "microsoft.graph.oneDriveForBusinessProtectionPolicy",
    unitCollection: "driveProtectionUnits",
    unitType: "microsoft.graph.driveProtectionUnit",
    unitKey: "directoryObjectId",
    bulkJobCollection: "driveProtectionUnitsBulkAdditionJobs",
    bulkJobType: "microsoft.graph.driveProtectionUnitsBulkAdditionJob",
    restoreSessionCollection: "oneDriveForBusinessRestoreSessions",
    restoreSessionType: "microsoft.graph.oneDriveForBusinessRestoreSession",
    restoreArtifactCollection: "driveRestoreArtifacts",
    restoreArtifactType: "microsoft.graph.driveRestoreArtifact",
    restoreBulkRequestCollection: "driveRestoreArtifactsBulkAdditionRequests",
    restoreBulkRequestType: "microsoft.graph.driveRestoreArtifactsBulkAdditionRequest",
    ruleCollection: "driveInclusionRules",
    ruleType: "microsoft.graph.driveProtectionRule",
    ruleExpressionKey: "driveExpression",
  },
  sharePoint: {
    key: "sharePoint",
    policyCollection: "sharePointProtectionPolicies",
    policyType: "microsoft.graph.sharePointProtectionPolicy",
    unitCollection: "siteProtectionUnits",
    unitType: "microsoft.graph.siteProtectionUnit",
    unitKey: "siteId",
    bulkJobCollection: "siteProtectionUnitsBulkAdditionJobs",
    bulkJobType: "microsoft.graph.siteProtectionUnitsBulkAdditionJob",
    restoreSessionCollection: "sharePointRestoreSessions",
    restoreSessionType: "microsoft.graph.sharePointRestoreSession",
    restoreArtifactCollection: "siteRestoreArtifacts",
    restoreArtifactType: "microsoft.graph.siteRestoreArtifact",
    restoreBulkRequestCollection: "siteRestoreArtifactsBulkAdditionRequests",
    restoreBulkRequestType: "microsoft.graph.siteRestoreArtifactsBulkAdditionRequest",
    ruleCollection: "siteInclusionRules",
    ruleType: "microsoft.graph.siteProtectionRule",
    ruleExpressionKey: "siteExpression",
  },
});

export const WORKLOAD_KEYS = Object.keys(WORKLOAD_NAMES) as WorkloadKey[];

/** Finds the workload of an `@odata.type` (with or without `#`, any casing, as the docs' examples vary). */
export function workloadOfODataType(odataType: string | undefined): WorkloadNames | undefined {
  if (!odataType) return undefined;
  const t = odataType.replace(/^#/, "").toLowerCase();
  return WORKLOAD_KEYS.map((k) => WORKLOAD_NAMES[k]).find((w) =>
    [
      w.policyType,
      w.unitType,
      w.bulkJobType,
      w.restoreSessionType,
      w.restoreArtifactType,
      w.restoreBulkRequestType,
      w.ruleType,
    ].some((n) => n.toLowerCase() === t),
  );
}

export const BACKUP_ROOT = "/solutions/backupRestore";

// ---- Bulk addition jobs (protectionUnitsBulkJobBase and its three kinds) ----

/** protectionUnitsBulkJobStatus: unknown, active, completed, completedWithErrors, unknownFutureValue. */
export type GraphBulkJobStatus = string;

export interface GraphProtectionUnitsBulkAdditionJob extends GraphEntity, GraphAudited {
  displayName?: string | null;
  status: GraphBulkJobStatus;
  error?: GraphPublicError | null;
  /** Mailbox jobs: SMTP addresses. */
  mailboxes?: string[] | null;
  /** Drive jobs: user principal names / email addresses. */
  drives?: string[] | null;
  /** Site jobs: absolute site URLs. */
  siteWebUrls?: string[] | null;
  /** Mailbox and drive jobs. */
  directoryObjectIds?: string[] | null;
  /** Site jobs. */
  siteIds?: string[] | null;
}

// ---- Inclusion rules (protectionRuleBase and its three kinds) ----

/** protectionRuleStatus: draft, active, completed, completedWithErrors, unknownFutureValue, then (evolvable)
 * updateRequested, deleteRequested. */
export type GraphProtectionRuleStatus = string;

export interface GraphProtectionRule extends GraphEntity, GraphAudited {
  status?: GraphProtectionRuleStatus | null;
  isAutoApplyEnabled?: boolean | null;
  error?: GraphPublicError | null;
  /** Mailbox rules: `(memberOf -any (group.id -in ['<groupId>', ...]))`. */
  mailboxExpression?: string | null;
  /** Drive rules: same grammar as mailbox rules. */
  driveExpression?: string | null;
  /** Site rules: `(displayName -contains 'x')`, `(webUrl -contains 'x')`, `(lastModifiedDateTime -ge '<ISO>')` with -and/-or. */
  siteExpression?: string | null;
}

// ---- Restore points ----

export interface GraphRestorePoint extends GraphEntity {
  protectionDateTime?: GraphDateTime | null;
  expirationDateTime?: GraphDateTime | null;
  /** Flags enum restorePointTags as a string: "none", "fastRestore". */
  tags?: string | null;
  protectionUnit?: GraphProtectionUnit | null;
}

export interface GraphTimePeriod {
  startDateTime?: GraphDateTime | null;
  endDateTime?: GraphDateTime | null;
}

/** Body of POST /solutions/backupRestore/restorePoints/search. */
export interface GraphRestorePointSearchRequest {
  protectionUnitIds: string[];
  protectionTimePeriod?: GraphTimePeriod;
  /** latest | oldest */
  restorePointPreference?: string;
  /** restorePointTags flags string, e.g. "fastRestore". */
  tags?: string;
  artifactQuery?: GraphArtifactQuery;
}

/** A mail search inside a unit's backups: Graph's queryExpression and the restorableArtifact searched ("message"). */
export interface GraphArtifactQuery {
  queryExpression?: string;
  artifactType?: string;
}

export interface GraphRestorePointSearchResult {
  /** Always inlined by Graph (AutoExpand). */
  restorePoint: GraphRestorePoint;
  artifactHitCount?: number | null;
}

export interface GraphRestorePointSearchResponse {
  searchResponseId?: string | null;
  searchResults?: GraphRestorePointSearchResult[] | null;
  noResultProtectionUnitIds?: string[] | null;
}

// ---- Restore sessions, artifacts and bulk restore requests ----

/** restoreSessionStatus: draft, activating, active, completedWithError, completed, unknownFutureValue, failed (evolvable). */
export type GraphRestoreSessionStatus = string;

export interface GraphRestoreSession extends GraphEntity, GraphAudited {
  status?: GraphRestoreSessionStatus | null;
  /** standard | bulk | unknownFutureValue | granular (evolvable). */
  restoreJobType?: string | null;
  restoreSessionArtifactCount?: GraphArtifactCount | null;
  error?: GraphPublicError | null;
  completedDateTime?: GraphDateTime | null;
}

/** artifactRestoreStatus: added, scheduling, scheduled, inProgress, succeeded, failed, unknownFutureValue. */
export interface GraphRestoreArtifact extends GraphEntity {
  status?: string | null;
  /** new | inPlace */
  destinationType?: string | null;
  startDateTime?: GraphDateTime | null;
  completionDateTime?: GraphDateTime | null;
  error?: GraphPublicError | null;
  /** Inlined in artifact lists (docs behaviour). */
  restorePoint?: GraphRestorePoint | null;
  /** Mailbox artifacts. */
  restoredFolderId?: string | null;
  restoredFolderName?: string | null;
  restoredItemCount?: number | null;
  /** Drive and site artifacts. */
  restoredSiteId?: string | null;
  restoredSiteName?: string | null;
  restoredSiteWebUrl?: string | null;
}

/** An artifact stub in a session create or `...RestoreArtifacts@delta` add (older pages: `{"@odata.id": id}`). */
export interface GraphRestoreArtifactAdd {
  restorePoint: { id: string };
  destinationType?: string;
}

/** granularMailboxRestoreArtifact: a mailboxRestoreArtifact restoring the items one restore point search found. */
export interface GraphGranularMailboxRestoreArtifact extends GraphRestoreArtifact {
  searchResponseId?: string | null;
  /** How many items the search found (and the artifact restores). */
  artifactCount?: number | null;
}

/** A granular mailbox stub of an Exchange session create (`granularMailboxRestoreArtifacts`). */
export interface GraphGranularMailboxRestoreArtifactAdd extends GraphRestoreArtifactAdd {
  searchResponseId: string;
}

/** The granular artifact collections of OneDrive and SharePoint sessions (their `...@delta` PATCH property too). */
export const GRANULAR_ITEM_COLLECTIONS = Object.freeze({
  oneDriveForBusiness: "granularDriveRestoreArtifacts",
  sharePoint: "granularSiteRestoreArtifacts",
} as const);
export type GranularItemWorkload = keyof typeof GRANULAR_ITEM_COLLECTIONS;

/** granularDriveRestoreArtifact / granularSiteRestoreArtifact (granularRestoreArtifactBase): one browsed item restored. */
export interface GraphGranularRestoreArtifact extends GraphEntity {
  browseSessionId?: string | null;
  /** artifactRestoreStatus; the docs' examples also print `unknown`. */
  status?: string | null;
  /** The item's URL in the backed-up drive or site. */
  webUrl?: string | null;
  restoredItemKey?: string | null;
  /** The folder the session's items were restored into. */
  restoredItemPath?: string | null;
  restoredItemWebUrl?: string | null;
  restorePointDateTime?: GraphDateTime | null;
  startDateTime?: GraphDateTime | null;
  completionDateTime?: GraphDateTime | null;
  directoryObjectId?: string | null;
  siteId?: string | null;
}

/** An add in `granularDriveRestoreArtifacts@delta` / `granularSiteRestoreArtifacts@delta` (`itemKey` is not in the CSDL). */
export interface GraphGranularRestoreArtifactAdd {
  browseSessionId: string;
  itemKey: string;
  directoryObjectId?: string;
  siteId?: string;
}

/** restoreArtifactsBulkRequestStatus: unknown, active, completed, completedWithErrors, unknownFutureValue. */
export interface GraphRestoreArtifactsBulkAdditionRequest extends GraphEntity, GraphAudited {
  displayName?: string | null;
  status: string;
  destinationType?: string | null;
  protectionTimePeriod?: GraphTimePeriod | null;
  restorePointPreference?: string | null;
  tags?: string | null;
  protectionUnitIds?: string[] | null;
  error?: GraphPublicError | null;
  mailboxes?: string[] | null;
  drives?: string[] | null;
  siteWebUrls?: string[] | null;
  directoryObjectIds?: string[] | null;
  siteIds?: string[] | null;
}

// ---- Browse sessions (granular OneDrive and SharePoint restore) ----

/** The workloads whose backups can be browsed. */
export type BrowseWorkloadKey = "oneDriveForBusiness" | "sharePoint";

/** Graph's names of the typed browse session collections and types. */
export const BROWSE_SESSION_NAMES: Readonly<
  Record<BrowseWorkloadKey, { collection: string; type: string; resourceKey: "directoryObjectId" | "siteId" }>
> = Object.freeze({
  oneDriveForBusiness: {
    collection: "oneDriveForBusinessBrowseSessions",
    type: "microsoft.graph.oneDriveForBusinessBrowseSession",
    resourceKey: "directoryObjectId",
  },
  sharePoint: {
    collection: "sharePointBrowseSessions",
    type: "microsoft.graph.sharePointBrowseSession",
    resourceKey: "siteId",
  },
});

/** browseSessionBase and its two kinds. status: creating, created, failed, unknownFutureValue. */
export interface GraphBrowseSession extends GraphEntity {
  status?: string | null;
  createdDateTime?: GraphDateTime | null;
  expirationDateTime?: GraphDateTime | null;
  restorePointId?: string | null;
  restorePointDateTime?: GraphDateTime | null;
  /** Edm.String on the wire. */
  backupSizeInBytes?: string | null;
  error?: GraphPublicError | null;
  /** OneDrive sessions. */
  directoryObjectId?: string | null;
  /** SharePoint sessions. */
  siteId?: string | null;
}

/** Body of the bound action POST …BrowseSessions/{id}/browse (`{}` lists the top-level locations). */
export interface GraphBrowseRequest {
  browseLocationItemKey?: string;
  /** browsableResourceType: none, site, documentLibrary, folder. */
  browseResourceType?: string;
  /** Only `(name -contains '…')`. */
  filter?: string;
  /** browseQueryOrder: pathAsc, pathDsc, nameAsc, nameDsc. */
  orderBy?: string;
}

/** browseQueryResponseItem. type: none, site, documentLibrary, folder, file, unknownFutureValue. */
export interface GraphBrowseItem {
  itemKey?: string | null;
  name?: string | null;
  type?: string | null;
  /** Edm.String on the wire. */
  sizeInBytes?: string | null;
  itemsCount?: number | null;
  webUrl?: string | null;
}

// ---- Service apps ----

export interface GraphServiceApp extends GraphEntity {
  application?: GraphIdentity | null;
  /** inactive, active, pendingActive, pendingInactive, unknownFutureValue. */
  status?: string | null;
  registrationDateTime?: GraphDateTime | null;
  effectiveDateTime?: GraphDateTime | null;
  lastModifiedBy?: GraphIdentitySet | null;
  lastModifiedDateTime?: GraphDateTime | null;
}

// ---- Directory ----

/** An entry of directoryObjects/getByIds: a user or group with its @odata.type. */
export interface GraphDirectoryObject extends GraphEntity {
  displayName?: string | null;
  mail?: string | null;
  userPrincipalName?: string | null;
}

export interface GraphSite extends GraphEntity {
  displayName?: string | null;
  name?: string | null;
  webUrl?: string | null;
}

export interface GraphJsonBatchRequestItem {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

export interface GraphJsonBatchResponseItem {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}
