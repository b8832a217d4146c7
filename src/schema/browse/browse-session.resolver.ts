import { Arg, Args, Ctx, Directive, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { BrowseWorkloadKey, GraphBrowseSession } from "../../msgraph/models.js";
import * as paths from "../../msgraph/paths.js";
import { listPage } from "../../loaders/index.js";
import type { Context } from "../context.js";
import { ConnectionArgs } from "../shared/connection.args.js";
import { connectionType } from "../shared/connection.type.js";
import { pageSize, paginate } from "../shared/connection.paginate.js";
import { hintTerminal, STATUS_CACHE_HINT, withRetryAfter } from "../shared/polling.hints.js";
import { BrowseItemConnection } from "./browse-item.type.js";
import { browse } from "./browse.query.js";
import { BrowseInput, BrowseSessionFilter, CreateBrowseSessionInput } from "./browse.input.js";
import { createBrowseSession } from "./browse-session.create.js";
import { loadBrowseSession } from "./browse-session.load.js";
import { mapBrowseSession } from "./browse-session.map.js";
import { BrowseSessionPayload } from "./browse-session.payload.js";
import { BrowseSession } from "./browse-session.type.js";
import { requireBrowseWorkload } from "./browse.validate.js";

export { loadBrowseSession } from "./browse-session.load.js";

const BrowseSessionConnection = connectionType(BrowseSession, "BrowseSession");

@Resolver(() => BrowseSession)
export class BrowseSessionResolver {
  @Query(() => BrowseSessionConnection, {
    description: "Browse sessions of OneDrive and SharePoint (Graph keeps them until they expire), page by page. status is applied by the gateway.",
  })
  browseSessions(
    @Ctx() ctx: Context,
    @Arg("filter", () => BrowseSessionFilter, { nullable: true }) filter: BrowseSessionFilter | null | undefined,
    @Args(() => ConnectionArgs) { first, after }: ConnectionArgs,
  ) {
    const key: BrowseWorkloadKey | undefined = filter?.workload ? requireBrowseWorkload("filter.workload", filter.workload) : undefined;
    const statuses = filter?.status?.length ? new Set(filter.status) : undefined;
    return paginate<GraphBrowseSession, BrowseSession>({
      collectionPath: paths.browseSessions(key),
      graphBaseUrl: ctx.graph.baseUrl,
      first: pageSize(first, 50, ctx.maxPageSize),
      after,
      fetchPage: (link) => listPage(ctx.loaders, link),
      map: (raw) => mapBrowseSession(raw, key),
      filter: statuses ? (s) => statuses.has(s.status) : undefined,
    });
  }

  @Query(() => BrowseSession, { nullable: true, description: "One browse session; poll it until isTerminal. NOT_FOUND when Graph has none (expired sessions are deleted)." })
  @Directive(STATUS_CACHE_HINT)
  async browseSession(@Arg("id", () => ID) id: string, @Ctx() ctx: Context, @Info() info: unknown) {
    const session = await loadBrowseSession(ctx, id);
    hintTerminal(info, session.isTerminal);
    return session;
  }

  @Query(() => BrowseItemConnection, {
    description:
      "The top-level locations of a CREATED browse session, or the items inside input.itemKey, one Graph page per upstream call. The cursor carries Graph's own continuation.",
  })
  browse(
    @Arg("input", () => BrowseInput) input: BrowseInput,
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) { first, after }: ConnectionArgs,
  ) {
    return browse(ctx, input, first, after);
  }

  @Mutation(() => BrowseSessionPayload, {
    description: "Creates a browse session (CREATING, then CREATED or FAILED) over a FAST_RESTORE restore point of a OneDrive or a site.",
  })
  createBrowseSession(@Arg("input", () => CreateBrowseSessionInput) input: CreateBrowseSessionInput, @Ctx() ctx: Context) {
    return createBrowseSession(ctx, input);
  }

  @FieldResolver(() => Int, { nullable: true })
  pollAfterSeconds(@Root() session: BrowseSession, @Ctx() ctx: Context): number | null {
    return withRetryAfter(session.pollAfterSeconds, ctx.graph.retryAfterMs());
  }
}
