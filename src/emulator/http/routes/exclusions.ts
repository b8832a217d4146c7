import { BACKUP_ROOT, WORKLOAD_KEYS, WORKLOAD_NAMES, type WorkloadKey } from "../../../msgraph/models.js";
import { errors } from "../../wire/errors/graph.js";
import {
  createExclusionJob,
  exclusionJobJson,
  exclusionJobs,
  exclusionNames,
  exclusionUnitJson,
  exclusionUnits,
  type ExclusionJobRecord,
} from "../../model/exclusions.js";
import { pageOf } from "../paging.js";
import { applySelect } from "../query.js";
import { jsonBody, ok, type ApiRequest } from "../../wire/request.js";
import type { Route, RouteDeps } from "../router.js";
import { backupContext } from "../odata.js";
import { requirePolicy } from "./policies.js";

/**
 * Beta's exclusion units and their bulk jobs (reference §3.8), under their policy and at the root. On /v1.0 the
 * pipeline refuses these segments before routing (http/version.ts), so every route here answers beta only.
 */
export function exclusionRoutes({ store, pageSize }: RouteDeps): Route[] {
  const perWorkload = (workload: WorkloadKey): Route[] => {
    const names = exclusionNames(workload);
    const policies = `${BACKUP_ROOT}/${WORKLOAD_NAMES[workload].policyCollection}/:policyId`;
    const units = (req: ApiRequest, policyId?: string) =>
      [...exclusionUnits(store).values()].filter(
        (u) =>
          u.workload === workload &&
          u.createdDateTime <= req.now &&
          (policyId === undefined || u.policyId === policyId),
      );
    const jobs = (policyId?: string) =>
      [...exclusionJobs(store).values()].filter(
        (j) => j.workload === workload && (policyId === undefined || j.policyId === policyId),
      );
    const listUnits = (req: ApiRequest, context: string, policyId?: string) =>
      ok(
        pageOf(
          req,
          units(req, policyId).map((u) => exclusionUnitJson(store, u)),
          { contextUrl: backupContext(req, context), pageSize },
        ),
      );
    const listJobs = (req: ApiRequest, context: string, policyId?: string) =>
      ok(
        pageOf(
          req,
          jobs(policyId).map((j) => exclusionJobJson(j, req.now, false)),
          { contextUrl: backupContext(req, context), pageSize },
        ),
      );
    const unitEntity = (req: ApiRequest, id: string, policyId?: string) => {
      const unit = units(req, policyId).find((u) => u.id.toLowerCase() === id.toLowerCase());
      if (!unit) throw errors.resourceNotFound(req.path);
      return ok({
        "@odata.context": backupContext(req, `${names.unitCollection}/$entity`),
        ...applySelect(req, exclusionUnitJson(store, unit)),
      });
    };
    const jobEntity = (req: ApiRequest, job: ExclusionJobRecord | undefined, status = 200) => {
      if (!job) throw errors.resourceNotFound(req.path);
      const json = exclusionJobJson(job, req.now, true);
      return ok({ "@odata.context": backupContext(req, `${names.jobCollection}/$entity`), ...json }, status);
    };
    const findJob = (id: string, policyId?: string) =>
      jobs(policyId).find((j) => j.id.toLowerCase() === id.toLowerCase());
    const policyOf = (policyId: string) => requirePolicy(store, policyId, workload).id;
    return [
      {
        method: "GET",
        pattern: `${policies}/${names.unitCollection}`,
        handler: (req, { policyId = "" }) => {
          const id = policyOf(policyId);
          return listUnits(req, `${WORKLOAD_NAMES[workload].policyCollection}('${id}')/${names.unitCollection}`, id);
        },
      },
      {
        method: "GET",
        pattern: `${policies}/${names.unitCollection}/:id`,
        handler: (req, { policyId = "", id = "" }) => unitEntity(req, id, policyOf(policyId)),
      },
      {
        method: "POST",
        pattern: `${policies}/${names.jobCollection}`,
        handler: (req, { policyId = "" }) =>
          jobEntity(
            req,
            createExclusionJob(store, requirePolicy(store, policyId, workload), jsonBody(req), req.now),
            201,
          ),
      },
      {
        method: "GET",
        pattern: `${policies}/${names.jobCollection}`,
        handler: (req, { policyId = "" }) => {
          const id = policyOf(policyId);
          return listJobs(req, `${WORKLOAD_NAMES[workload].policyCollection}('${id}')/${names.jobCollection}`, id);
        },
      },
      {
        method: "GET",
        pattern: `${policies}/${names.jobCollection}/:id`,
        handler: (req, { policyId = "", id = "" }) => jobEntity(req, findJob(id, policyOf(policyId))),
      },
      {
        method: "GET",
        pattern: `${BACKUP_ROOT}/${names.unitCollection}`,
        handler: (req) => listUnits(req, names.unitCollection),
      },
      {
        method: "GET",
        pattern: `${BACKUP_ROOT}/${names.unitCollection}/:id`,
        handler: (req, { id = "" }) => unitEntity(req, id),
      },
      {
        method: "GET",
        pattern: `${BACKUP_ROOT}/${names.jobCollection}`,
        handler: (req) => listJobs(req, names.jobCollection),
      },
      {
        method: "GET",
        pattern: `${BACKUP_ROOT}/${names.jobCollection}/:id`,
        handler: (req, { id = "" }) => jobEntity(req, findJob(id)),
      },
    ];
  };
  return WORKLOAD_KEYS.flatMap(perWorkload);
}
