// The answers the HTTP adapter gives on its own, before Apollo sees a request: GraphQL-shaped JSON errors with
// a code, so clients handle them like any other error.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

/** A caller's correlation id is kept only when it is a harmless token; otherwise one is minted. */
const REQUEST_ID = /^[\w-]{8,64}$/;

/** The request's id, settled once on the request so the context and every log line agree. */
export function settleRequestId(req: IncomingMessage): string {
  const incoming = req.headers["x-request-id"];
  const id = typeof incoming === "string" && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  req.headers["x-request-id"] = id;
  return id;
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify(body));
}

export function sendError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
  extensions: Record<string, unknown> = {},
): void {
  sendJson(res, status, { errors: [{ message, extensions: { code, ...extensions } }] }, headers);
}

export function unauthorized(res: ServerResponse, requestId: string, reason: string): void {
  // RFC 6750: no error attribute when no token came at all; the reason is a jose error code, never token content.
  const challenge = reason === "missing bearer token" ? "Bearer" : `Bearer error="invalid_token"`;
  sendError(
    res,
    401,
    "UNAUTHENTICATED",
    "A valid bearer token is required",
    { "www-authenticate": challenge, "x-request-id": requestId },
    { reason },
  );
}
