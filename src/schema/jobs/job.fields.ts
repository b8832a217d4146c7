// Graph leaves the submitted entries out of job lists; these fields read the job itself when a list did.
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { completeLazily } from "../shared/partial.complete.js";
import { workloadNames } from "../shared/workload.enums.js";
import { loadJob } from "./job.resolver.js";
import type { ProtectionUnitsBulkAdditionJob } from "./job.interface.js";
import {
  DriveProtectionUnitsBulkAdditionJob,
  MailboxProtectionUnitsBulkAdditionJob,
  SiteProtectionUnitsBulkAdditionJob,
} from "./job.type.js";

async function full<T extends ProtectionUnitsBulkAdditionJob>(ctx: Context, job: T): Promise<T> {
  return completeLazily(job, async () => (await loadJob(ctx, workloadNames(job.workload).key, job.id)) as T);
}

@Resolver(() => MailboxProtectionUnitsBulkAdditionJob)
export class MailboxJobFieldsResolver {
  @FieldResolver(() => [String], { description: "SMTP addresses submitted." })
  async mailboxes(@Root() job: MailboxProtectionUnitsBulkAdditionJob, @Ctx() ctx: Context) {
    return (await full(ctx, job)).mailboxes;
  }

  @FieldResolver(() => [String], { description: "Directory object ids submitted." })
  async directoryObjectIds(@Root() job: MailboxProtectionUnitsBulkAdditionJob, @Ctx() ctx: Context) {
    return (await full(ctx, job)).directoryObjectIds;
  }
}

@Resolver(() => DriveProtectionUnitsBulkAdditionJob)
export class DriveJobFieldsResolver {
  @FieldResolver(() => [String], { description: "User principal names / email addresses submitted." })
  async drives(@Root() job: DriveProtectionUnitsBulkAdditionJob, @Ctx() ctx: Context) {
    return (await full(ctx, job)).drives;
  }

  @FieldResolver(() => [String], { description: "Directory object ids submitted." })
  async directoryObjectIds(@Root() job: DriveProtectionUnitsBulkAdditionJob, @Ctx() ctx: Context) {
    return (await full(ctx, job)).directoryObjectIds;
  }
}

@Resolver(() => SiteProtectionUnitsBulkAdditionJob)
export class SiteJobFieldsResolver {
  @FieldResolver(() => [String], { description: "Site ids submitted." })
  async siteIds(@Root() job: SiteProtectionUnitsBulkAdditionJob, @Ctx() ctx: Context) {
    return (await full(ctx, job)).siteIds;
  }

  @FieldResolver(() => [String], { description: "Site URLs submitted." })
  async siteWebUrls(@Root() job: SiteProtectionUnitsBulkAdditionJob, @Ctx() ctx: Context) {
    return (await full(ctx, job)).siteWebUrls;
  }
}
