// Every Graph path the gateway calls, named for what it addresses. Collections of one workload come from
// WORKLOAD_NAMES, ids become one segment each through pathSegment: nothing above msgraph/ spells Graph's URL grammar.
// A path without a workload addresses the polymorphic collection (its answers carry @odata.type).
import { BACKUP_ROOT, WORKLOAD_NAMES, type WorkloadKey } from "./models.js";
import { pathSegment } from "./url.js";

const names = (workload: WorkloadKey) => WORKLOAD_NAMES[workload];

/** The service root (serviceStatus). */
export const backupRestore = (): string => BACKUP_ROOT;
export const enableBackupRestore = (): string => `${BACKUP_ROOT}/enable`;

export const serviceApps = (): string => `${BACKUP_ROOT}/serviceApps`;
export const serviceApp = (id: string): string => `${serviceApps()}/${pathSegment(id)}`;
export const serviceAppAction = (id: string, action: "activate" | "deactivate"): string =>
  `${serviceApp(id)}/${action}`;

export const policies = (workload?: WorkloadKey): string =>
  `${BACKUP_ROOT}/${workload ? names(workload).policyCollection : "protectionPolicies"}`;
export const policy = (id: string, workload?: WorkloadKey): string => `${policies(workload)}/${pathSegment(id)}`;
export const policyAction = (id: string, action: "activate" | "deactivate"): string => `${policy(id)}/${action}`;
export const policyUnits = (workload: WorkloadKey, id: string): string =>
  `${policy(id, workload)}/${names(workload).unitCollection}`;
export const policyBulkJobs = (workload: WorkloadKey, id: string): string =>
  `${policy(id, workload)}/${names(workload).bulkJobCollection}`;

/** All units, or one workload's through the type-cast segment of /protectionUnits. */
export const units = (workload?: WorkloadKey): string =>
  `${BACKUP_ROOT}/protectionUnits${workload ? `/${names(workload).unitType}` : ""}`;
export const unit = (id: string): string => `${units()}/${pathSegment(id)}`;

export const bulkJobs = (workload: WorkloadKey): string => `${BACKUP_ROOT}/${names(workload).bulkJobCollection}`;
export const bulkJob = (workload: WorkloadKey, id: string): string => `${bulkJobs(workload)}/${pathSegment(id)}`;

export const restoreSessions = (workload?: WorkloadKey): string =>
  `${BACKUP_ROOT}/${workload ? names(workload).restoreSessionCollection : "restoreSessions"}`;
export const restoreSession = (id: string, workload?: WorkloadKey): string =>
  `${restoreSessions(workload)}/${pathSegment(id)}`;
export const restoreSessionActivate = (id: string): string => `${restoreSession(id)}/activate`;
export const sessionArtifacts = (workload: WorkloadKey, sessionId: string): string =>
  `${restoreSession(sessionId, workload)}/${names(workload).restoreArtifactCollection}`;
export const sessionBulkRequests = (workload: WorkloadKey, sessionId: string): string =>
  `${restoreSession(sessionId, workload)}/${names(workload).restoreBulkRequestCollection}`;
export const sessionBulkRequest = (workload: WorkloadKey, sessionId: string, id: string): string =>
  `${sessionBulkRequests(workload, sessionId)}/${pathSegment(id)}`;

export const restorePointSearch = (): string => `${BACKUP_ROOT}/restorePoints/search`;

// Directory reads (outside the backup root); `select` is the request's $select list.
export const directoryObjectsByIds = (select: string): string => `/directoryObjects/getByIds?$select=${select}`;
export const deletedDirectoryItem = (id: string, select: string): string =>
  `/directory/deletedItems/${pathSegment(id)}?$select=${select}`;
export const site = (id: string, select: string): string => `/sites/${pathSegment(id)}?$select=${select}`;
