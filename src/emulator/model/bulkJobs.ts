import {
  WORKLOAD_NAMES,
  type GraphProtectionUnitsBulkAdditionJob,
  type GraphPublicErrorDetail,
} from "../../msgraph/models.js";
import { BULK_INPUT_KEYS, directoryIndex, readBulkInputs, resolveEntries, type ResolvedEntry } from "./bulkInputs.js";
import { errors } from "../wire/errors/graph.js";
import { publicErrors } from "../wire/errors/itemFailures.js";
import { attachUnit } from "./protection.js";
import { isPlainObject } from "../wire/request.js";
import { EMULATOR_IDENTITY } from "../state/ids.js";
import { iso } from "../state/clock.js";
import { findPolicy, keyOf, type EmulatorStore } from "../state/store.js";
import type { PolicyRecord, BulkJobRecord } from "../state/protectionRecords.js";
import { readDisplayName } from "./unitRefs.js";
import { WORK_LIMITS, WORK_TIMINGS } from "./workTimings.js";

/**
 * POST .../{policyCollection}/{id}/{bulkJobCollection} (seeds 000, 001): validates the shape only and answers
 * `active`; whether each entry exists is found out when the clock processes the job (settleBulkJobs).
 */
export function createBulkJob(store: EmulatorStore, policy: PolicyRecord, body: unknown, now: number): BulkJobRecord {
  const names = WORKLOAD_NAMES[policy.workload];
  const keys = BULK_INPUT_KEYS[policy.workload];
  if (!isPlainObject(body)) throw errors.invalidCreateRequest("the body must be a JSON object.");
  const allowed = new Set(["displayName", keys.names, keys.ids, "@odata.type"]);
  const unknown = Object.keys(body).find((k) => !allowed.has(k));
  if (unknown) throw errors.invalidCreateRequest(`property '${unknown}' cannot be set on a ${names.bulkJobType}.`);
  const odataType = body["@odata.type"];
  if (
    odataType !== undefined &&
    (typeof odataType !== "string" || odataType.replace(/^#/, "").toLowerCase() !== names.bulkJobType.toLowerCase())
  ) {
    throw errors.invalidCreateRequest(`@odata.type must be #${names.bulkJobType}.`);
  }
  const displayName = readDisplayName(body["displayName"]);
  const inputs = readBulkInputs(body, policy.workload);
  if (!inputs)
    throw errors.invalidCreateRequest(`'${keys.names}' and '${keys.ids}' must be arrays of non-empty strings.`);
  const count = inputs.names.length + inputs.ids.length;
  if (count === 0)
    throw errors.invalidCreateRequest(`at least one entry is required in '${keys.names}' or '${keys.ids}'.`);
  // No code is documented for this cap; InvalidCreateRequest is the create table's code for a request that is
  // "null, invalid or too large", so a client needs no extra mapping.
  if (count > WORK_LIMITS.bulkJobEntries) {
    throw errors.invalidCreateRequest(
      `a job may carry at most ${WORK_LIMITS.bulkJobEntries} entries; this one has ${count}.`,
    );
  }
  const job: BulkJobRecord = {
    id: store.nextId("bulkJob"),
    workload: policy.workload,
    policyId: policy.id,
    displayName,
    ...inputs,
    status: "active",
    error: null,
    dueAt: now + WORK_TIMINGS.bulkJobMs,
    createdDateTime: now,
    lastModifiedDateTime: now,
  };
  store.bulkJobs.set(keyOf(job.id), job);
  return job;
}

/** Processes every job that became due, oldest first (so unit ids stay deterministic). Called by runDueTransitions. */
export function settleBulkJobs(store: EmulatorStore, now: number): void {
  const due = [...store.bulkJobs.values()].filter((j) => j.dueAt !== null && j.dueAt <= now);
  for (const job of due.sort((a, b) => a.dueAt! - b.dueAt!)) processJob(store, job, job.dueAt!);
}

/**
 * Each resolvable entry becomes a unit of the policy as a `@delta` add would make it (protectRequested on an
 * active policy, else unprotected); unknown entries, repeats, and resources already attached to a policy (this
 * one included, as for `@delta` adds) become error details.
 */
function processJob(store: EmulatorStore, job: BulkJobRecord, at: number): void {
  job.dueAt = null;
  job.lastModifiedDateTime = at;
  const policy = findPolicy(store, job.policyId);
  if (!policy) {
    job.status = "completedWithErrors";
    job.error = publicErrors.jobPolicyGone(job.policyId);
    return;
  }
  const attachedTo = new Map<string, string>();
  for (const unit of store.units.values()) {
    if (unit.workload === job.workload && unit.policyId) attachedTo.set(keyOf(unit.resourceId), unit.policyId);
  }
  const seen = new Set<string>();
  const details: GraphPublicErrorDetail[] = [];
  for (const resolved of resolveEntries(directoryIndex(store), job.workload, job)) {
    if (resolved.resourceId === null) {
      details.push(notFound(resolved));
      continue;
    }
    const key = keyOf(resolved.resourceId);
    const owner = attachedTo.get(key);
    if (seen.has(key)) details.push(publicErrors.duplicateEntry(resolved.entry));
    else if (owner) details.push(publicErrors.alreadyProtected(resolved.entry, owner));
    else attachUnit(store, policy, resolved.resourceId, at);
    seen.add(key);
  }
  if (seen.size > details.length) policy.lastModifiedDateTime = Math.max(policy.lastModifiedDateTime, at);
  job.status = details.length > 0 ? "completedWithErrors" : "completed";
  job.error = details.length > 0 ? publicErrors.protectionResourcesNotFound(details) : null;
}

function notFound(entry: Extract<ResolvedEntry, { resourceId: null }>): GraphPublicErrorDetail {
  switch (entry.notFound) {
    case "email":
      return publicErrors.emailNotFound(entry.entry);
    case "directoryObject":
      return publicErrors.directoryObjectNotFound(entry.entry);
    case "siteUrl":
      return publicErrors.siteUrlNotFound(entry.entry);
    case "site":
      return publicErrors.siteNotFound(entry.entry);
  }
}

/** A job as Graph sends it; lists leave out the input arrays (documented, to keep pages small). */
export function bulkJobJson(job: BulkJobRecord, withInputs: boolean): GraphProtectionUnitsBulkAdditionJob {
  const keys = BULK_INPUT_KEYS[job.workload];
  return {
    "@odata.type": `#${WORKLOAD_NAMES[job.workload].bulkJobType}`,
    id: job.id,
    displayName: job.displayName,
    status: job.status,
    ...(withInputs ? { [keys.names]: [...job.names], [keys.ids]: [...job.ids] } : {}),
    createdBy: EMULATOR_IDENTITY,
    createdDateTime: iso(job.createdDateTime),
    lastModifiedBy: EMULATOR_IDENTITY,
    lastModifiedDateTime: iso(job.lastModifiedDateTime),
    error: job.error ? structuredClone(job.error) : null,
  };
}
