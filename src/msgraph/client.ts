// The typed Graph client the loaders and resolvers call. It knows HTTP and Graph, nothing of GraphQL.
import { randomUUID } from "node:crypto";
import { setTimeout as delay } from "node:timers/promises";
import { noAuth, type TokenProvider } from "./auth.js";
import { sendBatch, type BatchRequest, type BatchResult } from "./batch.js";
import type { GraphCollection } from "./models.js";
import { iterateItems } from "./paginate.js";
import { DEFAULT_RETRY_OPTIONS, type RetryOptions } from "./retry.js";
import { createTransport, type HttpMethod, type RequestInfo } from "./transport.js";
import { isAbsoluteUrl, nextLinkTarget, parseBaseUrl, relativeTarget, type QueryParams } from "./url.js";

export type { BatchRequest, BatchResult } from "./batch.js";
export type { RequestInfo } from "./transport.js";

export interface GraphClientOptions {
  /** Origin + version path, e.g. "https://graph.microsoft.com/v1.0" or "http://127.0.0.1:5050/v1.0". */
  baseUrl: string;
  /** Default {@link DEFAULT_RETRY_OPTIONS} (3 retries, 3 s base, 180 s cap); fields merge over it. */
  retry?: Partial<RetryOptions>;
  /** undici Pool size for the origin; also the cap on concurrent requests. Default 32. */
  connections?: number;
  /** Default 10_000 ms. */
  connectTimeoutMs?: number;
  /** Time to the response headers. Default 30_000 ms. */
  headersTimeoutMs?: number;
  /** Max gap between body chunks. Default 30_000 ms. */
  bodyTimeoutMs?: number;
  /** Every retry wait goes through this, so tests can record waits instead of sleeping. Default setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  /** Default crypto.randomUUID. */
  newClientRequestId?: () => string;
  /** Called once per HTTP attempt (status 0 when no answer came). Never sees headers or tokens. */
  onRequest?: (info: RequestInfo) => void;
}

export interface RequestOptions {
  query?: QueryParams;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Default: a new GUID per call (kept across that call's retries). */
  clientRequestId?: string;
}

export interface GraphClient {
  /** The options' baseUrl, normalised to origin + version path without a trailing slash. */
  readonly baseUrl: string;
  get<T>(path: string, options?: RequestOptions): Promise<T>;
  /** One collection page. `pathOrNextLink` is a path relative to baseUrl, or an absolute @odata.nextLink — which MUST have the same origin and version prefix as baseUrl, else throw (a token must never go to another host). */
  page<T>(pathOrNextLink: string, options?: RequestOptions): Promise<GraphCollection<T>>;
  /** Async iterator over the items of a collection, following the whole @odata.nextLink chain page by page (lazily). */
  list<T>(path: string, options?: RequestOptions): AsyncIterableIterator<T>;
  post<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  patch<T>(path: string, body: unknown, options?: RequestOptions): Promise<T>;
  delete(path: string, options?: RequestOptions): Promise<void>;
  /** JSON $batch: packs into POST {baseUrl}/$batch calls of at most 20 requests (ids "1".."n" per chunk), sends chunks concurrently, correlates answers by id (any order), returns one result per request in input order. Items that have a body get Content-Type: application/json in their headers. Throttled items (429) are re-sent in a new batch after the longest retry-after among them, up to retry.maxRetries; a 429/503/504 on the whole $batch POST is retried like a GET. A whole-POST failure becomes an ok:false result for each item of that chunk. */
  batch<T = unknown>(requests: BatchRequest[], options?: { clientRequestId?: string }): Promise<BatchResult<T>[]>;
  /** Closes the pool after in-flight requests finish. */
  close(): Promise<void>;
}

export const DEFAULT_CONNECTIONS = 32;
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
export const DEFAULT_HEADERS_TIMEOUT_MS = 30_000;
export const DEFAULT_BODY_TIMEOUT_MS = 30_000;

export function createGraphClient(options: GraphClientOptions, tokenProvider: TokenProvider = noAuth): GraphClient {
  const base = parseBaseUrl(options.baseUrl);
  const retry: RetryOptions = { ...DEFAULT_RETRY_OPTIONS, ...options.retry };
  const sleep = options.sleep ?? ((ms: number) => delay(ms));
  const newClientRequestId = options.newClientRequestId ?? randomUUID;
  const transport = createTransport(
    {
      base,
      retry,
      connections: options.connections ?? DEFAULT_CONNECTIONS,
      connectTimeoutMs: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
      headersTimeoutMs: options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS,
      bodyTimeoutMs: options.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS,
      sleep,
      ...(options.onRequest ? { onRequest: options.onRequest } : {}),
    },
    tokenProvider,
  );

  function call(method: HttpMethod, pathOrLink: string, body: unknown, opts: RequestOptions = {}): Promise<unknown> {
    // Only page() accepts absolute links; a plain path is always joined to baseUrl.
    const target = isAbsoluteUrl(pathOrLink) ? nextLinkTarget(base, pathOrLink) : relativeTarget(base, pathOrLink, opts.query);
    return transport.send({
      method,
      target,
      body,
      ...(opts.headers ? { headers: opts.headers } : {}),
      ...(opts.signal ? { signal: opts.signal } : {}),
      clientRequestId: opts.clientRequestId ?? newClientRequestId(),
    });
  }

  const relative = (path: string): string => {
    if (isAbsoluteUrl(path)) throw new Error("Pass a path relative to baseUrl; only page() follows absolute nextLinks");
    return path;
  };

  const page = async <T>(pathOrNextLink: string, opts?: RequestOptions) =>
    (await call("GET", pathOrNextLink, undefined, opts)) as GraphCollection<T>;

  return {
    baseUrl: `${base.origin}${base.prefix}`,
    get: async <T>(path: string, opts?: RequestOptions) => (await call("GET", relative(path), undefined, opts)) as T,
    page,
    list: <T>(path: string, opts?: RequestOptions) => iterateItems<T, RequestOptions>(page, relative(path), opts),
    post: async <T>(path: string, body?: unknown, opts?: RequestOptions) => (await call("POST", relative(path), body, opts)) as T,
    patch: async <T>(path: string, body: unknown, opts?: RequestOptions) => (await call("PATCH", relative(path), body, opts)) as T,
    delete: async (path: string, opts?: RequestOptions) => {
      await call("DELETE", relative(path), undefined, opts);
    },
    batch: <T = unknown>(requests: BatchRequest[], opts?: { clientRequestId?: string }) =>
      sendBatch<T>({ base, transport, retry, sleep, newClientRequestId }, requests, opts),
    close: () => transport.close(),
  };
}
