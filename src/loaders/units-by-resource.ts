// The protection units of a user, group or site, across every policy: the keys of one request are read together,
// one `$filter=directoryObjectId in (...)` (or `siteId in (...)`) GET per typed unit collection and chunk of keys,
// in the request's shared $batch waves, every @odata.nextLink followed.
import DataLoader from "dataloader";
import { GraphRequestError } from "../msgraph/errors.js";
import { WORKLOAD_NAMES, type GraphCollection, type GraphProtectionUnit, type WorkloadKey } from "../msgraph/models.js";
import * as paths from "../msgraph/paths.js";
import { assertSafePath } from "../msgraph/url.js";
import type { BatchScheduler } from "./scheduler.js";

/** A protected resource: a user or group (mailbox and OneDrive units) or a site (site units). */
export interface ResourceKey {
  kind: "directoryObject" | "site";
  id: string;
}

/** Values per `in (...)` clause: the emulator allows 20 comparisons, Graph names no number (FilterLengthExceeded). */
export const UNIT_FILTER_CHUNK = 20;
/** Pages followed per collection read before giving up on a misbehaving nextLink chain. */
const MAX_PAGES = 50;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SITE_ID = /^[a-z0-9.-]+(\/[^,\s]+)?,[0-9a-f-]{36},[0-9a-f-]{36}$/i;

/** The unit collections that hold a kind's units, and the property naming the resource there. */
const COLLECTIONS: Record<ResourceKey["kind"], { workloads: WorkloadKey[]; property: "directoryObjectId" | "siteId" }> =
  {
    directoryObject: { workloads: ["exchange", "oneDriveForBusiness"], property: "directoryObjectId" },
    site: { workloads: ["sharePoint"], property: "siteId" },
  };

/** Keys compare ignoring case, as Graph compares ids. */
export const resourceCacheKey = (key: ResourceKey): string => `${key.kind}:${key.id.trim().toLowerCase()}`;

function validKey(key: ResourceKey): boolean {
  const id = typeof key.id === "string" ? key.id.trim() : "";
  if (key.kind === "directoryObject") return GUID.test(id);
  return key.kind === "site" && (GUID.test(id) || SITE_ID.test(id));
}

function invalidKey(key: ResourceKey): GraphRequestError {
  return new GraphRequestError(`Not a ${key.kind === "site" ? "site id" : "directory object GUID"}`, {
    status: 400,
    code: "InvalidProtectionUnitId",
    method: "GET",
    path: paths.units(),
  });
}

/** The resource a unit protects: its directoryObjectId (older answers: userId) or siteId, lower-cased. */
function resourceOf(unit: GraphProtectionUnit, property: "directoryObjectId" | "siteId"): string | undefined {
  const value = (unit as unknown as Record<string, unknown>)[property] ?? (unit as { userId?: unknown }).userId;
  return typeof value === "string" && value ? value.toLowerCase() : undefined;
}

export function unitsOfResourceLoader(
  scheduler: BatchScheduler,
): DataLoader<ResourceKey, GraphProtectionUnit[], string> {
  /** Every unit of one typed collection matching the filter, page after page (each page in the wave of its time). */
  async function readAll(
    workload: WorkloadKey,
    property: "directoryObjectId" | "siteId",
    ids: string[],
  ): Promise<GraphProtectionUnit[]> {
    const odataType = `#${WORKLOAD_NAMES[workload].unitType}`;
    const found: GraphProtectionUnit[] = [];
    const seen = new Set<string>();
    let path: string | undefined = paths.unitsWhere(paths.units(workload), { [property]: ids });
    for (let pages = 0; path; pages++) {
      if (pages === MAX_PAGES || seen.has(path)) {
        throw new GraphRequestError("Graph kept paging a unit list", {
          status: 0,
          code: "InvalidNextLink",
          method: "GET",
          path: paths.units(workload),
        });
      }
      seen.add(path);
      const result = await scheduler.enqueue({ method: "GET", path });
      if (!result.ok) throw result.error;
      const page = result.body as GraphCollection<GraphProtectionUnit>;
      if (!page || !Array.isArray(page.value)) {
        throw new GraphRequestError(
          "Microsoft Graph answered a collection read with something that is not a collection",
          {
            status: 200,
            code: "InvalidResponse",
            method: "GET",
            path: paths.units(workload),
          },
        );
      }
      // Typed collections may leave @odata.type out; the unit's kind is the collection's.
      for (const unit of page.value) found.push(unit["@odata.type"] ? unit : { ...unit, "@odata.type": odataType });
      const link = page["@odata.nextLink"];
      path = link ? assertSafePath(scheduler.relative(link)) : undefined;
    }
    return found;
  }

  async function unitsOf(kind: ResourceKey["kind"], ids: string[]): Promise<Map<string, GraphProtectionUnit[]>> {
    const { workloads, property } = COLLECTIONS[kind];
    const chunks: string[][] = [];
    for (let i = 0; i < ids.length; i += UNIT_FILTER_CHUNK) chunks.push(ids.slice(i, i + UNIT_FILTER_CHUNK));
    // Every chunk of every collection is asked for in the same tick: one $batch wave for up to 20 reads.
    const lists = await Promise.all(chunks.flatMap((chunk) => workloads.map((w) => readAll(w, property, chunk))));
    const byResource = new Map<string, GraphProtectionUnit[]>(ids.map((id) => [id, []]));
    const unitIds = new Set<string>();
    for (const unit of lists.flat()) {
      const resource = resourceOf(unit, property);
      const units = resource === undefined ? undefined : byResource.get(resource);
      if (!units || unitIds.has(unit.id.toLowerCase())) continue;
      unitIds.add(unit.id.toLowerCase());
      units.push(unit);
    }
    return byResource;
  }

  return new DataLoader<ResourceKey, GraphProtectionUnit[], string>(
    async (keys) => {
      const ids = (kind: ResourceKey["kind"]) => [
        ...new Set(keys.filter((k) => k.kind === kind && validKey(k)).map((k) => k.id.trim().toLowerCase())),
      ];
      const [people, sites] = await Promise.allSettled(
        (["directoryObject", "site"] as const).map((kind) => {
          const wanted = ids(kind);
          return wanted.length ? unitsOf(kind, wanted) : Promise.resolve(new Map<string, GraphProtectionUnit[]>());
        }),
      );
      return keys.map((key) => {
        if (!validKey(key)) return invalidKey(key);
        const settled = key.kind === "site" ? sites! : people!;
        if (settled.status === "rejected") return settled.reason as Error;
        return settled.value.get(key.id.trim().toLowerCase()) ?? [];
      });
    },
    { name: "unitsOfResource", cacheKeyFn: resourceCacheKey, maxBatchSize: 500 },
  );
}
