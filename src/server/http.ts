// A minimal node:http integration for Apollo Server 5 (executeHTTPGraphQLRequest), plus the few plain
// routes a deployment needs. Kept by hand because the standalone helper cannot serve /healthz, and because
// callers must be authenticated before anything parses their request.
import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { Context } from "../schema/index.js";
import {
  AuthenticationError,
  SigningKeysUnavailableError,
  type Authenticator,
  type Caller,
} from "./auth/authenticate.js";
import { sendError, sendJson, settleRequestId, unauthorized } from "./http-replies.js";
import { BodyTooLarge, isBulkSubmission, isJsonContentType, readBody, type ReadBody } from "./body-limit.js";
import type { Logger } from "./logger.js";
import { answerNotModified } from "./etag.js";
import { refuseUnread } from "./linger.js";
import type { NamedRequest, PersistedQueries, Resolution } from "./persisted-queries.js";
import type { Probes } from "./probes.js";
import type { RequestDocument } from "./request-budget.js";
import { createLimitGuard } from "./limit-guard.js";
import type { QueryLimits } from "../config/query-limits.js";
import { createMutationDetector } from "./write-guard.js";
import type { Cors } from "./cors.js";

export interface HandlerOptions {
  /** Larger bodies get 413 before anything parses them, unless they qualify for `bulk`. */
  maxBodyBytes: number;
  /** The larger limit of bulk submission mutations (src/server/body-limit.ts). */
  bulk: {
    maxBodyBytes: number;
    /** GRAPHQL_MAX_TOKENS, for the parse that decides whether an oversized body is a bulk submission. */
    maxTokens: number;
  };
  /** Whether this caller may run mutations at all: nobody else gets a bulk-sized body read or a mutation validated. */
  mayWrite(caller: Caller): boolean;
  /** GRAPHQL_MAX_*: a document beyond them is refused before Apollo parses and validates it (limit-guard.ts). */
  limits: QueryLimits;
  /** AUTH_WRITE_PERMISSIONS, named in the 403 of a read-only caller's mutation. */
  writePermissions: readonly string[];
  /** Documents named by hash (APQ and persisted documents), resolved before anything parses the request. */
  persisted: PersistedQueries;
  authenticator: Authenticator;
  probes: Probes;
  /** Outside production a browser may load the Sandbox page without a token (the page itself holds no data). */
  production: boolean;
  /** Requests refused here (401, 413, bad JSON, 503) get their one log line from the adapter. */
  logger: Logger;
  /** CORS_ORIGINS (cors.ts): preflights answered, allowed origins' answers readable; none when undefined. */
  cors?: Cors;
}

export function createRequestHandler(
  apollo: ApolloServer<Context>,
  context: (req: IncomingMessage, caller: Caller, document: RequestDocument) => Promise<Context>,
  options: HandlerOptions,
) {
  const { logger } = options;
  const containsMutation = createMutationDetector({ maxTokens: options.bulk.maxTokens });
  const exceedsLimits = createLimitGuard(options.limits);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://gateway.invalid");
    if (url.pathname === "/healthz") return sendJson(res, 200, { status: "ok" });
    if (url.pathname === "/readyz") return options.probes.ready(res);
    if (url.pathname === "/metrics") return options.probes.metrics(res);
    if (url.pathname === "/") {
      res.writeHead(302, { location: "/graphql" });
      return void res.end();
    }
    if (url.pathname !== "/graphql")
      return sendJson(res, 404, { error: "Not found: the GraphQL endpoint is /graphql" });

    const requestId = settleRequestId(req);
    const started = performance.now();
    // The one log line of a request that never reaches GraphQL execution (the request log plugin logs the rest).
    const rejected = (status: number, reason: string) =>
      logger.info(
        { requestId, method: req.method, status, reason, durationMs: Math.round(performance.now() - started) },
        status >= 400 ? "request rejected" : "request served",
      );

    // A refusal before the body was read must not reset a client that is still uploading (linger.ts).
    const mayHaveBody =
      req.headers["transfer-encoding"] !== undefined || Number(req.headers["content-length"] ?? 0) > 0;
    const refuse = (send: () => void) => (mayHaveBody ? refuseUnread(req, res, send) : send());

    // Before authentication: a preflight asks whether it may send Authorization, so it never carries it.
    const cors = options.cors?.(req, res);
    if (cors?.kind === "preflight")
      return rejected(cors.status, cors.status === 204 ? "CORS preflight" : "CORS preflight from a disallowed origin");

    const landingPage = !options.production && req.method === "GET" && (req.headers.accept ?? "").includes("text/html");
    let caller: Caller = { authenticated: false, permissions: new Set() };
    if (!landingPage) {
      try {
        // Before any parsing: an anonymous caller must learn nothing about the schema.
        caller = await options.authenticator.authenticate(req);
      } catch (error) {
        if (error instanceof AuthenticationError) {
          rejected(401, error.reason);
          return refuse(() => unauthorized(res, requestId, error.reason));
        }
        if (error instanceof SigningKeysUnavailableError) {
          logger.warn({ requestId, err: error.cause }, "caller token not checked: the signing keys are unavailable");
          rejected(503, "signing keys unavailable");
          return refuse(() =>
            sendError(res, 503, "UPSTREAM_UNAVAILABLE", "Caller tokens cannot be checked right now; retry later", {
              "retry-after": "30",
              "x-request-id": requestId,
            }),
          );
        }
        throw error;
      }
    }

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    let body: unknown;
    if (req.method === "POST") {
      const { bulk } = options;
      // Decided before reading, from what is already known: an anonymous or read-only caller is never buffered past
      // the general limit.
      const readLimit =
        isJsonContentType(headers.get("content-type")) && options.mayWrite(caller)
          ? Math.max(options.maxBodyBytes, bulk.maxBodyBytes)
          : options.maxBodyBytes;
      const tooLarge = (limit: number, reason = "body too large") => {
        rejected(413, reason);
        // The connection closes after the answer, once what is still on its way has been thrown away (bounded).
        return refuseUnread(req, res, () =>
          sendError(res, 413, "BAD_USER_INPUT", `Request body larger than ${limit} bytes`, {
            connection: "close",
            "x-request-id": requestId,
          }),
        );
      };
      let read: ReadBody;
      try {
        read = await readBody(req, readLimit);
      } catch (error) {
        if (!(error instanceof BodyTooLarge)) throw error;
        return tooLarge(readLimit);
      }
      const oversized = read.bytes > options.maxBodyBytes;
      if ((headers.get("content-type") ?? "").includes("json")) {
        try {
          body = read.text ? JSON.parse(read.text) : undefined;
        } catch {
          if (oversized) return tooLarge(options.maxBodyBytes, "body too large and not valid JSON");
          rejected(400, "invalid JSON");
          return sendError(res, 400, "BAD_USER_INPUT", "The request body is not valid JSON", {
            "x-request-id": requestId,
          });
        }
      } else {
        body = read.text;
      }
      // Only a bulk submission sent as text may use the larger limit: a hash proves nothing before it is looked up.
      if (oversized && !isBulkSubmission(body, { maxQueryBytes: options.maxBodyBytes, maxTokens: bulk.maxTokens })) {
        return tooLarge(options.maxBodyBytes, "body too large and not a bulk submission");
      }
    }

    // Documents named by hash become their text here, so every check below and Apollo's own see what will run.
    const named = namedRequest(req.method, url, body);
    let search = url.search;
    if (named) {
      const resolution = await options.persisted.resolve(named);
      if (resolution.kind === "refused") {
        const { status, code, reason, message, headers: extra } = resolution.refusal;
        rejected(status, reason ?? code);
        return sendError(res, status, code, message, { ...extra, "x-request-id": requestId }, reason ? { reason } : {});
      }
      if (resolution.kind === "document") {
        if (req.method === "POST") body = withDocument(body as Record<string, unknown>, resolution);
        else search = withDocumentInSearch(url, resolution);
      }
    }
    const text =
      req.method === "POST"
        ? (body as { query?: unknown } | undefined)?.query
        : new URLSearchParams(search).get("query");
    if (caller.authenticated && typeof text === "string" && !options.mayWrite(caller) && containsMutation(text)) {
      rejected(403, "mutation from a read-only caller");
      return sendError(
        res,
        403,
        "FORBIDDEN",
        `A mutation needs one of these permissions: ${options.writePermissions.join(", ")}`,
        { "x-request-id": requestId },
      );
    }
    const overLimit = typeof text === "string" ? exceedsLimits(text) : undefined;
    if (overLimit) {
      rejected(400, "query limit");
      return sendError(
        res,
        400,
        "BAD_USER_INPUT",
        overLimit,
        { "x-request-id": requestId },
        { reason: "GRAPHQL_VALIDATION_FAILED" },
      );
    }

    let executed = false;
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? "GET").toUpperCase(), headers, search, body },
      context: async () => {
        try {
          // The document and extensions pick the request's upstream budget (request-budget.ts).
          const value = await context(req, caller, {
            ...(typeof text === "string" ? { query: text } : {}),
            extensions: named?.extensions,
          });
          executed = true;
          return value;
        } catch (error) {
          // Apollo answers with the error (masked by formatError unless it is one of ours); log the original here.
          if (!(error instanceof GraphQLError)) logger.error({ requestId, err: error }, "masked error");
          throw error;
        }
      },
    });
    // Answered by Apollo's HTTP layer alone (CSRF, batching, request shape, the landing page): no plugin ran.
    if (!executed) {
      rejected(result.status ?? 200, (result.status ?? 200) >= 400 ? "refused before execution" : "landing page");
      res.setHeader("x-request-id", requestId);
    }
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === "complete") {
      if (answerNotModified(req, res, res.statusCode, result.body.string)) return;
      return void res.end(result.body.string);
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  };
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
