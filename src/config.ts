// The only reader of process.env. Parses, defaults and validates once, with a message that names the
// variable, and returns a frozen Config. Tests build Config objects with `loadConfig({ ...vars })`.
import { parseEmulatorEnv, type EmulatorOptions } from "./emulator/index.js";

export type Env = Record<string, string | undefined>;
export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
const LOG_LEVELS: readonly LogLevel[] = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

export interface GraphCredentials {
  tenantId: string;
  clientId: string;
  clientSecret: string;
}

export interface GraphConfig {
  /**
   * Where Graph calls go, origin plus version path. Default: the embedded emulator when no credentials are
   * set (its URL is known only once it listens), else `https://graph.microsoft.com/v1.0`.
   */
  baseUrl: string | undefined;
  /** App-only credentials (AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET); default none. */
  credentials: GraphCredentials | undefined;
  /** True when the gateway starts its own emulator: no GRAPH_BASE_URL and no credentials. */
  embeddedEmulator: boolean;
  /** GRAPH_MAX_RETRIES, default 3: retries of a throttled (429) or unavailable (503/504 on reads) call. */
  maxRetries: number;
  /** GRAPH_RETRY_BASE_DELAY_MS, default 3000: first backoff step when Graph sends no Retry-After. */
  retryBaseDelayMs: number;
  /** GRAPH_RETRY_MAX_DELAY_MS, default 180000: ceiling for any single wait, Retry-After included. */
  retryMaxDelayMs: number;
  /** GRAPH_CONNECTIONS, default 32: sockets in the pool per upstream origin. */
  connections: number;
  /** GRAPH_TIMEOUT_MS, default 30000: connect, headers and body timeout of one upstream call. */
  timeoutMs: number;
}

export interface ServerConfig {
  /** PORT, default 4000 (0 = any free port). */
  port: number;
  /** HOST, default 127.0.0.1: only this machine can reach the gateway unless you widen it. */
  host: string;
  /** NODE_ENV, default "development". "production" turns off the Sandbox landing page. */
  nodeEnv: string;
  /** LOG_LEVEL, default "info" ("silent" in tests). */
  logLevel: LogLevel;
  /** GRAPHQL_MAX_PAGE_SIZE, default 500: the largest `first` a connection accepts. */
  maxPageSize: number;
}

export interface Config {
  server: ServerConfig;
  graph: GraphConfig;
  /** The emulator's knobs (EMULATOR_*), used when the gateway embeds it. EMULATOR_PORT defaults to 0 here. */
  emulator: EmulatorOptions;
}

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function str(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw ? raw : undefined;
}

function baseUrl(env: Env): string | undefined {
  const raw = str(env, "GRAPH_BASE_URL");
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`GRAPH_BASE_URL must be an absolute URL such as https://graph.microsoft.com/v1.0, got "${raw}"`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ConfigError(`GRAPH_BASE_URL must use http or https, got "${raw}"`);
  }
  if (url.search || url.hash || url.pathname === "/" || url.username || url.password) {
    throw new ConfigError(`GRAPH_BASE_URL must be an origin plus a version path (e.g. https://graph.microsoft.com/v1.0), got "${raw}"`);
  }
  return url.href.replace(/\/+$/, "");
}

function credentials(env: Env): GraphCredentials | undefined {
  const names = ["AZURE_TENANT_ID", "AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET"] as const;
  const values = names.map((n) => str(env, n));
  const missing = names.filter((_, i) => values[i] === undefined);
  if (missing.length === names.length) return undefined;
  if (missing.length > 0) {
    throw new ConfigError(`Graph credentials are incomplete: ${missing.join(", ")} not set (set all three or none)`);
  }
  const [tenantId, clientId, clientSecret] = values as [string, string, string];
  return { tenantId, clientId, clientSecret };
}

function logLevel(env: Env): LogLevel {
  const raw = str(env, "LOG_LEVEL")?.toLowerCase() ?? "info";
  if (!(LOG_LEVELS as readonly string[]).includes(raw)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, got "${raw}"`);
  }
  return raw as LogLevel;
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
  const creds = credentials(env);
  const explicitBaseUrl = baseUrl(env);
  const embeddedEmulator = explicitBaseUrl === undefined && creds === undefined;
  let emulator: EmulatorOptions;
  try {
    // An embedded emulator takes any free port unless told otherwise, so it never clashes with a standalone one.
    emulator = parseEmulatorEnv({ EMULATOR_PORT: "0", ...stripEmpty(env) });
  } catch (e) {
    throw new ConfigError((e as Error).message);
  }
  const config: Config = {
    server: {
      port: int(env, "PORT", 4000, 0, 65535),
      host: str(env, "HOST") ?? "127.0.0.1",
      nodeEnv: str(env, "NODE_ENV") ?? "development",
      logLevel: logLevel(env),
      maxPageSize: int(env, "GRAPHQL_MAX_PAGE_SIZE", 500, 1, 10_000),
    },
    graph: {
      baseUrl: explicitBaseUrl ?? (creds ? "https://graph.microsoft.com/v1.0" : undefined),
      credentials: creds,
      embeddedEmulator,
      maxRetries: int(env, "GRAPH_MAX_RETRIES", 3, 0, 10),
      retryBaseDelayMs: int(env, "GRAPH_RETRY_BASE_DELAY_MS", 3000, 0, 60_000),
      retryMaxDelayMs: int(env, "GRAPH_RETRY_MAX_DELAY_MS", 180_000, 0, 180_000),
      connections: int(env, "GRAPH_CONNECTIONS", 32, 1, 1024),
      timeoutMs: int(env, "GRAPH_TIMEOUT_MS", 30_000, 100, 600_000),
    },
    emulator,
  };
  return deepFreeze(config);
}

function stripEmpty(env: Env): Env {
  return Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ""));
}
