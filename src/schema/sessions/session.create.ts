// Creates a DRAFT restore session at most once per idempotencyKey. Sessions carry no name a marker could go in,
// so after a lost connection the gateway adopts a session only when it is sure: exactly one DRAFT session of the
// workload, created while the lost attempt ran (give or take clock skew), holding exactly the requested restore
// points. Otherwise it creates anew; a stray duplicate would be an inert DRAFT (it restores nothing until
// activated) that can be deleted.
import {
  type GraphGranularMailboxRestoreArtifact, type GraphRestoreArtifact, type GraphRestoreSession, type WorkloadKey, type WorkloadNames,
} from "../../msgraph/models.js";
import { listPage } from "../../loaders/index.js";
import * as paths from "../../msgraph/paths.js";
import type { LostAttempt } from "../../stores/idempotency.js";
import type { Context } from "../context.js";
import { fromGraphEnum } from "../shared/enum.map.js";
import { badInput } from "../shared/errors.codes.js";
import { readIdempotencyKey, runIdempotent } from "../shared/idempotency.run.js";
import { createdDuring, findAll } from "../shared/idempotency.recover.js";
import { workloadNamesOrNone } from "../shared/workload.enums.js";
import { granularMailStubBody, requireGranularMailStubs, type GranularMailStub } from "../granular/granular-mail.stubs.js";
import { requireArtifactStubs, stubBody, type ArtifactStub } from "./artifact.stubs.js";
import { DestinationType, RestoreJobType, RestoreSessionStatus } from "./session.enums.js";
import { mapSession } from "./session.map.js";
import type { CreateRestoreSessionInput } from "./session.input.js";
import { RestoreSessionPayload } from "./session.payload.js";
import { loadSession } from "./session.resolver.js";

/** Graph documents no number for a create; its PATCH takes 50, and so does the emulator's create. */
export const MAX_ARTIFACTS_PER_CREATE = 50;
const GRANULAR_MAIL_COLLECTION = "granularMailboxRestoreArtifacts";

function payload(session: RestoreSessionPayload["session"]): RestoreSessionPayload {
  return Object.assign(new RestoreSessionPayload(), { session });
}

export async function createRestoreSession(ctx: Context, input: CreateRestoreSessionInput): Promise<RestoreSessionPayload> {
  const names = workloadNamesOrNone(input.workload);
  if (!names) throw badInput("input.workload", "UNKNOWN is not a workload to restore");
  const stubs = requireArtifactStubs("input.artifacts", input.artifacts ?? [], MAX_ARTIFACTS_PER_CREATE);
  const granular = requireGranular(input, names.key);
  const idem = readIdempotencyKey(ctx, input.idempotencyKey);
  const path = paths.restoreSessions(names.key);
  // An empty body creates an empty session for the bulk flow; an empty artifact list would be refused.
  const body = {
    ...(stubs.length ? { [names.restoreArtifactCollection]: stubs.map(stubBody) } : {}),
    ...(granular.length ? { [GRANULAR_MAIL_COLLECTION]: granular.map(granularMailStubBody) } : {}),
  };
  return runIdempotent(ctx, idem, {
    operation: "createRestoreSession",
    request: { path, body },
    async create() {
      const raw = await ctx.graph.post<GraphRestoreSession>(path, body);
      ctx.loaders.session.clear(raw.id);
      return { ref: { id: raw.id }, result: payload(mapSession(raw, names.key)) };
    },
    recover: async (lost) => {
      const id = await findLostSession(ctx, names, { stubs, granular }, lost);
      return id ? { id } : undefined;
    },
    replay: async (ref) => payload(await loadSession(ctx, ref.id ?? "", "input.idempotencyKey", true)),
  });
}

/** Granular mailbox stubs: Exchange only, each list at most 50, and one destination type with the whole mailboxes. */
function requireGranular(input: CreateRestoreSessionInput, key: WorkloadKey): GranularMailStub[] {
  const field = "input.granularMailboxArtifacts";
  const given = input.granularMailboxArtifacts ?? [];
  if (given.length && key !== "exchange") throw badInput(field, "Only EXCHANGE restore sessions restore mail items");
  const granular = requireGranularMailStubs(field, given, MAX_ARTIFACTS_PER_CREATE);
  const destinations = new Set([...(input.artifacts ?? []), ...given].map((a) => a.destinationType ?? DestinationType.NEW));
  if (destinations.size > 1) throw badInput(`${field}.destinationType`, "All artifacts of a restore session share one destinationType, whole mailboxes and mail items alike");
  return granular;
}

interface Requested {
  stubs: ArtifactStub[];
  granular: GranularMailStub[];
}

async function findLostSession(ctx: Context, names: WorkloadNames, requested: Requested, lost: LostAttempt): Promise<string | undefined> {
  const collection = paths.restoreSessions(names.key);
  // Nobody else knows the lost session's id, so it cannot have been filled by a bulk request since.
  const candidates = await findAll<GraphRestoreSession>(ctx, collection, (s) =>
    fromGraphEnum(RestoreSessionStatus, s.status, RestoreSessionStatus.UNKNOWN) === RestoreSessionStatus.DRAFT
    && fromGraphEnum(RestoreJobType, s.restoreJobType, RestoreJobType.UNKNOWN) !== RestoreJobType.BULK
    && createdDuring(s.createdDateTime, lost),
  );
  const wanted = new Set(requested.stubs.map((s) => s.restorePointId.toLowerCase()));
  const wantedSearches = new Set(requested.granular.map((s) => s.searchResponseId));
  const holds = await Promise.all(candidates.map(async (candidate) => {
    const [page, granularPage] = await Promise.all([
      listPage<GraphRestoreArtifact>(ctx.loaders, paths.sessionArtifacts(names.key, candidate.id)),
      names.key === "exchange"
        ? listPage<GraphGranularMailboxRestoreArtifact>(ctx.loaders, paths.sessionGranularMailboxArtifacts(candidate.id))
        : undefined,
    ]);
    const held = page.value.map((a) => a.restorePoint?.id?.toLowerCase() ?? "");
    const heldSearches = granularPage?.value.map((a) => a.searchResponseId ?? "") ?? [];
    return !page["@odata.nextLink"] && !granularPage?.["@odata.nextLink"]
      && held.length === wanted.size && held.every((id) => wanted.has(id))
      && heldSearches.length === wantedSearches.size && heldSearches.every((id) => wantedSearches.has(id));
  }));
  const matching = candidates.filter((_, i) => holds[i]);
  return matching.length === 1 ? matching[0]!.id : undefined;
}
