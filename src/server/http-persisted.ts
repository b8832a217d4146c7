// The persisted-query step: documents named by hash (APQ and persisted documents) become their text here, so every
// later check and Apollo's own see what will run.
import type { Exchange } from "./http-exchange.js";
import { sendError } from "./http-replies.js";
import type { NamedRequest, PersistedQueries, Resolution } from "./persisted-queries.js";

export interface Resolved {
  body: unknown;
  search: string;
  /** What the request named, when it named anything (its extensions pick the upstream budget). */
  named: NamedRequest | undefined;
}

/** The request with any named document in place, or undefined once the request has been refused. */
export async function resolveNamedDocument(
  exchange: Exchange,
  persisted: PersistedQueries,
  url: URL,
  body: unknown,
): Promise<Resolved | undefined> {
  const { req, res, requestId, rejected } = exchange;
  const named = namedRequest(req.method, url, body);
  let search = url.search;
  if (named) {
    const resolution = await persisted.resolve(named);
    if (resolution.kind === "refused") {
      const { status, code, reason, message, headers: extra } = resolution.refusal;
      rejected(status, reason ?? code);
      sendError(res, status, code, message, { ...extra, "x-request-id": requestId }, reason ? { reason } : {});
      return undefined;
    }
    if (resolution.kind === "document") {
      if (req.method === "POST") body = withDocument(body as Record<string, unknown>, resolution);
      else search = withDocumentInSearch(url, resolution);
    }
  }
  return { body, search, named };
}

/** The fields persisted queries read, from a JSON object body or GET parameters; undefined for anything else. */
function namedRequest(method: string | undefined, url: URL, body: unknown): NamedRequest | undefined {
  if (method === "POST") {
    return body && typeof body === "object" && !Array.isArray(body) ? body : undefined;
  }
  if (method !== "GET") return undefined;
  const params = url.searchParams;
  let extensions: unknown;
  const raw = params.get("extensions");
  if (raw !== null) {
    try {
      extensions = JSON.parse(raw);
    } catch {
      return undefined; // Apollo answers the malformed parameter itself
    }
  }
  return { query: params.get("query") ?? undefined, extensions, documentId: params.get("documentId") ?? undefined };
}

type Document = Extract<Resolution, { kind: "document" }>;

/** The APQ extension stays only on a registration (Apollo files the query after the checks), with the hash normalised. */
function extensionsFor(extensions: unknown, resolution: Document): Record<string, unknown> | undefined {
  const { persistedQuery: _named, ...rest } = (
    extensions && typeof extensions === "object" ? extensions : {}
  ) as Record<string, unknown>;
  const kept = resolution.register ? { ...rest, persistedQuery: { version: 1, sha256Hash: resolution.hash } } : rest;
  return Object.keys(kept).length > 0 ? kept : undefined;
}

function withDocument(body: Record<string, unknown>, resolution: Document): Record<string, unknown> {
  const { documentId: _id, extensions, ...rest } = body;
  const kept = extensionsFor(extensions, resolution);
  return { ...rest, query: resolution.query, ...(kept ? { extensions: kept } : {}) };
}

function withDocumentInSearch(url: URL, resolution: Document): string {
  const params = new URLSearchParams(url.search);
  let extensions: unknown;
  try {
    extensions = JSON.parse(params.get("extensions") ?? "{}");
  } catch {
    extensions = {};
  }
  const kept = extensionsFor(extensions, resolution);
  params.delete("documentId");
  params.set("query", resolution.query);
  if (kept) params.set("extensions", JSON.stringify(kept));
  else params.delete("extensions");
  return `?${params.toString()}`;
}
