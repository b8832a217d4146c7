import type { GraphDeltaResult } from "../../msgraph/models.js";
import { dataModificationFailure, deltaFailures, type DeltaFailureInfo } from "../wire/errors/itemFailures.js";
import { errors } from "../wire/errors/graph.js";
import { isPlainObject } from "../wire/request.js";
import { browseStatus, liveBrowseSessions } from "./browse.js";
import { findBrowseItem } from "./browseItems.js";
import { GRANULAR_ITEM_NAMES, granularItemJson, granularItemsOf, type GranularWorkload } from "./granularItemJson.js";
import { sessionState } from "./restoreLifecycle.js";
import { findRestorePoint } from "./restorePoints.js";
import { keyOf, type EmulatorStore } from "../state/store.js";
import type { RestoreArtifactRecord, RestoreSessionRecord } from "../state/restoreRecords.js";
import { WORK_LIMITS } from "./workTimings.js";

// No per-item codes are documented for granular adds; these follow the browse session's and the item's names.
const itemFailures = {
  browseSession: (id: string, why: string): DeltaFailureInfo => ({
    code: "InvalidBrowseSessionId",
    message: `The browse session '${id}' ${why}.`,
    responseCode: 400,
  }),
  itemKey: (key: string): DeltaFailureInfo => ({
    code: "InvalidItemKey",
    message: `The item key '${key}' is not an item of the browse session.`,
    responseCode: 400,
  }),
  resource: (key: string, id: string): DeltaFailureInfo => ({
    code: "InvalidArtifactRequest",
    message: `The browse session is not a backup of '${id}'; '${key}' names the browsed drive or site.`,
    responseCode: 400,
  }),
};

type Parsed =
  | { kind: "remove"; id: string }
  | { kind: "add"; browseSessionId: string; itemKey: string; resourceId: string | undefined };

function readItem(raw: unknown, key: string, resourceKey: string, i: number): Parsed {
  if (!isPlainObject(raw)) throw errors.invalidArtifactRequest(`${key}[${i}] must be an object.`);
  if ("@removed" in raw) {
    const id = raw["id"];
    if (!isPlainObject(raw["@removed"]) || typeof id !== "string" || id.trim() === "")
      throw errors.invalidPatchRequest(`${key}[${i}] must be { "@removed": { "reason": "changed" }, "id": "<id>" }.`);
    return { kind: "remove", id: id.trim() };
  }
  const unknown = Object.keys(raw).find((k) => !["browseSessionId", "itemKey", resourceKey, "@odata.type"].includes(k));
  if (unknown) throw errors.invalidArtifactRequest(`property '${unknown}' cannot be set on a granular artifact.`);
  const { browseSessionId, itemKey } = raw;
  const resource = raw[resourceKey];
  if (typeof browseSessionId !== "string" || browseSessionId.trim() === "")
    throw errors.invalidArtifactRequest(`${key}[${i}] needs a browseSessionId.`);
  if (typeof itemKey !== "string" || itemKey.trim() === "")
    throw errors.invalidArtifactRequest(`${key}[${i}] needs an itemKey.`);
  if (resource !== undefined && resource !== null && typeof resource !== "string")
    throw errors.invalidArtifactRequest(`${key}[${i}].${resourceKey} must be a string.`);
  return {
    kind: "add",
    browseSessionId: browseSessionId.trim(),
    itemKey: itemKey.trim(),
    resourceId: resource ?? undefined,
  };
}

/**
 * PATCH .../{restoreSessionCollection}/{id} with `granularDriveRestoreArtifacts@delta` or
 * `granularSiteRestoreArtifacts@delta` (onedriveforbusinessrestoresession-update, example 2). Request-level problems
 * change nothing; an unknown browse session, item key or artifact id is a per-item failure inside the 200. Adds come
 * back as the new artifacts (id = the item key, as the docs' example shows), removals are echoed with `@removed`.
 */
export function patchGranularItems(
  store: EmulatorStore,
  session: RestoreSessionRecord,
  workload: GranularWorkload,
  body: Record<string, unknown>,
  now: number,
): GraphDeltaResult<Record<string, unknown>>[] {
  const names = GRANULAR_ITEM_NAMES[workload];
  const key = `${names.collection}@delta`;
  if (session.restoreJobType === "bulk")
    throw errors.restoreSessionActionNotAllowed("A restore session populated by a bulk request cannot be updated.");
  const { status } = sessionState(store, session, now);
  if (status !== "draft")
    throw errors.restoreSessionActionNotAllowed(`Only draft restore sessions can be updated; this one is ${status}.`);
  const unknown = Object.keys(body).find((k) => k !== key && k !== "@odata.type");
  if (unknown) throw errors.invalidPatchRequest(`'${unknown}' cannot be changed with '${key}' in the same request.`);
  const items = body[key];
  if (!Array.isArray(items)) throw errors.invalidPatchRequest(`'${key}' must be an array.`);
  if (items.length > WORK_LIMITS.artifactsPerRequest)
    throw errors.restoreArtifactsLimitBreached(items.length, WORK_LIMITS.artifactsPerRequest, 400);
  const parsed = items.map((raw, i) => readItem(raw, key, names.resourceKey, i));
  const removed = new Set(parsed.flatMap((p) => (p.kind === "remove" ? [keyOf(p.id)] : [])));
  const present = new Set(
    granularItemsOf(session)
      .map((a) => keyOf(a.id))
      .filter((id) => !removed.has(id)),
  );
  for (const p of parsed) {
    if (p.kind !== "add") continue;
    if (present.has(keyOf(p.itemKey))) throw errors.duplicateArtifactInList(p.itemKey);
    present.add(keyOf(p.itemKey));
  }

  const answers: GraphDeltaResult<Record<string, unknown>>[] = [];
  for (const p of parsed) {
    if (p.kind === "remove") {
      const index = session.granularArtifacts.findIndex((a) => a.granularItem && keyOf(a.id) === keyOf(p.id));
      if (index < 0) {
        answers.push(dataModificationFailure("remove", deltaFailures.restoreArtifactMissing(), { id: p.id }));
        continue;
      }
      session.granularArtifacts.splice(index, 1);
      answers.push({ id: p.id, "@removed": { reason: "changed" } });
      continue;
    }
    const added = addItem(store, session, workload, p, now);
    answers.push(
      "info" in added
        ? dataModificationFailure("add", added.info, { browseSessionId: p.browseSessionId, itemKey: p.itemKey })
        : granularItemJson(store, session, added.record, now),
    );
  }
  if (parsed.length > 0) session.lastModifiedDateTime = now;
  return answers;
}

function addItem(
  store: EmulatorStore,
  session: RestoreSessionRecord,
  workload: GranularWorkload,
  p: Extract<Parsed, { kind: "add" }>,
  now: number,
): { record: RestoreArtifactRecord } | { info: DeltaFailureInfo } {
  const browse = liveBrowseSessions(store, now).find((s) => keyOf(s.id) === keyOf(p.browseSessionId));
  if (!browse || browse.workload !== workload)
    return { info: itemFailures.browseSession(p.browseSessionId, "does not exist or has expired") };
  const status = browseStatus(browse, now);
  if (status !== "created") return { info: itemFailures.browseSession(p.browseSessionId, `is ${status}`) };
  const item = findBrowseItem(store, browse.id, p.itemKey);
  if (!item) return { info: itemFailures.itemKey(p.itemKey) };
  if (p.resourceId !== undefined && keyOf(p.resourceId) !== keyOf(browse.resourceId ?? ""))
    return { info: itemFailures.resource(GRANULAR_ITEM_NAMES[workload].resourceKey, p.resourceId) };
  const point = findRestorePoint(store, browse.restorePointId, now);
  const record: RestoreArtifactRecord = {
    id: p.itemKey,
    restorePointId: browse.restorePointId,
    // The point's unit, so a resource marked to fail its restores fails its granular items too.
    unitId: point?.unit.id ?? "",
    protectionTime: browse.restorePointDateTime ?? now,
    destinationType: "new",
    addedAt: now,
    granularItem: {
      browseSessionId: browse.id,
      itemKey: p.itemKey,
      path: item.path,
      webUrl: item.webUrl,
      resourceId: browse.resourceId,
    },
  };
  session.granularArtifacts.push(record);
  return { record };
}
