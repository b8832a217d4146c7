import type { GraphJsonBatchRequestItem, GraphJsonBatchResponseItem } from "../../msgraph/models.js";
import { errors } from "../wire/errors/graph.js";
import { type EmulatorError } from "../wire/errors/factory.js";
import { newGuid } from "../state/ids.js";
import { batchItemHeaders } from "../wire/headers.js";
import {
  isPlainObject,
  jsonBody,
  ok,
  safeDecode,
  type ApiRequest,
  type EmuResponse,
  type Unchecked,
} from "../wire/request.js";

/** Graph's documented cap (concepts/json-batching.md). */
export const MAX_BATCH_REQUESTS = 20;

const METHODS = new Set(["GET", "POST", "PATCH", "PUT", "DELETE"]);

/** A checked request item: headers lower-cased, no dependencies an empty list. */
type BatchItem = GraphJsonBatchRequestItem & Required<Pick<GraphJsonBatchRequestItem, "headers" | "dependsOn">>;

export interface BatchItemRunner {
  handle(item: ApiRequest): Promise<EmuResponse>;
  /** Answers (and logs) an item that is not run, e.g. 424 after a failed dependency. */
  reject(item: ApiRequest, error: EmulatorError): EmuResponse;
}

/**
 * POST /$batch: a malformed batch is a 400 for the whole call; otherwise 200 with one response per item, each
 * item going through the same pipeline (faults included) as a direct call. Items run one at a time, dependencies
 * first; answers come back in request order.
 */
export async function handleBatch(req: ApiRequest, runner: BatchItemRunner): Promise<EmuResponse> {
  const items = readBatch(jsonBody(req));
  const results = new Map<string, EmuResponse>();
  for (const item of executionOrder(items)) {
    const itemReq = toApiRequest(req, item);
    const failed = item.dependsOn.find((dep) => (results.get(dep.toLowerCase())?.status ?? 0) >= 400);
    const res =
      failed === undefined ? await runner.handle(itemReq) : runner.reject(itemReq, errors.failedDependency(failed));
    results.set(item.id.toLowerCase(), res);
  }
  return ok({
    responses: items.map((item): GraphJsonBatchResponseItem => {
      const res = results.get(item.id.toLowerCase())!;
      // Lower-case names: clients must look batch headers up case-insensitively anyway.
      const headers = Object.fromEntries(Object.entries(res.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
      Object.assign(headers, batchItemHeaders(res.body !== undefined));
      return { id: item.id, status: res.status, headers, ...(res.body === undefined ? {} : { body: res.body }) };
    }),
  });
}

function readBatch(body: unknown): BatchItem[] {
  const requests = isPlainObject(body) ? body["requests"] : undefined;
  if (!Array.isArray(requests)) throw errors.invalidBatch(`the body must be { "requests": [ ... ] }.`);
  if (requests.length === 0 || requests.length > MAX_BATCH_REQUESTS) {
    throw errors.invalidBatch(`a batch holds 1 to ${MAX_BATCH_REQUESTS} requests; this one has ${requests.length}.`);
  }
  const items = requests.map(readItem);
  const ids = new Set<string>();
  for (const { id } of items) {
    if (ids.has(id.toLowerCase()))
      throw errors.invalidBatch(`request id '${id}' is used more than once (ids are case-insensitive).`);
    ids.add(id.toLowerCase());
  }
  for (const item of items) {
    const dangling = item.dependsOn.find((d) => !ids.has(d.toLowerCase()) || d.toLowerCase() === item.id.toLowerCase());
    if (dangling !== undefined)
      throw errors.invalidBatch(`request '${item.id}' depends on unknown request '${dangling}'.`);
  }
  return items;
}

function readItem(raw: unknown, index: number): BatchItem {
  const bad = (what: string) => errors.invalidBatch(`requests[${index}]: ${what}`);
  if (!isPlainObject(raw)) throw bad("must be an object.");
  const { id, method, url, headers = {}, body, dependsOn = [] }: Unchecked<GraphJsonBatchRequestItem> = raw;
  if (typeof id !== "string" || id === "") throw bad("'id' must be a non-empty string.");
  if (typeof method !== "string" || !METHODS.has(method.toUpperCase()))
    throw bad(`'method' must be one of ${[...METHODS].join(", ")}.`);
  if (typeof url !== "string" || url === "" || /^[a-z][a-z0-9+.-]*:/i.test(url))
    throw bad("'url' must be relative, e.g. /users.");
  if (!isPlainObject(headers) || Object.values(headers).some((v) => typeof v !== "string"))
    throw bad("'headers' must map names to strings.");
  const lowered = Object.fromEntries(
    Object.entries(headers as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]),
  );
  // `"body": null` is no body (generic OData clients send it on GETs); Graph wants a Content-Type only with a body.
  if (body !== undefined && body !== null && !lowered["content-type"])
    throw bad("a request with a body needs a Content-Type header.");
  if (!Array.isArray(dependsOn) || dependsOn.some((d) => typeof d !== "string"))
    throw bad("'dependsOn' must be an array of ids.");
  return { id, method: method.toUpperCase(), url, headers: lowered, body, dependsOn: dependsOn as string[] };
}

/** Dependencies first, otherwise request order; a cycle makes the batch malformed. */
function executionOrder(items: BatchItem[]): BatchItem[] {
  const byId = new Map(items.map((i) => [i.id.toLowerCase(), i]));
  const state = new Map<string, "visiting" | "done">();
  const order: BatchItem[] = [];
  const visit = (item: BatchItem) => {
    const key = item.id.toLowerCase();
    if (state.get(key) === "done") return;
    if (state.get(key) === "visiting")
      throw errors.invalidBatch(`the dependsOn chain through '${item.id}' is circular.`);
    state.set(key, "visiting");
    for (const dep of item.dependsOn) visit(byId.get(dep.toLowerCase())!);
    state.set(key, "done");
    order.push(item);
  };
  items.forEach(visit);
  return order;
}

function toApiRequest(outer: ApiRequest, item: BatchItem): ApiRequest {
  const url = new URL(item.url.startsWith("/") ? item.url : `/${item.url}`, "http://batch.invalid");
  let bodyText = "";
  let parsedBody: unknown;
  if (typeof item.body === "string") {
    // A string body is base64 (json-batching.md); a JSON payload inside it is still parsed.
    bodyText = Buffer.from(item.body, "base64").toString("utf8");
  } else if (item.body !== undefined && item.body !== null) {
    parsedBody = item.body;
    bodyText = JSON.stringify(item.body);
  }
  return {
    method: item.method,
    path: url.pathname,
    segments: url.pathname.split("/").filter(Boolean).map(safeDecode),
    query: url.searchParams,
    search: url.search,
    headers: item.headers,
    bodyText,
    parsedBody,
    version: outer.version,
    origin: outer.origin,
    requestId: newGuid(),
    clientRequestId: item.headers["client-request-id"] ?? newGuid(),
    now: outer.now,
  };
}
