// One HTTP exchange with Graph: headers, token, one undici Pool, body parsing and error mapping. Retries,
// waits and counting live with the callers (call.ts, batch.ts), so every wait goes through one policy.
import { Pool } from "undici";
import type { TokenProvider } from "./auth.js";
import { GraphRequestError, isGraphRequestError, parseGraphError } from "./errors.js";
import { deadlineAbort, isUsageError, tokenFailure, transportFailure, type FailureContext } from "./failures.js";
import { isSafe } from "./safety.js";
import { isLoopbackHost, type Base, type Target } from "./url.js";

export type HttpMethod = "GET" | "HEAD" | "POST" | "PATCH" | "PUT" | "DELETE";

export interface RequestInfo {
  method: string;
  path: string;
  status: number;
  attempt: number;
  durationMs: number;
  clientRequestId: string;
  requestId?: string;
  /** The error code when the attempt failed (Graph's, or ours such as OutcomeUnknown). */
  code?: string;
  /** GraphRequestError.reason when no answer came ("connect ECONNREFUSED …"), for /readyz. */
  reason?: string;
}

export interface TransportOptions {
  base: Base;
  connections: number;
  connectTimeoutMs: number;
  headersTimeoutMs: number;
  bodyTimeoutMs: number;
  now: () => number;
  onRequest?: (info: RequestInfo) => void;
}

export interface SendRequest {
  method: HttpMethod;
  target: Target;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  clientRequestId: string;
  /**
   * The call only reads although its method is POST (safety.ts knows Graph's read-only actions by path; this is
   * for the caller that knows better): a failure after it was sent is then a failed read, not an unknown outcome.
   */
  readOnly?: boolean;
  /** Non-2xx statuses whose body is the answer rather than an error (a $batch POST's 424). */
  answerStatuses?: readonly number[];
}

export interface AttemptContext {
  tokens: TokenProvider;
  attempt: number;
  /**
   * Epoch ms (on the transport's clock): the attempt is aborted if Graph has not answered by then, so a call lost
   * in a black hole ends with its request instead of at the pool's headers or body timeout.
   */
  deadlineAt?: number;
  /** Called just before the request goes on the wire (after the token was obtained), for the cost report. */
  onSend?: () => void;
  onRequest?: (info: RequestInfo) => void;
}

export interface Transport {
  /** Resolves with the parsed body; rejects with a GraphRequestError (or the caller's abort). */
  attempt(req: SendRequest, ctx: AttemptContext): Promise<unknown>;
  close(): Promise<void>;
}

/** Asked on every call so Graph names new enum members `unknownFutureValue`-style instead of failing us. */
export const PREFER_UNKNOWN_ENUMS = "include-unknown-enum-members";

function parseBody(text: string, contentType: string | undefined): unknown {
  if (text === "") return undefined;
  return contentType && /[/+]json\b/i.test(contentType) ? JSON.parse(text) : text;
}

const headerString = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

export function createTransport(opts: TransportOptions): Transport {
  const { base } = opts;
  const pool = new Pool(base.origin, {
    connections: opts.connections,
    connectTimeout: opts.connectTimeoutMs,
    headersTimeout: opts.headersTimeoutMs,
    bodyTimeout: opts.bodyTimeoutMs,
  });
  const mayCarryToken = base.protocol === "https:" || isLoopbackHost(base.hostname);

  async function bearer(tokens: TokenProvider, ctx: FailureContext): Promise<string | undefined> {
    try {
      // Asked per attempt: a retry after a long Retry-After must not reuse an expired token.
      return await tokens.getToken();
    } catch (err) {
      throw tokenFailure(err, ctx);
    }
  }

  async function buildHeaders(req: SendRequest, tokens: TokenProvider, ctx: FailureContext) {
    // Lower-cased so a caller's "Accept" or "Authorization" cannot sit next to ours as a second header.
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers ?? {})) headers[name.toLowerCase()] = value;
    delete headers.authorization;
    headers.accept = "application/json";
    headers["client-request-id"] = req.clientRequestId;
    headers.prefer = headers.prefer ? `${headers.prefer}, ${PREFER_UNKNOWN_ENUMS}` : PREFER_UNKNOWN_ENUMS;
    if (req.body !== undefined) headers["content-type"] = "application/json";
    const token = await bearer(tokens, ctx);
    if (token !== undefined) {
      if (!mayCarryToken) throw new Error(`Refusing to send a bearer token over plain http to ${base.hostname}`);
      headers.authorization = `Bearer ${token}`;
    }
    return headers;
  }

  async function attempt(req: SendRequest, actx: AttemptContext): Promise<unknown> {
    const { method, target, clientRequestId } = req;
    const ctx = { method, path: target.path, clientRequestId };
    const headers = await buildHeaders(req, actx.tokens, ctx);
    const safe = isSafe({ method, path: target.path, ...(req.readOnly ? { readOnly: true } : {}) });
    const deadline = actx.deadlineAt === undefined ? undefined : new AbortController();
    const timer =
      deadline && setTimeout(() => deadline.abort(deadlineAbort()), Math.max(0, actx.deadlineAt! - opts.now()));
    const signal = deadline
      ? req.signal
        ? AbortSignal.any([req.signal, deadline.signal])
        : deadline.signal
      : req.signal;
    actx.onSend?.();
    const started = performance.now();
    let status = 0;
    let requestId: string | undefined;
    let failed: string | undefined;
    let reason: string | undefined;
    try {
      const res = await pool.request({
        method,
        path: target.requestPath,
        headers,
        body: req.body === undefined ? null : JSON.stringify(req.body),
        signal: signal ?? null,
        // No throwOnError: undici 7 dropped it and never throws on a status, so Graph's error body reaches us.
      });
      status = res.statusCode;
      requestId = headerString(res.headers["request-id"]);
      const text = await res.body.text();
      const contentType = headerString(res.headers["content-type"]);
      const isAnswer = (status >= 200 && status <= 299) || (req.answerStatuses?.includes(status) ?? false);
      if (!isAnswer) throw parseGraphError(status, text, res.headers, ctx, opts.now());
      try {
        return parseBody(text, contentType);
      } catch (cause) {
        throw new GraphRequestError(`Microsoft Graph sent invalid JSON for ${method} ${target.path}`, {
          ...ctx,
          status,
          code: "InvalidResponse",
          requestId,
          cause,
        });
      }
    } catch (err) {
      if (isGraphRequestError(err)) {
        failed = err.code;
        throw err;
      }
      if (req.signal?.aborted || isUsageError(err)) throw err;
      // A body that stalls after the headers still counts as "no usable answer": status 0.
      status = 0;
      const failure = transportFailure(deadline?.signal.aborted ? deadline.signal.reason : err, ctx, safe, requestId);
      failed = failure.code;
      reason = failure.reason;
      throw failure;
    } finally {
      clearTimeout(timer);
      const info: RequestInfo = {
        method,
        path: target.path,
        status,
        attempt: actx.attempt,
        durationMs: performance.now() - started,
        clientRequestId,
      };
      if (requestId !== undefined) info.requestId = requestId;
      if (failed !== undefined) info.code = failed;
      if (reason !== undefined) info.reason = reason;
      for (const observe of [opts.onRequest, actx.onRequest]) {
        // A failing observer must not turn a good answer into an error (a throw in finally would replace it).
        try {
          observe?.(info);
        } catch {
          /* observability only */
        }
      }
    }
  }

  return { attempt, close: () => pool.close() };
}
