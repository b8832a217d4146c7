// JSON $batch executor: chunks of at most 20 (batch-plan.ts), at most `concurrency` POSTs in flight, answers
// correlated by id in any order, and one result per request in input order. Graph judges every item against
// its limits on its own, so throttled items (429; 503/504 for reads, whatever their method) are re-sent together in a new batch after
// the longest Retry-After among them, under the same retry policy and deadline as single calls. A throttled
// item does not hold the whole origin (the rest of its batch just proved Graph was serving); a 429 on the POST does.
import { backOff, beforeSend, noteThrottle, type CallDeps, type CallScope } from "./call.js";
import { GraphRequestError, isGraphRequestError, parseGraphError } from "./errors.js";
import type { GraphJsonBatchResponseItem } from "./models.js";
import { planChunks, toWire, type BatchRequest, type Item } from "./batch-plan.js";
import { asRead } from "./failures.js";
import { isSafe, isSafeBatch } from "./safety.js";
import type { GateCall } from "./throttle.js";
import { relativeTarget, type Base } from "./url.js";

export { MAX_BATCH_SIZE, type BatchRequest } from "./batch-plan.js";

export type BatchResult<T = unknown> = { ok: true; status: number; body: T } | { ok: false; error: GraphRequestError };

export interface BatchDeps extends CallDeps {
  base: Base;
  /** $batch POSTs of one call in flight at once. */
  concurrency: number;
}

/** One item of Graph's answer before it is checked: the wire type's fields, each possibly missing or wrong. */
type WireResponse = { [K in keyof GraphJsonBatchResponseItem]?: unknown } & Pick<
  Partial<GraphJsonBatchResponseItem>,
  "headers"
>;

type Failed = { item: Item; error: GraphRequestError };

function responsesById(answer: unknown): Map<string, WireResponse> | undefined {
  const list = (answer as { responses?: unknown } | undefined)?.responses;
  if (!Array.isArray(list)) return undefined;
  const byId = new Map<string, WireResponse>();
  for (const r of list as WireResponse[])
    if (r && (typeof r.id === "string" || typeof r.id === "number")) byId.set(String(r.id).toLowerCase(), r);
  return byId;
}

/**
 * The whole POST's failure as seen by one item: a read inside a POST that may have reached Graph is still only a
 * read, and one that got no answer in time timed out, as it would have alone.
 */
function forItem(err: GraphRequestError, item: Item): GraphRequestError {
  return isSafe(item.request) ? asRead(err) : err;
}

/**
 * Settles dependsOn across rounds. Graph answers 424 for an item whose dependency failed; when that dependency
 * is re-sent (it was only throttled), the item goes with it. An item waiting for a final failure fails with 424.
 */
function settleDependencies(retry: Failed[], final: Failed[], dependent: Failed[]): void {
  const ids = (list: Failed[]) => new Set(list.map((f) => f.item.id.toLowerCase()));
  const move = (f: Failed, from: Failed[], to: Failed[], error = f.error) => {
    from.splice(from.indexOf(f), 1);
    to.push({ item: f.item, error });
  };
  for (let changed = true; changed;) {
    changed = false;
    const [retrying, failed] = [ids(retry), ids(final)];
    for (const [f, list] of [
      ...retry.map((f) => [f, retry] as const),
      ...dependent.map((f) => [f, dependent] as const),
    ]) {
      const blocked = f.item.dependsOn.find((d) => failed.has(d));
      if (blocked !== undefined) {
        const { method, path } = f.error;
        move(
          f,
          list,
          final,
          f.error.status === 424
            ? f.error
            : new GraphRequestError(`The request depends on '${blocked}', which failed`, {
                status: 424,
                code: "FailedDependency",
                method,
                path,
              }),
        );
        changed = true;
      } else if (list === dependent && f.item.dependsOn.some((d) => retrying.has(d))) {
        move(f, list, retry);
        changed = true;
      }
    }
  }
  // A 424 whose dependency neither failed for good nor is re-sent: Graph's verdict stands.
  final.push(...dependent.splice(0));
}

export async function sendBatch<T>(
  deps: BatchDeps,
  scope: CallScope,
  newClientRequestId: () => string,
  requests: readonly BatchRequest[],
  options: { clientRequestId?: string } = {},
): Promise<BatchResult<T>[]> {
  const results = new Array<BatchResult<T>>(requests.length);
  const target = relativeTarget(deps.base, "/$batch");
  const fail = (list: Failed[]) => list.forEach(({ item, error }) => (results[item.index] = { ok: false, error }));

  async function runChunk(items: Item[]): Promise<void> {
    // One id per chunk, kept across its re-sends, so Graph's logs tie them together.
    const clientRequestId = options.clientRequestId ?? newClientRequestId();
    const call: GateCall = { method: "POST", path: "/$batch", clientRequestId };
    if (scope.deadlineAt !== undefined) call.deadlineAt = scope.deadlineAt;
    if (scope.cost) call.cost = scope.cost;
    const wireIds = new Map(items.map((i) => [i.id.toLowerCase(), i.id]));
    let pending = items;
    let waitedUntil = 0;
    for (let round = 0; pending.length > 0; round++) {
      const [retry, final, dependent]: [Failed[], Failed[], Failed[]] = [[], [], []];
      try {
        await beforeSend(deps, call, round, waitedUntil);
        const { cost } = scope;
        const onSend = () => {
          if (!cost) return;
          cost.roundTrips++;
          cost.batches++;
          cost.batchedItems += pending.length;
        };
        // A POST of reads only is itself a read: a cut or a timeout is then a failed read, never an unknown outcome.
        const readOnly = isSafeBatch(pending.map((i) => i.request));
        const answer = await deps.transport.attempt(
          {
            method: "POST",
            target,
            body: { requests: pending.map((i) => toWire(i, wireIds)) },
            clientRequestId,
            answerStatuses: [424],
            ...(readOnly ? { readOnly } : {}),
          },
          {
            tokens: scope.tokens,
            attempt: round,
            onSend,
            ...(scope.deadlineAt !== undefined ? { deadlineAt: scope.deadlineAt } : {}),
            ...(scope.onRequest ? { onRequest: scope.onRequest } : {}),
          },
        );
        const byId = responsesById(answer);
        if (!byId)
          throw new GraphRequestError("The $batch answer has no responses", {
            status: 0,
            code: "InvalidResponse",
            method: "POST",
            path: "/$batch",
            clientRequestId,
          });
        for (const item of pending) {
          const { method, path } = item.request;
          const ctx = { method, path: relativeTarget(deps.base, path).path, clientRequestId };
          const r = byId.get(item.id.toLowerCase());
          if (!r || typeof r.status !== "number") {
            final.push({
              item,
              error: new GraphRequestError(`The $batch answer has no response for ${method} ${ctx.path}`, {
                ...ctx,
                status: 0,
                code: "InvalidResponse",
              }),
            });
          } else if (r.status >= 200 && r.status <= 299) {
            results[item.index] = { ok: true, status: r.status, body: r.body as T };
          } else {
            const error = parseGraphError(r.status, r.body, r.headers, ctx, deps.now());
            if (error.status === 429 && error.retryAfterMs !== undefined)
              deps.gate.advise(deps.now() + error.retryAfterMs);
            (r.status === 424 ? dependent : deps.policy.retryable(item.request, error) ? retry : final).push({
              item,
              error,
            });
          }
        }
      } catch (err) {
        if (!isGraphRequestError(err)) throw err;
        // A 429 on the POST itself: Graph ran nothing, and every call to the origin should hold off.
        noteThrottle(deps, err);
        for (const item of pending) {
          const error = forItem(err, item);
          (deps.policy.retryable(item.request, error) ? retry : final).push({ item, error });
        }
      }
      settleDependencies(retry, final, dependent);
      fail(final);
      if (retry.length === 0) return;
      const wait = deps.policy.nextDelay(
        round,
        retry.map((f) => f.error),
        deps.now(),
        scope.deadlineAt,
      );
      if (wait === undefined) return fail(retry);
      waitedUntil = await backOff(deps, scope.cost, wait);
      const retried = new Set(retry.map((f) => f.item.id.toLowerCase()));
      // Dependencies that succeeded are done; only those re-sent alongside stay.
      pending = retry
        .map((f) => ({ ...f.item, dependsOn: f.item.dependsOn.filter((d) => retried.has(d)) }))
        .sort((a, b) => a.index - b.index);
    }
  }

  const queue = planChunks(requests);
  const workers = Array.from({ length: Math.min(Math.max(1, deps.concurrency), queue.length) }, async () => {
    for (let chunk = queue.shift(); chunk; chunk = queue.shift()) await runChunk(chunk);
  });
  await Promise.all(workers);
  return results;
}
