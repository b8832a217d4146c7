import { graphError } from "./factory.js";
import { alreadyProtectedMessage } from "./itemFailures.js";

// The documented (or, where marked, picked) codes of Graph, OData, the directory and Backup Storage's core resources.

const INJECTED_CODES: Readonly<Record<number, string>> = {
  400: "BadRequest",
  401: "InvalidAuthenticationToken",
  403: "Forbidden",
  404: "ResourceNotFound",
  500: "generalException",
  502: "BadGateway",
  503: "serviceNotAvailable",
  504: "GatewayTimeout",
};

export const errors = {
  // Generic Graph / OData
  resourceNotFound: (path: string) => graphError(404, "ResourceNotFound", `Resource not found for the path '${path}'.`),
  methodNotAllowed: (method: string, path: string) =>
    graphError(405, "MethodNotAllowed", `The HTTP method '${method}' is not supported for '${path}'.`),
  unauthenticated: (tokenGiven: boolean) =>
    graphError(
      401,
      "InvalidAuthenticationToken",
      tokenGiven ? "Access token validation failure." : "Access token is empty.",
      { headers: { "WWW-Authenticate": 'Bearer realm="emulator"' } },
    ),
  badRequest: (message: string) => graphError(400, "BadRequest", message),
  invalidQueryOption: (option: string, value: string, accepted: string) =>
    graphError(400, "BadRequest", `Invalid value '${value}' for query option '${option}': ${accepted}.`),
  invalidSkipToken: (token: string) => graphError(400, "BadRequest", `The $skiptoken '${token}' is not valid.`),
  unsupportedFilter: (filter: string, hint: string) =>
    graphError(400, "BadRequest", `Unsupported $filter '${filter}'. ${hint}`),
  tooManyFilterComparisons: (max: number) =>
    graphError(400, "FilterLengthExceeded", `$filter may combine at most ${max} comparisons.`),
  /** OData's answer on pages that support no query options. */
  queryOptionNotAllowed: (option: string) =>
    graphError(
      400,
      "BadRequest",
      `Query option '${option}' is not allowed. To allow it, set the 'AllowedQueryOptions' ` +
        "property on EnableQueryAttribute or QueryValidationSettings.",
    ),
  payloadTooLarge: (limitBytes: number) =>
    graphError(413, "RequestEntityTooLarge", `The request body exceeds ${limitBytes} bytes.`),
  throttled: (retryAfterSeconds: number) =>
    graphError(429, "TooManyRequests", "Please retry again later.", {
      headers: { "Retry-After": String(retryAfterSeconds) },
      inner: { code: "429", message: "Please retry after", status: "429" },
    }),
  /** A fault scripted through injectFault; 429 gets Graph's throttling body, other statuses the fault's code and message or a plausible code. */
  injected: (status: number, retryAfterSeconds?: number, body: { code?: string; message?: string } = {}) => {
    if (status === 429) return errors.throttled(retryAfterSeconds ?? 1);
    const headers = retryAfterSeconds === undefined ? undefined : { "Retry-After": String(retryAfterSeconds) };
    const code = body.code ?? INJECTED_CODES[status] ?? "InjectedFault";
    return graphError(status, code, body.message ?? `Injected fault: HTTP ${status}.`, { headers });
  },
  internal: (message: string) => graphError(500, "generalException", `Emulator failure: ${message}`),

  // Directory
  userNotFound: (id: string) =>
    graphError(
      404,
      "Request_ResourceNotFound",
      `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
    ),
  siteNotFound: (id: string) => graphError(404, "itemNotFound", `Requested site '${id}' could not be found.`),

  // Backup Storage (concepts/backup-storage-error-codes.md)
  invalidAppOwnerTenantId: () =>
    graphError(400, "InvalidAppOwnerTenantId", "appOwnerTenantId must be a non-empty string."),
  invalidCreateRequest: (reason: string) =>
    graphError(400, "InvalidCreateRequest", `Invalid create request: ${reason}`),
  invalidPatchRequest: (reason: string) => graphError(400, "InvalidPatchRequest", `Invalid patch request: ${reason}`),
  invalidDisplayName: () =>
    graphError(400, "InvalidDisplayName", "The displayName must be a string of 1 to 1024 characters."),
  protectionUnitsLimitBreached: (count: number) =>
    graphError(
      413,
      "ProtectionUnitsLimitBreached",
      `A request may carry at most 50 protection units; this one has ${count}.`,
    ),
  invalidProtectionUnitId: (id: string) =>
    graphError(400, "InvalidProtectionUnitId", `The protection unit id '${id}' is not valid.`),
  policyCreationNotAllowed: (workload: string, activePolicyId: string) =>
    graphError(
      409,
      "PolicyCreationNotAllowed",
      `An active ${workload} protection policy (${activePolicyId}) already exists; only one is allowed.`,
    ),
  protectionUnitAlreadyExists: (artifactId: string, policyId: string) =>
    graphError(409, "ProtectionUnitAlreadyExists", alreadyProtectedMessage(artifactId, policyId)),
  duplicateProtectionUnitInList: (id: string) =>
    graphError(400, "DuplicateProtectionUnitInList", `The protection unit '${id}' appears more than once in the list.`),
  invalidPolicyId: (id: string) => graphError(400, "InvalidPolicyId", `The policy id '${id}' is not valid.`),
  policyNotFound: (id: string) => graphError(404, "PolicyNotFound", `The protection policy '${id}' was not found.`),
  policyActionNotAllowed: (message: string) => graphError(403, "PolicyActionNotAllowed", message),
  protectionUnitNotFound: (id: string) =>
    graphError(404, "ProtectionUnitNotFound", `The protection unit '${id}' was not found.`),
  operationNotAllowed: (message: string) => graphError(403, "OperationNotAllowed", message, { details: [] }),

  // Bulk addition jobs: no error table of their own; the 404 follows the other "*NotFound" codes.
  bulkJobNotFound: (id: string) =>
    graphError(404, "BulkJobNotFound", `The protection units bulk addition job '${id}' was not found.`),

  // Restore points (error page: "List/search restore points")
  invalidSearchRequest: (reason: string) =>
    graphError(400, "InvalidSearchRequest", `Invalid search request: ${reason}`),
  filterLengthExceeded: (clauses: number, max: number) =>
    graphError(400, "FilterLengthExceeded", `The $filter has ${clauses} clauses; at most ${max} are allowed.`),
  // Undocumented: a point that does not exist (or expired) is answered like the other missing entities.
  restorePointNotFound: (id: string) =>
    graphError(404, "RestorePointNotFound", `The restore point '${id}' was not found.`),

  // Restore sessions (error page: create/get/patch/delete/activate restore session, list restore artifacts)
  invalidRestoreSessionId: (id: string) =>
    graphError(400, "InvalidRestoreSessionId", `The restore session id '${id}' is not valid.`),
  restoreSessionNotFound: (id: string) =>
    graphError(404, "RestoreSessionNotFound", `The restore session '${id}' was not found.`),
  restoreSessionActionNotAllowed: (message: string) => graphError(403, "RestoreSessionActionNotAllowed", message),
  tooManyActiveRestoreSessions: (limit: number) =>
    graphError(
      500,
      "TooManyActiveRestoreSessions",
      `More than ${limit} restore sessions are activating or active; retry when some have completed.`,
    ),
  invalidArtifactRequest: (reason: string) =>
    graphError(400, "InvalidArtifactRequest", `Invalid artifact request: ${reason}`),
  invalidRestorePoint: (id: string) =>
    graphError(400, "InvalidRestorePoint", `The restore point '${id}' is not valid.`),
  invalidPathType: (value: string) =>
    graphError(400, "InvalidPathType", `The destination type '${value}' is not valid; it must be 'new' or 'inPlace'.`),
  differentRestoreDestinationType: () =>
    graphError(
      400,
      "DifferentRestoreDestinationType",
      "All artifacts of a restore session must have the same destination type.",
    ),
  restoreArtifactsLimitBreached: (count: number, max: number, status: 400 | 413) =>
    graphError(
      status,
      "RestoreArtifactsLimitBreached",
      `A request may carry at most ${max} restore artifacts; this one has ${count}.`,
    ),
  duplicateArtifactInList: (id: string) =>
    graphError(
      400,
      "DuplicateArtifactInList",
      `The artifact '${id}' appears more than once in the request or is already in the restore session.`,
    ),
  restoreArtifactNotFound: (id: string) =>
    graphError(404, "ArtifactNotFound", `The restore artifact '${id}' was not found.`),

  // Bulk restore requests (error page: create/get/delete restore artifacts bulk addition request)
  invalidBulkRestoreArtifactId: (id: string) =>
    graphError(400, "InvalidBulkRestoreArtifactId", `The bulk request id '${id}' is not a valid GUID.`),
  bulkRestoreInvalidCreateRequest: (reason: string) =>
    graphError(400, "BulkRestoreInvalidCreateRequest", `Invalid bulk restore request: ${reason}`),
  bulkRestoreResourcesCountExceedsLimit: (count: number, max: number) =>
    graphError(
      400,
      "BulkRestoreRestorationResourcesCountExceedsLimit",
      `A bulk request may name at most ${max} resources; this one has ${count}.`,
    ),
  bulkRestoreInvalidUserEmail: (value: string) =>
    graphError(400, "BulkRestoreInvalidCreateRequestUserEmail", `'${value}' is not a valid user email address.`),
  bulkRestoreInvalidSiteUrl: (value: string) =>
    graphError(400, "BulkRestoreInvalidCreateRequestSiteUrl", `'${value}' is not a valid site URL.`),
  bulkRestoreArtifactsNotFound: (id: string) =>
    graphError(404, "BulkRestoreArtifactsNotFound", `The bulk restore request '${id}' was not found.`),
  invalidStateForBulkRequestDeletion: (status: string) =>
    graphError(
      403,
      "InvalidStateForBulkRequestDeletion",
      `Only completed or completedWithErrors bulk requests can be deleted; this one is ${status}.`,
    ),

  // JSON $batch (concepts/json-batching.md)
  invalidBatch: (reason: string) => graphError(400, "BadRequest", `Invalid batch request: ${reason}`),
  failedDependency: (dependsOn: string) =>
    graphError(424, "FailedDependency", `The request depends on '${dependsOn}', which failed.`),

  // /_emulator admin endpoints
  adminBadRequest: (reason: string) => graphError(400, "BadRequest", reason),
} as const;

/** Entra ID's own codes (Request_*), which differ from the Backup Storage ones. */
export const directoryErrors = {
  notFound: (id: string) =>
    graphError(
      404,
      "Request_ResourceNotFound",
      `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
    ),
  badRequest: (message: string) => graphError(400, "Request_BadRequest", message),
  /** An advanced query Graph does not take as sent ($search without ConsistencyLevel: eventual, $top over 999). */
  unsupportedQuery: (message: string) => graphError(400, "Request_UnsupportedQuery", message),
};
