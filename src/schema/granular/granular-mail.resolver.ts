import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { GraphGranularMailboxRestoreArtifact } from "../../msgraph/models.js";
import { listPage } from "../../loaders/index.js";
import type { Context } from "../context.js";
import { ConnectionArgs } from "../shared/connection.args.js";
import { emptyConnection } from "../shared/connection.type.js";
import { pageSize, paginate } from "../shared/connection.paginate.js";
import { sessionListPath } from "../sessions/session.prefetch.js";
import { ExchangeRestoreSession } from "../sessions/session.type.js";
import { mapGranularMailArtifact } from "./granular-mail.map.js";
import { GranularMailboxRestoreArtifactConnection, type GranularMailboxRestoreArtifact } from "./granular-mail.type.js";

@Resolver(() => ExchangeRestoreSession)
export class GranularMailArtifactsResolver {
  @FieldResolver(() => GranularMailboxRestoreArtifactConnection, {
    description: "The mail items this session restores (granular mailbox artifacts, each from one restore point search), page by page.",
  })
  granularArtifacts(
    @Root() session: ExchangeRestoreSession,
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) { first, after }: ConnectionArgs,
  ) {
    const path = sessionListPath(session.id, session.workload, "granularArtifacts");
    if (!path) return emptyConnection();
    return paginate<GraphGranularMailboxRestoreArtifact, GranularMailboxRestoreArtifact>({
      collectionPath: path,
      graphBaseUrl: ctx.graph.baseUrl,
      first: pageSize(first, 50, ctx.maxPageSize),
      after,
      fetchPage: (link) => listPage(ctx.loaders, link),
      map: (raw) => mapGranularMailArtifact(raw),
    });
  }
}
