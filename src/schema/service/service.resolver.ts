import { Ctx, FieldResolver, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { parseGraphDate } from "../shared/dates.js";
import { fromGraphEnum } from "../shared/enums.js";
import { mapIdentitySet } from "../shared/map.js";
import { BackupRestoreService, BackupServiceStatus, ServiceStatus } from "./service.type.js";

@Resolver(() => BackupRestoreService)
export class ServiceResolver {
  @Query(() => BackupRestoreService, { description: "The tenant's Backup Storage service." })
  backupRestore(): BackupRestoreService {
    return new BackupRestoreService();
  }

  @FieldResolver(() => ServiceStatus, { description: "Whether the service is enabled; read from Graph once per request." })
  async serviceStatus(@Ctx() ctx: Context): Promise<ServiceStatus> {
    const raw = (await ctx.loaders.root.load("root")).serviceStatus ?? {};
    return Object.assign(new ServiceStatus(), {
      status: fromGraphEnum(BackupServiceStatus, raw.status, BackupServiceStatus.UNKNOWN),
      gracePeriodDateTime: parseGraphDate(raw.gracePeriodDateTime),
      restoreAllowedTillDateTime: parseGraphDate(raw.restoreAllowedTillDateTime),
      lastModifiedBy: mapIdentitySet(raw.lastModifiedBy),
      lastModifiedDateTime: parseGraphDate(raw.lastModifiedDateTime),
    });
  }
}
