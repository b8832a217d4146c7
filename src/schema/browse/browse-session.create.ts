// Creates a browse session at most once per idempotencyKey. After a lost connection the gateway adopts a session
// only when it is sure: exactly one session of the workload on the same restore point, created while the lost
// attempt ran. A stray duplicate would be harmless anyway: Graph deletes browse sessions when they expire.
import type { GraphBrowseSession } from "../../msgraph/models.js";
import * as paths from "../../msgraph/paths.js";
import type { Context } from "../context.js";
import { createdDuring, findAll } from "../shared/idempotency.recover.js";
import { readIdempotencyKey, runIdempotent } from "../shared/idempotency.run.js";
import { loadBrowseSession } from "./browse-session.load.js";
import { mapBrowseSession } from "./browse-session.map.js";
import { BrowseSessionPayload } from "./browse-session.payload.js";
import type { CreateBrowseSessionInput } from "./browse.input.js";
import { requireBrowseWorkload, requireOpaqueId } from "./browse.validate.js";

const payload = (session: BrowseSessionPayload["session"]) => Object.assign(new BrowseSessionPayload(), { session });

export async function createBrowseSession(ctx: Context, input: CreateBrowseSessionInput): Promise<BrowseSessionPayload> {
  const key = requireBrowseWorkload("input.workload", input.workload);
  const restorePointId = requireOpaqueId("input.restorePointId", input.restorePointId);
  const idem = readIdempotencyKey(ctx, input.idempotencyKey);
  const path = paths.browseSessions(key);
  const body = { restorePointId };
  return runIdempotent(ctx, idem, {
    operation: "createBrowseSession",
    request: { path, body },
    async create() {
      const raw = await ctx.graph.post<GraphBrowseSession>(path, body);
      return { ref: { id: raw.id }, result: payload(mapBrowseSession(raw, key)) };
    },
    async recover(lost) {
      const found = await findAll<GraphBrowseSession>(
        ctx,
        path,
        (s) => s.restorePointId?.toLowerCase() === restorePointId.toLowerCase() && createdDuring(s.createdDateTime, lost),
      );
      return found.length === 1 ? { id: found[0]!.id } : undefined;
    },
    replay: async (ref) => {
      ctx.upstream.readFresh();
      return payload(await loadBrowseSession(ctx, ref.id ?? "", "input.idempotencyKey"));
    },
  });
}
