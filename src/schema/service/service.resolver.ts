import { Ctx, FieldResolver, Query, Resolver } from "type-graphql";
import { BACKUP_ROOT, type GraphCollection, type GraphServiceApp } from "../../msgraph/models.js";
import type { Context } from "../context.js";
import { mapServiceApp, mapServiceStatus } from "./service.map.js";
import { BackupRestoreService, ServiceApp, ServiceStatus } from "./service.type.js";

/** A tenant has a handful of service apps; walk at most this many pages of them. */
const MAX_APP_PAGES = 10;

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

  @FieldResolver(() => [ServiceApp], { description: "The controller apps registered for the service." })
  async serviceApps(@Ctx() ctx: Context): Promise<ServiceApp[]> {
    const apps: ServiceApp[] = [];
    let link: string | undefined = `${BACKUP_ROOT}/serviceApps`;
    for (let pages = 0; link && pages < MAX_APP_PAGES; pages++) {
      const page = (await ctx.loaders.page.load(link)) as GraphCollection<GraphServiceApp>;
      apps.push(...page.value.map(mapServiceApp));
      link = page["@odata.nextLink"];
    }
    return apps;
  }
}
