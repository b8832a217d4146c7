import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, Directive, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import {
  type GraphRestoreArtifact,
  type GraphRestoreSession,
} from "../../msgraph/models.js";
import * as paths from "../../msgraph/paths.js";
import { listPage } from "../../loaders/index.js";
import type { Context } from "../context.js";
import { ConnectionArgs } from "../shared/connection.args.js";
import { emptyConnection } from "../shared/connection.type.js";
import { pageSize, paginate } from "../shared/connection.paginate.js";
import { hintTerminal, STATUS_CACHE_HINT } from "../shared/polling.hints.js";
import { requireGuid } from "../shared/input.validate.js";
import { workloadNames } from "../shared/workload.enums.js";
import type { RestoreArtifact } from "./artifact.type.js";
import { RestoreArtifactConnection, RestoreSessionConnection } from "./session.connection.js";
import { RestoreSessionFilter } from "./session.filter.js";
import { mapArtifact, mapSession } from "./session.map.js";
import { RestoreSession } from "./session.interface.js";
import { prefetchSessionLists, rememberSessionWorkload, sessionListPath } from "./session.prefetch.js";

/** Reads a session through the request's session loader; `fresh` skips the request cache (after a change). */
export async function loadSession(ctx: Context, id: string, field = "id", fresh = false): Promise<RestoreSession> {
  const sessionId = requireGuid(field, id);
  if (fresh) ctx.loaders.session.clear(sessionId);
  const session = mapSession(await ctx.loaders.session.load(sessionId));
  rememberSessionWorkload(ctx, session.id, session.workload);
  return session;
}

@Resolver(() => RestoreSession)
export class SessionResolver {
  @Query(() => RestoreSessionConnection, { description: "Restore sessions of all workloads or of one, page by page." })
  restoreSessions(
    @Ctx() ctx: Context,
    @Arg("filter", () => RestoreSessionFilter, { nullable: true }) filter: RestoreSessionFilter | null | undefined,
    @Args(() => ConnectionArgs) { first, after }: ConnectionArgs,
  ) {
    const names = filter?.workload ? workloadNames(filter.workload) : undefined;
    const statuses = filter?.status?.length ? new Set(filter.status) : undefined;
    return paginate<GraphRestoreSession, RestoreSession>({
      collectionPath: paths.restoreSessions(names?.key),
      graphBaseUrl: ctx.graph.baseUrl,
      first: pageSize(first, 50, ctx.maxPageSize),
      after,
      fetchPage: (link) => listPage(ctx.loaders, link),
      map: (raw) => {
        const session = mapSession(raw, names?.key);
        rememberSessionWorkload(ctx, session.id, session.workload);
        return session;
      },
      filter: statuses ? (s) => statuses.has(s.status) : undefined,
    });
  }

  @Query(() => RestoreSession, { nullable: true, description: "One restore session; poll it until isTerminal. NOT_FOUND when Graph has none." })
  @Directive(STATUS_CACHE_HINT)
  async restoreSession(@Arg("id", () => ID) id: string, @Ctx() ctx: Context, @Info() info: unknown) {
    const sessionId = requireGuid("id", id);
    const loading = loadSession(ctx, sessionId);
    // In the same tick as the session's GET, so both go out in one $batch.
    prefetchSessionLists(ctx, sessionId, info as GraphQLResolveInfo);
    const session = await loading;
    hintTerminal(info, session.isTerminal);
    return session;
  }

  @FieldResolver(() => RestoreArtifactConnection, { description: "What the session restores, page by page." })
  artifacts(
    @Root() session: RestoreSession,
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) { first, after }: ConnectionArgs,
  ) {
    const path = sessionListPath(session.id, session.workload, "artifacts");
    // A session of a kind this gateway does not model has no artifact collection it knows how to read.
    if (!path) return emptyConnection();
    const key = workloadNames(session.workload).key;
    return paginate<GraphRestoreArtifact, RestoreArtifact>({
      collectionPath: path,
      graphBaseUrl: ctx.graph.baseUrl,
      first: pageSize(first, 50, ctx.maxPageSize),
      after,
      fetchPage: (link) => listPage(ctx.loaders, link),
      map: (raw) => mapArtifact(raw, key),
    });
  }
}
