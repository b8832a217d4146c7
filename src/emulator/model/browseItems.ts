import { errors } from "../wire/errors/graph.js";
import type { BrowseSessionRecord } from "../state/restoreRecords.js";
import { isPlainObject } from "../wire/request.js";
import { findSite, type EmulatorStore } from "../state/store.js";

/** One browseQueryResponseItem (CSDL complex type). */
export interface BrowseItem {
  itemKey: string;
  name: string;
  type: "site" | "documentLibrary" | "folder" | "file";
  webUrl: string;
  sizeInBytes: string;
  itemsCount: number | null;
}

const ORDERS = ["pathAsc", "pathDsc", "nameAsc", "nameDsc"];
const LIBRARIES: Record<BrowseSessionRecord["workload"], string[]> = {
  oneDriveForBusiness: ["Documents"],
  sharePoint: ["Documents", "Site Assets"],
};
const FOLDERS = ["Archive", "Projects", "Reports"];
const FILES = ["Budget.xlsx", "Notes.docx", "Roadmap.pptx"];
const MAX_DEPTH = 3;

const keyOf = (path: string) => Buffer.from(path, "utf8").toString("base64url");

/**
 * Answers the `browse` action with a small deterministic tree (libraries → folders → files, three levels deep):
 * `{}` lists the top-level libraries, `browseLocationItemKey` the children of an item; `filter` understands only
 * `(name -contains '…')`, as the docs say, and `orderBy` the four browseQueryOrder members.
 */
export function browseItems(store: EmulatorStore, session: BrowseSessionRecord, body: unknown): BrowseItem[] {
  const params = body === undefined ? {} : body;
  if (!isPlainObject(params)) throw errors.badRequest("The body must be a JSON object.");
  const { browseLocationItemKey: key, filter, orderBy = "pathAsc" } = params;
  if (typeof orderBy !== "string" || !ORDERS.includes(orderBy))
    throw errors.badRequest(`orderBy must be one of ${ORDERS.join(", ")}.`);
  const base = baseUrl(store, session);
  let items: BrowseItem[];
  if (key === undefined || key === null || key === "") {
    items = LIBRARIES[session.workload].map((name) => item(base, name, "documentLibrary"));
  } else {
    if (typeof key !== "string") throw errors.badRequest("browseLocationItemKey must be a string.");
    const path = Buffer.from(key, "base64url").toString("utf8");
    const [library, ...folders] = path.split("/");
    if (
      keyOf(path) !== key ||
      !LIBRARIES[session.workload].includes(library ?? "") ||
      folders.some((f) => !FOLDERS.includes(f))
    ) {
      throw errors.badRequest(`Unknown browseLocationItemKey '${key}'.`);
    }
    const subfolders = folders.length + 1 < MAX_DEPTH ? FOLDERS.map((f) => item(base, `${path}/${f}`, "folder")) : [];
    items = [...subfolders, ...FILES.map((f) => item(base, `${path}/${f}`, "file"))];
  }
  if (filter !== undefined && filter !== null) {
    const match = typeof filter === "string" ? /^\(\s*name\s+-contains\s+'([^']*)'\s*\)$/i.exec(filter.trim()) : null;
    if (!match) throw errors.badRequest("filter supports only (name -contains '<text>').");
    items = items.filter((i) => i.name.toLowerCase().includes(match[1]!.toLowerCase()));
  }
  const by = orderBy.startsWith("name") ? (i: BrowseItem) => i.name : (i: BrowseItem) => i.webUrl;
  items.sort((a, b) => by(a).localeCompare(by(b)));
  return orderBy.endsWith("Dsc") ? items.reverse() : items;
}

function item(base: string, path: string, type: BrowseItem["type"]): BrowseItem {
  const name = path.split("/").at(-1)!;
  const size = [...path].reduce((n, c) => (n * 31 + c.charCodeAt(0)) % 9_000_000, 7) + 1000;
  const children =
    type === "file" ? null : path.split("/").length < MAX_DEPTH ? FOLDERS.length + FILES.length : FILES.length;
  return {
    itemKey: keyOf(path),
    name,
    type,
    webUrl: `${base}/${encodeURI(path)}`,
    sizeInBytes: String(size),
    itemsCount: children,
  };
}

function baseUrl(store: EmulatorStore, session: BrowseSessionRecord): string {
  if (session.workload === "sharePoint")
    return findSite(store, session.resourceId ?? "")?.webUrl ?? "https://contoso.sharepoint.com/sites/unknown";
  const upn = store.users.get((session.resourceId ?? "").toLowerCase())?.userPrincipalName ?? "unknown@contoso.com";
  return `https://contoso-my.sharepoint.com/personal/${upn.replace(/[@.]/g, "_")}`;
}
