// Per-request DataLoaders. Created in the GraphQL context of each request and thrown away with it, so their
// caches never leak between callers. Every by-id or by-page read in a resolver goes through one of these.
import DataLoader from "dataloader";
import { GraphRequestError } from "../msgraph/errors.js";
import type { GraphClient } from "../msgraph/client.js";
import type {
  GraphBackupRestoreRoot,
  GraphCollection,
  GraphProtectionPolicy,
  GraphProtectionRule,
  GraphProtectionUnit,
  GraphProtectionUnitsBulkAdditionJob,
  GraphRestoreArtifactsBulkAdditionRequest,
  GraphRestoreSession,
  WorkloadKey,
} from "../msgraph/models.js";
import type { BatchRequest, BatchResult } from "../msgraph/client.js";
import type { GraphDirectoryObject, GraphRestorePoint, GraphSite } from "../msgraph/models.js";
import type { ScopedReads } from "../msgraph/shared-reads.js";
import * as paths from "../msgraph/paths.js";
import { assertSafePath } from "../msgraph/url.js";
import { createSelection, deletedItemLoader, directoryObjectLoader, siteLoader, type Selection } from "./directory.js";
import { latestRestorePointLoader } from "./restore-points.js";
import { unitsOfResourceLoader, type ResourceKey } from "./units-by-resource.js";

export type { ResourceKey } from "./units-by-resource.js";
import { createBatchScheduler, type BatchScheduler } from "./scheduler.js";

export interface Loaders {
  /** Protection policies by id (polymorphic: the answer carries @odata.type). */
  policy: DataLoader<string, GraphProtectionPolicy>;
  /** Protection units by id, through the polymorphic /protectionUnits. */
  unit: DataLoader<string, GraphProtectionUnit>;
  /** Collection pages by path relative to the Graph base (or an absolute @odata.nextLink Graph sent); read them with listPage. */
  page: DataLoader<string, GraphCollection<unknown>>;
  /** The service root (serviceStatus); one key. */
  root: DataLoader<"root", GraphBackupRestoreRoot>;
  /** Restore sessions by id, through the polymorphic /restoreSessions. */
  session: DataLoader<string, GraphRestoreSession>;
  /** Bulk addition jobs of a workload by id. */
  job: DataLoader<JobKey, GraphProtectionUnitsBulkAdditionJob, string>;
  /** A policy's inclusion rules by id. */
  rule: DataLoader<RuleKey, GraphProtectionRule, string>;
  /** A restore session's bulk addition requests by id. */
  bulkRequest: DataLoader<BulkRequestKey, GraphRestoreArtifactsBulkAdditionRequest, string>;
  /** Users and groups by id through directoryObjects/getByIds (1,000 per call); null when Graph has none. */
  directoryObject: DataLoader<string, GraphDirectoryObject | null>;
  /** Deleted users and groups by id; null when not in the recycle bin either. */
  deletedItem: DataLoader<string, GraphDirectoryObject | null>;
  /** Sites by id; null when Graph has none. */
  site: DataLoader<string, GraphSite | null>;
  /** The user/group properties this request's query needs ($select of directory lookups). */
  directorySelection: Selection;
  /** The site properties this request's query needs ($select of site lookups). */
  siteSelection: Selection;
  /** The latest restore point of a protection unit (20 units per restorePoints/search); null when none. */
  latestRestorePoint: DataLoader<string, GraphRestorePoint | null>;
  /** The units of a user, group or site across every policy ($filter on the typed unit lists, 20 ids per read). */
  unitsOfResource: DataLoader<ResourceKey, GraphProtectionUnit[], string>;
}

/** The request's upstream queue behind the loaders: what is not a loader but rides the same waves. */
export interface Upstream {
  /** Sends any other read (e.g. a search POST) in the request's shared $batch. */
  send(request: BatchRequest): Promise<BatchResult>;
  /** Sequential waves of upstream reads so far (each wave is one $batch round, or one lone GET). */
  waves(): number;
  /** Reads from now on skip the shared status cache and other requests' calls (a mutation reads its own writes). */
  readFresh(): void;
}

/** The loaders of one request and the queue they share. */
export interface RequestReads {
  loaders: Loaders;
  upstream: Upstream;
}

export interface JobKey {
  workload: WorkloadKey;
  id: string;
}

export interface RuleKey {
  workload: WorkloadKey;
  policyId: string;
  id: string;
}

export interface BulkRequestKey {
  workload: WorkloadKey;
  sessionId: string;
  id: string;
}

/**
 * One page of a collection, typed by what the caller knows the collection holds: the page loader is keyed by
 * path, and a path names one collection, so the type is the caller's to state.
 */
export function listPage<T>(loaders: Pick<Loaders, "page">, pathOrNextLink: string): Promise<GraphCollection<T>> {
  return loaders.page.load(pathOrNextLink) as Promise<GraphCollection<T>>;
}

/** A 2xx answer that is not a collection (an HTML error page from a proxy, say) must not read as an empty list. */
function collectionOrError(body: unknown, path: string): unknown {
  if (body && typeof body === "object" && Array.isArray((body as { value?: unknown }).value)) return body;
  return new GraphRequestError("Microsoft Graph answered a collection read with something that is not a collection", {
    status: 200,
    code: "InvalidResponse",
    method: "GET",
    path: path.split("?")[0] ?? path,
  });
}

function getLoader<K, V, C = K>(
  scheduler: BatchScheduler,
  name: string,
  pathOf: (key: K) => string,
  check: (body: unknown, path: string) => unknown = (body) => body,
  cacheKeyFn?: (key: K) => C,
): DataLoader<K, V, C> {
  return new DataLoader<K, V, C>(
    (keys) =>
      Promise.all(
        keys.map(async (key) => {
          let path: string;
          try {
            path = pathOf(key);
          } catch (error) {
            return error as Error;
          }
          const result = await scheduler.enqueue({ method: "GET", path });
          return result.ok ? (check(result.body, path) as V | Error) : result.error;
        }),
      ),
    // The client packs the scheduler's queue into $batch calls of at most 20; the loader batches only to
    // coalesce keys.
    { name, maxBatchSize: 20, ...(cacheKeyFn ? { cacheKeyFn } : {}) },
  );
}

// Object keys are cached by the path they read, so equal keys built apart share one read.
const jobPath = (key: JobKey) => paths.bulkJob(key.workload, key.id);
const rulePath = (key: RuleKey) => paths.policyRule(key.workload, key.policyId, key.id);
const bulkRequestPath = (key: BulkRequestKey) => paths.sessionBulkRequest(key.workload, key.sessionId, key.id);

/** `shared`: the gateway-wide reads of this request's tenant and caller scope (none: every read goes upstream). */
export function createRequestReads(graph: GraphClient, shared?: ScopedReads): RequestReads {
  const scheduler = createBatchScheduler(graph, shared);
  return {
    loaders: createLoaders(scheduler),
    upstream: {
      send: (request) => scheduler.enqueue(request),
      waves: () => scheduler.waves(),
      readFresh: () => scheduler.readFresh(),
    },
  };
}

function createLoaders(scheduler: BatchScheduler): Loaders {
  const directorySelection = createSelection(["displayName", "mail", "userPrincipalName"]);
  const siteSelection = createSelection(["displayName", "name", "webUrl"]);
  return {
    // Ids become one segment each (msgraph/url.ts pathSegment); built paths are checked once more before they go out.
    policy: getLoader(scheduler, "policy", (id: string) => paths.policy(id)),
    unit: getLoader(scheduler, "unit", (id: string) => paths.unit(id)),
    page: getLoader(scheduler, "page", (link: string) => assertSafePath(scheduler.relative(link)), collectionOrError),
    root: getLoader(scheduler, "root", () => paths.backupRestore()),
    session: getLoader(scheduler, "session", (id: string) => paths.restoreSession(id)),
    job: getLoader(scheduler, "job", jobPath, undefined, jobPath),
    rule: getLoader(scheduler, "rule", rulePath, undefined, rulePath),
    bulkRequest: getLoader(scheduler, "bulkRequest", bulkRequestPath, undefined, bulkRequestPath),
    directoryObject: directoryObjectLoader(scheduler, directorySelection),
    deletedItem: deletedItemLoader(scheduler, directorySelection),
    site: siteLoader(scheduler, siteSelection),
    directorySelection,
    siteSelection,
    latestRestorePoint: latestRestorePointLoader(scheduler),
    unitsOfResource: unitsOfResourceLoader(scheduler),
  };
}
