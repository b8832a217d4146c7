// A minimal node:http integration for Apollo Server 5 (executeHTTPGraphQLRequest), plus the few plain
// routes a deployment needs. Kept by hand because the standalone helper cannot serve /healthz.
import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import type { Context } from "../schema/index.js";

/** Largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 1024 * 1024;

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
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

export function createRequestHandler(
  apollo: ApolloServer<Context>,
  context: (req: IncomingMessage) => Promise<Context>,
) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://gateway.invalid");
    if (url.pathname === "/healthz") return sendJson(res, 200, { status: "ok" });
    if (url.pathname === "/") {
      res.writeHead(302, { location: "/graphql" });
      return void res.end();
    }
    if (url.pathname !== "/graphql") return sendJson(res, 404, { error: "Not found: the GraphQL endpoint is /graphql" });

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    let body: unknown;
    if (req.method === "POST") {
      let text: string;
      try {
        text = await readBody(req);
      } catch (error) {
        if (error instanceof BodyTooLarge) return badRequest(res, 413, `Request body larger than ${MAX_BODY_BYTES} bytes`);
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
      context: () => context(req),
    });
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === "complete") return void res.end(result.body.string);
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
