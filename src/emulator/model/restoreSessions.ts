import {
  WORKLOAD_NAMES,
  type GraphDeltaResult,
  type GraphRestoreArtifact,
  type WorkloadKey,
  type WorkloadNames,
} from "../../msgraph/models.js";
import { dataModificationFailure, deltaFailures } from "../wire/errors/itemFailures.js";
import { errors } from "../wire/errors/graph.js";
import { isGuid } from "../state/ids.js";
import { isPlainObject, jsonBody, type ApiRequest } from "../wire/request.js";
import { checkArtifactAdds, readArtifactAdd, toArtifactRecord, type ArtifactAdd } from "./restoreArtifacts.js";
import { artifactJson } from "./restoreJson.js";
import { activeSessionCount, sessionState } from "./restoreLifecycle.js";
import { keyOf, type EmulatorStore } from "../state/store.js";
import { readRemoveRef } from "./unitRefs.js";
import type { RestoreSessionRecord } from "../state/restoreRecords.js";
import { WORK_LIMITS } from "./workTimings.js";

/** Granular artifacts created inline on session create: only Exchange has them (drive/site ones come from browsing). */
export const GRANULAR_COLLECTIONS: Readonly<Partial<Record<WorkloadKey, string>>> = {
  exchange: "granularMailboxRestoreArtifacts",
};

/** 400 InvalidRestoreSessionId for ids that are not GUIDs, 404 RestoreSessionNotFound for unknown ones. */
export function requireSession(store: EmulatorStore, id: string, workload?: WorkloadKey): RestoreSessionRecord {
  if (!isGuid(id)) throw errors.invalidRestoreSessionId(id);
  const session = store.restoreSessions.get(keyOf(id));
  if (!session || (workload && session.workload !== workload)) throw errors.restoreSessionNotFound(id);
  return session;
}

/** POST .../{restoreSessionCollection}: with artifacts, or empty (`{}` or no body) for the bulk flow; starts `draft`. */
export function createRestoreSession(
  store: EmulatorStore,
  names: WorkloadNames,
  req: ApiRequest,
): RestoreSessionRecord {
  const body = req.bodyText.trim() === "" && req.parsedBody === undefined ? {} : jsonBody(req);
  if (!isPlainObject(body)) throw errors.invalidCreateRequest("the body must be a JSON object.");
  const granularKey = GRANULAR_COLLECTIONS[names.key];
  const allowed = new Set(["@odata.type", names.restoreArtifactCollection, ...(granularKey ? [granularKey] : [])]);
  const unknown = Object.keys(body).find((k) => !allowed.has(k));
  if (unknown)
    throw errors.invalidCreateRequest(`property '${unknown}' cannot be set on a ${names.restoreSessionType}.`);
  const odataType = body["@odata.type"];
  if (
    odataType !== undefined &&
    (typeof odataType !== "string" ||
      odataType.replace(/^#/, "").toLowerCase() !== names.restoreSessionType.toLowerCase())
  ) {
    throw errors.invalidCreateRequest(`@odata.type must be #${names.restoreSessionType}.`);
  }
  const adds = readCreateList(store, names, body[names.restoreArtifactCollection], req.now, false);
  const granular = granularKey ? readCreateList(store, names, body[granularKey], req.now, true) : [];
  checkArtifactAdds(adds, [], granular);
  const session: RestoreSessionRecord = {
    id: store.nextId("restoreSession"),
    workload: names.key,
    restoreJobType: "standard",
    createdDateTime: req.now,
    lastModifiedDateTime: req.now,
    activatedAt: null,
    artifacts: adds.map((a) => toArtifactRecord(store, a, req.now)),
    granularArtifacts: granular.map((a) => toArtifactRecord(store, a, req.now)),
    bulkRequests: [],
  };
  store.restoreSessions.set(keyOf(session.id), session);
  return session;
}

function readCreateList(
  store: EmulatorStore,
  names: WorkloadNames,
  value: unknown,
  now: number,
  granular: boolean,
): ArtifactAdd[] {
  if (value === undefined) return [];
  // Present but null or empty: the create table's InvalidArtifactRequest ("at least one required").
  if (!Array.isArray(value) || value.length === 0)
    throw errors.invalidArtifactRequest("the artifact list must not be null or empty.");
  // The create table documents 413 with no number; we use the PATCH page's 50 per request.
  const max = WORK_LIMITS.artifactsPerRequest;
  if (value.length > max) throw errors.restoreArtifactsLimitBreached(value.length, max, 413);
  return value.map((raw) => readArtifactAdd(store, names, raw, now, granular));
}

/** Sessions filled by a bulk request are managed by it; otherwise only drafts change (§4.7, §4.8). */
function requireEditable(store: EmulatorStore, session: RestoreSessionRecord, action: string, now: number): void {
  // No code is documented for the bulk rule; the session action code keeps it in the family clients already map.
  if (session.restoreJobType === "bulk") {
    throw errors.restoreSessionActionNotAllowed(`A restore session populated by a bulk request cannot be ${action}.`);
  }
  const { status } = sessionState(store, session, now);
  if (status !== "draft") {
    throw errors.restoreSessionActionNotAllowed(`Only draft restore sessions can be ${action}; this one is ${status}.`);
  }
}

type DeltaAnswer = GraphDeltaResult<GraphRestoreArtifact>;

/**
 * PATCH .../{restoreSessionCollection}/{id} with `{artifactCollection}@delta` (§5): request-level problems change
 * nothing; a removal of an unknown artifact is a per-item failure inside the 200. Successful removals are not
 * echoed (the session pages' examples don't), adds come back as the new artifacts.
 */
export function patchRestoreSession(
  store: EmulatorStore,
  session: RestoreSessionRecord,
  req: ApiRequest,
): DeltaAnswer[] {
  const names = WORKLOAD_NAMES[session.workload];
  const key = `${names.restoreArtifactCollection}@delta`;
  requireEditable(store, session, "updated", req.now);
  const body = jsonBody(req);
  if (!isPlainObject(body)) throw errors.invalidPatchRequest("the body must be a JSON object.");
  const unknown = Object.keys(body).find((k) => k !== key && k !== "@odata.type");
  if (unknown) throw errors.invalidPatchRequest(`property '${unknown}' cannot be updated; use '${key}'.`);
  const items = body[key];
  if (!Array.isArray(items)) throw errors.invalidPatchRequest(`'${key}' must be an array.`);
  if (items.length > WORK_LIMITS.artifactsPerRequest) {
    throw errors.restoreArtifactsLimitBreached(items.length, WORK_LIMITS.artifactsPerRequest, 400);
  }
  const parsed = items.map((raw, i) => {
    if (raw === null) throw errors.invalidArtifactRequest(`${key}[${i}] is null.`);
    if (isPlainObject(raw) && "@removed" in raw) {
      const ref = readRemoveRef(raw);
      if (!ref)
        throw errors.invalidPatchRequest(
          `${key}[${i}] must be { "@removed": { "reason": "changed" }, "id": "<artifact id>" }.`,
        );
      return { kind: "remove" as const, id: ref.unitId };
    }
    return { kind: "add" as const, add: readArtifactAdd(store, names, raw, req.now) };
  });
  const removed = new Set(parsed.flatMap((p) => (p.kind === "remove" ? [keyOf(p.id)] : [])));
  checkArtifactAdds(
    parsed.flatMap((p) => (p.kind === "add" ? [p.add] : [])),
    session.artifacts.filter((a) => !removed.has(keyOf(a.id))),
    session.granularArtifacts,
  );

  const answers: DeltaAnswer[] = [];
  for (const item of parsed) {
    if (item.kind === "add") {
      const record = toArtifactRecord(store, item.add, req.now);
      session.artifacts.push(record);
      answers.push(artifactJson(store, session, record, req));
      continue;
    }
    const index = session.artifacts.findIndex((a) => keyOf(a.id) === keyOf(item.id));
    if (index >= 0) session.artifacts.splice(index, 1);
    else answers.push(dataModificationFailure("remove", deltaFailures.restoreArtifactMissing(), { id: item.id }));
  }
  if (parsed.length > 0) session.lastModifiedDateTime = req.now;
  return answers;
}

export function deleteRestoreSession(store: EmulatorStore, session: RestoreSessionRecord, now: number): void {
  const { status } = sessionState(store, session, now);
  if (status !== "draft")
    throw errors.restoreSessionActionNotAllowed(`Only draft restore sessions can be deleted; this one is ${status}.`);
  store.restoreSessions.delete(keyOf(session.id));
}

/** POST /restoreSessions/{id}/activate: draft only, something to restore, at most 25 sessions at work at once. */
export function activateRestoreSession(store: EmulatorStore, session: RestoreSessionRecord, now: number): void {
  const { status } = sessionState(store, session, now);
  if (status !== "draft")
    throw errors.restoreSessionActionNotAllowed(`Only draft restore sessions can be activated; this one is ${status}.`);
  // The activate table lists no code for an empty session; the create table's "at least one artifact" code fits.
  if (session.artifacts.length + session.granularArtifacts.length + session.bulkRequests.length === 0) {
    throw errors.invalidArtifactRequest("add artifacts or a bulk request before activating the restore session.");
  }
  if (activeSessionCount(store, now) >= WORK_LIMITS.activeSessions)
    throw errors.tooManyActiveRestoreSessions(WORK_LIMITS.activeSessions);
  session.activatedAt = now;
}
