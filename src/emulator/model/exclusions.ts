import type { WorkloadKey } from "../../msgraph/models.js";
import { errors } from "../wire/errors/graph.js";
import { isPlainObject } from "../wire/request.js";
import { EMULATOR_IDENTITY } from "../state/ids.js";
import { iso } from "../state/clock.js";
import type { EmulatorStore } from "../state/store.js";
import type { PolicyRecord } from "../state/protectionRecords.js";
import { BULK_INPUT_KEYS, directoryIndex, isSiteWorkload, resolveEntries } from "./bulkInputs.js";
import { readDisplayName } from "./unitRefs.js";
import { WORK_LIMITS, WORK_TIMINGS } from "./workTimings.js";

/*
 * Beta's exclusion units (full-service backup mode, reference §3.8): resources a policy leaves out, added by an
 * exclusion bulk job. Kept in Maps added to the store, so its clear() empties them and the state file saves them.
 */

const WORKLOAD_PREFIX: Record<WorkloadKey, string> = {
  exchange: "mailbox",
  oneDriveForBusiness: "drive",
  sharePoint: "site",
};

/** Collection and type names of one workload's exclusion units and jobs. */
export const exclusionNames = (workload: WorkloadKey) => {
  const prefix = WORKLOAD_PREFIX[workload];
  return {
    unitCollection: `${prefix}ExclusionUnits`,
    unitType: `microsoft.graph.${prefix}ExclusionUnit`,
    jobCollection: `${prefix}ExclusionUnitsBulkAdditionJobs`,
    jobType: `microsoft.graph.${prefix}ExclusionUnitsBulkAdditionJob`,
  };
};

export interface ExclusionUnitRecord {
  id: string;
  workload: WorkloadKey;
  policyId: string;
  resourceId: string;
  /** When the job that added it completed: listed from then on. */
  createdDateTime: number;
}

export interface ExclusionJobRecord {
  id: string;
  workload: WorkloadKey;
  policyId: string;
  displayName: string;
  entries: string[];
  /** Entries that named no mailbox or site, reported in the job's error once it completes. */
  notFound: string[];
  createdDateTime: number;
  /** active until then, then completed (or completedWithErrors with notFound entries). */
  completesAt: number;
}

function slot<T>(store: EmulatorStore, name: string): Map<string, T> {
  const slots = store as unknown as Record<string, unknown>;
  if (!(slots[name] instanceof Map)) slots[name] = new Map<string, T>();
  return slots[name] as Map<string, T>;
}

export const exclusionUnits = (store: EmulatorStore) => slot<ExclusionUnitRecord>(store, "betaExclusionUnits");
export const exclusionJobs = (store: EmulatorStore) => slot<ExclusionJobRecord>(store, "betaExclusionJobs");

/** POST .../{policy}/{x}ExclusionUnitsBulkAdditionJobs: `displayName` and `mailboxes` | `drives` | `siteWebUrls`. */
export function createExclusionJob(store: EmulatorStore, policy: PolicyRecord, body: unknown, now: number) {
  const key = BULK_INPUT_KEYS[policy.workload].names;
  const names = exclusionNames(policy.workload);
  if (!isPlainObject(body)) throw errors.invalidCreateRequest("the body must be a JSON object.");
  const unknown = Object.keys(body).find((k) => !["displayName", key, "@odata.type"].includes(k));
  if (unknown) throw errors.invalidCreateRequest(`property '${unknown}' cannot be set on a ${names.jobType}.`);
  const displayName = readDisplayName(body["displayName"]);
  const raw = body[key];
  if (!Array.isArray(raw) || raw.length === 0 || !raw.every((v) => typeof v === "string" && v.trim() !== ""))
    throw errors.invalidCreateRequest(`'${key}' must be a non-empty array of non-empty strings.`);
  if (raw.length > WORK_LIMITS.bulkJobEntries)
    throw errors.invalidCreateRequest(`a job may carry at most ${WORK_LIMITS.bulkJobEntries} entries.`);
  const entries = raw.map((v: string) => v.trim());
  const resolved = resolveEntries(directoryIndex(store), policy.workload, { names: entries, ids: [] });
  const completesAt = now + WORK_TIMINGS.bulkJobMs;
  const units = exclusionUnits(store);
  for (const { resourceId } of resolved) {
    if (resourceId === null) continue;
    const known = [...units.values()].some((u) => u.policyId === policy.id && u.resourceId === resourceId);
    if (known) continue;
    const id = store.nextId("exclusionUnit");
    units.set(id, { id, workload: policy.workload, policyId: policy.id, resourceId, createdDateTime: completesAt });
  }
  const job: ExclusionJobRecord = {
    id: store.nextId("exclusionJob"),
    workload: policy.workload,
    policyId: policy.id,
    displayName,
    entries,
    notFound: resolved.filter((r) => r.resourceId === null).map((r) => r.entry),
    createdDateTime: now,
    completesAt,
  };
  exclusionJobs(store).set(job.id, job);
  return job;
}

export function exclusionJobJson(job: ExclusionJobRecord, now: number, withInputs: boolean) {
  const done = now >= job.completesAt;
  const status = !done ? "active" : job.notFound.length > 0 ? "completedWithErrors" : "completed";
  const error =
    done && job.notFound.length > 0
      ? {
          code: "ResourceNotFound",
          message: `${job.notFound.length} entries named no resource.`,
          details: job.notFound.map((entry) => ({ code: "ResourceNotFound", message: "Not found.", target: entry })),
        }
      : null;
  return {
    "@odata.type": `#${exclusionNames(job.workload).jobType}`,
    id: job.id,
    displayName: job.displayName,
    status,
    ...(withInputs ? { [BULK_INPUT_KEYS[job.workload].names]: [...job.entries] } : {}),
    error,
    createdBy: EMULATOR_IDENTITY,
    createdDateTime: iso(job.createdDateTime),
    lastModifiedBy: EMULATOR_IDENTITY,
    lastModifiedDateTime: iso(done ? job.completesAt : job.createdDateTime),
  };
}

export function exclusionUnitJson(store: EmulatorStore, unit: ExclusionUnitRecord) {
  const base = {
    "@odata.type": `#${exclusionNames(unit.workload).unitType}`,
    id: unit.id,
    policyId: unit.policyId,
    createdBy: EMULATOR_IDENTITY,
    createdDateTime: iso(unit.createdDateTime),
    lastModifiedBy: EMULATOR_IDENTITY,
    lastModifiedDateTime: iso(unit.createdDateTime),
  };
  if (isSiteWorkload(unit.workload)) {
    const site = store.sites.get(unit.resourceId.toLowerCase());
    return { ...base, siteId: unit.resourceId, siteName: site?.displayName ?? null, siteWebUrl: site?.webUrl ?? null };
  }
  const user = store.users.get(unit.resourceId.toLowerCase());
  return {
    ...base,
    directoryObjectId: unit.resourceId,
    displayName: user?.displayName ?? null,
    email: user?.mail ?? null,
    ...(unit.workload === "exchange" ? { mailboxType: "user" } : {}),
  };
}
