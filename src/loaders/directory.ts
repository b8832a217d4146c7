// Directory and site lookups that name a unit's owner. getByIds works for app-only callers, for whom Graph
// leaves a unit's displayName and email empty, and answers up to 1,000 ids in one call.
import DataLoader from "dataloader";
import { isGraphRequestError } from "../msgraph/errors.js";
import type { GraphCollection, GraphDirectoryObject, GraphSite } from "../msgraph/models.js";
import type { BatchScheduler } from "./scheduler.js";

/** Graph's limit for directoryObjects/getByIds. */
export const GET_BY_IDS_LIMIT = 1000;
const DIRECTORY_SELECT = "id,displayName,mail,userPrincipalName";
const SITE_SELECT = "id,displayName,name,webUrl";

export function directoryObjectLoader(scheduler: BatchScheduler): DataLoader<string, GraphDirectoryObject | null> {
  return new DataLoader<string, GraphDirectoryObject | null>(
    async (ids): Promise<(GraphDirectoryObject | null | Error)[]> => {
      const result = await scheduler.enqueue({
        method: "POST",
        path: `/directoryObjects/getByIds?$select=${DIRECTORY_SELECT}`,
        body: { ids, types: ["user", "group"] },
      });
      if (!result.ok) return ids.map(() => result.error);
      const byId = new Map(((result.body as GraphCollection<GraphDirectoryObject>).value ?? []).map((o) => [o.id.toLowerCase(), o]));
      // Graph silently leaves out ids it does not know: those are deleted or never existed.
      return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
    },
    { name: "directoryObject", maxBatchSize: GET_BY_IDS_LIMIT },
  );
}

/** A directory object in the recycle bin, or null when it is not there either. */
export function deletedItemLoader(scheduler: BatchScheduler): DataLoader<string, GraphDirectoryObject | null> {
  return singleGets(scheduler, "deletedItem", (id) => `/directory/deletedItems/${encodeURIComponent(id)}?$select=${DIRECTORY_SELECT}`);
}

/** Sites by id, in either form Graph uses (host,siteCollectionId,webId or the bare collection GUID). */
export function siteLoader(scheduler: BatchScheduler): DataLoader<string, GraphSite | null> {
  return singleGets(scheduler, "site", (id) => `/sites/${encodeURIComponent(id)}?$select=${SITE_SELECT}`);
}

function singleGets<V>(scheduler: BatchScheduler, name: string, pathOf: (id: string) => string): DataLoader<string, V | null> {
  return new DataLoader<string, V | null>(
    (ids) =>
      Promise.all(
        ids.map(async (id): Promise<V | null | Error> => {
          const result = await scheduler.enqueue({ method: "GET", path: pathOf(id) });
          if (result.ok) return result.body as V;
          return isGraphRequestError(result.error) && result.error.status === 404 ? null : result.error;
        }),
      ),
    { name, maxBatchSize: 20 },
  );
}
