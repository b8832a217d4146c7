// The typed Graph client the loaders and resolvers call. It knows HTTP and Graph, nothing of GraphQL.
// One client per process owns the pool, the retry policy and the per-origin throttle state; `scoped()` gives
// each GraphQL request a view of it with its own correlation ids, deadline, cost counters and caller token.
import { randomUUID } from "node:crypto";
import { setTimeout as delay } from "node:timers/promises";
import { noAuth, type TokenProvider } from "./auth.js";
import { sendBatch, type BatchDeps, type BatchRequest, type BatchResult } from "./batch.js";
import { sendWithRetry, type CallScope } from "./call.js";
import { clientRequestIds } from "./correlation.js";
import type { UpstreamCost } from "./cost.js";
import type { GraphCollection } from "./models.js";
import { iterateItems } from "./paginate.js";
import { createRetryPolicy, type RetryOptions } from "./retry.js";
import { isSafe } from "./safety.js";
import { createThrottleGate, type ThrottleGate } from "./throttle.js";
import { createTransport, type HttpMethod, type RequestInfo } from "./transport.js";
import { isAbsoluteUrl, nextLinkTarget, parseBaseUrl, relativeTarget, type QueryParams } from "./url.js";

export type { BatchRequest, BatchResult } from "./batch.js";
export type { RequestInfo } from "./transport.js";

export interface GraphClientOptions {
  /** Origin + version path, e.g. "https://graph.microsoft.com/v1.0" or "http://127.0.0.1:5050/v1.0". */
  baseUrl: string;
  /** Default 3 retries, 3 s base, 180 s cap (as the Graph SDKs); clamped to 10 retries and 180 s. */
  retry?: Partial<RetryOptions>;
  /** undici Pool size for the origin; also the cap on concurrent requests. Default 32. */
  connections?: number;
  /** Default 10_000 ms. */
  connectTimeoutMs?: number;
  /** Time to the response headers. Default 30_000 ms. */
  headersTimeoutMs?: number;
  /** Max gap between body chunks. Default 30_000 ms. */
  bodyTimeoutMs?: number;
  /** $batch POSTs of one batch() call in flight at once. Default 4. */
  batchConcurrency?: number;
  /** Every wait goes through this, so tests can record waits instead of sleeping. Default setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  /** Epoch ms, for deadlines, the throttle gate and Retry-After dates. Tests pair it with `sleep`. Default Date.now. */
  now?: () => number;
  /** Client-request-ids of unscoped calls. Default crypto.randomUUID. */
  newClientRequestId?: () => string;
  /** Called once per HTTP attempt (status 0 when no answer came). Never sees headers or tokens. */
  onRequest?: (info: RequestInfo) => void;
  /** The origin's "throttled until". Default: this process's own; replicas pass one shared through Redis. */
  gate?: ThrottleGate;
}

/** One GraphQL request's view of the client. */
export interface RequestScope {
  /** The GraphQL request id; every upstream call's client-request-id derives from it (correlation.ts). */
  correlationId: string;
  /** Epoch ms: no retry wait may end after it, no call starts after it. */
  deadlineAt?: number;
  cost?: UpstreamCost;
  /** The caller's token source (On-Behalf-Of, pass-through); default the client's own. */
  tokenProvider?: TokenProvider;
  /** Called once per HTTP attempt of this request, after the client's own onRequest. */
  onRequest?: (info: RequestInfo) => void;
  /**
   * Awaited after every call (or $batch item) that is not a read (safety.ts) has finished, whatever its outcome: it
   * may have changed `path`, so the shared read cache drops what it may have made stale (shared-reads.ts).
   */
  onChange?: (method: string, path: string) => void | Promise<void>;
}

export interface RequestOptions {
  query?: QueryParams;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Default: the next id of the scope (or a new GUID unscoped), kept across that call's retries. */
  clientRequestId?: string;
  /**
   * A POST that only reads: retried on 503/504 and a lost answer like a GET, never an unknown outcome. Graph's
   * read-only actions are known by path (safety.ts); this is for a caller that knows of another one.
   */
  readOnly?: boolean;
}

export interface GraphClient {
  /** The options' baseUrl, normalised to origin + version path without a trailing slash. */
  readonly baseUrl: string;
  /** Set on a scoped client: the scope it was made with. */
  readonly scope?: Readonly<RequestScope>;
  get<T>(path: string, options?: RequestOptions): Promise<T>;
  /** One collection page. `pathOrNextLink` is a path relative to baseUrl, or an absolute @odata.nextLink — which MUST have the same origin and version prefix as baseUrl, else throw (a token must never go to another host). */
  page<T>(pathOrNextLink: string, options?: RequestOptions): Promise<GraphCollection<T>>;
  /** Async iterator over the items of a collection, following the whole @odata.nextLink chain page by page (lazily). */
  list<T>(path: string, options?: RequestOptions): AsyncIterableIterator<T>;
  post<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  patch<T>(path: string, body: unknown, options?: RequestOptions): Promise<T>;
  delete(path: string, options?: RequestOptions): Promise<void>;
  /** JSON $batch (batch.ts): chunks of at most 20, at most batchConcurrency POSTs at once, one result per request in input order; throttled items re-sent after the longest Retry-After among them; a whole-POST failure becomes an ok:false result for each item of that chunk. */
  batch<T = unknown>(requests: BatchRequest[], options?: { clientRequestId?: string }): Promise<BatchResult<T>[]>;
  /** How long Graph still asks this origin to wait, in ms (its latest Retry-After, whole calls and $batch items); 0 when it does not. */
  retryAfterMs(): number;
  /** A view for one GraphQL request sharing this client's pool, policy and throttle state. */
  scoped(scope: RequestScope): GraphClient;
  /** Closes the pool after in-flight requests finish. A no-op on a scoped client (the pool is the process's). */
  close(): Promise<void>;
}

export const DEFAULT_CONNECTIONS = 32;
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
export const DEFAULT_HEADERS_TIMEOUT_MS = 30_000;
export const DEFAULT_BODY_TIMEOUT_MS = 30_000;
export const DEFAULT_BATCH_CONCURRENCY = 4;

export function createGraphClient(options: GraphClientOptions, tokenProvider: TokenProvider = noAuth): GraphClient {
  const base = parseBaseUrl(options.baseUrl);
  const now = options.now ?? Date.now;
  const transport = createTransport({
    base,
    connections: options.connections ?? DEFAULT_CONNECTIONS,
    connectTimeoutMs: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    headersTimeoutMs: options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS,
    bodyTimeoutMs: options.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS,
    now,
    ...(options.onRequest ? { onRequest: options.onRequest } : {}),
  });
  const deps: BatchDeps = {
    base,
    transport,
    policy: createRetryPolicy(options.retry),
    gate: options.gate ?? createThrottleGate(),
    sleep: options.sleep ?? ((ms: number) => delay(ms)),
    now,
    concurrency: options.batchConcurrency ?? DEFAULT_BATCH_CONCURRENCY,
  };

  function view(callScope: CallScope, nextId: () => string, scope?: RequestScope): GraphClient {
    const onChange = scope?.onChange;
    /** Runs a call that may change things, then tells the scope what it may have changed (even when it failed). */
    async function changing<T>(
      changes: readonly { method: string; path: string }[],
      run: () => Promise<T>,
    ): Promise<T> {
      try {
        return await run();
      } finally {
        if (onChange) for (const c of changes) await onChange(c.method, c.path);
      }
    }
    function call(method: HttpMethod, pathOrLink: string, body: unknown, opts: RequestOptions = {}): Promise<unknown> {
      // Only page() accepts absolute links; a plain path is always joined to baseUrl.
      const target = isAbsoluteUrl(pathOrLink)
        ? nextLinkTarget(base, pathOrLink)
        : relativeTarget(base, pathOrLink, opts.query);
      const send = () =>
        sendWithRetry(deps, callScope, {
          method,
          target,
          body,
          ...(opts.headers ? { headers: opts.headers } : {}),
          ...(opts.signal ? { signal: opts.signal } : {}),
          ...(opts.readOnly ? { readOnly: true } : {}),
          clientRequestId: opts.clientRequestId ?? nextId(),
        });
      const readOnly = isSafe({ method, path: target.path, ...(opts.readOnly ? { readOnly: true } : {}) });
      return readOnly ? send() : changing([{ method, path: target.path }], send);
    }
    const relative = (path: string): string => {
      if (isAbsoluteUrl(path))
        throw new Error("Pass a path relative to baseUrl; only page() follows absolute nextLinks");
      return path;
    };
    const page = async <T>(pathOrNextLink: string, opts?: RequestOptions) =>
      (await call("GET", pathOrNextLink, undefined, opts)) as GraphCollection<T>;

    return {
      baseUrl: `${base.origin}${base.prefix}`,
      ...(scope ? { scope } : {}),
      get: async <T>(path: string, opts?: RequestOptions) => (await call("GET", relative(path), undefined, opts)) as T,
      page,
      list: <T>(path: string, opts?: RequestOptions) => iterateItems<T, RequestOptions>(page, relative(path), opts),
      post: async <T>(path: string, body?: unknown, opts?: RequestOptions) =>
        (await call("POST", relative(path), body, opts)) as T,
      patch: async <T>(path: string, body: unknown, opts?: RequestOptions) =>
        (await call("PATCH", relative(path), body, opts)) as T,
      delete: async (path: string, opts?: RequestOptions) => {
        await call("DELETE", relative(path), undefined, opts);
      },
      batch: <T = unknown>(requests: BatchRequest[], opts?: { clientRequestId?: string }) =>
        changing(
          requests.filter((r) => !isSafe(r)),
          () => sendBatch<T>(deps, callScope, nextId, requests, opts),
        ),
      retryAfterMs: () => Math.max(0, deps.gate.advisedUntil() - now()),
      scoped: (s: RequestScope) => view(toCallScope(s), clientRequestIds(s.correlationId), s),
      close: () => (scope ? Promise.resolve() : transport.close()),
    };
  }

  const toCallScope = (s: RequestScope): CallScope => ({
    tokens: s.tokenProvider ?? tokenProvider,
    ...(s.deadlineAt !== undefined ? { deadlineAt: s.deadlineAt } : {}),
    ...(s.cost ? { cost: s.cost } : {}),
    ...(s.onRequest ? { onRequest: s.onRequest } : {}),
  });

  return view({ tokens: tokenProvider }, options.newClientRequestId ?? randomUUID);
}
