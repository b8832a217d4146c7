// Shared by the Graph client's integration tests: a gateway with captured logs, raw GraphQL over HTTP.
import { Writable } from "node:stream";
import { loadConfig, type Env } from "../../../src/config/index.js";
import { createGateway, type Gateway, type GatewayOptions } from "../../../src/server/gateway.js";
import { createLogger } from "../../../src/server/logger.js";

export interface CapturedLogs {
  lines: string[];
  entries(): Record<string, any>[];
}

/** A pino logger (at `trace`, so every line the gateway can write is seen) writing into memory. */
export function captureLogs(): CapturedLogs & { logger: ReturnType<typeof createLogger> } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  return { logger: createLogger("trace", stream), lines, entries: () => lines.map((l) => JSON.parse(l)) };
}

export async function startGateway(env: Env, options: GatewayOptions = {}): Promise<Gateway> {
  return createGateway(loadConfig({ PORT: "0", LOG_LEVEL: "silent", EMULATOR_TIME_SCALE: "0", ...env }), options);
}

export interface GqlResponse {
  status: number;
  text: string;
  data?: any;
  errors?: { message: string; extensions?: Record<string, any> }[];
  extensions?: Record<string, any>;
}

export async function gql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GqlResponse> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  return { status: res.status, text, ...(JSON.parse(text) as object) };
}

export const POLICY_QUERY = "query($id: ID!) { protectionPolicy(id: $id) { id status } }";
export const EXCHANGE_POLICIES =
  "{ protectionPolicies(filter: { workload: EXCHANGE }) { nodes { id protectionUnits(first: 50) { nodes { id status } } } } }";
