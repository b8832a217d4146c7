import { Ctx, FieldResolver, Query, Resolver } from "type-graphql";
import { listPage } from "../../loaders/index.js";
import type { GraphServiceApp } from "../../msgraph/models.js";
import { iterateItems } from "../../msgraph/paginate.js";
import * as paths from "../../msgraph/paths.js";
import type { Context } from "../context.js";
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

  @FieldResolver(() => [ServiceApp], {
    description: "Every controller app registered for the service (a tenant has a handful), across all of Graph's pages.",
  })
  async serviceApps(@Ctx() ctx: Context): Promise<ServiceApp[]> {
    const apps: ServiceApp[] = [];
    const pages = iterateItems<GraphServiceApp, object>((link) => listPage(ctx.loaders, link), paths.serviceApps());
    for await (const raw of pages) apps.push(mapServiceApp(raw));
    return apps;
  }
}
