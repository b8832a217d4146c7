import type { WorkloadNames } from "../../msgraph/models.js";
import { errors } from "../wire/errors/graph.js";
import { attachUnit } from "./protection.js";
import { isPlainObject } from "../wire/request.js";
import { findResource, unitOfResource, type EmulatorStore } from "../state/store.js";
import { type PolicyRecord } from "../state/protectionRecords.js";
import { readDisplayName, readUnitRef, rejectDuplicates, rejectTooMany, unitStubShape } from "./unitRefs.js";

/**
 * POST /solutions/backupRestore/{policyCollection}: validates everything first (a failed create changes nothing),
 * then stores an inactive policy whose units wait, unprotected, for activation.
 */
export function createPolicy(store: EmulatorStore, names: WorkloadNames, body: unknown, now: number): PolicyRecord {
  if (!isPlainObject(body)) throw errors.invalidCreateRequest("the body must be a JSON object.");
  const allowed = new Set(["displayName", names.unitCollection, "@odata.type"]);
  const unknown = Object.keys(body).find((k) => !allowed.has(k));
  if (unknown) throw errors.invalidCreateRequest(`property '${unknown}' cannot be set on create.`);
  const odataType = body["@odata.type"];
  if (
    odataType !== undefined &&
    (typeof odataType !== "string" || odataType.replace(/^#/, "").toLowerCase() !== names.policyType.toLowerCase())
  ) {
    throw errors.invalidCreateRequest(`@odata.type must be #${names.policyType}.`);
  }
  const displayName = readDisplayName(body["displayName"]);

  const stubs = body[names.unitCollection] ?? [];
  if (!Array.isArray(stubs)) throw errors.invalidCreateRequest(`'${names.unitCollection}' must be an array.`);
  const refs = stubs.map((stub, i) => {
    const ref = readUnitRef(stub, names);
    if (!ref) throw errors.invalidCreateRequest(`${names.unitCollection}[${i}] must be ${unitStubShape(names)}.`);
    return ref;
  });
  rejectTooMany(refs.length);
  rejectDuplicates(refs.map((r) => r.resourceId));
  const unknownRef = refs.find((r) => !findResource(store, names.unitKey, r.resourceId));
  if (unknownRef) throw errors.invalidProtectionUnitId(unknownRef.resourceId);

  // Only one active policy per workload; a policy on its way to active counts (docs: PolicyCreationNotAllowed).
  const active = [...store.policies.values()].find((p) => p.workload === names.key && p.target === "active");
  if (active) throw errors.policyCreationNotAllowed(names.key, active.id);
  for (const ref of refs) {
    const unit = unitOfResource(store, names.key, ref.resourceId);
    if (unit?.policyId) throw errors.protectionUnitAlreadyExists(ref.resourceId, unit.policyId);
  }

  const policy: PolicyRecord = {
    id: store.nextId("policy"),
    workload: names.key,
    displayName,
    target: "inactive",
    status: "inactive",
    busyUntil: 0,
    createdDateTime: now,
    lastModifiedDateTime: now,
  };
  store.policies.set(policy.id.toLowerCase(), policy);
  for (const ref of refs) attachUnit(store, policy, findResource(store, names.unitKey, ref.resourceId)!.id, now);
  return policy;
}
