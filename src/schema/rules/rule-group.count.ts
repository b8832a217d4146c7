// Member counts of rule groups, read only when the query selects memberCount, and sent together with the groups'
// getByIds so they ride the same wave. Graph counts a group's members only as an advanced query (members with
// $count and ConsistencyLevel: eventual, GroupMember.Read.All); anything else it answers leaves the count null.
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import { EVENTUAL_CONSISTENCY } from "../../loaders/directory.js";
import type { GraphCollection } from "../../msgraph/models.js";
import * as paths from "../../msgraph/paths.js";
import type { Context } from "../context.js";

const counts = new WeakMap<object, Map<string, Promise<number | null>>>();

function selects(set: SelectionSetNode | undefined, info: GraphQLResolveInfo, name: string): boolean {
  return (set?.selections ?? []).some((s) => {
    if (s.kind === Kind.FIELD) return s.name.value === name;
    if (s.kind === Kind.INLINE_FRAGMENT) return selects(s.selectionSet, info, name);
    return selects(info.fragments[s.name.value]?.selectionSet, info, name);
  });
}

/** Whether the `groups` field being resolved asks for memberCount. */
export function wantsMemberCount(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.some((node: FieldNode) => selects(node.selectionSet, info, "memberCount"));
}

/** One read per group and request, queued now (with whatever else this tick queues). */
export function memberCount(ctx: Context, id: string): Promise<number | null> {
  let byId = counts.get(ctx.loaders);
  if (!byId) {
    byId = new Map<string, Promise<number | null>>();
    counts.set(ctx.loaders, byId);
  }
  const key = id.toLowerCase();
  let count = byId.get(key);
  if (!count) {
    count = ctx.upstream
      .send({ method: "GET", path: paths.groupMemberCount(id), headers: { ...EVENTUAL_CONSISTENCY } })
      .then((result) => {
        if (!result.ok) return null;
        const value = (result.body as GraphCollection<unknown> | undefined)?.["@odata.count"];
        return typeof value === "number" ? value : null;
      });
    byId.set(key, count);
  }
  return count;
}
