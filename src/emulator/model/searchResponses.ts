import { errors } from "../wire/errors/graph.js";
import { isPlainObject } from "../wire/request.js";
import { findUnit, type EmulatorStore } from "../state/store.js";
import { mailHitCount } from "./mailbox.js";
import { MailQueryError, parseMailQuery, type MailCondition } from "./mailQuery.js";
import { parseRestorePointId, type RestorePointRef } from "./restorePoints.js";

/**
 * What a restorePoints/search with an artifactQuery found, for the granular mailbox restore that refers to it by
 * `searchResponseId`. Like restore points, nothing is stored: the id carries the unit, the point found and the
 * query, so it resolves the same after a restart or from a state file, and the hit count is recomputed from the
 * generated mailbox (model/mailbox.ts).
 */
export interface SearchResponseRecord {
  id: string;
  protectionUnitId: string;
  /** The restore point the search answered; null when the unit had none in the period. */
  restorePointId: string | null;
  /** Emulated ms of that point; null with it. */
  restorePointTime: number | null;
  queryExpression: string;
  artifactType: "message";
  /** Messages of that point the query matches (0 without a point): what a granular restore of it restores. */
  artifactHitCount: number;
}

interface WireSearch {
  u: string;
  p: string | null;
  q: string;
}

/** `artifactQuery` of a search body: null when absent; a 400 when it is malformed or names more than one unit. */
export function readArtifactQuery(
  value: unknown,
  unitCount: number,
): { expression: string; tree: MailCondition } | null {
  if (value === undefined || value === null) return null;
  if (!isPlainObject(value) || unitCount !== 1)
    throw errors.invalidSearchRequest("an artifactQuery needs exactly one protection unit id.");
  const type = value["artifactType"];
  if (type !== undefined && type !== null && (typeof type !== "string" || type.trim().toLowerCase() !== "message"))
    throw errors.invalidSearchRequest("artifactQuery.artifactType must be 'message'.");
  const expression = value["queryExpression"];
  if (typeof expression !== "string") throw errors.invalidSearchRequest("artifactQuery.queryExpression is required.");
  try {
    return { expression, tree: parseMailQuery(expression) };
  } catch (error) {
    if (error instanceof MailQueryError) throw errors.invalidSearchRequest(`queryExpression: ${error.message}`);
    throw error;
  }
}

/** The opaque id of an artifact search (base64url, as Graph's look). */
export function searchResponseId(unitId: string, point: RestorePointRef | undefined, expression: string): string {
  const wire: WireSearch = { u: unitId.trim(), p: point?.id ?? null, q: expression };
  return Buffer.from(JSON.stringify(wire), "utf8").toString("base64url");
}

/** The artifact search an id names, or undefined when the id is not one or its unit no longer exists. */
export function findSearchResponse(store: EmulatorStore, id: string): SearchResponseRecord | undefined {
  let wire: Partial<WireSearch>;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(id.trim(), "base64url").toString("utf8"));
    if (!isPlainObject(parsed)) return undefined;
    wire = parsed;
  } catch {
    return undefined;
  }
  if (typeof wire.u !== "string" || typeof wire.q !== "string" || (wire.p !== null && typeof wire.p !== "string"))
    return undefined;
  const unit = findUnit(store, wire.u);
  if (!unit) return undefined;
  let tree: MailCondition;
  try {
    tree = parseMailQuery(wire.q);
  } catch {
    return undefined;
  }
  const time = wire.p === null ? null : (parseRestorePointId(wire.p)?.time ?? null);
  return {
    id: id.trim(),
    protectionUnitId: unit.id,
    restorePointId: time === null ? null : wire.p!,
    restorePointTime: time,
    queryExpression: wire.q,
    artifactType: "message",
    artifactHitCount: time === null ? 0 : mailHitCount(unit.id, time, tree),
  };
}
