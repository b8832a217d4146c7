// The only reader of process.env. Parses, defaults and validates once, with a message that names the
// variable, and returns a frozen Config. Tests build Config objects with `loadConfig({ ...vars })`.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseEmulatorEnv, type EmulatorOptions } from "../emulator/config.js";
import type { AppCredentialKind, AppCredentialSpec } from "../msgraph/credentials.js";
import { GRAPH_AUTH_MODES, type GraphAuthMode } from "../msgraph/graph-auth.js";
import { isLoopbackHost } from "../msgraph/url.js";
import { ConfigError } from "./read.js";
import { parseEnvFile } from "./env-file.js";
import { asksForEmulator, checkUpstream, readNodeEnv, type NodeEnv } from "./startup.js";
import { readSecurity, type SecurityConfig } from "./security.js";
import { readCache, type CacheConfig } from "./cache.js";
import { readRuntime, type RuntimeConfig } from "./runtime.js";
import { readRedis, type RedisConfig } from "./redis.js";
import { readPersisted, type PersistedConfig } from "./persisted.js";
import { readBudget, type BudgetConfig } from "./budget.js";
import { readCors, type CorsConfig } from "./cors.js";

export type Env = Record<string, string | undefined>;
export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
const LOG_LEVELS: readonly LogLevel[] = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

/** App credentials, by kind (GRAPH_APP_CREDENTIAL, or inferred from which AZURE_* variables are set). */
export type GraphCredentials = AppCredentialSpec;

export interface GraphConfig {
  /**
   * Where Graph calls go, origin plus version path. GRAPH_BASE_URL=emulator asks for the embedded emulator (its URL
   * is known only once it listens: undefined here). Default: the embedded emulator when no credentials are set,
   * outside production only (production refuses to start instead), else `https://graph.microsoft.com/v1.0`.
   */
  baseUrl: string | undefined;
  /**
   * App credentials; default none. GRAPH_APP_CREDENTIAL = secret (AZURE_TENANT_ID, AZURE_CLIENT_ID,
   * AZURE_CLIENT_SECRET) | certificate (… AZURE_CLIENT_CERTIFICATE_PATH, PEM) | workloadIdentity (…
   * AZURE_FEDERATED_TOKEN_FILE) | managedIdentity (optional AZURE_CLIENT_ID) | default (DefaultAzureCredential);
   * inferred from the variables set when unset.
   */
  credentials: GraphCredentials | undefined;
  /** GRAPH_AUTH_MODE: none | app | obo | passthrough; default app with credentials, else none. */
  authMode: GraphAuthMode;
  /** AZURE_AUTHORITY_HOST, default @azure/identity's (the public cloud): the Entra ID host for tokens. */
  authorityHost: string | undefined;
  /** GRAPH_OBO_CACHE_SIZE, default 1000: callers' tokens whose On-Behalf-Of credentials are kept (obo mode). */
  oboCacheSize: number;
  /** True when the gateway starts its own emulator: GRAPH_BASE_URL=emulator, or (outside production) no GRAPH_BASE_URL and GRAPH_AUTH_MODE none. */
  embeddedEmulator: boolean;
  /** GRAPH_MAX_RETRIES, default 3: retries of a throttled (429) or unavailable (503/504 on reads) call. */
  maxRetries: number;
  /** GRAPH_RETRY_BASE_DELAY_MS, default 3000: first backoff step when Graph sends no Retry-After. */
  retryBaseDelayMs: number;
  /** GRAPH_RETRY_MAX_DELAY_MS, default 180000: ceiling for any single wait, Retry-After included. */
  retryMaxDelayMs: number;
  /** GRAPH_CONNECTIONS, default 32: sockets in the pool per upstream origin. */
  connections: number;
  /** GRAPH_CONNECT_TIMEOUT_MS, default GRAPH_TIMEOUT_MS or 10000. */
  connectTimeoutMs: number;
  /** GRAPH_HEADERS_TIMEOUT_MS, default GRAPH_TIMEOUT_MS or 30000: time to an answer's headers. */
  headersTimeoutMs: number;
  /** GRAPH_BODY_TIMEOUT_MS, default GRAPH_TIMEOUT_MS or 30000: longest gap between body chunks. */
  bodyTimeoutMs: number;
  /** GRAPH_REQUEST_DEADLINE_MS, default 25000: no upstream wait of a GraphQL request ends later than this after it began. */
  requestDeadlineMs: number;
  /** GRAPH_BATCH_CONCURRENCY, default 4: $batch POSTs of one batch in flight at once. */
  batchConcurrency: number;
}

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

export interface Config {
  server: ServerConfig;
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
  /** The emulator's knobs (EMULATOR_*), used when the gateway embeds it. EMULATOR_PORT defaults to 0 here. */
  emulator: EmulatorOptions;
}

export { ConfigError };

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

const TENANT = "AZURE_TENANT_ID";
const CLIENT = "AZURE_CLIENT_ID";
const SECRET = "AZURE_CLIENT_SECRET";
const CERT = "AZURE_CLIENT_CERTIFICATE_PATH";
const TOKEN_FILE = "AZURE_FEDERATED_TOKEN_FILE";
const APP_CREDENTIALS: Record<AppCredentialKind, readonly string[]> = {
  secret: [TENANT, CLIENT, SECRET],
  certificate: [TENANT, CLIENT, CERT],
  workloadIdentity: [TENANT, CLIENT, TOKEN_FILE],
  managedIdentity: [],
  default: [],
};

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[]): T | undefined {
  const raw = str(env, name);
  if (raw !== undefined && !(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(", ")}, got "${raw}"`);
  }
  return raw as T | undefined;
}

function credentials(env: Env): GraphCredentials | undefined {
  const inferred = str(env, SECRET) ? "secret" : str(env, CERT) ? "certificate" : str(env, TOKEN_FILE) ? "workloadIdentity" : str(env, TENANT) || str(env, CLIENT) ? "secret" : undefined;
  const kind = oneOf(env, "GRAPH_APP_CREDENTIAL", Object.keys(APP_CREDENTIALS) as AppCredentialKind[]) ?? inferred;
  if (kind === undefined) return undefined;
  const missing = APP_CREDENTIALS[kind].filter((n) => str(env, n) === undefined);
  if (missing.length > 0) {
    const hint = kind === "secret" ? "set all three or none" : `GRAPH_APP_CREDENTIAL=${kind} needs ${APP_CREDENTIALS[kind].join(", ")}`;
    throw new ConfigError(`Graph credentials are incomplete: ${missing.join(", ")} not set (${hint})`);
  }
  const [tenantId, clientId] = [str(env, TENANT) ?? "", str(env, CLIENT) ?? ""];
  switch (kind) {
    case "secret": return { kind, tenantId, clientId, clientSecret: str(env, SECRET)! };
    case "certificate": return { kind, tenantId, clientId, certificatePath: str(env, CERT)! };
    case "workloadIdentity": return { kind, tenantId, clientId, tokenFilePath: str(env, TOKEN_FILE)! };
    case "managedIdentity": return clientId ? { kind, clientId } : { kind };
    case "default": return { kind };
  }
}

function authMode(env: Env, creds: GraphCredentials | undefined): GraphAuthMode {
  const mode = oneOf(env, "GRAPH_AUTH_MODE", GRAPH_AUTH_MODES) ?? (creds ? "app" : "none");
  if (mode === "app" && !creds) {
    throw new ConfigError(`GRAPH_AUTH_MODE=app needs credentials: ${TENANT}, ${CLIENT} and ${SECRET} (or ${CERT} or ${TOKEN_FILE}), or GRAPH_APP_CREDENTIAL=managedIdentity|default`);
  }
  if (mode === "obo" && creds?.kind !== "secret" && creds?.kind !== "certificate") {
    throw new ConfigError(`GRAPH_AUTH_MODE=obo needs ${TENANT}, ${CLIENT} and ${SECRET} or ${CERT} (the app's own proof in the exchange)`);
  }
  return mode;
}

function authorityHost(env: Env): string | undefined {
  const raw = str(env, "AZURE_AUTHORITY_HOST");
  if (raw !== undefined && !/^https:\/\/[^/?#\s]+\/?$/i.test(raw)) {
    throw new ConfigError(`AZURE_AUTHORITY_HOST must be an https origin such as https://login.microsoftonline.com, got "${raw}"`);
  }
  return raw;
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
  const nodeEnv = readNodeEnv(env);
  const creds = credentials(env);
  const mode = authMode(env, creds);
  const askedForEmulator = asksForEmulator(env);
  const explicitBaseUrl = askedForEmulator ? undefined : baseUrl(env);
  const embeddedEmulator = askedForEmulator || (explicitBaseUrl === undefined && mode === "none");
  checkUpstream(nodeEnv, { askedForEmulator, embeddedEmulator, authMode: mode });
  // A bearer token may travel only over https, or to this machine (the emulator, tests).
  if (mode !== "none" && explicitBaseUrl?.startsWith("http:") && !isLoopbackHost(new URL(explicitBaseUrl).hostname)) {
    throw new ConfigError(`GRAPH_BASE_URL must use https when GRAPH_AUTH_MODE=${mode} sends tokens, got "${explicitBaseUrl}"`);
  }
  const legacyTimeout = str(env, "GRAPH_TIMEOUT_MS") === undefined ? undefined : int(env, "GRAPH_TIMEOUT_MS", 30_000, 100, 600_000);
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
      nodeEnv,
      logLevel: logLevel(env),
      maxPageSize: int(env, "GRAPHQL_MAX_PAGE_SIZE", 500, 1, 10_000),
      idempotencyTtlMs: int(env, "IDEMPOTENCY_TTL_MS", 86_400_000, 1000, 30 * 86_400_000),
    },
    graph: {
      baseUrl: explicitBaseUrl ?? (mode !== "none" ? "https://graph.microsoft.com/v1.0" : undefined),
      credentials: creds,
      authMode: mode,
      authorityHost: authorityHost(env),
      oboCacheSize: int(env, "GRAPH_OBO_CACHE_SIZE", 1000, 1, 100_000),
      embeddedEmulator,
      maxRetries: int(env, "GRAPH_MAX_RETRIES", 3, 0, 10),
      retryBaseDelayMs: int(env, "GRAPH_RETRY_BASE_DELAY_MS", 3000, 0, 60_000),
      retryMaxDelayMs: int(env, "GRAPH_RETRY_MAX_DELAY_MS", 180_000, 0, 180_000),
      connections: int(env, "GRAPH_CONNECTIONS", 32, 1, 1024),
      connectTimeoutMs: int(env, "GRAPH_CONNECT_TIMEOUT_MS", legacyTimeout ?? 10_000, 100, 600_000),
      headersTimeoutMs: int(env, "GRAPH_HEADERS_TIMEOUT_MS", legacyTimeout ?? 30_000, 100, 600_000),
      bodyTimeoutMs: int(env, "GRAPH_BODY_TIMEOUT_MS", legacyTimeout ?? 30_000, 100, 600_000),
      requestDeadlineMs: int(env, "GRAPH_REQUEST_DEADLINE_MS", 25_000, 100, 600_000),
      batchConcurrency: int(env, "GRAPH_BATCH_CONCURRENCY", 4, 1, 64),
    },
    security: readSecurity(env, nodeEnv === "production"),
    cache: readCache(env),
    runtime: readRuntime(env),
    redis: readRedis(env),
    persisted: readPersisted(env),
    budget: readBudget(env),
    cors: readCors(env, nodeEnv === "production"),
    emulator,
  };
  return deepFreeze(config);
}

function stripEmpty(env: Env): Env {
  return Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ""));
}

/**
 * The environment main.ts configures from: `env` (default process.env) over the variables of a dotenv file, which
 * is ENV_FILE when set (it must exist) or `.env` in the working directory when there is one. A variable set in the
 * environment wins over the file's, even when empty, as with dotenv and Node's --env-file. `file` is the path read.
 */
export function loadEnvironment(env: Env = process.env, cwd: string = process.cwd()): { env: Env; file: string | undefined } {
  const named = str(env, "ENV_FILE");
  const file = resolve(cwd, named ?? ".env");
  if (named === undefined && !existsSync(file)) return { env, file: undefined };
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new ConfigError(`${named === undefined ? ".env" : "ENV_FILE"}: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return { env: { ...parseEnvFile(text, named === undefined ? ".env" : `ENV_FILE ${named}`), ...env }, file };
}
