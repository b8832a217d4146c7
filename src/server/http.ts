// A minimal node:http integration for Apollo Server 5 (executeHTTPGraphQLRequest), plus the few plain
// routes a deployment needs. Kept by hand because the standalone helper cannot serve /healthz, and because
// callers must be authenticated before anything parses their request.
import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { Context } from "../schema/index.js";
import type { Authenticator, Caller } from "./auth/authenticate.js";
import { anonymous, authenticateCaller } from "./http-auth.js";
import { readRequestBody } from "./http-body.js";
import { openExchange } from "./http-exchange.js";
import { resolveNamedDocument } from "./http-persisted.js";
import { sendError, sendJson } from "./http-replies.js";
import type { Logger } from "./logger.js";
import { answerNotModified } from "./etag.js";
import type { PersistedQueries } from "./persisted-queries.js";
import type { Probes } from "./probes.js";
import type { RequestDocument } from "./request-budget.js";
import { createLimitGuard } from "./limit-guard.js";
import type { QueryLimits } from "../config/query-limits.js";
import { createDocumentKinds } from "./document-kind.js";
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
  /** The backup console's files at / (console.ts): true when it answered; without it / redirects to /graphql. */
  console?: (req: IncomingMessage, res: ServerResponse, pathname: string) => boolean;
}

export function createRequestHandler(
  apollo: ApolloServer<Context>,
  context: (req: IncomingMessage, caller: Caller, document: RequestDocument) => Promise<Context>,
  options: HandlerOptions,
) {
  const { logger } = options;
  const kindOf = createDocumentKinds({ maxTokens: options.bulk.maxTokens });
  // A document that does not parse holds no mutation to hide: Apollo refuses it with its parse error.
  const containsMutation = (query: string) => kindOf(query) === "mutation";
  const exceedsLimits = createLimitGuard(options.limits);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://gateway.invalid");
    if (url.pathname === "/healthz") return sendJson(res, 200, { status: "ok" });
    if (url.pathname === "/readyz") return options.probes.ready(res);
    if (url.pathname === "/metrics") return options.probes.metrics(res);
    if (options.console?.(req, res, url.pathname)) return;
    if (url.pathname === "/") {
      res.writeHead(302, { location: "/graphql" });
      return void res.end();
    }
    if (url.pathname !== "/graphql")
      return sendJson(res, 404, { error: "Not found: the GraphQL endpoint is /graphql" });

    const exchange = openExchange(req, res, logger);
    const { requestId, rejected } = exchange;

    // Before authentication: a preflight asks whether it may send Authorization, so it never carries it.
    const cors = options.cors?.(req, res);
    if (cors?.kind === "preflight")
      return rejected(cors.status, cors.status === 204 ? "CORS preflight" : "CORS preflight from a disallowed origin");

    const landingPage = !options.production && req.method === "GET" && (req.headers.accept ?? "").includes("text/html");
    const caller = landingPage ? anonymous() : await authenticateCaller(exchange, options.authenticator, logger);
    if (!caller) return;

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    let body: unknown;
    if (req.method === "POST") {
      const read = await readRequestBody(exchange, headers, caller, options);
      if (!read) return;
      body = read.body;
    }

    const resolved = await resolveNamedDocument(exchange, options.persisted, url, body);
    if (!resolved) return;
    const { search, named } = resolved;
    body = resolved.body;
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
