import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { GraphRestoreArtifactsBulkAdditionRequest } from "../../msgraph/models.js";
import { listPage } from "../../loaders/index.js";
import type { Context } from "../context.js";
import { ConnectionArgs } from "../shared/connection.args.js";
import { emptyConnection } from "../shared/connection.type.js";
import { pageSize, paginate } from "../shared/connection.paginate.js";
import { workloadNames } from "../shared/workload.enums.js";
import { RestoreSession } from "../sessions/session.interface.js";
import { sessionListPath } from "../sessions/session.prefetch.js";
import { RestoreArtifactsBulkAdditionRequestConnection } from "./bulk-request.connection.js";
import { mapBulkRequest } from "./bulk-request.map.js";
import type { RestoreArtifactsBulkAdditionRequest } from "./bulk-request.type.js";

@Resolver(() => RestoreSession)
export class SessionBulkRequestsResolver {
  @FieldResolver(() => RestoreArtifactsBulkAdditionRequestConnection, { description: "The session's bulk addition request (Graph allows one), as a list." })
  bulkAdditionRequests(
    @Root() session: RestoreSession,
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) { first, after }: ConnectionArgs,
  ) {
    const path = sessionListPath(session.id, session.workload, "bulkAdditionRequests");
    if (!path) return emptyConnection();
    const key = workloadNames(session.workload).key;
    return paginate<GraphRestoreArtifactsBulkAdditionRequest, RestoreArtifactsBulkAdditionRequest>({
      collectionPath: path,
      graphBaseUrl: ctx.graph.baseUrl,
      first: pageSize(first, 50, ctx.maxPageSize),
      after,
      fetchPage: (link) => listPage(ctx.loaders, link),
      map: (raw) => mapBulkRequest(raw, key, session.id, true),
    });
  }
}
