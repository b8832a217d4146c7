import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { GranularItemWorkload, GraphGranularRestoreArtifact } from "../../msgraph/models.js";
import * as paths from "../../msgraph/paths.js";
import { listPage } from "../../loaders/index.js";
import type { Context } from "../context.js";
import { ConnectionArgs } from "../shared/connection.args.js";
import { pageSize, paginate } from "../shared/connection.paginate.js";
import { OneDriveForBusinessRestoreSession, SharePointRestoreSession } from "../sessions/session.type.js";
import { mapGranularItem } from "./granular-items.map.js";
import {
  GranularDriveRestoreArtifactConnection,
  GranularSiteRestoreArtifactConnection,
  type GranularRestoreArtifact,
} from "./granular-items.type.js";

const HOW = "page by page, each with its status, start and completion times and, once restored, restoredItemPath and restoredItemWebUrl.";

function granularPage(ctx: Context, sessionId: string, workload: GranularItemWorkload, { first, after }: ConnectionArgs) {
  return paginate<GraphGranularRestoreArtifact, GranularRestoreArtifact>({
    collectionPath: paths.sessionGranularItems(workload, sessionId),
    graphBaseUrl: ctx.graph.baseUrl,
    first: pageSize(first, 50, ctx.maxPageSize),
    after,
    fetchPage: (link) => listPage(ctx.loaders, link),
    map: (raw) => mapGranularItem(raw, workload === "sharePoint"),
  });
}

@Resolver(() => OneDriveForBusinessRestoreSession)
export class DriveGranularItemsResolver {
  @FieldResolver(() => GranularDriveRestoreArtifactConnection, { description: `The OneDrive items picked while browsing that this session restores, ${HOW}` })
  granularArtifacts(@Root() session: OneDriveForBusinessRestoreSession, @Ctx() ctx: Context, @Args(() => ConnectionArgs) args: ConnectionArgs) {
    return granularPage(ctx, session.id, "oneDriveForBusiness", args);
  }
}

@Resolver(() => SharePointRestoreSession)
export class SiteGranularItemsResolver {
  @FieldResolver(() => GranularSiteRestoreArtifactConnection, { description: `The site items picked while browsing that this session restores, ${HOW}` })
  granularArtifacts(@Root() session: SharePointRestoreSession, @Ctx() ctx: Context, @Args(() => ConnectionArgs) args: ConnectionArgs) {
    return granularPage(ctx, session.id, "sharePoint", args);
  }
}
