import { errors } from "../wire/errors/graph.js";
import type { ApiRequest } from "../wire/request.js";
import { pointsAscending, pointsDescending, type RestorePointRef } from "./restorePoints.js";
import { parseDateTime } from "./restorePointSearch.js";
import { findUnit, keyOf, type EmulatorStore } from "../state/store.js";

/** `GET /restorePoints` returns at most five points: the newest five unless an order is given (list page). */
export const MAX_LISTED_POINTS = 5;
/** FilterLengthExceeded has no documented number; five clauses cover every documented form with room to spare. */
export const MAX_FILTER_CLAUSES = 5;

interface Bound {
  time: number;
  inclusive: boolean;
}

export interface PointQuery {
  unitId: string;
  policyId?: string;
  before?: Bound;
  after?: Bound;
  order: "asc" | "desc";
}

const EXPAND = /^\s*protectionUnit\s*(?:\(\s*\$filter\s*=\s*id\s+eq\s+'([^']*)'\s*\))?\s*$/i;
const DATE_CLAUSE = /^\(?\s*protectionDateTime\s+(lt|le|gt|ge)\s+'?([^'\s)]+)'?\s*\)?$/i;
const UNIT_CLAUSE = /^\(?\s*protectionUnit\/(id|policyId)\s+eq\s+'([^']*)'\s*\)?$/i;
const ORDER = /^\s*protectionDateTime(?:\s+(asc|desc))?\s*$/i;

/**
 * The documented forms: `$expand=protectionUnit($filter=id eq '<unit>')&$filter=protectionDateTime lt <dateTime>`,
 * and the newer `$expand=protectionUnit&$filter=protectionDateTime lt <dt> and protectionUnit/id eq '<unit>'`
 * (optionally `and protectionUnit/policyId eq '<policy>'`). Both options are required; `$orderby` (the page
 * writes `orderBy`) takes `protectionDateTime asc|desc`.
 */
export function parsePointQuery(req: ApiRequest): PointQuery {
  const expand = req.query.get("$expand");
  const filter = req.query.get("$filter");
  if (expand === null || filter === null) {
    throw errors.invalidSearchRequest(
      "$expand=protectionUnit($filter=id eq '<id>') and $filter=protectionDateTime lt <dateTime> are both required.",
    );
  }
  const expanded = EXPAND.exec(expand);
  if (!expanded)
    throw errors.invalidSearchRequest(`unsupported $expand '${expand}'; use protectionUnit($filter=id eq '<id>').`);
  const clauses = filter.trim().split(/\s+and\s+/i);
  if (clauses.length > MAX_FILTER_CLAUSES) throw errors.filterLengthExceeded(clauses.length, MAX_FILTER_CLAUSES);
  const unitIds = expanded[1] === undefined ? [] : [expanded[1]];
  const query: Omit<PointQuery, "unitId"> = { order: readOrder(req) ?? "desc" };
  let dated = false;
  for (const clause of clauses) {
    const date = DATE_CLAUSE.exec(clause);
    const unit = UNIT_CLAUSE.exec(clause);
    if (date) {
      const time = parseDateTime(date[2]);
      if (time === undefined) throw errors.invalidSearchRequest(`'${date[2]}' is not a valid date-time.`);
      const op = date[1]!.toLowerCase();
      const bound = { time, inclusive: op.endsWith("e") };
      if (op.startsWith("l")) query.before = bound;
      else query.after = bound;
      dated = true;
    } else if (unit) {
      if (unit[1]!.toLowerCase() === "id") unitIds.push(unit[2]!);
      else query.policyId = unit[2]!;
    } else {
      throw errors.invalidSearchRequest(`unsupported $filter clause '${clause}'.`);
    }
  }
  if (!dated)
    throw errors.invalidSearchRequest(
      "$filter needs a protectionDateTime clause, e.g. protectionDateTime lt 2024-05-12T10:01:00Z.",
    );
  const unitId = unitIds[0]?.trim() ?? "";
  if (unitId === "") throw errors.invalidProtectionUnitId(unitId);
  // Two different unit ids can match nothing; keeping the first and checking the rest keeps that true.
  if (unitIds.some((id) => keyOf(id.trim()) !== keyOf(unitId))) return { ...query, unitId: "" };
  return { ...query, unitId };
}

function readOrder(req: ApiRequest): "asc" | "desc" | undefined {
  const entry = [...req.query.entries()].find(([k]) => ["$orderby", "orderby"].includes(k.toLowerCase()));
  if (!entry) return undefined;
  const match = ORDER.exec(entry[1]);
  if (!match) throw errors.invalidQueryOption(entry[0], entry[1], "protectionDateTime asc or protectionDateTime desc");
  return (match[1]?.toLowerCase() as "asc" | "desc" | undefined) ?? "asc";
}

/** The unit's points matching the query, at most five, newest first unless ordered ascending. */
export function listRestorePoints(store: EmulatorStore, query: PointQuery, now: number): RestorePointRef[] {
  const unit = query.unitId === "" ? undefined : findUnit(store, query.unitId);
  if (!unit || (query.policyId !== undefined && keyOf(unit.policyId ?? "") !== keyOf(query.policyId))) return [];
  const lowest = query.after ? query.after.time + (query.after.inclusive ? 0 : 1) : Number.NEGATIVE_INFINITY;
  const below = query.before ? query.before.time + (query.before.inclusive ? 1 : 0) : now + 1;
  const points = query.order === "desc" ? pointsDescending(unit, below, now) : pointsAscending(unit, lowest, now);
  const out: RestorePointRef[] = [];
  for (const point of points) {
    if (point.time < lowest || point.time >= below || out.length >= MAX_LISTED_POINTS) break;
    out.push(point);
  }
  return out;
}
