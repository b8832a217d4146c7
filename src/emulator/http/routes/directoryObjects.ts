import { directoryErrors } from "../../wire/errors/graph.js";
import { groupJson, groupMembers } from "../../seed/groups.js";
import { pageOf } from "../paging.js";
import { applyDirectorySearch, directoryPageSize, type SearchFields } from "../directorySearch.js";
import { applyFilter, applySelect } from "../query.js";
import { isPlainObject, jsonBody, ok, type ApiRequest } from "../../wire/request.js";
import type { Route, RouteDeps } from "../router.js";
import { directoryContext } from "../odata.js";
import { iso } from "../../state/clock.js";
import { userJson } from "../../seed/directory.js";
import type { EmulatorStore } from "../../state/store.js";
import type { UserRecord, GroupRecord } from "../../state/directoryRecords.js";

/** directoryObjects/getByIds takes at most this many ids (directoryobject-getbyids.md). */
export const MAX_GET_BY_IDS = 1000;

// The directory object types getByIds understands; the emulated tenant only has users and groups.
const DIRECTORY_TYPES = new Set([
  "user",
  "group",
  "device",
  "serviceprincipal",
  "application",
  "orgcontact",
  "directoryrole",
]);

const GROUP_FIELDS = {
  id: (g: GroupRecord) => g.id,
  displayName: (g: GroupRecord) => g.displayName,
  mail: (g: GroupRecord) => g.mail,
  mailNickname: (g: GroupRecord) => g.mailNickname,
};

/** What Graph's directory search looks in for groups. */
const GROUP_SEARCH: SearchFields<GroupRecord> = {
  displayName: (g) => g.displayName,
  mail: (g) => g.mail,
  mailNickname: (g) => g.mailNickname,
  description: (g) => g.description,
};

const typedUser = (user: UserRecord) => ({
  "@odata.type": "#microsoft.graph.user",
  ...userJson(user),
  ...(user.deletedDateTime === undefined ? {} : { deletedDateTime: iso(user.deletedDateTime) }),
});
const typedGroup = (group: GroupRecord) => ({ "@odata.type": "#microsoft.graph.group", ...groupJson(group) });

/** Groups, getByIds and the deleted-items bin: what the gateway needs to name unit owners, even departed ones. */
export function directoryObjectRoutes({ store, pageSize }: RouteDeps): Route[] {
  const requireGroup = (id: string) => {
    const group = store.groups.get(id.toLowerCase());
    if (!group) throw directoryErrors.notFound(id);
    return group;
  };
  return [
    {
      method: "GET",
      pattern: "/groups",
      handler: (req) => {
        const found = applyDirectorySearch(req, [...store.groups.values()], GROUP_SEARCH);
        const groups = applyFilter(req, found, GROUP_FIELDS).map(groupJson);
        const size = directoryPageSize(req, pageSize);
        return ok(pageOf(req, groups, { contextUrl: directoryContext(req, "groups"), pageSize: size }));
      },
    },
    {
      method: "GET",
      pattern: "/groups/:id",
      handler: (req, { id = "" }) =>
        ok({
          "@odata.context": directoryContext(req, "groups/$entity"),
          ...applySelect(req, groupJson(requireGroup(id))),
        }),
    },
    {
      method: "GET",
      pattern: "/groups/:id/members",
      handler: (req, { id = "" }) => {
        const members = groupMembers(store, requireGroup(id)).map(typedUser);
        return ok(pageOf(req, members, { contextUrl: directoryContext(req, "directoryObjects"), pageSize }));
      },
    },
    {
      method: "POST",
      pattern: "/directoryObjects/getByIds",
      handler: (req) => {
        const { ids, types } = readGetByIds(jsonBody(req));
        const seen = new Set<string>();
        const value: object[] = [];
        for (const id of ids) {
          const key = id.toLowerCase();
          if (seen.has(key)) continue;
          seen.add(key);
          // Unknown (and deleted) ids are left out silently, as Graph does.
          const user = types.has("user") ? store.users.get(key) : undefined;
          const group = types.has("group") ? store.groups.get(key) : undefined;
          if (user) value.push(applySelect(req, typedUser(user)));
          else if (group) value.push(applySelect(req, typedGroup(group)));
        }
        return ok({ "@odata.context": directoryContext(req, "directoryObjects"), value });
      },
    },
    {
      method: "GET",
      pattern: "/directory/deletedItems/microsoft.graph.user",
      handler: (req) => {
        const users = [...store.deletedUsers.values()].map(typedUser);
        return ok(
          pageOf(req, users, {
            contextUrl: directoryContext(req, "directory/deletedItems/microsoft.graph.user"),
            pageSize,
          }),
        );
      },
    },
    {
      method: "GET",
      pattern: "/directory/deletedItems/:id",
      handler: (req, { id = "" }) => deletedItem(store, req, id),
    },
  ];
}

function deletedItem(store: EmulatorStore, req: ApiRequest, id: string) {
  const user = store.deletedUsers.get(id.toLowerCase());
  if (!user) throw directoryErrors.notFound(id);
  return ok({
    "@odata.context": directoryContext(req, "directoryObjects/$entity"),
    ...applySelect(req, typedUser(user)),
  });
}

function readGetByIds(body: unknown): { ids: string[]; types: Set<string> } {
  const ids = isPlainObject(body) ? body["ids"] : undefined;
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== "string")) {
    throw directoryErrors.badRequest('The request body must be { "ids": [string, ...], "types"?: [string, ...] }.');
  }
  if (ids.length > MAX_GET_BY_IDS) {
    throw directoryErrors.badRequest(`Too many ids: at most ${MAX_GET_BY_IDS} are allowed, ${ids.length} were given.`);
  }
  const rawTypes = isPlainObject(body) ? body["types"] : undefined;
  if (rawTypes === undefined || rawTypes === null) return { ids: ids as string[], types: new Set(["user", "group"]) };
  if (
    !Array.isArray(rawTypes) ||
    rawTypes.some((t) => typeof t !== "string" || !DIRECTORY_TYPES.has(t.toLowerCase()))
  ) {
    throw directoryErrors.badRequest(
      `types must list directory object types (e.g. "user", "group"), got ${JSON.stringify(rawTypes)}.`,
    );
  }
  return { ids: ids as string[], types: new Set((rawTypes as string[]).map((t) => t.toLowerCase())) };
}
