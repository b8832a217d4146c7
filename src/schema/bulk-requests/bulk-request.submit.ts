// The one submit path of bulk restore requests for all three workloads (seed 002). Graph's rules, checked before
// the POST: the session is DRAFT and of the mutation's workload, holds no bulk request yet (one per session) and no
// manually added artifacts (never mixed), and the request names at most 10,000 resources.
import {
  type GraphRestoreArtifactsBulkAdditionRequest, type WorkloadKey,
} from "../../msgraph/models.js";
import { listPage } from "../../loaders/index.js";
import * as paths from "../../msgraph/paths.js";
import type { Context } from "../context.js";
import { BULK_KEYS, requireBulkEntries } from "../shared/bulk-entries.validate.js";
import { camelCase } from "../shared/enum.map.js";
import { badInput } from "../shared/errors.codes.js";
import { readIdempotencyKey, runIdempotent } from "../shared/idempotency.run.js";
import { findAll, hasMarker } from "../shared/idempotency.recover.js";
import { lookbackDates, requirePeriod } from "../shared/period.validate.js";
import { requireDisplayName, requireGuid } from "../shared/input.validate.js";
import { workloadNamesOrNone } from "../shared/workload.enums.js";
import type { SubmitMailboxRestoreBulkRequestInput } from "./bulk-request.input.js";
import { RestorePointPreference, RestorePointTag } from "../restore-points/restore-point.enums.js";
import { DestinationType, RestoreJobType } from "../sessions/session.enums.js";
import { toGraphTags } from "../restore-points/restore-point.map.js";
import { mapBulkRequest } from "./bulk-request.map.js";
import { requireDraft, sessionConflict } from "../sessions/session.guard.js";
import { RestoreBulkRequestPayload } from "./bulk-request.payload.js";

/** Graph's limit of users or sites in one bulk restore request (400 BulkRestoreRestorationResourcesCountExceedsLimit). */
export const MAX_BULK_RESTORE_RESOURCES = 10_000;

/** The workload-independent part of the three submit inputs; `names`/`ids` are read from the workload's fields. */
export type BulkRequestSubmission = Omit<SubmitMailboxRestoreBulkRequestInput, "mailboxes" | "directoryObjectIds"> & {
  operation: string;
  names?: readonly string[] | null;
  ids?: readonly string[] | null;
};

function options(input: BulkRequestSubmission) {
  const destination = input.destinationType ?? DestinationType.NEW;
  if (destination === DestinationType.UNKNOWN) throw badInput("input.destinationType", "destinationType must be NEW or IN_PLACE");
  const preference = input.restorePointPreference ?? RestorePointPreference.LATEST;
  if (preference === RestorePointPreference.UNKNOWN) throw badInput("input.restorePointPreference", "restorePointPreference must be LATEST or OLDEST");
  if (input.tags?.includes(RestorePointTag.UNKNOWN)) throw badInput("input.tags", "tags may hold FAST_RESTORE only", RestorePointTag.UNKNOWN);
  const now = Date.now();
  const period = requirePeriod("input.protectionTimePeriod", input.protectionTimePeriod ?? lookbackDates(now), now);
  const tags = toGraphTags(input.tags);
  return { protectionTimePeriod: period, destinationType: camelCase(destination), restorePointPreference: camelCase(preference), ...(tags ? { tags } : {}) };
}

export async function submitBulkRequest(ctx: Context, key: WorkloadKey, input: BulkRequestSubmission): Promise<RestoreBulkRequestPayload> {
  const sessionId = requireGuid("input.sessionId", input.sessionId);
  const idem = readIdempotencyKey(ctx, input.idempotencyKey);
  const displayName = requireDisplayName("input.displayName", input.displayName, 1024 - (idem?.marker.length ?? 0));
  const entries = requireBulkEntries(key, { names: input.names, ids: input.ids }, MAX_BULK_RESTORE_RESOURCES);
  const settings = options(input);

  const path = paths.sessionBulkRequests(key, sessionId);
  const keys = BULK_KEYS[key];
  const body = {
    displayName: `${displayName}${idem?.marker ?? ""}`,
    ...(entries.names.length ? { [keys.names]: entries.names } : {}),
    ...(entries.ids.length ? { [keys.ids]: entries.ids } : {}),
    ...settings,
  };
  const toPayload = (raw: GraphRestoreArtifactsBulkAdditionRequest) =>
    Object.assign(new RestoreBulkRequestPayload(), { request: mapBulkRequest(raw, key, sessionId) });
  return runIdempotent(ctx, idem, {
    operation: input.operation,
    // The default period moves with the clock; a retry that also leaves it out is the same request.
    request: { path, body: { ...body, protectionTimePeriod: input.protectionTimePeriod ? body.protectionTimePeriod : "default" } },
    check: () => requireEmptyDraft(ctx, key, sessionId),
    async create() {
      const raw = await ctx.graph.post<GraphRestoreArtifactsBulkAdditionRequest>(path, body);
      return { ref: { sessionId, id: raw.id }, result: toPayload(raw) };
    },
    async recover() {
      const [found] = await findAll<GraphRestoreArtifactsBulkAdditionRequest>(ctx, path, (r) => hasMarker(r.displayName, idem!.marker));
      return found ? { sessionId, id: found.id } : undefined;
    },
    replay: async (ref) => toPayload(await ctx.loaders.bulkRequest.load({ workload: key, sessionId, id: ref.id ?? "" })),
  });
}

async function requireEmptyDraft(ctx: Context, key: WorkloadKey, sessionId: string): Promise<void> {
  const session = await requireDraft(ctx, sessionId, "input.sessionId", "filled by a bulk request");
  const names = workloadNamesOrNone(session.workload);
  if (names?.key !== key) throw badInput("input.sessionId", `Restore session ${sessionId} is a ${session.workload} session`);
  const children = [paths.sessionBulkRequests(key, sessionId), paths.sessionArtifacts(key, sessionId)].map((p) => listPage(ctx.loaders, p));
  const [requests, artifacts] = await Promise.all(children);
  if (session.restoreJobType === RestoreJobType.BULK || requests!.value.length > 0) {
    throw sessionConflict(`Restore session ${sessionId} already has its bulk request; Graph processes one per session`,
      "BulkRequestAlreadySubmitted", "Create a new restore session for another bulk request.", "input.sessionId");
  }
  if (artifacts!.value.length > 0) {
    throw sessionConflict(`Restore session ${sessionId} holds manually added artifacts; bulk and manual additions cannot be mixed`,
      "RestoreSessionFilledManually", "Use an empty restore session for a bulk request.", "input.sessionId");
  }
}
