// Backup Storage error codes (the reference's §6.2, plus the state codes its API pages use) with the contract code
// a client should see and a one-line remediation hint. A `code` here overrides the status-based mapping where the
// status misleads: Graph answers state conflicts with 403 or 400 and an activation limit with 500, none of which is
// a permission problem, bad input or an outage.
import { GatewayErrorCode } from "../schema/index.js";

export interface GraphCodeInfo {
  code?: GatewayErrorCode;
  hint: string;
}

const { BAD_USER_INPUT: BAD, CONFLICT, NOT_FOUND, FORBIDDEN, UPSTREAM_UNAVAILABLE: UNAVAILABLE } = GatewayErrorCode;

const TABLE: Record<string, GraphCodeInfo> = {
  // Protection policies
  InvalidCreateRequest: {
    code: BAD,
    hint: "Check the request: a JSON object with only the documented properties, not too large.",
  },
  InvalidDisplayName: { code: BAD, hint: "Use a displayName of 1 to 1024 characters." },
  InvalidProtectionUnitId: {
    code: BAD,
    hint: "Use directory object GUIDs for mailboxes and drives, site ids for sites.",
  },
  ProtectionUnitsLimitBreached: {
    code: BAD,
    hint: "Send at most 50 units per request; add more with changeProtectionUnits or a bulk addition job.",
  },
  PolicyCreationNotAllowed: {
    code: CONFLICT,
    hint: "Only one active policy per workload: add units to the existing policy, or deactivate it first.",
  },
  ProtectionUnitAlreadyExists: {
    code: CONFLICT,
    hint: "The resource is already protected by another policy; remove it from that policy first.",
  },
  PolicySaveFailed: { code: UNAVAILABLE, hint: "A transient Graph failure; retry the request." },
  InvalidPolicyId: { code: BAD, hint: "Pass the id of a protection policy as listed by protectionPolicies." },
  PolicyNotFound: { code: NOT_FOUND, hint: "No such policy: it may have been deleted; list protectionPolicies." },
  ProtectionUnitNotFound: { code: NOT_FOUND, hint: "No such protection unit: list the policy's protectionUnits." },
  DuplicateProtectionUnitInList: { code: BAD, hint: "Name each unit once per request." },
  ProtectionUnitActionNotAllowed: {
    code: CONFLICT,
    hint: "Units added by a dynamic rule leave with the rule, not one by one.",
  },
  PolicyActionNotAllowed: {
    code: CONFLICT,
    hint: "Activate INACTIVE or ACTIVE_WITH_ERRORS policies, deactivate ACTIVE ones, delete INACTIVE ones; wait while UPDATING.",
  },
  invalidStateForActivation: {
    code: CONFLICT,
    hint: "The policy is not in a state that allows this; wait until it is no longer UPDATING.",
  },
  OperationNotAllowed: { code: CONFLICT, hint: "The object is not in a state that allows this operation." },
  FilterLengthExceeded: { code: BAD, hint: "Use fewer filter conditions." },
  // Restore sessions and artifacts
  InvalidPathType: { code: BAD, hint: "destinationType must be NEW or IN_PLACE." },
  InvalidArtifactRequest: {
    code: BAD,
    hint: "Give at least one artifact, or a bulk request, before activating; a mail item artifact needs the searchResponseId and restore point of one searchRestorePoints with artifactQuery.",
  },
  InvalidRestorePoint: {
    code: BAD,
    hint: "Use a restore point id from searchRestorePoints of the session's workload.",
  },
  DifferentRestoreDestinationType: { code: BAD, hint: "Use one destinationType for every artifact of a session." },
  RestoreArtifactsLimitBreached: {
    code: BAD,
    hint: "Send at most 50 artifacts per request; the gateway chunks addRestoreArtifacts for you.",
  },
  DuplicateArtifactInList: { code: BAD, hint: "Each protected resource may appear once per restore session." },
  InvalidRestoreSessionId: { code: BAD, hint: "Pass the id of a restore session as listed by restoreSessions." },
  RestoreSessionNotFound: {
    code: NOT_FOUND,
    hint: "No such restore session: it may have been deleted; list restoreSessions.",
  },
  InvalidPatchRequest: { code: BAD, hint: "The change was malformed; check the artifact ids and restore point ids." },
  RestoreSessionActionNotAllowed: {
    code: CONFLICT,
    hint: "Only DRAFT restore sessions can be changed, activated or deleted; create a new session.",
  },
  IncompleteArtifactDeletion: { code: UNAVAILABLE, hint: "Not every artifact could be deleted; retry the delete." },
  TooManyActiveRestoreSessions: {
    code: CONFLICT,
    hint: "At most 25 restore sessions run at once; activate again when one has finished.",
  },
  ArtifactNotFound: { code: NOT_FOUND, hint: "No such restore artifact in this session." },
  InvalidRestoreTime: { code: BAD, hint: "Choose a restore point inside the retention period (searchRestorePoints)." },
  ArtifactCannotBeRestored: {
    code: CONFLICT,
    hint: "The resource cannot be restored now (e.g. a preservation lock); check the artifact's error.",
  },
  DuplicateArtifactRestoreRequest: {
    code: CONFLICT,
    hint: "A restore of the same resource is already running; wait for it to finish.",
  },
  // Restore points
  InvalidSearchRequest: { code: BAD, hint: "Search at most 20 units with a valid time period (start before end)." },
  // Inclusion rules
  InvalidInclusionRuleCreateRequest: { code: BAD, hint: "Check the rule's expression property." },
  InvalidRuleExpression: { code: BAD, hint: "Check the rule expression's syntax and group ids." },
  InvalidRuleExpressionGroupLimitExceeded: { code: BAD, hint: "Name at most 100 groups in one rule expression." },
  ProtectionRuleNotFound: { code: NOT_FOUND, hint: "No such inclusion rule." },
  InvalidInclusionRuleId: {
    code: BAD,
    hint: "Pass the id of an inclusion rule as listed by the policy's inclusionRules.",
  },
  InvalidProtectionRulePatchRequest: {
    code: BAD,
    hint: "Send only the new group expression; a rule cannot switch between static and dynamic.",
  },
  PatchNotAllowedForStaticRule: {
    code: BAD,
    hint: "Only dynamic rules can be updated; run a static rule again, or delete it and create a new one.",
  },
  RunNotAllowedForDynamicRule: {
    code: BAD,
    hint: "Only static rules are run; a dynamic rule follows its groups by itself (change them with updateProtectionRule).",
  },
  ProtectionRuleActionNotAllowed: {
    code: CONFLICT,
    hint: "The rule is not in a state that allows this; wait until it is COMPLETED or COMPLETED_WITH_ERRORS.",
  },
  InvalidProtectionRuleStatusForUpdation: {
    code: CONFLICT,
    hint: "Update a dynamic rule once it is COMPLETED or COMPLETED_WITH_ERRORS.",
  },
  InvalidProtectionRuleStatusForDeletion: {
    code: CONFLICT,
    hint: "Delete a rule once it is COMPLETED or COMPLETED_WITH_ERRORS.",
  },
  InvalidProtectionRuleStatusForDynamicRuleDeletion: {
    code: CONFLICT,
    hint: "Delete a dynamic rule once it is COMPLETED or COMPLETED_WITH_ERRORS.",
  },
  InvalidProtectionRuleStatusForDynamicRuleEdit: {
    code: CONFLICT,
    hint: "The rule is DELETE_REQUESTED: it is being removed and accepts no further change.",
  },
  InvalidProtectionRuleStatusForDynamicRuleDeleteAndUnprotectAll: {
    code: CONFLICT,
    hint: "deleteAndUnprotect a dynamic rule once it is COMPLETED or COMPLETED_WITH_ERRORS.",
  },
  // Service
  UnableToReadBillingProfile: {
    code: FORBIDDEN,
    hint: "Grant access to the billing profile of the app owner tenant, or check appOwnerTenantId.",
  },
  InvalidBillingProfile: {
    code: FORBIDDEN,
    hint: "Set up a valid Microsoft 365 Backup billing profile in the app owner tenant.",
  },
  InvalidAppOwnerTenantId: {
    code: BAD,
    hint: "appOwnerTenantId must be the id of the tenant holding the billing profile.",
  },
  ServiceNotEnabled: { hint: "Enable Microsoft 365 Backup first (enableBackupRestore)." },
  ProtectionChangeLocked: {
    hint: "The service is locked against protection changes; check backupRestore.serviceStatus.",
  },
  RestoreLocked: { hint: "The service is locked against restores; check backupRestore.serviceStatus." },
  Forbidden: {
    code: FORBIDDEN,
    hint: "This client may not call this operation (Graph refuses PowerShell for controller operations).",
  },
  // Bulk restore requests
  InvalidBulkRestoreArtifactId: { code: BAD, hint: "Pass the id of a bulk request of this session." },
  BulkRestoreInvalidCreateRequest: {
    code: BAD,
    hint: "One bulk request per empty DRAFT session, with mailboxes/drives/sites and a valid time period.",
  },
  BulkRestoreRestorationResourcesCountExceedsLimit: {
    code: BAD,
    hint: "Name at most 10,000 resources per bulk request.",
  },
  BulkRestoreInvalidCreateRequestSiteUrl: {
    code: BAD,
    hint: "Site URLs must be absolute https URLs of existing sites.",
  },
  BulkRestoreInvalidCreateRequestUserEmail: {
    code: BAD,
    hint: "Mailboxes and drives are named by their email addresses.",
  },
  BulkRestoreArtifactsNotFound: { code: NOT_FOUND, hint: "No such bulk request in this session." },
  InvalidStateForBulkRequestDeletion: {
    code: CONFLICT,
    hint: "Only COMPLETED or COMPLETED_WITH_ERRORS bulk requests can be deleted.",
  },
  TooManyRequests: { hint: "Graph is throttling; retry after retryAfterSeconds." },
};

// Graph's casing varies (invalidStateForActivation vs OperationNotAllowed): look codes up ignoring case.
const BY_LOWER = new Map(Object.entries(TABLE).map(([k, v]) => [k.toLowerCase(), v]));

export function graphCodeInfo(graphCode: string | undefined): GraphCodeInfo | undefined {
  return graphCode ? BY_LOWER.get(graphCode.toLowerCase()) : undefined;
}
