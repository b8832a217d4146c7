// protectionUnits(filter:) by the resource a unit protects: a user or group id, a site id, or, where Graph's unit
// lists cannot filter (email and site URL are filled for delegated callers only), the user or site they name,
// read first. Everything is checked before the first call; bad input costs Graph nothing.
import { isGraphRequestError } from "../../msgraph/errors.js";
import type { WorkloadKey } from "../../msgraph/models.js";
import * as paths from "../../msgraph/paths.js";
import type { Context } from "../context.js";
import { badInput } from "../shared/errors.codes.js";
import { requireGuid, requireIdList } from "../shared/input.validate.js";
import type { ProtectionUnitFilter } from "./unit.input.js";
import type { UnitResource } from "./unit.load.js";

/** What names the resource: an id Graph filters by, or an email or URL the gateway resolves to one first. */
export type ResourceFilter =
  | { kind: "id"; resource: UnitResource }
  | { kind: "email"; email: string }
  | { kind: "siteWebUrl"; host: string; path: string[] };

const RESOURCE_FIELDS = ["directoryObjectId", "siteId", "email", "siteWebUrl"] as const;
// A sign-in name: no white space, no character that ends or splits a path segment.
const EMAIL = /^[A-Za-z0-9.!$%&'*+=^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;
const SHAREPOINT_HOST = /^[a-z0-9-]+\.sharepoint\.com$/;
const SITE_PATH_ROOTS = new Set(["sites", "teams"]);

/** The resource condition of a filter, validated; undefined when the filter names none. */
export function resourceFilter(filter: ProtectionUnitFilter | null | undefined, workload?: WorkloadKey): ResourceFilter | undefined {
  const given = RESOURCE_FIELDS.filter((field) => filter?.[field] != null);
  if (given.length === 0) return undefined;
  if (given.length > 1) throw badInput(`filter.${given[1]}`, `Give one of ${RESOURCE_FIELDS.join(", ")}, not ${given.join(" and ")}`);
  const field = given[0]!;
  const forSites = field === "siteId" || field === "siteWebUrl";
  if (workload && (workload === "sharePoint") !== forSites) {
    throw badInput(`filter.${field}`, `filter.${field} names ${forSites ? "a site" : "a user or group"}, which has no ${workload} units`);
  }
  const value = filter![field]!;
  switch (field) {
    case "directoryObjectId":
      return { kind: "id", resource: { property: "directoryObjectId", id: requireGuid("filter.directoryObjectId", value) } };
    case "siteId":
      return { kind: "id", resource: { property: "siteId", id: requireIdList("filter.siteId", [value], "siteId")[0]! } };
    case "email":
      return { kind: "email", email: requireEmail("filter.email", value) };
    case "siteWebUrl":
      return { kind: "siteWebUrl", ...requireSiteUrl("filter.siteWebUrl", value) };
  }
}

function requireEmail(field: string, value: string): string {
  const email = value.trim();
  if (email.length > 320 || !EMAIL.test(email)) throw badInput(field, `${field} must be an email address (name@domain)`);
  return email;
}

/** An https URL of a SharePoint site: the tenant's root site or a /sites/… or /teams/… site. */
function requireSiteUrl(field: string, value: string): { host: string; path: string[] } {
  const refuse = (why: string) => badInput(field, `${field} must be the https URL of a SharePoint site (${why})`);
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw refuse("not a URL");
  }
  if (url.protocol !== "https:") throw refuse("not https");
  if (url.username || url.password || url.port || url.search || url.hash) throw refuse("it carries credentials, a port, a query or a fragment");
  const host = url.hostname.toLowerCase();
  if (!SHAREPOINT_HOST.test(host) || host.endsWith("-my.sharepoint.com")) throw refuse("not a {tenant}.sharepoint.com site");
  let path: string[];
  try {
    path = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
  } catch {
    throw refuse("a malformed path");
  }
  if (path.length === 1 || (path.length > 1 && !SITE_PATH_ROOTS.has(path[0]!.toLowerCase()))) throw refuse("not a /sites/… or /teams/… path");
  if (path.some((segment) => /[\u0000-\u001f\u007f/\\?#]/.test(segment) || segment === "." || segment === "..")) throw refuse("a malformed path");
  return { host, path };
}

/**
 * The id an email or URL names, read from Graph (one call, in the request's wave); null when Graph has no such user or
 * site. An id filter needs no call.
 */
export async function resolveResource(ctx: Context, filter: ResourceFilter): Promise<UnitResource | null> {
  if (filter.kind === "id") return filter.resource;
  const path = filter.kind === "email" ? paths.user(filter.email, "id") : paths.siteByPath(filter.host, filter.path, "id");
  const result = await ctx.upstream.send({ method: "GET", path });
  if (!result.ok) {
    if (isGraphRequestError(result.error) && result.error.status === 404) return null;
    throw result.error;
  }
  const id = (result.body as { id?: unknown } | null)?.id;
  if (typeof id !== "string" || !id) return null;
  return { property: filter.kind === "email" ? "directoryObjectId" : "siteId", id };
}
