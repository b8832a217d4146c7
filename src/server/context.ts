import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { createLoaders } from "../loaders/index.js";
import type { GraphClient } from "../msgraph/client.js";
import type { Context } from "../schema/index.js";
import type { Logger } from "./logger.js";

export interface ContextDeps {
  graph: GraphClient;
  logger: Logger;
  maxPageSize: number;
}

const REQUEST_ID = /^[\w-]{8,64}$/;

/** A fresh context per GraphQL request: new loaders (their caches die with the request), a request id. */
export function createContext(deps: ContextDeps, req: IncomingMessage): Context {
  const incoming = req.headers["x-request-id"];
  // Accept a caller's correlation id only when it is a harmless token; otherwise mint one.
  const requestId = typeof incoming === "string" && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  return {
    requestId,
    graph: deps.graph,
    loaders: createLoaders(deps.graph),
    logger: deps.logger.child({ requestId }),
    maxPageSize: deps.maxPageSize,
  };
}
