// Collects the reads every loader of one GraphQL request asks for in the same tick and sends them together
// in shared $batch calls, so the number of upstream round trips follows the depth of the query, not the
// number of loaders. DataLoader dispatches its batches on process.nextTick; we flush on setImmediate,
// which runs after all of them.
// GETs first ask the gateway-wide shared reads (msgraph/shared-reads.ts): another request's call in the air or a
// cached status answers them without joining this request's queue.
import type { BatchRequest, BatchResult, GraphClient } from "../msgraph/client.js";
import { GraphRequestError } from "../msgraph/errors.js";
import type { ScopedReads } from "../msgraph/shared-reads.js";

interface Pending {
  request: BatchRequest;
  resolve: (result: BatchResult) => void;
}

export interface BatchScheduler {
  /** Queues one request; resolves with its own result (never rejects for an upstream failure of the item). */
  enqueue(request: BatchRequest): Promise<BatchResult>;
  /** Turns an absolute @odata.nextLink of our Graph base into the relative path $batch items need. */
  relative(link: string): string;
  /** How many times the queue was sent: the sequential waves of upstream calls this request needed. */
  waves(): number;
  /** From now on every read goes upstream through this request's own queue (mutations read their own writes). */
  readFresh(): void;
}

export function createBatchScheduler(graph: GraphClient, shared?: ScopedReads): BatchScheduler {
  let queue: Pending[] = [];
  let waves = 0;

  function flush(): void {
    const pending = queue;
    queue = [];
    waves++;
    const [only] = pending;
    if (pending.length === 1 && only && only.request.method === "GET") {
      // A lone read gains nothing from a $batch envelope; send it as itself.
      const headers = only.request.headers;
      // Per-request headers (ConsistencyLevel of a directory search) go with it as they would inside a $batch item.
      graph.get(only.request.path, headers ? { headers } : undefined).then(
        (body) => only.resolve({ ok: true, status: 200, body }),
        (error: unknown) => only.resolve(failed(error, only.request)),
      );
      return;
    }
    graph.batch(pending.map((p) => p.request)).then(
      (results) => pending.forEach((p, i) => p.resolve(results[i] ?? failed(undefined, p.request))),
      (error: unknown) => pending.forEach((p) => p.resolve(failed(error, p.request))),
    );
  }

  return {
    waves: () => waves,
    enqueue(request) {
      const queued = () =>
        new Promise<BatchResult>((resolve) => {
          if (queue.length === 0) setImmediate(flush);
          queue.push({ request, resolve });
        });
      if (!shared || request.method !== "GET") return queued();
      const deadlineAt = graph.scope?.deadlineAt;
      return shared.read(request.path, queued, deadlineAt === undefined ? {} : { deadlineAt });
    },
    readFresh: () => shared?.bypass(),
    relative(link) {
      if (link.startsWith("/")) return link;
      if (link.startsWith(`${graph.baseUrl}/`)) return link.slice(graph.baseUrl.length);
      throw new GraphRequestError("A paging link points outside the configured Graph base URL", {
        status: 0,
        code: "InvalidNextLink",
        method: "GET",
        path: "",
      });
    },
  };
}

function failed(error: unknown, request: BatchRequest): BatchResult {
  if (error instanceof GraphRequestError) return { ok: false, error };
  return {
    ok: false,
    error: new GraphRequestError("The upstream call failed", {
      status: 0,
      code: "ConnectionFailed",
      method: request.method,
      path: request.path.split("?")[0] ?? "",
      cause: error,
    }),
  };
}
