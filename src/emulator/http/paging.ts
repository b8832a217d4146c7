import type { GraphCollection } from "../../msgraph/models.js";
import { errors } from "../wire/errors/graph.js";
import { applySelect } from "./query.js";
import { baseUrlOf, type ApiRequest } from "../wire/request.js";

const TOKEN_PREFIX = "offset:";

/** The opaque $skiptoken: base64url of the offset. Clients must treat it as opaque and follow nextLink as is. */
export function encodeSkipToken(offset: number): string {
  return Buffer.from(`${TOKEN_PREFIX}${offset}`, "utf8").toString("base64url");
}

/** The offset of a token, or undefined for anything this emulator did not issue. */
export function decodeSkipToken(token: string): number | undefined {
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(token, "base64url").toString("utf8"));
  if (!match) return undefined;
  const offset = Number(match[1]);
  // Node's base64 decoder skips invalid characters; the round trip rejects such near-misses.
  return encodeSkipToken(offset) === token ? offset : undefined;
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
  const offset = token === null ? 0 : decodeSkipToken(token);
  if (offset === undefined) throw errors.invalidSkipToken(token ?? "");
  const limit = Math.min(opts.pageSize, parseTop(req) ?? Number.POSITIVE_INFINITY);
  const page: GraphCollection<T> = {
    "@odata.context": opts.contextUrl,
    ...(isTrue(req.query.get("$count")) ? { "@odata.count": items.length } : {}),
    value: items.slice(offset, offset + limit).map((item) => applySelect(req, item)),
  };
  if (offset + limit < items.length) page["@odata.nextLink"] = nextLink(req, offset + limit);
  return page;
}

function nextLink(req: ApiRequest, offset: number): string {
  const params = [...req.query.entries()].filter(([k]) => k !== "$skiptoken");
  params.push(["$skiptoken", encodeSkipToken(offset)]);
  // `$` kept literal, as Graph's own links show it.
  const query = params.map(([k, v]) => `${encodeURIComponent(k).replace("%24", "$")}=${encodeURIComponent(v)}`);
  return `${baseUrlOf(req)}${req.path}?${query.join("&")}`;
}

const isTrue = (value: string | null): boolean => value?.toLowerCase() === "true";
