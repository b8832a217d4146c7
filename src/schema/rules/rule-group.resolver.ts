// The groups of mailbox and drive rules, looked up in the request's directoryObjects/getByIds batch together with
// every other directory lookup of the query (unit owners included), so they add no wave of their own.
import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { pushDownSelections } from "../directory/directory.selection.js";
import { memberCount, wantsMemberCount } from "./rule-group.count.js";
import { DriveProtectionRule, MailboxProtectionRule, ProtectionRuleGroup } from "./rule.type.js";

const GROUPS =
  "The groups the rule names, looked up together with the query's other directory lookups (directoryObjects/getByIds); exists is false for an id Microsoft Entra ID does not know.";

async function groupsOf(ctx: Context, info: GraphQLResolveInfo, ids: readonly string[]): Promise<ProtectionRuleGroup[]> {
  if (!ids.length) return [];
  pushDownSelections(ctx, info);
  // Both queued in this tick: the counts go out in the same wave as the getByIds.
  const sizes = wantsMemberCount(info) ? ids.map((id) => memberCount(ctx, id)) : [];
  const [found, members] = await Promise.all([ctx.loaders.directoryObject.loadMany(ids), Promise.all(sizes)]);
  return ids.map((id, i) => {
    const raw = found[i];
    if (raw instanceof Error) throw raw;
    // getByIds answers users too: an id of a user is no group the rule can expand.
    const group = raw && !(raw["@odata.type"] ?? "#microsoft.graph.group").toLowerCase().endsWith("user") ? raw : null;
    return Object.assign(new ProtectionRuleGroup(), {
      id,
      displayName: group?.displayName ?? null,
      mail: group?.mail ?? null,
      memberCount: group ? (members[i] ?? null) : null,
      exists: group !== null,
    });
  });
}

@Resolver(() => MailboxProtectionRule)
export class MailboxRuleGroupsResolver {
  @FieldResolver(() => [ProtectionRuleGroup], { description: GROUPS })
  groups(@Root() rule: MailboxProtectionRule, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return groupsOf(ctx, info, rule.groupIds);
  }
}

@Resolver(() => DriveProtectionRule)
export class DriveRuleGroupsResolver {
  @FieldResolver(() => [ProtectionRuleGroup], { description: GROUPS })
  groups(@Root() rule: DriveProtectionRule, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return groupsOf(ctx, info, rule.groupIds);
  }
}
