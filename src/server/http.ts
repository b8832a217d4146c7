// A minimal node:http integration for Apollo Server 5 (executeHTTPGraphQLRequest), plus the few plain
// routes a deployment needs. Kept by hand because the standalone helper cannot serve /healthz, and because
// callers must be authenticated before anything parses their request.
import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { Context } from "../schema/index.js";
import { AuthenticationError, SigningKeysUnavailableError, type Authenticator, type Caller } from "./auth/authenticate.js";
import { sendError, sendJson, settleRequestId, unauthorized } from "./http-replies.js";
import { BodyTooLarge, isBulkSubmission, isJsonContentType, readBody, type ReadBody } from "./body-limit.js";
import type { Logger } from "./logger.js";
import { answerNotModified } from "./etag.js";
import type { Probes } from "./probes.js";

export interface HandlerOptions {
  /** Larger bodies get 413 before anything parses them, unless they qualify for `bulk`. */
  maxBodyBytes: number;
  /** The larger limit of bulk submission mutations (src/server/body-limit.ts). */
  bulk: {
    maxBodyBytes: number;
    /** GRAPHQL_MAX_TOKENS, for the parse that decides whether an oversized body is a bulk submission. */
    maxTokens: number;
    /** Whether this caller may run mutations at all: nobody else gets a bulk-sized body read. */
    mayWrite(caller: Caller): boolean;
  };
  authenticator: Authenticator;
  probes: Probes;
  /** Outside production a browser may load the Sandbox page without a token (the page itself holds no data). */
  production: boolean;
  /** Requests refused here (401, 413, bad JSON, 503) get their one log line from the adapter. */
  logger: Logger;
}

export function createRequestHandler(
  apollo: ApolloServer<Context>,
  context: (req: IncomingMessage, caller: Caller) => Promise<Context>,
  options: HandlerOptions,
) {
  const { logger } = options;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://gateway.invalid");
    if (url.pathname === "/healthz") return sendJson(res, 200, { status: "ok" });
    if (url.pathname === "/readyz") return options.probes.ready(res);
    if (url.pathname === "/metrics") return options.probes.metrics(res);
    if (url.pathname === "/") {
      res.writeHead(302, { location: "/graphql" });
      return void res.end();
    }
    if (url.pathname !== "/graphql") return sendJson(res, 404, { error: "Not found: the GraphQL endpoint is /graphql" });

    const requestId = settleRequestId(req);
    const started = performance.now();
    // The one log line of a request that never reaches GraphQL execution (the request log plugin logs the rest).
    const rejected = (status: number, reason: string) =>
      logger.info({ requestId, method: req.method, status, reason, durationMs: Math.round(performance.now() - started) }, status >= 400 ? "request rejected" : "request served");

    const landingPage = !options.production && req.method === "GET" && (req.headers.accept ?? "").includes("text/html");
    let caller: Caller = { authenticated: false, permissions: new Set() };
    if (!landingPage) {
      try {
        // Before any parsing: an anonymous caller must learn nothing about the schema.
        caller = await options.authenticator.authenticate(req);
      } catch (error) {
        if (error instanceof AuthenticationError) {
          rejected(401, error.reason);
          return unauthorized(res, requestId, error.reason);
        }
        if (error instanceof SigningKeysUnavailableError) {
          logger.warn({ requestId, err: error.cause }, "caller token not checked: the signing keys are unavailable");
          rejected(503, "signing keys unavailable");
          return sendError(res, 503, "UPSTREAM_UNAVAILABLE", "Caller tokens cannot be checked right now; retry later", { "retry-after": "30", "x-request-id": requestId });
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
      const readLimit = isJsonContentType(headers.get("content-type")) && bulk.mayWrite(caller) ? Math.max(options.maxBodyBytes, bulk.maxBodyBytes) : options.maxBodyBytes;
      const tooLarge = (limit: number, reason = "body too large") => {
        rejected(413, reason);
        // Close the connection rather than read the rest of an oversized upload.
        return sendError(res, 413, "BAD_USER_INPUT", `Request body larger than ${limit} bytes`, { connection: "close", "x-request-id": requestId });
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
          return sendError(res, 400, "BAD_USER_INPUT", "The request body is not valid JSON", { "x-request-id": requestId });
        }
      } else {
        body = read.text;
      }
      if (oversized && !isBulkSubmission(body, { maxQueryBytes: options.maxBodyBytes, maxTokens: bulk.maxTokens })) {
        return tooLarge(options.maxBodyBytes, "body too large and not a bulk submission");
      }
    }

    let executed = false;
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? "GET").toUpperCase(), headers, search: url.search, body },
      context: async () => {
        try {
          const value = await context(req, caller);
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
