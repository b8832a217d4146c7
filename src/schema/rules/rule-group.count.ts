// Member counts of rule groups, read only when the query selects memberCount, and sent together with the groups'
// getByIds so they ride the same wave. Graph counts a group's members only as an advanced query (members with
// $count and ConsistencyLevel: eventual, GroupMember.Read.All); anything else it answers leaves the count null.
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import { EVENTUAL_CONSISTENCY } from "../../loaders/directory.js";
import type { GraphRequestError } from "../../msgraph/errors.js";
import type { GraphCollection } from "../../msgraph/models.js";
import * as paths from "../../msgraph/paths.js";
import type { Context } from "../context.js";
import { GatewayErrorCode, gatewayError } from "../shared/errors.codes.js";

const counts = new WeakMap<object, Map<string, Promise<number | null | Error>>>();

/** Whether the `groups` field being resolved asks for memberCount (each fragment read once, whatever its spreads). */
export function wantsMemberCount(info: GraphQLResolveInfo): boolean {
  const pending: SelectionSetNode[] = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  const entered = new Set<string>();
  for (let set = pending.pop(); set; set = pending.pop()) {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === "memberCount") return true;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        pending.push(selection.selectionSet);
      } else if (!entered.has(selection.name.value)) {
        entered.add(selection.name.value);
        const fragment = Object.hasOwn(info.fragments, selection.name.value) ? info.fragments[selection.name.value] : undefined;
        if (fragment) pending.push(fragment.selectionSet);
      }
    }
  }
  return false;
}

/** The permission Graph asks for to count a group's members. */
export const MEMBER_COUNT_PERMISSION = "GroupMember.Read.All";

/**
 * One read per group and request, queued now (with whatever else this tick queues). A refusal (403) becomes a
 * FORBIDDEN naming the permission, returned rather than thrown so it fails memberCount alone; anything else Graph
 * answers instead of a count leaves it null.
 */
export function memberCount(ctx: Context, id: string): Promise<number | null | Error> {
  let byId = counts.get(ctx.loaders);
  if (!byId) {
    byId = new Map<string, Promise<number | null | Error>>();
    counts.set(ctx.loaders, byId);
  }
  const key = id.toLowerCase();
  let count = byId.get(key);
  if (!count) {
    count = ctx.upstream
      .send({ method: "GET", path: paths.groupMemberCount(id), headers: { ...EVENTUAL_CONSISTENCY } })
      .then((result) => {
        if (!result.ok) return result.error.status === 403 ? forbidden(result.error) : null;
        const value = (result.body as GraphCollection<unknown> | undefined)?.["@odata.count"];
        return typeof value === "number" ? value : null;
      });
    byId.set(key, count);
  }
  return count;
}

function forbidden(error: GraphRequestError): Error {
  return gatewayError(
    GatewayErrorCode.FORBIDDEN,
    `Microsoft Graph refused to count the group's members: the gateway's app registration needs ${MEMBER_COUNT_PERMISSION}`,
    {
      permission: MEMBER_COUNT_PERMISSION,
      graphCode: error.code,
      upstreamStatus: error.status,
      ...(error.requestId ? { requestId: error.requestId } : {}),
    },
  );
}
