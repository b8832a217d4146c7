// The units that already protect a picked user, group or site, across every policy, so a picker can show
// "already protected by Executives". The items of one page are read together (loaders/units-by-resource.ts): one
// $batch wave for the whole page, whatever its size.
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { ResourceKey } from "../../loaders/index.js";
import type { Context } from "../context.js";
import { ProtectionUnit } from "../units/unit.interface.js";
import { mapUnit } from "../units/unit.map.js";
import { Site } from "./directory.type.js";
import { Group } from "./group.type.js";
import { User } from "./user.type.js";

const DESCRIPTION =
  "Its protection units in every policy (mailbox and OneDrive units for people and groups, site units for sites); select `policy { displayName }` to name them. The units of a whole page cost one $batch wave.";

async function unitsOf(ctx: Context, key: ResourceKey): Promise<ProtectionUnit[]> {
  return (await ctx.loaders.unitsOfResource.load(key)).map((raw) => mapUnit(raw));
}

@Resolver(() => User)
export class UserUnitsResolver {
  @FieldResolver(() => [ProtectionUnit], { description: DESCRIPTION })
  protectionUnits(@Root() user: User, @Ctx() ctx: Context): Promise<ProtectionUnit[]> {
    return unitsOf(ctx, { kind: "directoryObject", id: user.id });
  }
}

@Resolver(() => Group)
export class GroupUnitsResolver {
  @FieldResolver(() => [ProtectionUnit], { description: DESCRIPTION })
  protectionUnits(@Root() group: Group, @Ctx() ctx: Context): Promise<ProtectionUnit[]> {
    return unitsOf(ctx, { kind: "directoryObject", id: group.id });
  }
}

@Resolver(() => Site)
export class SiteUnitsResolver {
  @FieldResolver(() => [ProtectionUnit], { description: DESCRIPTION })
  protectionUnits(@Root() site: Site, @Ctx() ctx: Context): Promise<ProtectionUnit[]> {
    return unitsOf(ctx, { kind: "site", id: site.id });
  }
}
