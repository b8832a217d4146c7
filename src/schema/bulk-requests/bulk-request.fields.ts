// Graph leaves the submitted entries out of bulk request lists; these fields read the request itself when a
// list did.
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { completeLazily } from "../shared/partial.complete.js";
import { workloadNames } from "../shared/workload.enums.js";
import {
  DriveRestoreArtifactsBulkAdditionRequest,
  MailboxRestoreArtifactsBulkAdditionRequest,
  SiteRestoreArtifactsBulkAdditionRequest,
  type RestoreArtifactsBulkAdditionRequest,
} from "./bulk-request.type.js";
import { mapBulkRequest } from "./bulk-request.map.js";
import { loadSession } from "../sessions/session.resolver.js";

async function full<T extends RestoreArtifactsBulkAdditionRequest>(ctx: Context, request: T): Promise<T> {
  return completeLazily(request, async () => {
    const session = await loadSession(ctx, request.sessionId);
    const names = workloadNames(session.workload);
    const raw = await ctx.loaders.bulkRequest.load({ workload: names.key, sessionId: session.id, id: request.id });
    return mapBulkRequest(raw, names.key, session.id) as T;
  });
}

@Resolver(() => MailboxRestoreArtifactsBulkAdditionRequest)
export class MailboxRequestFieldsResolver {
  @FieldResolver(() => [String], { description: "Mailbox SMTP addresses submitted." })
  async mailboxes(@Root() r: MailboxRestoreArtifactsBulkAdditionRequest, @Ctx() ctx: Context) {
    return (await full(ctx, r)).mailboxes;
  }

  @FieldResolver(() => [String], { description: "Directory object ids submitted." })
  async directoryObjectIds(@Root() r: MailboxRestoreArtifactsBulkAdditionRequest, @Ctx() ctx: Context) {
    return (await full(ctx, r)).directoryObjectIds;
  }
}

@Resolver(() => DriveRestoreArtifactsBulkAdditionRequest)
export class DriveRequestFieldsResolver {
  @FieldResolver(() => [String], { description: "OneDrive owners' addresses submitted." })
  async drives(@Root() r: DriveRestoreArtifactsBulkAdditionRequest, @Ctx() ctx: Context) {
    return (await full(ctx, r)).drives;
  }

  @FieldResolver(() => [String], { description: "Directory object ids submitted." })
  async directoryObjectIds(@Root() r: DriveRestoreArtifactsBulkAdditionRequest, @Ctx() ctx: Context) {
    return (await full(ctx, r)).directoryObjectIds;
  }
}

@Resolver(() => SiteRestoreArtifactsBulkAdditionRequest)
export class SiteRequestFieldsResolver {
  @FieldResolver(() => [String], { description: "Site ids submitted." })
  async siteIds(@Root() r: SiteRestoreArtifactsBulkAdditionRequest, @Ctx() ctx: Context) {
    return (await full(ctx, r)).siteIds;
  }

  @FieldResolver(() => [String], { description: "Site URLs submitted." })
  async siteWebUrls(@Root() r: SiteRestoreArtifactsBulkAdditionRequest, @Ctx() ctx: Context) {
    return (await full(ctx, r)).siteWebUrls;
  }
}
