// Names for units: the owner of a mailbox or drive, the site of a site unit. All owners of one response are
// looked up together (directoryObjects/getByIds), then the missing ones in the recycle bin.
import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { GraphDirectoryObject } from "../../msgraph/models.js";
import type { Context } from "../context.js";
import { DriveProtectionUnit, MailboxProtectionUnit, SiteProtectionUnit } from "../units/unit.type.js";
import { DirectoryObject, DirectoryObjectState, Site } from "./directory.type.js";
import { mapSite } from "./directory.map.js";
import { pushDownSelections } from "./directory.selection.js";

function toDirectoryObject(id: string, raw: GraphDirectoryObject | null, state: DirectoryObjectState): DirectoryObject {
  return Object.assign(new DirectoryObject(), {
    id,
    state,
    displayName: raw?.displayName ?? null,
    mail: raw?.mail ?? null,
    userPrincipalName: raw?.userPrincipalName ?? null,
  });
}

export async function resolveOwner(ctx: Context, id: string | null): Promise<DirectoryObject | null> {
  if (!id) return null;
  const live = await ctx.loaders.directoryObject.load(id);
  if (live) {
    const group = (live["@odata.type"] ?? "").toLowerCase().endsWith("group");
    return toDirectoryObject(id, live, group ? DirectoryObjectState.GROUP : DirectoryObjectState.USER);
  }
  const deleted = await ctx.loaders.deletedItem.load(id);
  return toDirectoryObject(id, deleted, deleted ? DirectoryObjectState.DELETED : DirectoryObjectState.NOT_FOUND);
}

@Resolver(() => MailboxProtectionUnit)
export class MailboxOwnerResolver {
  @FieldResolver(() => DirectoryObject, { nullable: true, description: "The user or group whose mailbox this is (DELETED or NOT_FOUND when gone)." })
  owner(@Root() unit: MailboxProtectionUnit, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    pushDownSelections(ctx, info);
    return resolveOwner(ctx, unit.directoryObjectId);
  }
}

@Resolver(() => DriveProtectionUnit)
export class DriveOwnerResolver {
  @FieldResolver(() => DirectoryObject, { nullable: true, description: "The user whose OneDrive this is (DELETED or NOT_FOUND when gone)." })
  owner(@Root() unit: DriveProtectionUnit, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    pushDownSelections(ctx, info);
    return resolveOwner(ctx, unit.directoryObjectId);
  }
}

@Resolver(() => SiteProtectionUnit)
export class SiteUnitResolver {
  @FieldResolver(() => Site, { nullable: true, description: "The protected site; null when Graph no longer has it." })
  async site(@Root() unit: SiteProtectionUnit, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Site | null> {
    if (!unit.siteId) return null;
    pushDownSelections(ctx, info);
    const raw = await ctx.loaders.site.load(unit.siteId);
    if (!raw) return null;
    return mapSite(raw);
  }
}
