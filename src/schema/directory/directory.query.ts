// The pickers: users, groups and sites found through Graph's own search, page by page, each item with the units
// that already protect it. These read the directory, so the gateway needs more than the BackupRestore permissions.
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, Info, Query, Resolver } from "type-graphql";
import { readPickerPage } from "../../loaders/directory.js";
import { isGraphRequestError } from "../../msgraph/errors.js";
import * as paths from "../../msgraph/paths.js";
import type { Context } from "../context.js";
import { ConnectionArgs } from "../shared/connection.args.js";
import { pageSize, paginate } from "../shared/connection.paginate.js";
import { GatewayErrorCode, gatewayError } from "../shared/errors.codes.js";
import { GroupConnection, SiteConnection, UserConnection } from "./directory.connection.js";
import { requireSearchTerm } from "./directory.search.js";
import { selectOf } from "./directory.selection.js";
import { mapGroup, mapSite, mapUser } from "./directory.map.js";

interface Picker<TRaw, TNode> {
  /** The list's identity (its cursor is bound to it): the collection and the search, never $select or $top. */
  path: string;
  type: "User" | "Group" | "Site";
  /** Graph's directory `$search` is an advanced query: it needs `ConsistencyLevel: eventual`. */
  advanced: boolean;
  /** The application permission Graph asks for when it refuses (named in FORBIDDEN's extensions.permission). */
  permission: string;
  map: (raw: TRaw) => TNode;
}

async function pick<TRaw, TNode>(ctx: Context, info: GraphQLResolveInfo, picker: Picker<TRaw, TNode>, args: ConnectionArgs) {
  const first = pageSize(args.first, 50, ctx.maxPageSize);
  // $top is the page size, so one GraphQL page is one Graph page; $select what the operation selects.
  const query = { $select: selectOf(info, picker.type), $top: Math.max(first, 1) };
  try {
    return await paginate<TRaw, TNode>({
      collectionPath: picker.path,
      graphBaseUrl: ctx.graph.baseUrl,
      first,
      after: args.after,
      fetchPage: (path) => readPickerPage<TRaw>((request) => ctx.upstream.send(request), paths.withQuery(path, query), picker.advanced),
      map: picker.map,
    });
  } catch (error) {
    if (!isGraphRequestError(error) || error.status !== 403) throw error;
    throw gatewayError(GatewayErrorCode.FORBIDDEN, `Microsoft Graph refused to list ${picker.type.toLowerCase()}s: the gateway's app registration needs ${picker.permission}`, {
      permission: picker.permission,
      graphCode: error.code,
      upstreamStatus: error.status,
      ...(error.requestId ? { requestId: error.requestId } : {}),
    });
  }
}

const SEARCH =
  "Text to look for, 1-100 characters without double quotes or backslashes; omit it to list everything. `after` must come from the same search.";

const COST =
  "Costs one Graph call per page, plus one $batch wave for the protectionUnits of the whole page when selected.";

@Resolver()
export class DirectoryPickerResolver {
  @Query(() => UserConnection, {
    description:
      `People to protect: Graph's /users, searched by \`search\` (a prefix of a word of the display name, mail or userPrincipalName; 1-100 characters, no " or \\) with Graph's $search and ConsistencyLevel: eventual, else every user. ${COST} ` +
      "Needs the application permission User.Read.All; without it Graph refuses and the answer is FORBIDDEN with extensions.permission.",
  })
  users(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("search", () => String, { nullable: true, description: SEARCH }) search: string | null | undefined,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
  ) {
    const term = requireSearchTerm("search", search);
    return pick(ctx, info, { path: paths.directoryList("users", term), type: "User", advanced: term !== undefined, permission: "User.Read.All", map: mapUser }, args);
  }

  @Query(() => GroupConnection, {
    description:
      `Groups to protect people by (inclusion rules): Graph's /groups, searched by \`search\` (a prefix of a word of the display name or mail; 1-100 characters, no " or \\) with Graph's $search and ConsistencyLevel: eventual, else every group. ${COST} ` +
      "Needs the application permission GroupMember.Read.All (or Group.Read.All); without it Graph refuses and the answer is FORBIDDEN with extensions.permission.",
  })
  groups(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("search", () => String, { nullable: true, description: SEARCH }) search: string | null | undefined,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
  ) {
    const term = requireSearchTerm("search", search);
    return pick(ctx, info, { path: paths.directoryList("groups", term), type: "Group", advanced: term !== undefined, permission: "GroupMember.Read.All", map: mapGroup }, args);
  }

  @Query(() => SiteConnection, {
    description:
      `SharePoint sites to protect: Graph's site search (/sites?search=, matching the site's name, title or URL as Graph's search does; 1-100 characters, no " or \\), else every site. ${COST} ` +
      "Needs the application permission Sites.Read.All; without it Graph refuses and the answer is FORBIDDEN with extensions.permission.",
  })
  sites(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("search", () => String, { nullable: true, description: SEARCH }) search: string | null | undefined,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
  ) {
    const term = requireSearchTerm("search", search);
    return pick(ctx, info, { path: paths.siteList(term), type: "Site", advanced: false, permission: "Sites.Read.All", map: mapSite }, args);
  }
}
