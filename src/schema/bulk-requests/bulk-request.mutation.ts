import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { SubmitDriveRestoreBulkRequestInput, SubmitMailboxRestoreBulkRequestInput, SubmitSiteRestoreBulkRequestInput } from "./bulk-request.input.js";
import { submitBulkRequest } from "./bulk-request.submit.js";
import { RestoreBulkRequestPayload } from "./bulk-request.payload.js";

const HOW = "It stays ACTIVE until the session is activated, then resolves each entry to its restore point and adds the artifacts.";

@Resolver()
export class BulkRequestMutationResolver {
  @Mutation(() => RestoreBulkRequestPayload, { description: `Fills an empty DRAFT Exchange restore session with mailboxes in bulk (seed 002). ${HOW}` })
  submitMailboxRestoreArtifactsBulkAdditionRequest(
    @Arg("input", () => SubmitMailboxRestoreBulkRequestInput) input: SubmitMailboxRestoreBulkRequestInput,
    @Ctx() ctx: Context,
  ) {
    const { mailboxes, directoryObjectIds, ...rest } = input;
    return submitBulkRequest(ctx, "exchange", { ...rest, operation: "submitMailboxRestoreArtifactsBulkAdditionRequest", names: mailboxes, ids: directoryObjectIds });
  }

  @Mutation(() => RestoreBulkRequestPayload, { description: `Fills an empty DRAFT OneDrive restore session with accounts in bulk. ${HOW}` })
  submitDriveRestoreArtifactsBulkAdditionRequest(
    @Arg("input", () => SubmitDriveRestoreBulkRequestInput) input: SubmitDriveRestoreBulkRequestInput,
    @Ctx() ctx: Context,
  ) {
    const { drives, directoryObjectIds, ...rest } = input;
    return submitBulkRequest(ctx, "oneDriveForBusiness", { ...rest, operation: "submitDriveRestoreArtifactsBulkAdditionRequest", names: drives, ids: directoryObjectIds });
  }

  @Mutation(() => RestoreBulkRequestPayload, { description: `Fills an empty DRAFT SharePoint restore session with sites in bulk. ${HOW}` })
  submitSiteRestoreArtifactsBulkAdditionRequest(
    @Arg("input", () => SubmitSiteRestoreBulkRequestInput) input: SubmitSiteRestoreBulkRequestInput,
    @Ctx() ctx: Context,
  ) {
    const { siteWebUrls, siteIds, ...rest } = input;
    return submitBulkRequest(ctx, "sharePoint", { ...rest, operation: "submitSiteRestoreArtifactsBulkAdditionRequest", names: siteWebUrls, ids: siteIds });
  }
}
