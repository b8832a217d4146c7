import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { errors } from "../wire/errors/graph.js";
import { type EmulatorError } from "../wire/errors/factory.js";
import type { ResetPhase } from "./faults.js";
import { newGuid } from "../state/ids.js";
import { errorResponse, type Pipeline } from "./pipeline.js";
import { safeDecode, type ApiRequest, type EmuResponse } from "../wire/request.js";
import { graphAnswerHeaders } from "../wire/headers.js";

/**
 * Bodies above this are refused (413) before parsing: Graph limits write requests to 4 MB ("Use the Microsoft Graph
 * API"). A full bulk job (50,000 entries) fits when its addresses average under ~80 characters.
 */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

export interface ServerDeps {
  pipeline: Pipeline;
  /** Answers a call under /_emulator (path relative to it); the emulator's entry wires the admin room in. */
  admin(method: string, path: string, body: unknown): EmuResponse;
  now(): number;
}

/** The node:http entry: /_emulator admin calls, and Graph calls under /v1.0 or /beta through the pipeline. */
export function createRequestListener(deps: ServerDeps): RequestListener {
  return (req, res) => {
    serve(deps, req, res).catch((error: unknown) => {
      console.error("[emulator] failed to answer", error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  };
}

async function serve(deps: ServerDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://emulator.invalid");
  const headers = lowerCaseHeaders(req);
  const apiReq: ApiRequest = {
    method: (req.method ?? "GET").toUpperCase(),
    path: url.pathname,
    segments: [],
    query: url.searchParams,
    search: url.search,
    headers,
    bodyText: "",
    version: "v1.0",
    origin: `http://${headers["host"] ?? "127.0.0.1"}`,
    requestId: newGuid(),
    clientRequestId: headers["client-request-id"] ?? newGuid(),
    now: deps.now(),
  };
  // Connection-reset faults: matched on the path after /v1.0 or /beta, like every fault.
  const apiPath = /^\/(v1\.0|beta)(?=\/|$)/i.exec(url.pathname)
    ? url.pathname.replace(/^\/[^/]+/, "") || "/"
    : undefined;
  const reset = (phase: ResetPhase) =>
    apiPath !== undefined && deps.pipeline.resetFault(apiReq.method, apiPath, url.pathname + url.search, phase);
  if (reset("reset-before-body")) return void req.socket.destroy();
  let bodyText: string | EmulatorError;
  try {
    bodyText = await readBody(req);
  } catch (error) {
    bodyText = error as EmulatorError;
  }
  if (reset("reset-after-body")) return void req.socket.destroy();

  if (url.pathname === "/_emulator" || url.pathname.startsWith("/_emulator/")) {
    let answer: EmuResponse;
    try {
      if (typeof bodyText !== "string") throw bodyText;
      answer = deps.admin(apiReq.method, url.pathname.slice("/_emulator".length), parseLoose(bodyText));
    } catch (error) {
      answer = errorResponse(error, apiReq);
    }
    const ids = { "request-id": apiReq.requestId, "client-request-id": apiReq.clientRequestId };
    return send(res, { ...answer, headers: { ...answer.headers, ...ids } });
  }

  const version = /^\/(v1\.0|beta)(?=\/|$)/i.exec(url.pathname);
  const reject = (error: EmulatorError) =>
    sendGraph(res, deps.pipeline.reject(apiReq, error, url.pathname + url.search));
  if (!version) return reject(errors.resourceNotFound(url.pathname));
  if (typeof bodyText !== "string") return reject(bodyText);
  apiReq.version = version[1]!.toLowerCase() === "beta" ? "beta" : "v1.0";
  apiReq.path = url.pathname.slice(version[0].length) || "/";
  apiReq.segments = apiReq.path.split("/").filter(Boolean).map(safeDecode);
  apiReq.bodyText = bodyText;
  sendGraph(res, await deps.pipeline.handle(apiReq));
}

/** A Graph API answer: with the OData and diagnostic headers Graph sends on every answer, errors included. */
function sendGraph(res: ServerResponse, answer: EmuResponse): void {
  const hasBody = answer.body !== undefined && answer.status !== 204;
  const ownType = answer.headers?.["Content-Type"] !== undefined;
  send(res, { ...answer, headers: { ...answer.headers, ...graphAnswerHeaders(hasBody && !ownType) } });
}

function send(res: ServerResponse, answer: EmuResponse): void {
  const headers: Record<string, string> = { ...answer.headers };
  if (answer.body === undefined || answer.status === 204) {
    res.writeHead(answer.status, headers).end();
    return;
  }
  // A text body with its own XML Content-Type (the $metadata document) goes out as is; everything else is JSON.
  const payload =
    typeof answer.body === "string" && /xml/i.test(headers["Content-Type"] ?? "")
      ? answer.body
      : JSON.stringify(answer.body);
  headers["Content-Type"] ??= "application/json";
  headers["Content-Length"] = String(Buffer.byteLength(payload));
  res.writeHead(answer.status, headers).end(payload);
}

function lowerCaseHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    // Keep draining so the client sees the 413 instead of a reset connection.
    if (size > MAX_BODY_BYTES) tooLarge = true;
    else chunks.push(chunk);
  }
  if (tooLarge) throw errors.payloadTooLarge(MAX_BODY_BYTES);
  return Buffer.concat(chunks).toString("utf8");
}

function parseLoose(text: string): unknown {
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw errors.adminBadRequest("The body must be JSON.");
  }
}
