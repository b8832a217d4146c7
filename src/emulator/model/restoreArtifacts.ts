import type { WorkloadNames } from "../../msgraph/models.js";
import { errors } from "../wire/errors/graph.js";
import { isPlainObject } from "../wire/request.js";
import { findRestorePoint } from "./restorePoints.js";
import { findSearchResponse } from "./restorePointSearch.js";
import { keyOf, type EmulatorStore } from "../state/store.js";
import type { DestinationType, RestoreArtifactRecord } from "../state/restoreRecords.js";

/** A validated artifact stub of a session create or a `...RestoreArtifacts@delta` add. */
export interface ArtifactAdd {
  restorePointId: string;
  unitId: string;
  time: number;
  destinationType: DestinationType;
  searchResponseId?: string;
}

const DESTINATIONS: Readonly<Record<string, DestinationType>> = { new: "new", inplace: "inPlace" };

/** The destination type of a stub or bulk request (case-insensitive, CSDL spelling out); `new` when absent. */
export function readDestinationType(value: unknown): DestinationType | undefined {
  if (value === undefined || value === null) return "new";
  return typeof value === "string" ? DESTINATIONS[value.toLowerCase()] : undefined;
}

/**
 * Reads `{ "restorePoint": { "id" } | { "@odata.id" }, "destinationType" }` (older pages use `@odata.id`), plus
 * `searchResponseId` for granular mailbox artifacts. The point must exist now and belong to the session's workload.
 */
export function readArtifactAdd(
  store: EmulatorStore,
  names: WorkloadNames,
  raw: unknown,
  now: number,
  granular = false,
): ArtifactAdd {
  if (!isPlainObject(raw)) throw errors.invalidArtifactRequest("every artifact must be an object with a restorePoint.");
  const allowed = new Set([
    "restorePoint",
    "destinationType",
    "@odata.type",
    ...(granular ? ["searchResponseId"] : []),
  ]);
  const unknown = Object.keys(raw).find((k) => !allowed.has(k));
  if (unknown) throw errors.invalidArtifactRequest(`property '${unknown}' cannot be set on an artifact.`);
  const ref = raw["restorePoint"];
  if (!isPlainObject(ref)) throw errors.invalidArtifactRequest("every artifact needs a restorePoint reference.");
  // `@odata.id` may also be written as a URL ending in /restorePoints/{id}.
  const given = ref["id"] ?? ref["@odata.id"];
  const id = typeof given === "string" ? given.replace(/^.*\/restorePoints\//i, "") : given;
  // The message echoes whatever the client sent, as Graph does, even an object.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  if (typeof id !== "string" || id.trim() === "") throw errors.invalidRestorePoint(String(id ?? ""));
  const destinationType = readDestinationType(raw["destinationType"]);
  if (!destinationType) throw errors.invalidPathType(String(raw["destinationType"]));
  const point = findRestorePoint(store, id, now);
  if (!point || point.unit.workload !== names.key) throw errors.invalidRestorePoint(id);
  const add: ArtifactAdd = { restorePointId: point.id, unitId: point.unit.id, time: point.time, destinationType };
  if (granular) add.searchResponseId = readSearchResponseId(store, raw["searchResponseId"], point.id);
  return add;
}

/**
 * A granular mailbox stub's searchResponseId must name a restore point search made with an artifactQuery whose
 * results hold the stub's restore point (no code is documented: the create table's InvalidArtifactRequest fits).
 */
function readSearchResponseId(store: EmulatorStore, value: unknown, restorePointId: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw errors.invalidArtifactRequest("a granular artifact needs the searchResponseId of a restore point search.");
  }
  const hit = searchHit(store, value, restorePointId);
  if (hit === "unknownSearch") {
    throw errors.invalidArtifactRequest(
      `searchResponseId '${value}' is not the id of a restore point search with an artifactQuery.`,
    );
  }
  if (hit === "otherPoint") {
    throw errors.invalidArtifactRequest(`restore point '${restorePointId}' is not a result of search '${value}'.`);
  }
  return value;
}

/** The search's hit count at the restore point, or why the pair does not fit. */
export function searchHit(
  store: EmulatorStore,
  searchResponseId: string,
  restorePointId: string,
): { artifactHitCount: number } | "unknownSearch" | "otherPoint" {
  const search = findSearchResponse(store, searchResponseId);
  if (!search) return "unknownSearch";
  const same = search.restorePointId !== null && keyOf(search.restorePointId) === keyOf(restorePointId);
  return same ? { artifactHitCount: search.artifactHitCount } : "otherPoint";
}

/**
 * Request-level rules (error page): one artifact per protected resource in a session (`DuplicateArtifactInList`,
 * "same artifact twice in the request / already present"), and one destination type per session. Granular mailbox
 * artifacts are one per search instead (two searches of one mailbox restore different items); their destination
 * type counts with the whole mailboxes'.
 */
export function checkArtifactAdds(
  adds: readonly ArtifactAdd[],
  existing: readonly RestoreArtifactRecord[],
  granular: readonly Pick<ArtifactAdd, "destinationType" | "searchResponseId">[] = [],
): void {
  const seen = new Set(existing.map((a) => keyOf(a.unitId)));
  for (const add of adds) {
    if (seen.has(keyOf(add.unitId))) throw errors.duplicateArtifactInList(add.restorePointId);
    seen.add(keyOf(add.unitId));
  }
  const searches = new Set<string>();
  for (const add of granular) {
    const search = add.searchResponseId ?? "";
    if (searches.has(search)) throw errors.duplicateArtifactInList(search);
    searches.add(search);
  }
  const destinations = new Set([...existing, ...adds, ...granular].map((a) => a.destinationType));
  if (destinations.size > 1) throw errors.differentRestoreDestinationType();
}

export function toArtifactRecord(store: EmulatorStore, add: ArtifactAdd, now: number): RestoreArtifactRecord {
  return {
    id: store.nextId("restoreArtifact"),
    restorePointId: add.restorePointId,
    unitId: add.unitId,
    protectionTime: add.time,
    destinationType: add.destinationType,
    addedAt: now,
    ...(add.searchResponseId === undefined ? {} : { searchResponseId: add.searchResponseId }),
  };
}
