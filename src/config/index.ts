// The only reader of process.env. Parses, defaults and validates once, with a message that names the
// variable, and returns a frozen Config. Tests build Config objects with `loadConfig({ ...vars })`.
// Each concern reads its own variables in its own file here, with the readers of read.ts.
import { parseEmulatorEnv, type EmulatorOptions } from "../emulator/config.js";
import { ConfigError, type Env } from "./read.js";
import { readNodeEnv } from "./startup.js";
import { readServer, type ServerConfig } from "./server.js";
import { readGraph, type GraphConfig } from "./graph.js";
import { readSecurity, type SecurityConfig } from "./security.js";
import { readCache, type CacheConfig } from "./cache.js";
import { readRuntime, type RuntimeConfig } from "./runtime.js";
import { readRedis, type RedisConfig } from "./redis.js";
import { readPersisted, type PersistedConfig } from "./persisted.js";
import { readBudget, type BudgetConfig } from "./budget.js";
import { readCors, type CorsConfig } from "./cors.js";
import { readConsole, type ConsoleConfig } from "./console.js";

export { ConfigError, type Env };
export { loadEnvironment } from "./env-file.js";
export type { GraphConfig, GraphCredentials } from "./graph.js";
export type { LogLevel, ServerConfig } from "./server.js";

export interface Config {
  /** Where the gateway listens and how it logs (src/config/server.ts). */
  server: ServerConfig;
  /** Where Graph is, with which credentials, retries and timeouts (src/config/graph.ts). */
  graph: GraphConfig;
  /** Caller authentication, request limits, introspection, metrics (src/config/security.ts). */
  security: SecurityConfig;
  /** The shared status cache and single-flight of upstream reads (src/config/cache.ts). */
  cache: CacheConfig;
  /** Graceful shutdown and OpenTelemetry tracing (src/config/runtime.ts). */
  runtime: RuntimeConfig;
  /** State shared by replicas: in memory unless REDIS_URL is set (src/config/redis.ts). */
  redis: RedisConfig;
  /** Automatic persisted queries and the persisted-documents allowlist (src/config/persisted.ts). */
  persisted: PersistedConfig;
  /** The upstream time budget of queries, and the idle check of Graph's state for /readyz (src/config/budget.ts). */
  budget: BudgetConfig;
  /** Which web origins browsers let call /graphql (src/config/cors.ts). */
  cors: CorsConfig;
  /** The backup console served at / and its sign-in settings (src/config/console.ts). */
  console: ConsoleConfig;
  /** The emulator's knobs (EMULATOR_*), used when the gateway embeds it. EMULATOR_PORT defaults to 0 here. */
  emulator: EmulatorOptions;
}

function readEmulator(env: Env): EmulatorOptions {
  try {
    // An embedded emulator takes any free port unless told otherwise, so it never clashes with a standalone one.
    return parseEmulatorEnv({ EMULATOR_PORT: "0", ...stripEmpty(env) });
  } catch (e) {
    throw new ConfigError((e as Error).message);
  }
}

function stripEmpty(env: Env): Env {
  return Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ""));
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Reads the configuration from `env` (default: process.env). Throws ConfigError naming the bad variable. */
export function loadConfig(env: Env = process.env): Readonly<Config> {
  const nodeEnv = readNodeEnv(env);
  const production = nodeEnv === "production";
  const graph = readGraph(env, nodeEnv);
  const emulator = readEmulator(env);
  const config: Config = {
    server: readServer(env, nodeEnv),
    graph,
    security: readSecurity(env, production),
    cache: readCache(env),
    runtime: readRuntime(env),
    redis: readRedis(env),
    persisted: readPersisted(env),
    budget: readBudget(env),
    cors: readCors(env, production),
    console: readConsole(env),
    emulator,
  };
  return deepFreeze(config);
}
