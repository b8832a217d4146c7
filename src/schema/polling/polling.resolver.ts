// pollAfterSeconds at read time: the mapped value (state and idle time) raised to Graph's latest Retry-After, which
// only the request's Graph client knows. One resolver per polled interface; implementations inherit it.
import { Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { ProtectionUnitsBulkAdditionJob } from "../jobs/job.interface.js";
import { RestoreArtifactsBulkAdditionRequest } from "../bulk-requests/bulk-request.type.js";
import { RestoreSession } from "../sessions/session.interface.js";
import { withRetryAfter } from "../shared/polling.hints.js";

const pollAfter = (root: { pollAfterSeconds: number | null }, ctx: Context) =>
  withRetryAfter(root.pollAfterSeconds, ctx.graph.retryAfterMs());

@Resolver(() => RestoreSession)
export class SessionPollingResolver {
  @FieldResolver(() => Int, { nullable: true })
  pollAfterSeconds(@Root() session: RestoreSession, @Ctx() ctx: Context): number | null {
    return pollAfter(session, ctx);
  }
}

@Resolver(() => ProtectionUnitsBulkAdditionJob)
export class JobPollingResolver {
  @FieldResolver(() => Int, { nullable: true })
  pollAfterSeconds(@Root() job: ProtectionUnitsBulkAdditionJob, @Ctx() ctx: Context): number | null {
    return pollAfter(job, ctx);
  }
}

@Resolver(() => RestoreArtifactsBulkAdditionRequest)
export class BulkRequestPollingResolver {
  @FieldResolver(() => Int, { nullable: true })
  pollAfterSeconds(@Root() request: RestoreArtifactsBulkAdditionRequest, @Ctx() ctx: Context): number | null {
    return pollAfter(request, ctx);
  }
}
