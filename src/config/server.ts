// The gateway's own HTTP side: where it listens, how it logs, how large a page and how long a key is kept.
import { readInt, readOneOf, readStr, type Env } from "./read.js";
import type { NodeEnv } from "./startup.js";

export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
const LOG_LEVELS: readonly LogLevel[] = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

export interface ServerConfig {
  /** PORT, default 4000 (0 = any free port). */
  port: number;
  /** HOST, default 127.0.0.1: only this machine can reach the gateway unless you widen it. */
  host: string;
  /**
   * NODE_ENV: development | production | test, default development; any other value is refused. "production" turns
   * off the Sandbox landing page and needs Graph credentials or GRAPH_BASE_URL (=emulator for the demo tenant).
   */
  nodeEnv: NodeEnv;
  /** LOG_LEVEL, default "info" ("silent" in tests). */
  logLevel: LogLevel;
  /** GRAPHQL_MAX_PAGE_SIZE, default 500: the largest `first` a connection accepts. */
  maxPageSize: number;
  /**
   * IDEMPOTENCY_TTL_MS, default 86400000 (24 h), 1 s to 30 days: how long an idempotencyKey of a create or submit is
   * remembered; the same key within it returns the first result instead of creating again.
   */
  idempotencyTtlMs: number;
}

/** `nodeEnv` is read first (startup.ts), since other settings default by it. */
export function readServer(env: Env, nodeEnv: NodeEnv): ServerConfig {
  return {
    port: readInt(env, "PORT", 4000, 0, 65535),
    host: readStr(env, "HOST") ?? "127.0.0.1",
    nodeEnv,
    logLevel: readOneOf(env, "LOG_LEVEL", LOG_LEVELS, true) ?? "info",
    maxPageSize: readInt(env, "GRAPHQL_MAX_PAGE_SIZE", 500, 1, 10_000),
    idempotencyTtlMs: readInt(env, "IDEMPOTENCY_TTL_MS", 86_400_000, 1000, 30 * 86_400_000),
  };
}
