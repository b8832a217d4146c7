import {
  WORKLOAD_NAMES,
  type GraphDeltaResult,
  type GraphProtectionUnit,
  type WorkloadNames,
} from "../../msgraph/models.js";
import { dataModificationFailure, deltaFailures } from "../wire/errors/itemFailures.js";
import { errors } from "../wire/errors/graph.js";
import { attachUnit, refreshPolicy, requestRemoval } from "./protection.js";
import { isPlainObject, type ApiRequest } from "../wire/request.js";
import { unitJson } from "./protectionJson.js";
import { findResource, findUnit, unitOfResource, type EmulatorStore } from "../state/store.js";
import { type PolicyRecord } from "../state/protectionRecords.js";
import {
  readDisplayName,
  readRemoveRef,
  readUnitRef,
  rejectDuplicates,
  rejectTooMany,
  unitStubShape,
  type RemoveRef,
  type UnitRef,
} from "./unitRefs.js";

type DeltaItem = ({ kind: "add" } & UnitRef) | ({ kind: "remove" } & RemoveRef);

/** One element of the answer's `...@delta` array: the unit as changed (legacy `userId` echoed), or a failure stub. */
export type DeltaResult = GraphDeltaResult<GraphProtectionUnit> & { userId?: string };

export interface PolicyPatchResult {
  displayName?: string;
  delta?: DeltaResult[];
}

/**
 * PATCH .../{policyCollection}/{id} (§5): `displayName` and/or `{unitCollection}@delta`. Request-level problems
 * (malformed, duplicates, too many) fail the whole request and change nothing; per-item problems become
 * `@Core.DataModificationException` stubs in a 200 answer, in request order.
 */
export function patchPolicy(
  store: EmulatorStore,
  policy: PolicyRecord,
  body: unknown,
  req: ApiRequest,
): PolicyPatchResult {
  const names = WORKLOAD_NAMES[policy.workload];
  const deltaKey = `${names.unitCollection}@delta`;
  if (!isPlainObject(body)) throw errors.invalidPatchRequest("the body must be a JSON object.");
  const unknown = Object.keys(body).find((k) => k !== "displayName" && k !== deltaKey && k !== "@odata.type");
  if (unknown)
    throw errors.invalidPatchRequest(`property '${unknown}' cannot be updated; use '${deltaKey}' for units.`);
  const displayName = body["displayName"] === undefined ? undefined : readDisplayName(body["displayName"]);
  const items = body[deltaKey] === undefined ? undefined : readDeltaItems(body[deltaKey], deltaKey, names);

  if (items) {
    rejectTooMany(items.length);
    rejectDuplicates(items.flatMap((i) => (i.kind === "add" ? [i.resourceId] : [])));
    rejectDuplicates(items.flatMap((i) => (i.kind === "remove" ? [i.unitId] : [])));
  }
  const result: PolicyPatchResult = {};
  if (displayName !== undefined) {
    policy.displayName = displayName;
    policy.lastModifiedDateTime = req.now;
    result.displayName = displayName;
  }
  if (items) {
    // A request in the older `userId` dialect gets it echoed on its removals too (seed 003's answer does).
    const legacy = items.some((i) => i.kind === "add" && i.inputKey === "userId");
    result.delta = items.map((item) =>
      item.kind === "add" ? add(store, policy, item, req) : remove(store, policy, item, req, legacy),
    );
    if (items.length > 0) policy.lastModifiedDateTime = req.now;
    refreshPolicy(store, policy, req.now);
  }
  return result;
}

function readDeltaItems(value: unknown, deltaKey: string, names: WorkloadNames): DeltaItem[] {
  if (!Array.isArray(value)) throw errors.invalidPatchRequest(`'${deltaKey}' must be an array.`);
  return value.map((raw, i): DeltaItem => {
    if (isPlainObject(raw) && "@removed" in raw) {
      const ref = readRemoveRef(raw);
      if (!ref)
        throw errors.invalidPatchRequest(
          `${deltaKey}[${i}] must be { "@removed": { "reason": "changed" }, "id": "<unit id>" }.`,
        );
      return { kind: "remove", ...ref };
    }
    const ref = readUnitRef(raw, names);
    if (!ref) throw errors.invalidPatchRequest(`${deltaKey}[${i}] must be ${unitStubShape(names)} or a removal.`);
    return { kind: "add", ...ref };
  });
}

function add(store: EmulatorStore, policy: PolicyRecord, item: UnitRef, req: ApiRequest): DeltaResult {
  const names = WORKLOAD_NAMES[policy.workload];
  const echo = { [item.inputKey]: item.resourceId };
  const resource = findResource(store, names.unitKey, item.resourceId);
  if (!resource) return dataModificationFailure("add", deltaFailures.unknownResource(item.resourceId), echo);
  const existing = unitOfResource(store, policy.workload, resource.id);
  // Attached anywhere (this policy included, even while being removed) means already protected.
  if (existing?.policyId)
    return dataModificationFailure("add", deltaFailures.alreadyProtected(item.resourceId, existing.policyId), echo);
  const unit = attachUnit(store, policy, resource.id, req.now);
  return item.inputKey === "userId"
    ? { ...unitJson(store, unit, req), userId: item.resourceId }
    : unitJson(store, unit, req);
}

function remove(
  store: EmulatorStore,
  policy: PolicyRecord,
  item: RemoveRef,
  req: ApiRequest,
  legacy = false,
): DeltaResult {
  const unit = findUnit(store, item.unitId);
  if (!unit || unit.policyId !== policy.id)
    return dataModificationFailure("remove", deltaFailures.removeTargetMissing(), { id: item.unitId });
  requestRemoval(unit, req.now);
  const json = unitJson(store, unit, req);
  return legacy && WORKLOAD_NAMES[unit.workload].unitKey === "directoryObjectId"
    ? { ...json, userId: unit.resourceId }
    : json;
}
