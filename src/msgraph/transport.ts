// One call to Graph: headers, token, one undici Pool, the retry loop, body parsing and error mapping.
import { Pool } from "undici";
import type { TokenProvider } from "./auth.js";
import { GraphRequestError, parseGraphError, type LocalErrorCode } from "./errors.js";
import { isRetryable, isRetryableTransportFailure, retryDelayMs, type RetryOptions } from "./retry.js";
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
}

export interface TransportOptions {
  base: Base;
  retry: RetryOptions;
  connections: number;
  connectTimeoutMs: number;
  headersTimeoutMs: number;
  bodyTimeoutMs: number;
  sleep: (ms: number) => Promise<void>;
  onRequest?: (info: RequestInfo) => void;
}

export interface SendRequest {
  method: HttpMethod;
  target: Target;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  clientRequestId: string;
  /** Status retry policy as if this were `retryAs` (a whole-$batch POST retries like a GET). Default: method. */
  retryAs?: HttpMethod;
}

export interface Transport {
  send(req: SendRequest): Promise<unknown>;
  close(): Promise<void>;
}

const TIMEOUT_CODES = new Set(["UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT"]);
// Our own misuse (bad options, a closed client): a bug to surface as is, not an outage to retry.
const USAGE_CODES = new Set(["UND_ERR_INVALID_ARG", "UND_ERR_INVALID_RETURN_VALUE", "UND_ERR_NOT_SUPPORTED", "UND_ERR_CLOSED", "UND_ERR_DESTROYED"]);

const errorCode = (err: unknown): unknown => (err as { code?: unknown } | undefined)?.code;

function transportCode(err: unknown): LocalErrorCode {
  const code = errorCode(err);
  return typeof code === "string" && TIMEOUT_CODES.has(code) ? "Timeout" : "ConnectionFailed";
}

function parseBody(text: string, contentType: string | undefined): unknown {
  if (text === "") return undefined;
  return contentType && /[/+]json\b/i.test(contentType) ? JSON.parse(text) : text;
}

const headerString = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

export function createTransport(opts: TransportOptions, tokens: TokenProvider): Transport {
  const { base } = opts;
  const pool = new Pool(base.origin, {
    connections: opts.connections,
    connectTimeout: opts.connectTimeoutMs,
    headersTimeout: opts.headersTimeoutMs,
    bodyTimeout: opts.bodyTimeoutMs,
  });
  const mayCarryToken = base.protocol === "https:" || isLoopbackHost(base.hostname);

  async function buildHeaders(req: SendRequest): Promise<Record<string, string>> {
    // Lower-cased so a caller's "Accept" or "Authorization" cannot sit next to ours as a second header.
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers ?? {})) headers[name.toLowerCase()] = value;
    delete headers.authorization;
    headers.accept = "application/json";
    headers["client-request-id"] = req.clientRequestId;
    if (req.body !== undefined) headers["content-type"] = "application/json";
    // Asked per attempt: a retry after a long Retry-After must not reuse an expired token.
    const token = await tokens.getToken();
    if (token !== undefined) {
      if (!mayCarryToken) throw new Error(`Refusing to send a bearer token over plain http to ${base.hostname}`);
      headers.authorization = `Bearer ${token}`;
    }
    return headers;
  }

  /** One HTTP exchange. Resolves with the parsed body on 2xx; rejects with a GraphRequestError otherwise. */
  async function attempt(req: SendRequest, n: number): Promise<unknown> {
    const { method, target, clientRequestId } = req;
    const ctx = { method, path: target.path, clientRequestId };
    const headers = await buildHeaders(req);
    const started = performance.now();
    let status = 0;
    let requestId: string | undefined;
    try {
      const res = await pool.request({
        method,
        path: target.requestPath,
        headers,
        body: req.body === undefined ? null : JSON.stringify(req.body),
        signal: req.signal ?? null,
        // No throwOnError: undici 7 dropped it and never throws on a status, so Graph's error body reaches us.
      });
      status = res.statusCode;
      requestId = headerString(res.headers["request-id"]);
      const text = await res.body.text();
      const contentType = headerString(res.headers["content-type"]);
      if (status < 200 || status > 299) throw parseGraphError(status, text, res.headers, ctx);
      try {
        return parseBody(text, contentType);
      } catch (cause) {
        throw new GraphRequestError(`Microsoft Graph sent invalid JSON for ${method} ${target.path}`, {
          ...ctx, status, code: "InvalidResponse", requestId, cause,
        });
      }
    } catch (err) {
      if (err instanceof GraphRequestError || req.signal?.aborted || USAGE_CODES.has(errorCode(err) as string)) throw err;
      const code = transportCode(err);
      // A body that stalls after the headers still counts as "no usable answer": status 0.
      status = 0;
      throw new GraphRequestError(`${method} ${target.path} failed: ${code === "Timeout" ? "timed out" : "connection failed"}`, {
        ...ctx, status, code, requestId, cause: err,
      });
    } finally {
      const info = { method, path: target.path, status, attempt: n, durationMs: performance.now() - started, clientRequestId };
      // A failing observer must not turn a good answer into an error (a throw in finally would replace it).
      try {
        opts.onRequest?.(requestId === undefined ? info : { ...info, requestId });
      } catch {
        /* observability only */
      }
    }
  }

  async function send(req: SendRequest): Promise<unknown> {
    for (let n = 0; ; n++) {
      req.signal?.throwIfAborted();
      try {
        return await attempt(req, n);
      } catch (err) {
        if (!(err instanceof GraphRequestError) || n >= opts.retry.maxRetries || req.signal?.aborted) throw err;
        const retryable = err.status === 0
          ? isRetryableTransportFailure(req.method)
          : isRetryable(req.retryAs ?? req.method, err.status);
        if (!retryable) throw err;
        await opts.sleep(retryDelayMs(n, err.retryAfterMs, opts.retry));
      }
    }
  }

  return { send, close: () => pool.close() };
}
