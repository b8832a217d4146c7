import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { submitJob } from "./job.submit.js";
import { SubmitDriveBulkAdditionJobInput, SubmitMailboxBulkAdditionJobInput, SubmitSiteBulkAdditionJobInput } from "./job.input.js";
import { BulkAdditionJobPayload } from "./job.payload.js";

@Resolver()
export class JobMutationResolver {
  @Mutation(() => BulkAdditionJobPayload, {
    description: "Submits a job adding mailboxes (by address and/or id) to an Exchange policy; it starts ACTIVE. Poll protectionUnitsBulkAdditionJob.",
  })
  submitMailboxProtectionUnitsBulkAdditionJob(
    @Arg("input", () => SubmitMailboxBulkAdditionJobInput) input: SubmitMailboxBulkAdditionJobInput,
    @Ctx() ctx: Context,
  ) {
    return submitJob(ctx, "exchange", { ...input, operation: "submitMailboxProtectionUnitsBulkAdditionJob", names: input.mailboxes, ids: input.directoryObjectIds });
  }

  @Mutation(() => BulkAdditionJobPayload, {
    description: "Submits a job adding OneDrive accounts (by address and/or id) to a OneDrive policy; it starts ACTIVE.",
  })
  submitDriveProtectionUnitsBulkAdditionJob(
    @Arg("input", () => SubmitDriveBulkAdditionJobInput) input: SubmitDriveBulkAdditionJobInput,
    @Ctx() ctx: Context,
  ) {
    return submitJob(ctx, "oneDriveForBusiness", { ...input, operation: "submitDriveProtectionUnitsBulkAdditionJob", names: input.drives, ids: input.directoryObjectIds });
  }

  @Mutation(() => BulkAdditionJobPayload, {
    description: "Submits a job adding sites (by URL and/or id) to a SharePoint policy; it starts ACTIVE.",
  })
  submitSiteProtectionUnitsBulkAdditionJob(
    @Arg("input", () => SubmitSiteBulkAdditionJobInput) input: SubmitSiteBulkAdditionJobInput,
    @Ctx() ctx: Context,
  ) {
    return submitJob(ctx, "sharePoint", { ...input, operation: "submitSiteProtectionUnitsBulkAdditionJob", names: input.siteWebUrls, ids: input.siteIds });
  }
}
