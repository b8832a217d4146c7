// JSON $batch (README §9): at most 20 requests per POST, answers correlated by id in any order, and
// throttled items re-sent together after the longest Retry-After among them, since Graph judges every
// item of a batch against the limits on its own.
import { GraphRequestError, isGraphRequestError, parseGraphError } from "./errors.js";
import { retryDelayMs, type RetryOptions } from "./retry.js";
import type { Transport } from "./transport.js";
import { relativeTarget, type Base } from "./url.js";

export interface BatchRequest {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** Relative to the version root, e.g. "/solutions/backupRestore/protectionPolicies/{id}". */
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export type BatchResult<T = unknown> = { ok: true; status: number; body: T } | { ok: false; error: GraphRequestError };

/** Graph's documented ceiling; a larger batch fails as a whole with 400. */
export const MAX_BATCH_SIZE = 20;

export interface BatchDeps {
  base: Base;
  transport: Transport;
  retry: RetryOptions;
  sleep: (ms: number) => Promise<void>;
  newClientRequestId: () => string;
}

interface Item {
  id: string;
  index: number;
  request: BatchRequest;
}

interface WireResponse {
  id?: unknown;
  status?: unknown;
  headers?: Record<string, string>;
  body?: unknown;
}

function toWire({ id, request }: Item): Record<string, unknown> {
  const headers = { ...request.headers };
  // Graph requires Content-Type on every item that has a body.
  if (request.body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === "content-type")) {
    headers["Content-Type"] = "application/json";
  }
  const url = request.path.startsWith("/") ? request.path : `/${request.path}`;
  return {
    id,
    method: request.method,
    url,
    ...(Object.keys(headers).length > 0 ? { headers } : {}),
    ...(request.body !== undefined ? { body: request.body } : {}),
  };
}

function responsesById(answer: unknown): Map<string, WireResponse> {
  const list = (answer as { responses?: unknown } | undefined)?.responses;
  const byId = new Map<string, WireResponse>();
  // Ids are case-insensitive on Graph's side.
  if (Array.isArray(list)) for (const r of list as WireResponse[]) if (r && r.id != null) byId.set(String(r.id).toLowerCase(), r);
  return byId;
}

export async function sendBatch<T>(
  deps: BatchDeps,
  requests: BatchRequest[],
  options: { clientRequestId?: string } = {},
): Promise<BatchResult<T>[]> {
  const results: BatchResult<T>[] = new Array(requests.length);
  const batchTarget = relativeTarget(deps.base, "/$batch");

  async function runChunk(items: Item[]): Promise<void> {
    // One id per chunk, kept across its retries and re-sends, so Graph's logs tie them together.
    const clientRequestId = options.clientRequestId ?? deps.newClientRequestId();
    let pending = items;
    for (let round = 0; pending.length > 0; round++) {
      let answer: unknown;
      try {
        answer = await deps.transport.send({
          method: "POST", target: batchTarget, body: { requests: pending.map(toWire) }, clientRequestId,
          // A 429/503/504 on the envelope means the batch was not run, so it is safe to send again.
          retryAs: "GET",
        });
      } catch (err) {
        if (!isGraphRequestError(err)) throw err;
        for (const item of pending) results[item.index] = { ok: false, error: err };
        return;
      }
      const byId = responsesById(answer);
      const throttled: { item: Item; error: GraphRequestError }[] = [];
      for (const item of pending) {
        const { method, path } = item.request;
        const ctx = { method, path: relativeTarget(deps.base, path).path, clientRequestId };
        const r = byId.get(item.id);
        if (!r || typeof r.status !== "number") {
          const error = new GraphRequestError(`The $batch answer has no response for ${method} ${ctx.path}`, {
            ...ctx, status: 0, code: "InvalidResponse",
          });
          results[item.index] = { ok: false, error };
        } else if (r.status >= 200 && r.status <= 299) {
          results[item.index] = { ok: true, status: r.status, body: r.body as T };
        } else {
          const error = parseGraphError(r.status, r.body, r.headers, ctx);
          if (r.status === 429 && round < deps.retry.maxRetries) throttled.push({ item, error });
          else results[item.index] = { ok: false, error };
        }
      }
      if (throttled.length === 0) return;
      const afters = throttled.map((t) => t.error.retryAfterMs).filter((ms): ms is number => ms !== undefined);
      await deps.sleep(retryDelayMs(round, afters.length > 0 ? Math.max(...afters) : undefined, deps.retry));
      pending = throttled.map((t) => t.item);
    }
  }

  const chunks: Item[][] = [];
  for (let start = 0; start < requests.length; start += MAX_BATCH_SIZE) {
    chunks.push(
      requests.slice(start, start + MAX_BATCH_SIZE).map((request, i) => ({ id: String(i + 1), index: start + i, request })),
    );
  }
  await Promise.all(chunks.map(runChunk));
  return results;
}
