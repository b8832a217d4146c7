import type { GraphRestorePointSearchRequest, GraphRestorePointSearchResponse } from "../../msgraph/models.js";
import { errors } from "../wire/errors/graph.js";
import { isPlainObject, type ApiRequest, type Unchecked } from "../wire/request.js";
import { pointsAscending, pointsDescending, restorePointJson, type RestorePointRef } from "./restorePoints.js";
import { RESTORE_POINT_RULES, tagsOf } from "./retention.js";
import { findUnit, type EmulatorStore } from "../state/store.js";
import { type UnitRecord } from "../state/protectionRecords.js";
import { mailHitCount } from "./mailbox.js";
import { readArtifactQuery, searchResponseId } from "./searchResponses.js";

export { findSearchResponse, type SearchResponseRecord } from "./searchResponses.js";

/** The documented cap of units per search (exactly one when an artifactQuery is given). */
export const MAX_SEARCH_UNITS = 20;

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO-8601 date-time with a zone, as epoch ms; undefined when it is not one. */
export function parseDateTime(value: unknown): number | undefined {
  if (typeof value !== "string" || !ISO_DATE_TIME.test(value.trim())) return undefined;
  const ms = Date.parse(value.trim());
  return Number.isNaN(ms) ? undefined : ms;
}

export interface TimeWindow {
  start: number;
  /** null: up to now. */
  end: number | null;
}

/** `{ startDateTime, endDateTime? }` with start ≤ end; undefined when malformed (callers pick their 400). */
export function readTimePeriod(value: unknown): TimeWindow | undefined {
  if (!isPlainObject(value)) return undefined;
  const start = parseDateTime(value["startDateTime"]);
  const rawEnd = value["endDateTime"];
  const end = rawEnd === undefined || rawEnd === null ? null : parseDateTime(rawEnd);
  if (start === undefined || end === undefined || (end !== null && end < start)) return undefined;
  return { start, end };
}

export type Preference = "latest" | "oldest";
export type TagFilter = "none" | "fastRestore" | null;

/** The point a search or bulk request picks for a unit: the latest (or oldest) in the window with the tags asked. */
export function preferredPoint(
  unit: UnitRecord,
  window: TimeWindow,
  preference: Preference,
  tags: TagFilter,
  now: number,
): RestorePointRef | undefined {
  const fastOnly = tags === "fastRestore";
  // fastRestore points are all younger than the fast-restore window: older ones need no walk.
  const start = fastOnly ? Math.max(window.start, now - RESTORE_POINT_RULES.fastRestoreWindowMs) : window.start;
  const end = Math.min(window.end ?? now, now);
  if (start > end) return undefined;
  const points = preference === "oldest" ? pointsAscending(unit, start, now) : pointsDescending(unit, end + 1, now);
  for (const point of points) {
    if (point.time < start || point.time > end) break;
    if (!fastOnly || tagsOf(point.time, now) === "fastRestore") return point;
  }
  return undefined;
}

/** Case-insensitive enum members (the search page spells them `FastRestore`), CSDL spelling out. */
export function readEnum<T extends string>(value: unknown, members: readonly T[]): T | undefined {
  return typeof value === "string" ? members.find((m) => m.toLowerCase() === value.trim().toLowerCase()) : undefined;
}

/**
 * POST /restorePoints/search: one result per unit that has a matching point (the preferred one), not paginated;
 * unknown units and units without a match are listed in noResultProtectionUnitIds.
 */
export function searchRestorePoints(
  store: EmulatorStore,
  body: unknown,
  req: ApiRequest,
): GraphRestorePointSearchResponse {
  if (!isPlainObject(body)) throw errors.invalidSearchRequest("the body must be a JSON object.");
  const request: Unchecked<GraphRestorePointSearchRequest> = body;
  const ids = request.protectionUnitIds;
  if (!Array.isArray(ids) || ids.length === 0) throw errors.invalidSearchRequest("protectionUnitIds is required.");
  if (ids.length > MAX_SEARCH_UNITS) {
    throw errors.invalidSearchRequest(
      `at most ${MAX_SEARCH_UNITS} protection units can be searched at once; got ${ids.length}.`,
    );
  }
  const bad: unknown = ids.find((id) => typeof id !== "string" || id.trim() === "");
  // The message echoes whatever the client sent, as Graph does, even an object.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  if (bad !== undefined) throw errors.invalidProtectionUnitId(String(bad));
  const mailQuery = readArtifactQuery(request.artifactQuery, ids.length);
  const window = readTimePeriod(request.protectionTimePeriod);
  if (!window)
    throw errors.invalidSearchRequest(
      "protectionTimePeriod needs a valid startDateTime (and endDateTime not before it).",
    );
  const preference =
    request.restorePointPreference === undefined
      ? "latest"
      : readEnum(request.restorePointPreference, ["latest", "oldest"] as const);
  if (!preference) throw errors.invalidSearchRequest("restorePointPreference must be 'latest' or 'oldest'.");
  const tags =
    request.tags === undefined || request.tags === null
      ? null
      : readEnum(request.tags, ["none", "fastRestore"] as const);
  if (tags === undefined) throw errors.invalidSearchRequest("tags must be 'none' or 'fastRestore'.");

  const results: NonNullable<GraphRestorePointSearchResponse["searchResults"]> = [];
  const noResult: string[] = [];
  let found: RestorePointRef | undefined;
  for (const id of new Set(ids as string[])) {
    const unit = findUnit(store, id);
    const point = unit && preferredPoint(unit, window, preference, tags, req.now);
    if (!point) {
      noResult.push(id);
      continue;
    }
    found = point;
    const hits = mailQuery ? { artifactHitCount: mailHitCount(point.unit.id, point.time, mailQuery.tree) } : {};
    results.push({ restorePoint: restorePointJson(store, point, req, true), ...hits });
  }
  return {
    searchResponseId: mailQuery
      ? searchResponseId(ids[0] as string, found, mailQuery.expression)
      : store.nextId("restorePointSearch"),
    searchResults: results,
    noResultProtectionUnitIds: noResult,
  };
}
