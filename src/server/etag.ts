// ETag and 304 for GET queries: a poller that sends If-None-Match gets an empty 304 while the answer has not
// changed, which saves the body on the wire (the gateway still runs the query, mostly from its status cache).
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

/** A weak validator: equal bodies, equal tags (the JSON is the representation; no byte-range semantics needed). */
export function etagOf(body: string): string {
  return `W/"${createHash("sha1").update(body).digest("base64url")}"`;
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = etag.replace(/^W\//, "");
  return ifNoneMatch.split(",").some((candidate) => {
    const tag = candidate.trim();
    return tag === "*" || tag.replace(/^W\//, "") === opaque;
  });
}

/**
 * For a successful GET: sets ETag and, when the client already has this body, answers 304 without it.
 * Returns true when it answered. Call it after the other headers are set.
 */
export function answerNotModified(req: IncomingMessage, res: ServerResponse, status: number, body: string): boolean {
  if (req.method !== "GET" || status !== 200) return false;
  const etag = etagOf(body);
  res.setHeader("etag", etag);
  if (!matches(req.headers["if-none-match"], etag)) return false;
  res.removeHeader("content-length");
  res.statusCode = 304;
  res.end();
  return true;
}
