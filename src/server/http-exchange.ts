// One GraphQL request as the adapter's steps see it: its id, its one log line for a refusal, and how to refuse it
// without resetting a client that is still uploading.
import type { IncomingMessage, ServerResponse } from "node:http";
import { settleRequestId } from "./http-replies.js";
import { refuseUnread } from "./linger.js";
import type { Logger } from "./logger.js";

export interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  requestId: string;
  /** The one log line of a request that never reaches GraphQL execution (the request log plugin logs the rest). */
  rejected: (status: number, reason: string) => void;
  /** Sends a refusal; a body that may still be on its way is drained first (linger.ts). */
  refuse: (send: () => void) => void;
}

export function openExchange(req: IncomingMessage, res: ServerResponse, logger: Logger): Exchange {
  const requestId = settleRequestId(req);
  const started = performance.now();
  const rejected = (status: number, reason: string) =>
    logger.info(
      { requestId, method: req.method, status, reason, durationMs: Math.round(performance.now() - started) },
      status >= 400 ? "request rejected" : "request served",
    );
  // A refusal before the body was read must not reset a client that is still uploading (linger.ts).
  const mayHaveBody = req.headers["transfer-encoding"] !== undefined || Number(req.headers["content-length"] ?? 0) > 0;
  const refuse = (send: () => void) => (mayHaveBody ? refuseUnread(req, res, send) : send());
  return { req, res, requestId, rejected, refuse };
}
