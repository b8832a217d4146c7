import { WORKLOAD_NAMES, type GraphPublicErrorDetail } from "../../msgraph/models.js";
import {
  BULK_INPUT_KEYS,
  directoryIndex,
  isSiteWorkload,
  looksLikeEmail,
  looksLikeSiteUrl,
  readBulkInputs,
  resolveEntries,
} from "./bulkInputs.js";
import { errors } from "../wire/errors/graph.js";
import { publicErrors } from "../wire/errors/itemFailures.js";
import { isGuid } from "../state/ids.js";
import { isPlainObject } from "../wire/request.js";
import { readDestinationType, toArtifactRecord } from "./restoreArtifacts.js";
import { sessionState } from "./restoreLifecycle.js";
import { preferredPoint, readEnum, readTimePeriod } from "./restorePointSearch.js";
import { keyOf, type EmulatorStore } from "../state/store.js";
import { type UnitRecord } from "../state/protectionRecords.js";
import type { BulkRestoreRecord, RestoreSessionRecord } from "../state/restoreRecords.js";
import { WORK_LIMITS, WORK_TIMINGS } from "./workTimings.js";

/**
 * POST .../{restoreSessionCollection}/{id}/{restoreBulkRequestCollection} (seed 002). Rules of §4.8: one bulk
 * request per session, never mixed with manual artifacts, ≤ 10,000 resources. The create table documents only
 * BulkRestoreInvalidCreateRequest for a refused create, so the one-per-session and no-mixing rules use it too.
 */
export function createBulkRestoreRequest(
  store: EmulatorStore,
  session: RestoreSessionRecord,
  body: unknown,
  now: number,
): BulkRestoreRecord {
  const names = WORKLOAD_NAMES[session.workload];
  const keys = BULK_INPUT_KEYS[session.workload];
  const { status } = sessionState(store, session, now);
  if (status !== "draft")
    throw errors.restoreSessionActionNotAllowed(
      `Bulk requests can only be added to draft restore sessions; this one is ${status}.`,
    );
  if (session.bulkRequests.length > 0)
    throw errors.bulkRestoreInvalidCreateRequest("a restore session processes only one bulk request.");
  if (session.artifacts.length + session.granularArtifacts.length > 0) {
    throw errors.bulkRestoreInvalidCreateRequest(
      "manual artifacts and bulk requests cannot be mixed in one restore session.",
    );
  }
  if (!isPlainObject(body)) throw errors.bulkRestoreInvalidCreateRequest("the body must be a JSON object.");
  const allowed = new Set([
    "@odata.type",
    "displayName",
    keys.names,
    keys.ids,
    "protectionTimePeriod",
    "destinationType",
    "tags",
    "restorePointPreference",
    "protectionUnitIds",
  ]);
  const unknown = Object.keys(body).find((k) => !allowed.has(k));
  if (unknown)
    throw errors.bulkRestoreInvalidCreateRequest(
      `property '${unknown}' cannot be set on a ${names.restoreBulkRequestType}.`,
    );
  const displayName = body["displayName"] ?? null;
  if (displayName !== null && (typeof displayName !== "string" || displayName.length > 1024)) {
    throw errors.bulkRestoreInvalidCreateRequest("displayName must be a string of at most 1024 characters.");
  }
  const inputs = readBulkInputs(body, session.workload);
  if (!inputs)
    throw errors.bulkRestoreInvalidCreateRequest(
      `'${keys.names}' and '${keys.ids}' must be arrays of non-empty strings.`,
    );
  const count = inputs.names.length + inputs.ids.length;
  if (count === 0)
    throw errors.bulkRestoreInvalidCreateRequest(`name at least one resource in '${keys.names}' or '${keys.ids}'.`);
  if (count > WORK_LIMITS.bulkRestoreResources)
    throw errors.bulkRestoreResourcesCountExceedsLimit(count, WORK_LIMITS.bulkRestoreResources);
  const site = isSiteWorkload(session.workload);
  const badName = inputs.names.find((n) => !(site ? looksLikeSiteUrl(n) : looksLikeEmail(n)));
  if (badName !== undefined)
    throw site ? errors.bulkRestoreInvalidSiteUrl(badName) : errors.bulkRestoreInvalidUserEmail(badName);
  const unitIds = body["protectionUnitIds"];
  if (Array.isArray(unitIds) ? unitIds.length > 0 : unitIds !== undefined && unitIds !== null) {
    throw errors.bulkRestoreInvalidCreateRequest("protectionUnitIds is not supported; name the resources instead.");
  }
  const window = readTimePeriod(body["protectionTimePeriod"]);
  if (!window)
    throw errors.bulkRestoreInvalidCreateRequest(
      "protectionTimePeriod needs a valid startDateTime (and endDateTime not before it).",
    );
  const destinationType = readDestinationType(body["destinationType"]);
  if (!destinationType) throw errors.bulkRestoreInvalidCreateRequest("destinationType must be 'new' or 'inPlace'.");
  const tags =
    body["tags"] === undefined || body["tags"] === null
      ? null
      : readEnum(body["tags"], ["none", "fastRestore"] as const);
  if (tags === undefined) throw errors.bulkRestoreInvalidCreateRequest("tags must be 'none' or 'fastRestore'.");
  const rawPreference = body["restorePointPreference"];
  const preference =
    rawPreference === undefined || rawPreference === null
      ? "latest"
      : readEnum(rawPreference, ["latest", "oldest"] as const);
  if (!preference) throw errors.bulkRestoreInvalidCreateRequest("restorePointPreference must be 'latest' or 'oldest'.");

  const request: BulkRestoreRecord = {
    id: store.nextId("bulkRestoreRequest"),
    displayName,
    ...inputs,
    ...window,
    destinationType,
    tags,
    preference,
    status: "active",
    error: null,
    createdDateTime: now,
    lastModifiedDateTime: now,
  };
  session.bulkRequests.push(request);
  session.restoreJobType = "bulk";
  session.lastModifiedDateTime = now;
  return request;
}

export function requireBulkRequest(session: RestoreSessionRecord, id: string): BulkRestoreRecord {
  if (!isGuid(id)) throw errors.invalidBulkRestoreArtifactId(id);
  const request = session.bulkRequests.find((r) => keyOf(r.id) === keyOf(id));
  if (!request) throw errors.bulkRestoreArtifactsNotFound(id);
  return request;
}

export function deleteBulkRequest(session: RestoreSessionRecord, request: BulkRestoreRecord): void {
  if (request.status === "active") throw errors.invalidStateForBulkRequestDeletion(request.status);
  session.bulkRequests.splice(session.bulkRequests.indexOf(request), 1);
}

/** A request stays `active` until its session is activated; it resolves bulkRestoreResolveMs after that. */
export function settleBulkRestoreRequests(store: EmulatorStore, now: number): void {
  const due = [...store.restoreSessions.values()]
    .filter((s) => s.activatedAt !== null && s.activatedAt + WORK_TIMINGS.bulkRestoreResolveMs <= now)
    .filter((s) => s.bulkRequests.some((r) => r.status === "active"))
    .sort((a, b) => a.activatedAt! - b.activatedAt!);
  for (const session of due) {
    const at = session.activatedAt! + WORK_TIMINGS.bulkRestoreResolveMs;
    for (const request of session.bulkRequests) if (request.status === "active") resolve(store, session, request, at);
  }
}

/** Each resource → its unit → the preferred restore point in the window, added as an artifact of the session. */
function resolve(store: EmulatorStore, session: RestoreSessionRecord, request: BulkRestoreRecord, at: number): void {
  const units = new Map<string, UnitRecord>();
  for (const unit of store.units.values())
    if (unit.workload === session.workload) units.set(keyOf(unit.resourceId), unit);
  const site = isSiteWorkload(session.workload);
  const seen = new Set(session.artifacts.map((a) => keyOf(a.unitId)));
  const details: GraphPublicErrorDetail[] = [];
  for (const entry of resolveEntries(directoryIndex(store), session.workload, request)) {
    const unit = entry.resourceId === null ? undefined : units.get(keyOf(entry.resourceId));
    const point = unit && preferredPoint(unit, request, request.preference, request.tags, at);
    if (!point) {
      const urlUnknown = entry.resourceId === null && entry.notFound === "siteUrl";
      details.push(
        !site
          ? publicErrors.userNotBackedUp(entry.entry)
          : urlUnknown
            ? publicErrors.siteUrlNotFound(entry.entry)
            : publicErrors.siteNotBackedUp(entry.entry),
      );
      continue;
    }
    // The same resource named twice (by address and by id) is restored once.
    if (seen.has(keyOf(point.unit.id))) continue;
    seen.add(keyOf(point.unit.id));
    const add = {
      restorePointId: point.id,
      unitId: point.unit.id,
      time: point.time,
      destinationType: request.destinationType,
    };
    session.artifacts.push(toArtifactRecord(store, add, at));
  }
  request.status = details.length > 0 ? "completedWithErrors" : "completed";
  request.error = details.length > 0 ? publicErrors.bulkRestoreArtifactsNotResolved(details) : null;
  request.lastModifiedDateTime = at;
}
