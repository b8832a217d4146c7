// The retry loop of one call, and the steps every send shares with $batch: the origin's throttle gate, the
// request's deadline, the cost counters.
import type { TokenProvider } from "./auth.js";
import type { UpstreamCost } from "./cost.js";
import { GraphRequestError, isGraphRequestError } from "./errors.js";
import type { RetryPolicy } from "./retry.js";
import type { Operation } from "./safety.js";
import { passGate, type GateCall, type GateDeps } from "./throttle.js";
import type { RequestInfo, SendRequest, Transport } from "./transport.js";

export interface CallDeps extends GateDeps {
  transport: Transport;
  policy: RetryPolicy;
}

/** What one GraphQL request's calls share: whose token, until when, where to count. */
export interface CallScope {
  tokens: TokenProvider;
  /** Epoch ms; no wait may end after it, no send start after it, and a call still unanswered then is aborted. */
  deadlineAt?: number;
  cost?: UpstreamCost;
  onRequest?: (info: RequestInfo) => void;
}

/** Waits out the origin's hold, refuses to start past the deadline, and counts a retry. */
export async function beforeSend(deps: CallDeps, call: GateCall, attempt: number, waitedUntil: number): Promise<void> {
  await passGate(deps, call, waitedUntil);
  if (call.deadlineAt !== undefined && deps.now() >= call.deadlineAt) {
    throw new GraphRequestError(`${call.method} ${call.path} not sent: the request's upstream deadline has passed`, {
      status: 0,
      code: "Timeout",
      method: call.method,
      path: call.path,
      clientRequestId: call.clientRequestId,
    });
  }
  if (call.cost && attempt > 0) call.cost.retries++;
}

/** A 429 from Graph with a Retry-After holds the whole origin (capped like any wait). */
export function noteThrottle(deps: CallDeps, err: GraphRequestError): void {
  if (err.status !== 429 || err.code === "Throttled" || err.retryAfterMs === undefined) return;
  deps.gate.holdUntil(deps.now() + Math.min(err.retryAfterMs, deps.policy.options.maxDelayMs));
}

/** Sleeps `wait` as retry back-off and returns when that back-off ends (the gate need not hold the call again). */
export async function backOff(deps: CallDeps, cost: UpstreamCost | undefined, wait: number): Promise<number> {
  if (cost) cost.retryWaitMs += wait;
  const until = deps.now() + wait;
  await deps.sleep(wait);
  return until;
}

export async function sendWithRetry(deps: CallDeps, scope: CallScope, req: SendRequest): Promise<unknown> {
  const call: GateCall = { method: req.method, path: req.target.path, clientRequestId: req.clientRequestId };
  if (scope.deadlineAt !== undefined) call.deadlineAt = scope.deadlineAt;
  if (scope.cost) call.cost = scope.cost;
  // Whether it may be re-sent is a property of the call (safety.ts), not of its method alone.
  const operation: Operation = {
    method: req.method,
    path: req.target.path,
    ...(req.readOnly ? { readOnly: true } : {}),
  };
  let waitedUntil = 0;
  for (let attempt = 0; ; attempt++) {
    req.signal?.throwIfAborted();
    await beforeSend(deps, call, attempt, waitedUntil);
    try {
      return await deps.transport.attempt(req, {
        tokens: scope.tokens,
        attempt,
        ...(scope.deadlineAt !== undefined ? { deadlineAt: scope.deadlineAt } : {}),
        ...(scope.cost ? { onSend: () => void scope.cost!.roundTrips++ } : {}),
        ...(scope.onRequest ? { onRequest: scope.onRequest } : {}),
      });
    } catch (err) {
      if (!isGraphRequestError(err) || req.signal?.aborted) throw err;
      noteThrottle(deps, err);
      if (!deps.policy.retryable(operation, err)) throw err;
      const wait = deps.policy.nextDelay(attempt, [err], deps.now(), scope.deadlineAt);
      if (wait === undefined) throw err;
      waitedUntil = await backOff(deps, scope.cost, wait);
    }
  }
}
