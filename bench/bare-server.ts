// The throughput baseline: a bare node:http + graphql-js server executing the gateway's own schema and loaders over
// in-memory Graph answers (BARE_ANSWERS: a JSON file of path → answer). No Apollo, no plugins, no limits, no logs;
// parsed and validated documents are kept by query text, as Apollo's document store does.
import "reflect-metadata";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { parse, validate, execute, type DocumentNode } from "graphql";
import { createRequestReads } from "../src/loaders/index.js";
import { buildGatewaySchema, type Context } from "../src/schema/index.js";
import { memoryGraph } from "./lib/memory-graph.js";

const schema = await buildGatewaySchema();
const graph = memoryGraph(JSON.parse(readFileSync(process.env.BARE_ANSWERS!, "utf8")) as Record<string, unknown>);
const silent = { debug() {}, info() {}, warn() {}, error() {} };
const documents = new Map<string, DocumentNode>();

function documentOf(query: string): DocumentNode {
  let document = documents.get(query);
  if (!document) {
    document = parse(query);
    const errors = validate(schema, document);
    if (errors.length > 0) throw new Error(errors.map((e) => e.message).join("; "));
    documents.set(query, document);
  }
  return document;
}

const handle = async (req: IncomingMessage, res: ServerResponse) => {
  if (req.url === "/healthz") return void res.end("ok");
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const { query, variables } = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
    query: string;
    variables?: Record<string, unknown>;
  };
  const contextValue: Context = {
    requestId: "bare",
    graph,
    ...createRequestReads(graph),
    logger: silent,
    maxPageSize: 500,
  };
  const result = await execute({ schema, document: documentOf(query), variableValues: variables ?? {}, contextValue });
  res.writeHead(200, { "content-type": "application/json" });
  res.end(JSON.stringify(result));
};
const server = createServer((req, res) => void handle(req, res));
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT), "127.0.0.1");
