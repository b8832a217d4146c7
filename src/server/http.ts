// A minimal node:http integration for Apollo Server 5 (executeHTTPGraphQLRequest), plus the few plain
// routes a deployment needs. Kept by hand because the standalone helper cannot serve /healthz.
import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import type { Context } from "../schema/index.js";
import { AuthenticationError, type Authenticator, type Caller } from "./auth/authenticate.js";
import type { Probes } from "./probes.js";

export interface HandlerOptions {
  /** Larger bodies get 413 before anything parses them. */
  maxBodyBytes: number;
  authenticator: Authenticator;
  probes: Probes;
  /** Outside production a browser may load the Sandbox page without a token (the page itself holds no data). */
  production: boolean;
}

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

function badRequest(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code: "BAD_USER_INPUT" } }] });
}

function unauthorized(res: ServerResponse, reason: string): void {
  // The reason stays generic on the wire (RFC 6750); the detail is for the log.
  res.writeHead(401, { "content-type": "application/json; charset=utf-8", "www-authenticate": `Bearer error="invalid_token"` });
  res.end(JSON.stringify({ errors: [{ message: "A valid bearer token is required", extensions: { code: "UNAUTHENTICATED", reason } }] }));
}

export function createRequestHandler(
  apollo: ApolloServer<Context>,
  context: (req: IncomingMessage, caller: Caller) => Promise<Context>,
  options: HandlerOptions,
) {
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

    const landingPage = !options.production && req.method === "GET" && (req.headers.accept ?? "").includes("text/html");
    let caller: Caller = { authenticated: false, permissions: new Set() };
    if (!landingPage) {
      try {
        // Before any parsing: an anonymous caller must learn nothing about the schema.
        caller = await options.authenticator.authenticate(req);
      } catch (error) {
        if (error instanceof AuthenticationError) return unauthorized(res, error.reason);
        throw error;
      }
    }

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    let body: unknown;
    if (req.method === "POST") {
      let text: string;
      try {
        text = await readBody(req, options.maxBodyBytes);
      } catch (error) {
        if (error instanceof BodyTooLarge) return badRequest(res, 413, `Request body larger than ${options.maxBodyBytes} bytes`);
        throw error;
      }
      if ((headers.get("content-type") ?? "").includes("json")) {
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          return badRequest(res, 400, "The request body is not valid JSON");
        }
      } else {
        body = text;
      }
    }

    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? "GET").toUpperCase(), headers, search: url.search, body },
      context: () => context(req, caller),
    });
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === "complete") return void res.end(result.body.string);
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
