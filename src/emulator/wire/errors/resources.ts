import { graphError } from "./factory.js";

// The docs name no code for a call refused because of the tenant's service status, nor for service-app state
// errors or unknown service apps; these are our picks (README "Codes picked").
export const serviceErrors = {
  notEnabled: () =>
    graphError(
      403,
      "ServiceNotEnabled",
      "The Microsoft 365 Backup Storage service is not enabled for this tenant. Enable it with POST /solutions/backupRestore/enable.",
    ),
  locked: (status: string, what: string) =>
    graphError(
      403,
      status === "restoreLocked" ? "RestoreLocked" : "ProtectionChangeLocked",
      `The Backup Storage service is ${status}: ${what} are not allowed.`,
    ),
  invalidAppOwnerTenantId: (value: unknown) =>
    graphError(
      400,
      "InvalidAppOwnerTenantId",
      `appOwnerTenantId must be the GUID of the tenant holding the billing profile, got ${JSON.stringify(value ?? null)}.`,
    ),
  serviceAppNotFound: (id: string) => graphError(404, "ResourceNotFound", `The serviceApp '${id}' was not found.`),
  serviceAppState: (message: string) => graphError(400, "BadRequest", message),
  missingEffectiveDateTime: () =>
    graphError(
      400,
      "BadRequest",
      "effectiveDateTime is required and must be an ISO 8601 DateTimeOffset, e.g. 2025-01-01T00:00:00Z.",
    ),
};

export const ruleErrors = {
  invalidCreate: (reason: string) =>
    graphError(400, "InvalidInclusionRuleCreateRequest", `Invalid inclusion rule create request: ${reason}`),
  invalidExpression: (reason: string) =>
    graphError(400, "InvalidRuleExpression", `The rule expression is not valid: ${reason}`),
  tooManyGroups: (count: number, max: number) =>
    graphError(
      413,
      "InvalidRuleExpressionGroupLimitExceeded",
      `A rule expression may name at most ${max} groups; this one names ${count}.`,
    ),
  invalidId: (id: string) => graphError(400, "InvalidInclusionRuleId", `The inclusion rule id '${id}' is not valid.`),
  notFound: (id: string) => graphError(404, "ProtectionRuleNotFound", `The protection rule '${id}' was not found.`),
  invalidPatch: (reason: string) =>
    graphError(400, "InvalidProtectionRulePatchRequest", `Invalid protection rule patch request: ${reason}`),
  patchStatic: () =>
    graphError(400, "PatchNotAllowedForStaticRule", "Only dynamic rules (isAutoApplyEnabled) can be updated."),
  statusForUpdate: (status: string) =>
    graphError(400, "InvalidProtectionRuleStatusForUpdation", `A rule that is ${status} can't be updated.`),
  dynamicEdit: () =>
    graphError(
      422,
      "InvalidProtectionRuleStatusForDynamicRuleEdit",
      "No operation is allowed on a rule in deleteRequested state.",
    ),
  statusForDeletion: (status: string) =>
    graphError(
      400,
      "InvalidProtectionRuleStatusForDeletion",
      `Only completed or completedWithErrors rules can be deleted; this one is ${status}.`,
    ),
  dynamicDeletion: (status: string) =>
    graphError(
      422,
      "InvalidProtectionRuleStatusForDynamicRuleDeletion",
      `This dynamic rule is ${status} and can't be deleted now.`,
    ),
  dynamicDeleteAndUnprotect: (status: string) =>
    graphError(
      422,
      "InvalidProtectionRuleStatusForDynamicRuleDeleteAndUnprotectAll",
      `This dynamic rule is ${status}; deleteAndUnprotect needs a completed dynamic rule.`,
    ),
  actionNotAllowed: (message: string) => graphError(400, "ProtectionRuleActionNotAllowed", message),
  runDynamic: () =>
    graphError(
      400,
      "RunNotAllowedForDynamicRule",
      "run applies static rules only; dynamic rules are re-evaluated by the service.",
    ),
};

// No code is documented for browse sessions: InvalidRestorePoint is the restore-session code for a bad point, and
// ResourceNotFound the generic Graph 404.
export const browseErrors = {
  invalidCreate: () => graphError(400, "BadRequest", 'The body must be { "restorePointId": "<id>" }.'),
  invalidRestorePoint: (id: string, why: string) =>
    graphError(400, "InvalidRestorePoint", `The restore point '${id}' is not valid: ${why}`),
  notFound: (id: string) =>
    graphError(404, "ResourceNotFound", `The browse session '${id}' was not found (it may have expired).`),
  notReady: (status: string) =>
    graphError(400, "BadRequest", `The browse session is ${status}; browse needs a created session.`),
};
