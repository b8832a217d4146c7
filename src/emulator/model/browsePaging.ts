import { errors } from "../wire/errors/graph.js";
import type { BrowseSessionRecord } from "../state/restoreRecords.js";
import { jsonBody, type ApiRequest } from "../wire/request.js";
import { browseQueryOf, type BrowseQuery } from "./browseItems.js";

/**
 * Browse pages are read with POST …/browse (the first) and then GET …/browse?$skiptoken=…, which carries no body:
 * the token holds the whole query and the offset, so the emulator keeps nothing between pages (as Graph's opaque
 * tokens do).
 */
interface WireToken {
  s: string;
  k: string | null;
  r: string | null;
  f: string | null;
  o: string;
  n: number;
}

export function encodeBrowseToken(sessionId: string, query: BrowseQuery, offset: number): string {
  const wire: WireToken = {
    s: sessionId.toLowerCase(),
    k: query.key,
    r: query.resourceType,
    f: query.filter,
    o: query.orderBy,
    n: offset,
  };
  return Buffer.from(JSON.stringify(wire), "utf8").toString("base64url");
}

function decodeBrowseToken(sessionId: string, token: string): { query: BrowseQuery; offset: number } {
  const refuse = () => errors.invalidSkipToken(token);
  let wire: Partial<WireToken>;
  try {
    wire = JSON.parse(Buffer.from(token, "base64url").toString("utf8")) as Partial<WireToken>;
  } catch {
    throw refuse();
  }
  if (!wire || typeof wire !== "object" || wire.s !== sessionId.toLowerCase()) throw refuse();
  if (!Number.isInteger(wire.n) || (wire.n as number) < 0) throw refuse();
  const body: Record<string, unknown> = { orderBy: wire.o };
  if (wire.k) body["browseLocationItemKey"] = wire.k;
  if (wire.r) body["browseResourceType"] = wire.r;
  if (wire.f) body["filter"] = wire.f;
  return { query: browseQueryOf(body), offset: wire.n as number };
}

/**
 * The query and offset of a browse request: the POST body (the first page), or the `$skiptoken` of a GET
 * …/browse (a next page; a GET without one lists the top-level locations, as `{}` does).
 */
export function browsePage(req: ApiRequest, session: BrowseSessionRecord): { query: BrowseQuery; offset: number } {
  if (req.method.toUpperCase() !== "GET") return { query: browseQueryOf(jsonBody(req)), offset: 0 };
  const token = req.query.get("$skiptoken");
  return token === null ? { query: browseQueryOf({}), offset: 0 } : decodeBrowseToken(session.id, token);
}
