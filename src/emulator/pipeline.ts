import { setTimeout as sleep } from "node:timers/promises";
import type { EmulatedClock } from "./clock.js";
import { errors, isEmulatorError, toEnvelope, type EmulatorError } from "./errors.js";
import type { FaultBook } from "./faults.js";
import { runDueTransitions } from "./lifecycle.js";
import type { BatchItemRunner } from "./batch.js";
import type { ApiRequest, EmuResponse } from "./request.js";
import type { RequestLog } from "./requestLog.js";
import type { RouteResult } from "./router.js";
import type { EmulatorStore } from "./store.js";

export interface PipelineDeps {
  store: EmulatorStore;
  clock: EmulatedClock;
  faults: FaultBook;
  log: RequestLog;
  route: (method: string, segments: readonly string[]) => RouteResult;
  /** Answers a `POST /$batch`; its items come back through the same pipeline, logged with the batch's id. */
  batch: (req: ApiRequest, runner: BatchItemRunner) => Promise<EmuResponse>;
  requiredToken?: string;
}

export interface Pipeline {
  /** Handles one API call (from the wire or a $batch item) and logs it; never throws. */
  handle(req: ApiRequest, batchId?: string): Promise<EmuResponse>;
  /** Answers and logs a call without running it (no /v1.0 or /beta prefix; a $batch item after a failed dependency). */
  reject(req: ApiRequest, error: EmulatorError, loggedPath: string, batchId?: string): EmuResponse;
}

export function createPipeline(deps: PipelineDeps): Pipeline {
  const { store, clock, faults, log, route } = deps;

  async function run(req: ApiRequest, batchId: string | undefined): Promise<EmuResponse> {
    // $batch items ride on the Authorization of their $batch POST.
    if (batchId === undefined) checkToken(req, deps.requiredToken);
    const fault = faults.take(req.method, req.path);
    if (fault?.latencyMs) await sleep(fault.latencyMs);
    if (fault && fault.status >= 400) throw errors.injected(fault.status, fault.retryAfterSeconds);
    // Lifecycles advance lazily: whatever became due since the last call settles before this one is served.
    req.now = clock.now();
    runDueTransitions(store, req.now);
    if (req.segments.length === 1 && req.segments[0] === "$batch") {
      if (batchId !== undefined) throw errors.badRequest("Nested $batch requests are not supported.");
      if (req.method !== "POST") throw errors.methodNotAllowed(req.method, req.path);
      return deps.batch(req, {
        handle: (item) => handle(item, req.requestId),
        reject: (item, error) => reject(item, error, `/${item.version}${item.path}${item.search}`, req.requestId),
      });
    }
    const found = route(req.method, req.segments);
    if (found.kind === "notFound") throw errors.resourceNotFound(req.path);
    if (found.kind === "methodNotAllowed") throw errors.methodNotAllowed(req.method, req.path);
    return found.handler(req, found.params);
  }

  async function handle(req: ApiRequest, batchId?: string): Promise<EmuResponse> {
    const entry = log.open(req.method, `/${req.version}${req.path}${req.search}`, batchId);
    let res: EmuResponse;
    try {
      res = await run(req, batchId);
    } catch (error) {
      res = errorResponse(error, req);
    }
    entry.status = res.status;
    return withIds(res, req);
  }

  function reject(req: ApiRequest, error: EmulatorError, loggedPath: string, batchId?: string): EmuResponse {
    const res = withIds(errorResponse(error, req), req);
    log.open(req.method, loggedPath, batchId).status = res.status;
    return res;
  }

  return { handle, reject };
}

function checkToken(req: ApiRequest, requiredToken: string | undefined): void {
  if (requiredToken === undefined) return;
  const header = req.headers["authorization"] ?? "";
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match || match[1] !== requiredToken) throw errors.unauthenticated(header !== "");
}

/** Renders any thrown value as Graph's error envelope; unexpected ones become 500 generalException. */
export function errorResponse(error: unknown, req: Pick<ApiRequest, "requestId" | "clientRequestId" | "now">): EmuResponse {
  const known = isEmulatorError(error) ? error : errors.internal(error instanceof Error ? error.message : String(error));
  if (!isEmulatorError(error)) console.error("[emulator] unexpected failure", error);
  const date = new Date(req.now).toISOString().slice(0, 19);
  return {
    status: known.status,
    headers: { ...known.headers },
    body: toEnvelope(known, { requestId: req.requestId, clientRequestId: req.clientRequestId, date }),
  };
}

function withIds(res: EmuResponse, req: ApiRequest): EmuResponse {
  return { ...res, headers: { ...res.headers, "request-id": req.requestId, "client-request-id": req.clientRequestId } };
}
