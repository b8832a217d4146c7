// Directory and site lookups that name a unit's owner. getByIds works for app-only callers, for whom Graph
// leaves a unit's displayName and email empty, and answers up to 1,000 ids in one call.
import DataLoader from "dataloader";
import type { BatchRequest, BatchResult } from "../msgraph/client.js";
import { GraphRequestError, isGraphRequestError } from "../msgraph/errors.js";
import type { GraphCollection, GraphDirectoryObject, GraphSite } from "../msgraph/models.js";
import * as paths from "../msgraph/paths.js";
import { segmentProblem } from "../msgraph/url.js";
import type { BatchScheduler } from "./scheduler.js";

/** Graph's limit for directoryObjects/getByIds. */
export const GET_BY_IDS_LIMIT = 1000;

/**
 * The Graph properties a request needs from one kind of lookup ($select pushdown). The schema layer adds what
 * the query selected before the first lookup is sent; `id` is always asked for, to match answers to keys.
 */
export interface Selection {
  add(properties: readonly string[]): void;
  /** The $select value: id plus what was added, or every known property when nothing was. */
  toString(): string;
}

export function createSelection(known: readonly string[]): Selection {
  const chosen = new Set<string>();
  return {
    add: (properties) => properties.filter((p) => known.includes(p)).forEach((p) => chosen.add(p)),
    toString: () => ["id", ...(chosen.size ? [...chosen].sort() : known)].join(","),
  };
}

export function directoryObjectLoader(
  scheduler: BatchScheduler,
  select: Selection,
): DataLoader<string, GraphDirectoryObject | null> {
  return new DataLoader<string, GraphDirectoryObject | null>(
    async (ids): Promise<(GraphDirectoryObject | null | Error)[]> => {
      const result = await scheduler.enqueue({
        method: "POST",
        path: paths.directoryObjectsByIds(String(select)),
        body: { ids, types: ["user", "group"] },
        // A query sent as POST: retried like a GET, never "may or may not have been applied".
        readOnly: true,
      });
      if (!result.ok) return ids.map(() => result.error);
      const byId = new Map(
        ((result.body as GraphCollection<GraphDirectoryObject>).value ?? []).map((o) => [o.id.toLowerCase(), o]),
      );
      // Graph silently leaves out ids it does not know: those are deleted or never existed.
      return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
    },
    { name: "directoryObject", maxBatchSize: GET_BY_IDS_LIMIT },
  );
}

/** Graph answers `$search` on /users and /groups (an advanced query) only with this header. */
export const EVENTUAL_CONSISTENCY: Readonly<Record<string, string>> = Object.freeze({ ConsistencyLevel: "eventual" });

/**
 * One page of a picker list (/users, /groups, /sites) in the request's shared waves; `advanced` sends
 * `ConsistencyLevel: eventual`, which a `$search` on the directory needs (and $batch items carry as their own header).
 */
export async function readPickerPage<T>(
  send: (request: BatchRequest) => Promise<BatchResult>,
  path: string,
  advanced: boolean,
): Promise<GraphCollection<T>> {
  const result = await send({ method: "GET", path, ...(advanced ? { headers: { ...EVENTUAL_CONSISTENCY } } : {}) });
  if (!result.ok) throw result.error;
  const body = result.body as GraphCollection<T> | undefined;
  if (body && Array.isArray(body.value)) return body;
  // A 2xx that is not a collection (a proxy's HTML page) must not read as an empty list.
  throw new GraphRequestError("Microsoft Graph answered a collection read with something that is not a collection", {
    status: 200,
    code: "InvalidResponse",
    method: "GET",
    path: path.split("?")[0] ?? path,
  });
}

/** A directory object in the recycle bin, or null when it is not there either. */
export function deletedItemLoader(
  scheduler: BatchScheduler,
  select: Selection,
): DataLoader<string, GraphDirectoryObject | null> {
  return singleGets(scheduler, "deletedItem", (id) => paths.deletedDirectoryItem(id, String(select)));
}

/** Sites by id, in either form Graph uses (host,siteCollectionId,webId or the bare collection GUID). */
export function siteLoader(scheduler: BatchScheduler, select: Selection): DataLoader<string, GraphSite | null> {
  return singleGets(scheduler, "site", (id) => paths.site(id, String(select)));
}

function singleGets<V>(
  scheduler: BatchScheduler,
  name: string,
  pathOf: (id: string) => string,
): DataLoader<string, V | null> {
  return new DataLoader<string, V | null>(
    (ids) =>
      Promise.all(
        ids.map(async (id): Promise<V | null | Error> => {
          // An id that cannot be one segment (a site id of the host/sites/x form, say) addresses nothing Graph has.
          if (segmentProblem(id)) return null;
          const result = await scheduler.enqueue({ method: "GET", path: pathOf(id) });
          if (result.ok) return result.body as V;
          return isGraphRequestError(result.error) && result.error.status === 404 ? null : result.error;
        }),
      ),
    { name, maxBatchSize: 20 },
  );
}
