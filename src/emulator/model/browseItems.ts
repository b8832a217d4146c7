import { errors } from "../wire/errors/graph.js";
import type { BrowseSessionRecord } from "../state/restoreRecords.js";
import { isPlainObject } from "../wire/request.js";
import { findSite, type EmulatorStore } from "../state/store.js";
import { browseTree, type BrowseNode } from "./browseTree.js";

/** One browseQueryResponseItem (CSDL complex type). */
export interface BrowseItem {
  itemKey: string;
  name: string;
  type: "site" | "documentLibrary" | "folder" | "file";
  webUrl: string;
  sizeInBytes: string;
  itemsCount: number | null;
}

/** What one browse call asks for; the $skiptoken of its next page carries all of it, so nothing is kept. */
export interface BrowseQuery {
  key: string | null;
  resourceType: string | null;
  filter: string | null;
  orderBy: string;
}

const ORDERS = ["pathAsc", "pathDsc", "nameAsc", "nameDsc"];
const RESOURCE_TYPES = ["none", "site", "documentLibrary", "folder"];
/** The docs' one filter form, `(name -contains '…')` (the parentheses optional here). */
const FILTER = /^\(?\s*name\s+-contains\s+'([^']*)'\s*\)?$/i;

/** An item key names the session it was read in: a key of another session is refused, as Graph refuses it. */
const keyOf = (sessionId: string, path: string) =>
  Buffer.from(`${sessionId.toLowerCase()}|${path}`, "utf8").toString("base64url");

function pathOfKey(sessionId: string, key: string): string | undefined {
  const text = Buffer.from(key, "base64url").toString("utf8");
  const bar = text.indexOf("|");
  if (bar < 0 || keyOf(sessionId, text.slice(bar + 1)) !== key) return undefined;
  return text.slice(0, bar) === sessionId.toLowerCase() ? text.slice(bar + 1) : undefined;
}

/** Reads the parameters of the `browse` action's body (`{}` for the top-level locations). */
export function browseQueryOf(body: unknown): BrowseQuery {
  const params = body === undefined ? {} : body;
  if (!isPlainObject(params)) throw errors.badRequest("The body must be a JSON object.");
  const { browseLocationItemKey: key, browseResourceType: resourceType, filter, orderBy = "pathAsc" } = params;
  if (typeof orderBy !== "string" || !ORDERS.includes(orderBy))
    throw errors.badRequest(`orderBy must be one of ${ORDERS.join(", ")}.`);
  if (key !== undefined && key !== null && typeof key !== "string")
    throw errors.badRequest("browseLocationItemKey must be a string.");
  if (
    resourceType !== undefined &&
    resourceType !== null &&
    !(typeof resourceType === "string" && RESOURCE_TYPES.includes(resourceType))
  )
    throw errors.badRequest(`browseResourceType must be one of ${RESOURCE_TYPES.join(", ")}.`);
  if (filter !== undefined && filter !== null && (typeof filter !== "string" || !FILTER.test(filter.trim())))
    throw errors.badRequest("filter supports only (name -contains '<text>').");
  return {
    key: key ? key : null,
    resourceType: typeof resourceType === "string" && resourceType ? resourceType : null,
    filter: filter ? String(filter) : null,
    orderBy,
  };
}

/**
 * Answers the `browse` action from the session's generated tree (libraries → folders → files, see browseTree.ts):
 * no key lists the top-level libraries, `browseLocationItemKey` the children of an item of this session.
 */
export function browseItems(store: EmulatorStore, session: BrowseSessionRecord, query: BrowseQuery): BrowseItem[] {
  const tree = browseTree(session.workload);
  let path = "";
  if (query.key !== null) {
    const found = pathOfKey(session.id, query.key);
    const node = found === undefined ? undefined : tree.find(found);
    if (!node || found === undefined) throw errors.badRequest(`Invalid browseLocationItemKey '${query.key}'.`);
    if (node.type === "file") throw errors.badRequest("browseLocationItemKey names a file, which holds no items.");
    if (query.resourceType && query.resourceType !== "none" && query.resourceType !== node.type)
      throw errors.badRequest(
        `browseResourceType '${query.resourceType}' does not match the item's type '${node.type}'.`,
      );
    path = found;
  }
  const base = baseUrl(store, session);
  let nodes = tree.children(path);
  const match = query.filter === null ? null : FILTER.exec(query.filter.trim());
  if (match) nodes = nodes.filter((n) => n.name.toLowerCase().includes(match[1]!.toLowerCase()));
  const by = query.orderBy.startsWith("name") ? (n: BrowseNode) => n.name : (n: BrowseNode) => n.path;
  const sorted = [...nodes].sort((a, b) => by(a).localeCompare(by(b)));
  if (query.orderBy.endsWith("Dsc")) sorted.reverse();
  return sorted.map((n) => itemOf(session, base, n, tree.count(n.path)));
}

/**
 * The item `itemKey` names in the browse session `sessionId` (how a granular restore artifact finds what it
 * restores), or undefined when there is no such session or the key is not one of its items.
 */
export function findBrowseItem(
  store: EmulatorStore,
  sessionId: string,
  itemKey: string,
): (BrowseItem & { path: string }) | undefined {
  const session = store.browseSessions.get(sessionId.toLowerCase());
  if (!session) return undefined;
  const tree = browseTree(session.workload);
  const path = pathOfKey(session.id, itemKey);
  const node = path === undefined ? undefined : tree.find(path);
  if (!node) return undefined;
  return { ...itemOf(session, baseUrl(store, session), node, tree.count(node.path)), path: node.path };
}

function itemOf(session: BrowseSessionRecord, base: string, node: BrowseNode, count: number | null): BrowseItem {
  return {
    itemKey: keyOf(session.id, node.path),
    name: node.name,
    type: node.type,
    webUrl: `${base}/${encodeURI(node.path)}`,
    sizeInBytes: String(node.size),
    itemsCount: node.type === "file" ? null : count,
  };
}

function baseUrl(store: EmulatorStore, session: BrowseSessionRecord): string {
  if (session.workload === "sharePoint")
    return findSite(store, session.resourceId ?? "")?.webUrl ?? "https://contoso.sharepoint.com/sites/unknown";
  const upn = store.users.get((session.resourceId ?? "").toLowerCase())?.userPrincipalName ?? "unknown@contoso.com";
  return `https://contoso-my.sharepoint.com/personal/${upn.replace(/[@.]/g, "_")}`;
}
