// The body step of a POST: read within the caller's limit, parsed when JSON, and refused (413, bad JSON) here so
// nothing later sees a body that should not have been accepted.
import type { HeaderMap } from "@apollo/server";
import type { Caller } from "./auth/authenticate.js";
import { BodyTooLarge, isBulkSubmission, isJsonContentType, readBody, type ReadBody } from "./body-limit.js";
import type { Exchange } from "./http-exchange.js";
import { sendError } from "./http-replies.js";
import { refuseUnread } from "./linger.js";

export interface BodyLimits {
  /** Larger bodies get 413 before anything parses them, unless they qualify for `bulk`. */
  maxBodyBytes: number;
  bulk: { maxBodyBytes: number; maxTokens: number };
  mayWrite(caller: Caller): boolean;
}

/** `{ body }` to go on with, or undefined once the request has been refused. */
export async function readRequestBody(
  exchange: Exchange,
  headers: HeaderMap,
  caller: Caller,
  options: BodyLimits,
): Promise<{ body: unknown } | undefined> {
  const { req, res, requestId, rejected } = exchange;
  const { bulk } = options;
  // Decided before reading, from what is already known: an anonymous or read-only caller is never buffered past
  // the general limit.
  const readLimit =
    isJsonContentType(headers.get("content-type")) && options.mayWrite(caller)
      ? Math.max(options.maxBodyBytes, bulk.maxBodyBytes)
      : options.maxBodyBytes;
  const tooLarge = (limit: number, reason = "body too large") => {
    rejected(413, reason);
    // The connection closes after the answer, once what is still on its way has been thrown away (bounded).
    refuseUnread(req, res, () =>
      sendError(res, 413, "BAD_USER_INPUT", `Request body larger than ${limit} bytes`, {
        connection: "close",
        "x-request-id": requestId,
      }),
    );
    return undefined;
  };
  let read: ReadBody;
  try {
    read = await readBody(req, readLimit);
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) throw error;
    return tooLarge(readLimit);
  }
  const oversized = read.bytes > options.maxBodyBytes;
  let body: unknown;
  if ((headers.get("content-type") ?? "").includes("json")) {
    try {
      body = read.text ? JSON.parse(read.text) : undefined;
    } catch {
      if (oversized) return tooLarge(options.maxBodyBytes, "body too large and not valid JSON");
      rejected(400, "invalid JSON");
      sendError(res, 400, "BAD_USER_INPUT", "The request body is not valid JSON", { "x-request-id": requestId });
      return undefined;
    }
  } else {
    body = read.text;
  }
  // Only a bulk submission sent as text may use the larger limit: a hash proves nothing before it is looked up.
  if (oversized && !isBulkSubmission(body, { maxQueryBytes: options.maxBodyBytes, maxTokens: bulk.maxTokens })) {
    return tooLarge(options.maxBodyBytes, "body too large and not a bulk submission");
  }
  return { body };
}
