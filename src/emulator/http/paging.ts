import { createHash } from "node:crypto";
import type { GraphCollection } from "../../msgraph/models.js";
import { errors } from "../wire/errors/graph.js";
import { applySelect } from "./query.js";
import { baseUrlOf, type ApiRequest } from "../wire/request.js";

const TOKEN_PREFIX = "offset:";

/**
 * What a token is bound to: the collection (its decoded path, case-insensitive) and the options that choose its
 * items. Replayed on another collection or with another $filter, $search, $orderby or $expand it is refused (400),
 * as Graph's tokens are; $top and $select may change between pages.
 */
export function queryScope(req: Pick<ApiRequest, "segments" | "query">): string {
  const options = ["$filter", "$search", "$orderby", "$expand"].map((name) => req.query.get(name) ?? "");
  return [req.segments.join("/").toLowerCase(), ...options].join("\n");
}

const digest = (scope: string): string => createHash("sha256").update(scope).digest("base64url").slice(0, 12);

/** The opaque $skiptoken: base64url of the offset and a digest of its scope. Clients follow nextLink as is. */
export function encodeSkipToken(offset: number, scope = ""): string {
  return Buffer.from(`${TOKEN_PREFIX}${offset}:${digest(scope)}`, "utf8").toString("base64url");
}

/** The offset of a token, or undefined for anything this emulator did not issue for this scope. */
export function decodeSkipToken(token: string, scope = ""): number | undefined {
  const match = /^offset:(\d{1,9}):[A-Za-z0-9_-]{12}$/.exec(Buffer.from(token, "base64url").toString("utf8"));
  if (!match) return undefined;
  const offset = Number(match[1]);
  // Node's base64 decoder skips invalid characters; the round trip rejects such near-misses and other scopes.
  return encodeSkipToken(offset, scope) === token ? offset : undefined;
}

/** $top caps one page; paging goes on while items remain (as Graph's server-driven paging does). */
export function parseTop(req: ApiRequest): number | undefined {
  const raw = req.query.get("$top");
  if (raw === null) return undefined;
  if (!/^\d{1,6}$/.test(raw) || Number(raw) < 1) throw errors.invalidQueryOption("$top", raw, "a positive integer");
  return Number(raw);
}

export interface PageOptions {
  contextUrl: string;
  pageSize: number;
}

/** One page of `items` with Graph's collection envelope and an absolute `@odata.nextLink` when more remain. */
export function pageOf<T extends object>(req: ApiRequest, items: readonly T[], opts: PageOptions): GraphCollection<T> {
  const token = req.query.get("$skiptoken");
  const scope = queryScope(req);
  const offset = token === null ? 0 : decodeSkipToken(token, scope);
  if (offset === undefined) throw errors.invalidSkipToken(token ?? "");
  const limit = Math.min(opts.pageSize, parseTop(req) ?? Number.POSITIVE_INFINITY);
  const page: GraphCollection<T> = {
    "@odata.context": opts.contextUrl,
    ...(isTrue(req.query.get("$count")) ? { "@odata.count": items.length } : {}),
    value: items.slice(offset, offset + limit).map((item) => applySelect(req, item)),
  };
  if (offset + limit < items.length) page["@odata.nextLink"] = nextLink(req, encodeSkipToken(offset + limit, scope));
  return page;
}

function nextLink(req: ApiRequest, token: string): string {
  const params = [...req.query.entries()].filter(([k]) => k !== "$skiptoken");
  params.push(["$skiptoken", token]);
  // `$` kept literal, as Graph's own links show it.
  const query = params.map(([k, v]) => `${encodeURIComponent(k).replace("%24", "$")}=${encodeURIComponent(v)}`);
  return `${baseUrlOf(req)}${req.path}?${query.join("&")}`;
}

const isTrue = (value: string | null): boolean => value?.toLowerCase() === "true";
