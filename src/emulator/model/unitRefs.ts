import type { GraphDeltaRemove, GraphUnitDeltaAdd, WorkloadNames } from "../../msgraph/models.js";
import { errors } from "../wire/errors/graph.js";
import { isPlainObject, type Unchecked } from "../wire/request.js";
import { keyOf } from "../state/store.js";

/** A unit stub of a create body or a delta add: what to protect, and the key the client used (echoed back). */
export interface UnitRef {
  resourceId: string;
  /** `userId` is the older pages' name for `directoryObjectId`; both are accepted. */
  inputKey: keyof GraphUnitDeltaAdd;
}

/** A delta removal `{ "@removed": { "reason": "changed" }, "id": unitId }`. */
export interface RemoveRef {
  unitId: string;
}

const inputKeysOf = (names: WorkloadNames): UnitRef["inputKey"][] =>
  names.unitKey === "siteId" ? ["siteId"] : ["directoryObjectId", "userId"];

/** Reads one unit stub; undefined when it is malformed (the caller picks InvalidCreateRequest/InvalidPatchRequest). */
export function readUnitRef(item: unknown, names: WorkloadNames): UnitRef | undefined {
  if (!isPlainObject(item)) return undefined;
  const keys = inputKeysOf(names);
  const extra = Object.keys(item).filter((k) => !keys.includes(k as UnitRef["inputKey"]) && k !== "@odata.type");
  const given = keys.filter((k) => item[k] !== undefined);
  if (extra.length > 0 || given.length !== 1) return undefined;
  const inputKey = given[0]!;
  const value = item[inputKey];
  return typeof value === "string" && value.trim() !== "" ? { resourceId: value.trim(), inputKey } : undefined;
}

export function readRemoveRef(item: Unchecked<GraphDeltaRemove>): RemoveRef | undefined {
  const { id, "@removed": removed } = item;
  if (!isPlainObject(removed) || typeof id !== "string" || id.trim() === "") return undefined;
  return { unitId: id.trim() };
}

/** Describes the stub shape for error messages. */
export const unitStubShape = (names: WorkloadNames): string =>
  names.unitKey === "siteId" ? `{ "siteId": "<site id>" }` : `{ "directoryObjectId": "<id>" } (or legacy { "userId" })`;

/** 400 DuplicateProtectionUnitInList on the first id that appears twice (ids compare case-insensitively). */
export function rejectDuplicates(ids: readonly string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(keyOf(id))) throw errors.duplicateProtectionUnitInList(id);
    seen.add(keyOf(id));
  }
}

/** The documented cap of units per create or PATCH request. */
export const MAX_UNITS_PER_REQUEST = 50;

export function rejectTooMany(count: number): void {
  if (count > MAX_UNITS_PER_REQUEST) throw errors.protectionUnitsLimitBreached(count);
}

/** displayName must be a string of 1..1024 characters (400 InvalidDisplayName). */
export function readDisplayName(value: unknown): string {
  if (typeof value !== "string" || value.trim() === "" || value.length > 1024) throw errors.invalidDisplayName();
  return value;
}
