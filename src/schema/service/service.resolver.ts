import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver } from "type-graphql";
import { listPage } from "../../loaders/index.js";
import type { GraphServiceApp } from "../../msgraph/models.js";
import * as paths from "../../msgraph/paths.js";
import type { Context } from "../context.js";
import { ConnectionArgs } from "../shared/connection.args.js";
import { pageSize, paginate } from "../shared/connection.paginate.js";
import { requireGuid } from "../shared/input.validate.js";
import { ServiceAppConnection } from "./service.connection.js";
import { mapServiceApp, mapServiceStatus } from "./service.map.js";
import { BackupRestoreService, ServiceApp, ServiceStatus } from "./service.type.js";

@Resolver(() => BackupRestoreService)
export class ServiceResolver {
  @Query(() => BackupRestoreService, { description: "The tenant's Backup Storage service." })
  backupRestore(): BackupRestoreService {
    return new BackupRestoreService();
  }

  @FieldResolver(() => ServiceStatus, { description: "Whether the service is enabled; read from Graph once per request." })
  async serviceStatus(@Ctx() ctx: Context): Promise<ServiceStatus> {
    return mapServiceStatus((await ctx.loaders.root.load("root")).serviceStatus ?? {});
  }

  @FieldResolver(() => ServiceAppConnection, {
    description: "The controller apps registered for the service, page by page (default 50 per page).",
  })
  serviceApps(@Ctx() ctx: Context, @Args(() => ConnectionArgs) { first, after }: ConnectionArgs) {
    return paginate<GraphServiceApp, ServiceApp>({
      collectionPath: paths.serviceApps(),
      graphBaseUrl: ctx.graph.baseUrl,
      first: pageSize(first, 50, ctx.maxPageSize),
      after,
      fetchPage: (link) => listPage(ctx.loaders, link),
      map: mapServiceApp,
    });
  }

  @FieldResolver(() => ServiceApp, { nullable: true, description: "One controller app by id; a NOT_FOUND error when Graph has none." })
  async serviceApp(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<ServiceApp> {
    return mapServiceApp(await ctx.graph.get<GraphServiceApp>(paths.serviceApp(requireGuid("id", id))));
  }
}
