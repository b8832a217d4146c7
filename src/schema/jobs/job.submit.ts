// The one submit path of bulk addition jobs for all three workloads: validate everything, check the policy's
// workload, then POST under the policy at most once per idempotencyKey.
import * as paths from "../../msgraph/paths.js";
import { WORKLOAD_NAMES, type GraphProtectionUnitsBulkAdditionJob, type WorkloadKey } from "../../msgraph/models.js";
import type { Context } from "../context.js";
import { loadPolicy } from "../policies/policy.load.js";
import { BULK_KEYS, requireBulkEntries } from "../shared/bulk-entries.validate.js";
import { badInput, GatewayErrorCode, gatewayError } from "../shared/errors.codes.js";
import { readIdempotencyKey, runIdempotent } from "../shared/idempotency.run.js";
import { findAll, hasMarker } from "../shared/idempotency.recover.js";
import { requireDisplayName, requireGuid } from "../shared/input.validate.js";
import { loadJob } from "./job.resolver.js";
import { mapJob } from "./job.map.js";
import { BulkAdditionJobPayload } from "./job.payload.js";
import type { ProtectionUnitsBulkAdditionJob } from "./job.interface.js";

/** Graph's documented ceiling of one job (mailboxes + ids, ...). */
export const MAX_JOB_ENTRIES = 50_000;

export interface JobSubmission {
  operation: string;
  policyId: string;
  displayName: string;
  names?: readonly string[] | null;
  ids?: readonly string[] | null;
  idempotencyKey?: string | null;
}

function payload(job: ProtectionUnitsBulkAdditionJob): BulkAdditionJobPayload {
  return Object.assign(new BulkAdditionJobPayload(), { job });
}

export async function submitJob(ctx: Context, key: WorkloadKey, input: JobSubmission): Promise<BulkAdditionJobPayload> {
  const policyId = requireGuid("input.policyId", input.policyId);
  const idem = readIdempotencyKey(ctx, input.idempotencyKey);
  const displayName = requireDisplayName("input.displayName", input.displayName, 1024 - (idem?.marker.length ?? 0));
  const entries = requireBulkEntries(key, { names: input.names, ids: input.ids }, MAX_JOB_ENTRIES);

  const names = WORKLOAD_NAMES[key];
  const keys = BULK_KEYS[key];
  const path = paths.policyBulkJobs(key, policyId);
  const body = {
    displayName: `${displayName}${idem?.marker ?? ""}`,
    ...(entries.names.length ? { [keys.names]: entries.names } : {}),
    ...(entries.ids.length ? { [keys.ids]: entries.ids } : {}),
  };
  const toJob = (raw: GraphProtectionUnitsBulkAdditionJob) => {
    const job = mapJob(raw, key);
    if (!job) throw gatewayError(GatewayErrorCode.INTERNAL_SERVER_ERROR, "Graph answered with a job of a type this gateway does not know");
    return job;
  };
  return runIdempotent(ctx, idem, {
    operation: input.operation,
    request: { path, body },
    async check() {
      const policy = await loadPolicy(ctx, policyId, "input.policyId");
      if (policy.names.key !== key) {
        throw badInput("input.policyId", `Policy ${policyId} is a ${policy.names.key} policy; this mutation submits ${names.bulkJobCollection}`);
      }
    },
    async create() {
      const job = toJob(await ctx.graph.post<GraphProtectionUnitsBulkAdditionJob>(path, body));
      return { ref: { workload: key, id: job.id }, result: payload(job) };
    },
    async recover() {
      // The marker is unique to the caller's key, so any job carrying it is the lost attempt's.
      const [found] = await findAll<GraphProtectionUnitsBulkAdditionJob>(ctx, path, (j) => hasMarker(j.displayName, idem!.marker));
      return found ? { workload: key, id: found.id } : undefined;
    },
    replay: async (ref) => payload(await loadJob(ctx, key, ref.id ?? "")),
  });
}
