// Every Graph path the gateway calls, named for what it addresses. Collections of one workload come from
// WORKLOAD_NAMES, ids become one segment each through pathSegment: nothing above msgraph/ spells Graph's URL grammar.
// A path without a workload addresses the polymorphic collection (its answers carry @odata.type).
import {
  BACKUP_ROOT,
  BROWSE_SESSION_NAMES,
  GRANULAR_ITEM_COLLECTIONS,
  WORKLOAD_NAMES,
  type BrowseWorkloadKey,
  type GranularItemWorkload,
  type WorkloadKey,
} from "./models.js";
import { encodeQuery, odataAnyOf, odataString, pathSegment, withFilter, type QueryParams } from "./url.js";

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
export const policyRules = (workload: WorkloadKey, policyId: string): string =>
  `${policy(policyId, workload)}/${names(workload).ruleCollection}`;
export const policyRule = (workload: WorkloadKey, policyId: string, id: string): string =>
  `${policyRules(workload, policyId)}/${pathSegment(id)}`;
export const policyRuleAction = (
  workload: WorkloadKey,
  policyId: string,
  id: string,
  action: "run" | "deleteAndUnprotect",
): string => `${policyRule(workload, policyId, id)}/${action}`;

/** All units, or one workload's through the type-cast segment of /protectionUnits. */
export const units = (workload?: WorkloadKey): string =>
  `${BACKUP_ROOT}/protectionUnits${workload ? `/${names(workload).unitType}` : ""}`;
export const unit = (id: string): string => `${units()}/${pathSegment(id)}`;
export const unitAction = (id: string, action: "offboard" | "cancelOffboard"): string => `${unit(id)}/${action}`;

/** The unit properties unit lists filter by with `$filter` (each an "any of these values" clause, joined by `and`). */
export interface UnitWhere {
  status?: readonly string[];
  directoryObjectId?: readonly string[];
  siteId?: readonly string[];
}

/** A unit collection path (units(), policyUnits()) narrowed by Graph's `$filter`; unchanged when nothing narrows it. */
export const unitsWhere = (collection: string, where: UnitWhere): string => {
  const clauses = (Object.entries(where) as [string, readonly string[] | undefined][])
    .filter((entry): entry is [string, readonly string[]] => Boolean(entry[1]?.length))
    .map(([property, values]) => odataAnyOf(property, values));
  return clauses.length ? withFilter(collection, clauses.join(" and ")) : collection;
};

export const bulkJobs = (workload: WorkloadKey): string => `${BACKUP_ROOT}/${names(workload).bulkJobCollection}`;
export const bulkJob = (workload: WorkloadKey, id: string): string => `${bulkJobs(workload)}/${pathSegment(id)}`;

export const restoreSessions = (workload?: WorkloadKey): string =>
  `${BACKUP_ROOT}/${workload ? names(workload).restoreSessionCollection : "restoreSessions"}`;
export const restoreSession = (id: string, workload?: WorkloadKey): string =>
  `${restoreSessions(workload)}/${pathSegment(id)}`;
export const restoreSessionActivate = (id: string): string => `${restoreSession(id)}/activate`;
export const sessionArtifacts = (workload: WorkloadKey, sessionId: string): string =>
  `${restoreSession(sessionId, workload)}/${names(workload).restoreArtifactCollection}`;
/** An Exchange session's granular mailbox artifacts (created inline on the session's create, then read here). */
export const sessionGranularMailboxArtifacts = (sessionId: string): string =>
  `${restoreSession(sessionId, "exchange")}/granularMailboxRestoreArtifacts`;
/** A OneDrive or SharePoint session's granular artifacts (items picked in a browse session). */
export const sessionGranularItems = (workload: GranularItemWorkload, sessionId: string): string =>
  `${restoreSession(sessionId, workload)}/${GRANULAR_ITEM_COLLECTIONS[workload]}`;
export const sessionBulkRequests = (workload: WorkloadKey, sessionId: string): string =>
  `${restoreSession(sessionId, workload)}/${names(workload).restoreBulkRequestCollection}`;
export const sessionBulkRequest = (workload: WorkloadKey, sessionId: string, id: string): string =>
  `${sessionBulkRequests(workload, sessionId)}/${pathSegment(id)}`;

export const restorePointSearch = (): string => `${BACKUP_ROOT}/restorePoints/search`;

/** Browse sessions of one workload, or all of them through the polymorphic /browseSessions. */
export const browseSessions = (workload?: BrowseWorkloadKey): string =>
  `${BACKUP_ROOT}/${workload ? BROWSE_SESSION_NAMES[workload].collection : "browseSessions"}`;
export const browseSession = (id: string, workload?: BrowseWorkloadKey): string =>
  `${browseSessions(workload)}/${pathSegment(id)}`;
/** The bound `browse` action (POST, a read); its next pages are GETs of the same path with Graph's $skiptoken. */
export const browseSessionBrowse = (workload: BrowseWorkloadKey, id: string): string =>
  `${browseSession(id, workload)}/browse`;
/**
 * One window of a unit's restore points: those protected before `before` (and at or after `notBefore`), at most 5,
 * newest first. Both `$expand` (naming the unit) and `$filter` (a protectionDateTime bound) are required by Graph.
 */
export const unitRestorePoints = (unitId: string, before: string, notBefore?: string): string =>
  `${BACKUP_ROOT}/restorePoints?${encodeQuery({
    $expand: `protectionUnit($filter=id eq ${odataString(unitId)})`,
    $filter: `protectionDateTime lt ${before}${notBefore === undefined ? "" : ` and protectionDateTime ge ${notBefore}`}`,
  })}`;
/** One restore point by id, with the unit it belongs to. */
export const restorePoint = (id: string): string =>
  `${BACKUP_ROOT}/restorePoints/${pathSegment(id)}?${encodeQuery({ $expand: "protectionUnit" })}`;

// Directory reads (outside the backup root); `select` is the request's $select list.
export const directoryObjectsByIds = (select: string): string => `/directoryObjects/getByIds?$select=${select}`;
export const deletedDirectoryItem = (id: string, select: string): string =>
  `/directory/deletedItems/${pathSegment(id)}?$select=${select}`;
export const site = (id: string, select: string): string => `/sites/${pathSegment(id)}?$select=${select}`;
/** A group's direct member count in the collection's @odata.count (an advanced query: ConsistencyLevel: eventual). */
export const groupMemberCount = (id: string): string =>
  `/groups/${pathSegment(id)}/members?$count=true&$top=1&$select=id`;
/** A user by id or userPrincipalName. */
export const user = (idOrUpn: string, select: string): string => `/users/${pathSegment(idOrUpn)}?$select=${select}`;
/** A site by its host and server-relative path (`/sites/{host}:/{path}`), or the host's root site for an empty path. */
export const siteByPath = (host: string, path: readonly string[], select: string): string =>
  `/sites/${pathSegment(host)}${path.length ? `:/${path.map(pathSegment).join("/")}` : ""}?$select=${select}`;

// Directory pickers. A `$search` is Graph's advanced query: it must go with the header `ConsistencyLevel: eventual`.
const SEARCHED = { users: ["displayName", "mail", "userPrincipalName"], groups: ["displayName", "mail"] } as const;
/** `/users` or `/groups`, searched for `term` when given (`"displayName:term" OR "mail:term"` ...). */
export const directoryList = (collection: "users" | "groups", term?: string): string => {
  if (term === undefined) return `/${collection}`;
  // A quote or backslash would end or escape the clause; the schema refuses such terms before any call.
  if (/["\\]/.test(term)) throw new Error("A directory search term must hold no quote or backslash");
  return `/${collection}?${encodeQuery({ $search: SEARCHED[collection].map((p) => `"${p}:${term}"`).join(" OR ") })}`;
};
/** `/sites`, searched for `term` when given (Graph's site search: `search=`, no advanced query header). */
export const siteList = (term?: string): string =>
  term === undefined ? "/sites" : `/sites?${encodeQuery({ search: term })}`;
/** `path` with more query options (`$select`, `$top`) after those it carries. */
export const withQuery = (path: string, query: QueryParams): string =>
  `${path}${path.includes("?") ? "&" : "?"}${encodeQuery(query)}`;
