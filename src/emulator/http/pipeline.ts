import { setTimeout as sleep } from "node:timers/promises";
import type { EmulatedClock } from "../state/clock.js";
import { errors } from "../wire/errors/graph.js";
import { isEmulatorError, toEnvelope, type EmulatorError } from "../wire/errors/factory.js";
import type { FaultBook, ResetPhase } from "./faults.js";
import { checkQueryOptions } from "./odata.js";
import { checkVersion, forVersion } from "./version.js";
import { checkServiceGate } from "../model/service.js";
import type { Throttle } from "./throttle.js";
import { runDueTransitions } from "../model/dueWork.js";
import type { BatchItemRunner } from "./batch.js";
import type { ApiRequest, EmuResponse } from "../wire/request.js";
import type { RequestLog } from "./requestLog.js";
import type { RouteResult } from "./router.js";
import type { EmulatorStore } from "../state/store.js";

export interface PipelineDeps {
  store: EmulatorStore;
  clock: EmulatedClock;
  faults: FaultBook;
  log: RequestLog;
  route: (method: string, segments: readonly string[]) => RouteResult;
  /** Answers a `POST /$batch`; its items come back through the same pipeline, logged with the batch's id. */
  batch: (req: ApiRequest, runner: BatchItemRunner) => Promise<EmuResponse>;
  requiredToken?: string;
  /** Without requiredToken: refuse requests with no Authorization header at all (Graph does; the embedded gateway sends none). */
  requireAuth?: boolean;
  /** Token buckets per client; off unless configured. */
  throttle?: Throttle;
  /** Called after every successful non-GET call (the state file saves on it). */
  onChange?: () => void;
}

export interface Pipeline {
  /** Handles one API call (from the wire or a $batch item) and logs it; never throws. */
  handle(req: ApiRequest, batchId?: string): Promise<EmuResponse>;
  /** Answers and logs a call without running it (no /v1.0 or /beta prefix; a $batch item after a failed dependency). */
  reject(req: ApiRequest, error: EmulatorError, loggedPath: string, batchId?: string): EmuResponse;
  /** True when an armed reset fault matches: the server then destroys the connection (logged with status 0). */
  resetFault(method: string, path: string, loggedPath: string, phase: ResetPhase): boolean;
}

export function createPipeline(deps: PipelineDeps): Pipeline {
  const { store, clock, faults, log, route } = deps;

  async function run(req: ApiRequest, batchId: string | undefined): Promise<EmuResponse> {
    // $batch items ride on the Authorization of their $batch POST.
    if (batchId === undefined) checkToken(req, deps.requiredToken, deps.requireAuth);
    const fault = faults.take(req.method, req.path);
    if (fault?.latencyMs) await sleep(fault.latencyMs);
    if (fault?.status !== undefined && fault.status >= 400)
      throw errors.injected(fault.status, fault.retryAfterSeconds, fault);
    // Each $batch item counts on its own (throttling.md); the $batch envelope itself does not.
    const isBatch = req.segments.length === 1 && req.segments[0] === "$batch";
    const wait = isBatch ? undefined : deps.throttle?.take(req);
    if (wait !== undefined) throw errors.throttled(wait);
    // Lifecycles advance lazily: whatever became due since the last call settles before this one is served.
    req.now = clock.now();
    runDueTransitions(store, req.now);
    checkServiceGate(store, req);
    if (isBatch) {
      if (batchId !== undefined) throw errors.badRequest("Nested $batch requests are not supported.");
      if (req.method !== "POST") throw errors.methodNotAllowed(req.method, req.path);
      return deps.batch(req, {
        // Items ride on the batch's Authorization; copied so throttling counts them against the same client.
        handle: (item) => handle(withAuthorization(item, req), req.requestId),
        reject: (item, error) => reject(item, error, `/${item.version}${item.path}${item.search}`, req.requestId),
      });
    }
    checkVersion(req);
    const found = route(req.method, req.segments);
    if (found.kind === "notFound") throw errors.resourceNotFound(req.path);
    if (found.kind === "methodNotAllowed") throw errors.methodNotAllowed(req.method, req.path);
    checkQueryOptions(req);
    return found.handler(req, found.params);
  }

  async function handle(req: ApiRequest, batchId?: string): Promise<EmuResponse> {
    const entry = log.open(req.method, `/${req.version}${req.path}${req.search}`, batchId);
    let res: EmuResponse;
    try {
      res = forVersion(await run(req, batchId), req.version);
    } catch (error) {
      res = errorResponse(error, req);
    }
    entry.status = res.status;
    if (req.method !== "GET" && res.status < 400) deps.onChange?.();
    return withIds(res, req);
  }

  function resetFault(method: string, path: string, loggedPath: string, phase: ResetPhase): boolean {
    if (!faults.takeReset(method, path, phase)) return false;
    log.open(method, loggedPath);
    return true;
  }

  function reject(req: ApiRequest, error: EmulatorError, loggedPath: string, batchId?: string): EmuResponse {
    const res = withIds(errorResponse(error, req), req);
    log.open(req.method, loggedPath, batchId).status = res.status;
    return res;
  }

  return { handle, reject, resetFault };
}

function checkToken(req: ApiRequest, requiredToken: string | undefined, requireAuth = false): void {
  if (requiredToken === undefined) {
    // Graph refuses a request without credentials; any bearer passes here since no token was configured.
    if (requireAuth && !/^Bearer\s+\S+/i.test((req.headers["authorization"] ?? "").trim())) {
      throw errors.unauthenticated(req.headers["authorization"] !== undefined);
    }
    return;
  }
  const header = req.headers["authorization"] ?? "";
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match || match[1] !== requiredToken) throw errors.unauthenticated(header !== "");
}

/** Renders any thrown value as Graph's error envelope; unexpected ones become 500 generalException. */
export function errorResponse(
  error: unknown,
  req: Pick<ApiRequest, "requestId" | "clientRequestId" | "now">,
): EmuResponse {
  const known = isEmulatorError(error)
    ? error
    : errors.internal(error instanceof Error ? error.message : String(error));
  if (!isEmulatorError(error)) console.error("[emulator] unexpected failure", error);
  const date = new Date(req.now).toISOString().slice(0, 19);
  return {
    status: known.status,
    headers: { ...known.headers },
    body: toEnvelope(known, { requestId: req.requestId, clientRequestId: req.clientRequestId, date }),
  };
}

function withAuthorization(item: ApiRequest, outer: ApiRequest): ApiRequest {
  const authorization = outer.headers["authorization"];
  if (authorization === undefined || item.headers["authorization"] !== undefined) return item;
  return { ...item, headers: { ...item.headers, authorization } };
}

function withIds(res: EmuResponse, req: ApiRequest): EmuResponse {
  return { ...res, headers: { ...res.headers, "request-id": req.requestId, "client-request-id": req.clientRequestId } };
}
