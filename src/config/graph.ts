// How the gateway reaches Microsoft Graph: where, with which credentials, and how patiently.
import type { AppCredentialKind, AppCredentialSpec } from "../msgraph/credentials.js";
import { GRAPH_AUTH_MODES, type GraphAuthMode } from "../msgraph/graph-auth.js";
import { isLoopbackHost } from "../msgraph/url.js";
import { ConfigError, readInt, readOneOf, readStr, type Env } from "./read.js";
import { asksForEmulator, checkUpstream, type NodeEnv } from "./startup.js";

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

function baseUrl(env: Env): string | undefined {
  const raw = readStr(env, "GRAPH_BASE_URL");
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      `GRAPH_BASE_URL must be an absolute URL such as https://graph.microsoft.com/v1.0, got "${raw}"`,
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ConfigError(`GRAPH_BASE_URL must use http or https, got "${raw}"`);
  }
  if (url.search || url.hash || url.pathname === "/" || url.username || url.password) {
    throw new ConfigError(
      `GRAPH_BASE_URL must be an origin plus a version path (e.g. https://graph.microsoft.com/v1.0), got "${raw}"`,
    );
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

function credentials(env: Env): GraphCredentials | undefined {
  const str = (name: string) => readStr(env, name);
  const inferred = str(SECRET)
    ? "secret"
    : str(CERT)
      ? "certificate"
      : str(TOKEN_FILE)
        ? "workloadIdentity"
        : str(TENANT) || str(CLIENT)
          ? "secret"
          : undefined;
  const kind = readOneOf(env, "GRAPH_APP_CREDENTIAL", Object.keys(APP_CREDENTIALS) as AppCredentialKind[]) ?? inferred;
  if (kind === undefined) return undefined;
  const missing = APP_CREDENTIALS[kind].filter((n) => str(n) === undefined);
  if (missing.length > 0) {
    const hint =
      kind === "secret"
        ? "set all three or none"
        : `GRAPH_APP_CREDENTIAL=${kind} needs ${APP_CREDENTIALS[kind].join(", ")}`;
    throw new ConfigError(`Graph credentials are incomplete: ${missing.join(", ")} not set (${hint})`);
  }
  const [tenantId, clientId] = [str(TENANT) ?? "", str(CLIENT) ?? ""];
  switch (kind) {
    case "secret":
      return { kind, tenantId, clientId, clientSecret: str(SECRET)! };
    case "certificate":
      return { kind, tenantId, clientId, certificatePath: str(CERT)! };
    case "workloadIdentity":
      return { kind, tenantId, clientId, tokenFilePath: str(TOKEN_FILE)! };
    case "managedIdentity":
      return clientId ? { kind, clientId } : { kind };
    case "default":
      return { kind };
  }
}

function authMode(env: Env, creds: GraphCredentials | undefined): GraphAuthMode {
  const mode = readOneOf(env, "GRAPH_AUTH_MODE", GRAPH_AUTH_MODES) ?? (creds ? "app" : "none");
  if (mode === "app" && !creds) {
    throw new ConfigError(
      `GRAPH_AUTH_MODE=app needs credentials: ${TENANT}, ${CLIENT} and ${SECRET} (or ${CERT} or ${TOKEN_FILE}), or GRAPH_APP_CREDENTIAL=managedIdentity|default`,
    );
  }
  if (mode === "obo" && creds?.kind !== "secret" && creds?.kind !== "certificate") {
    throw new ConfigError(
      `GRAPH_AUTH_MODE=obo needs ${TENANT}, ${CLIENT} and ${SECRET} or ${CERT} (the app's own proof in the exchange)`,
    );
  }
  return mode;
}

function authorityHost(env: Env): string | undefined {
  const raw = readStr(env, "AZURE_AUTHORITY_HOST");
  if (raw !== undefined && !/^https:\/\/[^/?#\s]+\/?$/i.test(raw)) {
    throw new ConfigError(
      `AZURE_AUTHORITY_HOST must be an https origin such as https://login.microsoftonline.com, got "${raw}"`,
    );
  }
  return raw;
}

/** `nodeEnv` decides whether the embedded emulator may stand in for missing credentials (startup.ts). */
export function readGraph(env: Env, nodeEnv: NodeEnv): GraphConfig {
  const creds = credentials(env);
  const mode = authMode(env, creds);
  const askedForEmulator = asksForEmulator(env);
  const explicitBaseUrl = askedForEmulator ? undefined : baseUrl(env);
  const embeddedEmulator = askedForEmulator || (explicitBaseUrl === undefined && mode === "none");
  checkUpstream(nodeEnv, { askedForEmulator, embeddedEmulator, authMode: mode });
  // A bearer token may travel only over https, or to this machine (the emulator, tests).
  if (mode !== "none" && explicitBaseUrl?.startsWith("http:") && !isLoopbackHost(new URL(explicitBaseUrl).hostname)) {
    throw new ConfigError(
      `GRAPH_BASE_URL must use https when GRAPH_AUTH_MODE=${mode} sends tokens, got "${explicitBaseUrl}"`,
    );
  }
  const legacyTimeout =
    readStr(env, "GRAPH_TIMEOUT_MS") === undefined ? undefined : readInt(env, "GRAPH_TIMEOUT_MS", 30_000, 100, 600_000);
  return {
    baseUrl: explicitBaseUrl ?? (mode !== "none" ? "https://graph.microsoft.com/v1.0" : undefined),
    credentials: creds,
    authMode: mode,
    authorityHost: authorityHost(env),
    oboCacheSize: readInt(env, "GRAPH_OBO_CACHE_SIZE", 1000, 1, 100_000),
    embeddedEmulator,
    maxRetries: readInt(env, "GRAPH_MAX_RETRIES", 3, 0, 10),
    retryBaseDelayMs: readInt(env, "GRAPH_RETRY_BASE_DELAY_MS", 3000, 0, 60_000),
    retryMaxDelayMs: readInt(env, "GRAPH_RETRY_MAX_DELAY_MS", 180_000, 0, 180_000),
    connections: readInt(env, "GRAPH_CONNECTIONS", 32, 1, 1024),
    connectTimeoutMs: readInt(env, "GRAPH_CONNECT_TIMEOUT_MS", legacyTimeout ?? 10_000, 100, 600_000),
    headersTimeoutMs: readInt(env, "GRAPH_HEADERS_TIMEOUT_MS", legacyTimeout ?? 30_000, 100, 600_000),
    bodyTimeoutMs: readInt(env, "GRAPH_BODY_TIMEOUT_MS", legacyTimeout ?? 30_000, 100, 600_000),
    requestDeadlineMs: readInt(env, "GRAPH_REQUEST_DEADLINE_MS", 25_000, 100, 600_000),
    batchConcurrency: readInt(env, "GRAPH_BATCH_CONCURRENCY", 4, 1, 64),
  };
}
