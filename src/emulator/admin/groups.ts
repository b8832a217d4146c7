import { runDueTransitions } from "../model/dueWork.js";
import { keyOf, type EmulatorStore } from "../state/store.js";
import { errors } from "../wire/errors/graph.js";
import { isPlainObject, ok, type EmuResponse } from "../wire/request.js";

export const GROUP_ENDPOINTS: readonly string[] = [
  'POST   /_emulator/groups/{id}/members  { "add"?: [userId], "remove"?: [userId] }: change a group\'s direct members',
  "                                   (dynamic rules pick the change up at their next re-evaluation, every 15 min)",
];

const MEMBERS = /^\/groups\/([^/]+)\/members$/;

/** The group membership endpoint; undefined when the call is not for it. */
export function handleGroups(
  store: EmulatorStore,
  now: number,
  method: string,
  path: string,
  body: unknown,
): EmuResponse | undefined {
  const match = MEMBERS.exec(path.replace(/\/+$/, ""));
  if (!match || method.toUpperCase() !== "POST") return undefined;
  const id = decodeURIComponent(match[1]!);
  const group = store.groups.get(keyOf(id));
  if (!group) throw errors.resourceNotFound(`/_emulator/groups/${id}/members`);
  const add = readIds(body, "add");
  const remove = readIds(body, "remove");
  if (add.length + remove.length === 0)
    throw errors.adminBadRequest('The body must be { "add"?: [userId], "remove"?: [userId] } with at least one id.');
  const unknown = [...add, ...remove].find((userId) => !store.users.has(keyOf(userId)));
  if (unknown !== undefined) throw errors.adminBadRequest(`'${unknown}' is not a user of the directory.`);
  const both = add.find((userId) => remove.some((other) => keyOf(other) === keyOf(userId)));
  if (both !== undefined) throw errors.adminBadRequest(`'${both}' is both added and removed.`);
  // Work that was due before the change (a dynamic rule's re-evaluation) sees the membership it was due with.
  runDueTransitions(store, now);
  const removed = new Set(remove.map(keyOf));
  const members = group.memberIds.filter((m) => !removed.has(m));
  for (const userId of add.map(keyOf)) if (!members.includes(userId)) members.push(userId);
  group.memberIds = members;
  return ok({ id: group.id, displayName: group.displayName, memberIds: [...members], memberCount: members.length });
}

function readIds(body: unknown, key: "add" | "remove"): string[] {
  const value = isPlainObject(body) ? body[key] : undefined;
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string"))
    throw errors.adminBadRequest(`${key} must be an array of user ids.`);
  return value as string[];
}
