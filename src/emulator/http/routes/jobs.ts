import { BACKUP_ROOT, WORKLOAD_KEYS, WORKLOAD_NAMES, type WorkloadNames } from "../../../msgraph/models.js";
import { errors } from "../../wire/errors/graph.js";
import { bulkJobJson, createBulkJob } from "../../model/bulkJobs.js";
import { pageOf } from "../paging.js";
import { applyFilter, applySelect } from "../query.js";
import { jsonBody, ok, type ApiRequest } from "../../wire/request.js";
import type { Route, RouteDeps } from "../router.js";
import { backupContext } from "../odata.js";
import { keyOf, type EmulatorStore } from "../../state/store.js";
import type { BulkJobRecord } from "../../state/protectionRecords.js";
import { requirePolicy } from "./policies.js";

const JOB_FIELDS = {
  id: (j: BulkJobRecord) => j.id,
  status: (j: BulkJobRecord) => j.status,
  displayName: (j: BulkJobRecord) => j.displayName,
};

function requireJob(store: EmulatorStore, names: WorkloadNames, id: string, policyId?: string): BulkJobRecord {
  const job = store.bulkJobs.get(keyOf(id));
  if (!job || job.workload !== names.key || (policyId !== undefined && job.policyId !== policyId))
    throw errors.bulkJobNotFound(id);
  return job;
}

/**
 * Bulk addition jobs: created and listed under their policy, and listed at the root (`/{bulkJobCollection}`), one
 * generic set of routes per row of WORKLOAD_NAMES.
 */
export function jobRoutes({ store, pageSize }: RouteDeps): Route[] {
  const list = (req: ApiRequest, jobs: BulkJobRecord[], context: string) => {
    const json = applyFilter(req, jobs, JOB_FIELDS).map((j) => bulkJobJson(j, false));
    return ok(pageOf(req, json, { contextUrl: backupContext(req, context), pageSize }));
  };
  const entity = (req: ApiRequest, names: WorkloadNames, job: BulkJobRecord, status = 200) =>
    ok(
      {
        "@odata.context": backupContext(req, `${names.bulkJobCollection}/$entity`),
        ...applySelect(req, bulkJobJson(job, true)),
      },
      status,
    );
  const perWorkload = (names: WorkloadNames): Route[] => {
    const underPolicy = `${BACKUP_ROOT}/${names.policyCollection}/:policyId/${names.bulkJobCollection}`;
    const root = `${BACKUP_ROOT}/${names.bulkJobCollection}`;
    const jobsOf = (filter: (j: BulkJobRecord) => boolean) =>
      [...store.bulkJobs.values()].filter((j) => j.workload === names.key && filter(j));
    return [
      {
        method: "POST",
        pattern: underPolicy,
        handler: (req, { policyId = "" }) => {
          const policy = requirePolicy(store, policyId, names.key);
          return entity(req, names, createBulkJob(store, policy, jsonBody(req), req.now), 201);
        },
      },
      {
        method: "GET",
        pattern: underPolicy,
        handler: (req, { policyId = "" }) => {
          const policy = requirePolicy(store, policyId, names.key);
          const context = `${names.policyCollection}('${policy.id}')/${names.bulkJobCollection}`;
          return list(
            req,
            jobsOf((j) => j.policyId === policy.id),
            context,
          );
        },
      },
      {
        method: "GET",
        pattern: `${underPolicy}/:id`,
        handler: (req, { policyId = "", id = "" }) => {
          const policy = requirePolicy(store, policyId, names.key);
          return entity(req, names, requireJob(store, names, id, policy.id));
        },
      },
      {
        method: "GET",
        pattern: root,
        handler: (req) =>
          list(
            req,
            jobsOf(() => true),
            names.bulkJobCollection,
          ),
      },
      {
        method: "GET",
        pattern: `${root}/:id`,
        handler: (req, { id = "" }) => entity(req, names, requireJob(store, names, id)),
      },
    ];
  };
  return WORKLOAD_KEYS.flatMap((key) => perWorkload(WORKLOAD_NAMES[key]));
}
