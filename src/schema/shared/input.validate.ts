// Checks made before any upstream call, so bad input costs Graph nothing and changes nothing.
import { MAX_SEGMENT_LENGTH } from "../../msgraph/url.js";
import { badInput } from "./errors.codes.js";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Graph site ids: "host,siteCollectionGuid,webGuid" (sometimes "host/sites/x,guid,guid") or a bare GUID.
const SITE_ID = /^[a-z0-9.-]+(\/[^,\s]+)?,[0-9a-f-]{36},[0-9a-f-]{36}$/i;
const MAX_ID_LENGTH = MAX_SEGMENT_LENGTH;

export function isGuid(value: string): boolean {
  return GUID.test(value);
}

/**
 * An id Graph spells as a GUID: policies, units, bulk addition jobs, restore sessions, bulk restore requests, service
 * apps, directory objects. Every argument naming one of these is checked here before anything is sent, so `..`,
 * `a/b` or a URL never reaches a path.
 */
export function requireGuid(field: string, value: string): string {
  const id = typeof value === "string" ? value.trim() : "";
  if (!GUID.test(id)) throw badInput(field, `${field} must be a GUID`);
  return id;
}

/** Graph's display names are 1 to 1024 characters; `max` is lower when the gateway appends a marker. */
export function requireDisplayName(field: string, value: string, max = 1024): string {
  const name = value.trim();
  if (name.length < 1 || name.length > max) throw badInput(field, `${field} must be 1 to ${max} characters`);
  return name;
}

export type IdKind = "guid" | "siteId" | "any";

function matches(kind: IdKind, id: string): boolean {
  if (kind === "guid") return GUID.test(id);
  if (kind === "siteId") return SITE_ID.test(id) || GUID.test(id);
  return id.length > 0 && id.length <= MAX_ID_LENGTH;
}

const KIND_TEXT: Record<IdKind, string> = {
  guid: "a GUID",
  siteId: "a site id (host,siteCollectionId,webId or a GUID)",
  any: `a non-empty id of at most ${MAX_ID_LENGTH} characters`,
};

/** Validates every id of a list and refuses duplicates (compared ignoring case, as Graph does). */
export function requireIdList(field: string, ids: readonly string[], kind: IdKind, maxItems = 50_000): string[] {
  if (ids.length > maxItems) throw badInput(field, `${field} holds ${ids.length} items; at most ${maxItems} are accepted`);
  const seen = new Set<string>();
  return ids.map((raw) => {
    const id = raw.trim();
    if (!matches(kind, id)) throw badInput(field, `${field} item "${raw}" is not ${KIND_TEXT[kind]}`, raw);
    const key = id.toLowerCase();
    if (seen.has(key)) throw badInput(field, `${field} lists "${raw}" more than once`, raw);
    seen.add(key);
    return id;
  });
}
