// The internet-facing settings: who may call, how big and deep a request may be, what is exposed.
import { DEFAULT_LIMITS, type QueryLimits } from "./query-limits.js";
import { ConfigError, readBool, readInt, readList, readOneOf, readStr, readUrl, type Env } from "./read.js";

const CALLER_AUTH_MODES = ["none", "entra"] as const;
export type CallerAuthMode = (typeof CALLER_AUTH_MODES)[number];

export interface SecurityConfig {
  /** AUTH_MODE, default none: who may call. `entra` validates Entra ID bearer tokens of the gateway's own app. */
  authMode: CallerAuthMode;
  /** AUTH_AUDIENCE (comma list), required with entra: the gateway's app id URI and/or client id. */
  audiences: string[];
  /** AUTH_ISSUER, default https://login.microsoftonline.com/{AUTH_TENANT_ID or AZURE_TENANT_ID}/v2.0. */
  issuer: string;
  /** AUTH_JWKS_URL, default https://login.microsoftonline.com/{tenant}/discovery/v2.0/keys. */
  jwksUrl: string;
  /** AUTH_READ_PERMISSIONS, default BackupGateway.Read,BackupGateway.ReadWrite: any one allows queries. */
  readPermissions: string[];
  /** AUTH_WRITE_PERMISSIONS, default BackupGateway.ReadWrite: any one allows mutations. */
  writePermissions: string[];
  /** GRAPHQL_INTROSPECTION, default true outside production and false in it. */
  introspection: boolean;
  /** GRAPHQL_MAX_BODY_BYTES, default 102400: larger request bodies get 413 (unless they qualify for the bulk limit). */
  maxBodyBytes: number;
  /**
   * GRAPHQL_MAX_BULK_BODY_BYTES, default 4194304 (4 MiB: 50,000 addresses of about 80 characters each; Graph limits
   * write requests to 4 MB, so a larger submission could not go upstream anyway): the larger limit that only a POSTed
   * JSON bulk submission mutation (jobs, restore bulk requests) whose `query` fits maxBodyBytes, from a caller allowed
   * to write, may use. At or below GRAPHQL_MAX_BODY_BYTES no request gets more than the general limit.
   */
  maxBulkBodyBytes: number;
  /** GRAPHQL_MAX_DEPTH (10), GRAPHQL_MAX_ALIASES (15), GRAPHQL_MAX_DIRECTIVES (5), GRAPHQL_MAX_FIELDS (250),
   * GRAPHQL_MAX_COST (50000), GRAPHQL_MAX_TOKENS (1000); `introspection` repeats GRAPHQL_INTROSPECTION. */
  limits: QueryLimits;
  /** METRICS_ENABLED, default true: serve /metrics. */
  metrics: boolean;
}

export function readSecurity(env: Env, production: boolean): SecurityConfig {
  const authMode = readOneOf(env, "AUTH_MODE", CALLER_AUTH_MODES) ?? "none";
  const tenant = readStr(env, "AUTH_TENANT_ID") ?? readStr(env, "AZURE_TENANT_ID");
  const audiences = readList(env, "AUTH_AUDIENCE", []);
  if (authMode === "entra") {
    if (audiences.length === 0)
      throw new ConfigError("AUTH_AUDIENCE must name the gateway's app id URI or client id when AUTH_MODE=entra");
    if (!tenant && (!readStr(env, "AUTH_ISSUER") || !readStr(env, "AUTH_JWKS_URL"))) {
      throw new ConfigError(
        "AUTH_TENANT_ID (or AZURE_TENANT_ID) must be set when AUTH_MODE=entra, unless AUTH_ISSUER and AUTH_JWKS_URL are both given",
      );
    }
  }
  const login = `https://login.microsoftonline.com/${tenant ?? "common"}`;
  const introspection = readBool(env, "GRAPHQL_INTROSPECTION", !production);
  return {
    authMode,
    audiences,
    issuer: readStr(env, "AUTH_ISSUER") ?? `${login}/v2.0`,
    // Tests serve keys over plain http on loopback; production keys come from https.
    jwksUrl: readUrl(env, "AUTH_JWKS_URL", `${login}/discovery/v2.0/keys`, ["https:", "http:"])!,
    readPermissions: readList(env, "AUTH_READ_PERMISSIONS", ["BackupGateway.Read", "BackupGateway.ReadWrite"]),
    writePermissions: readList(env, "AUTH_WRITE_PERMISSIONS", ["BackupGateway.ReadWrite"]),
    introspection,
    maxBodyBytes: readInt(env, "GRAPHQL_MAX_BODY_BYTES", 102_400, 1024, 10_485_760),
    maxBulkBodyBytes: readInt(env, "GRAPHQL_MAX_BULK_BODY_BYTES", 4_194_304, 1024, 33_554_432),
    limits: {
      maxDepth: readInt(env, "GRAPHQL_MAX_DEPTH", DEFAULT_LIMITS.maxDepth, 2, 100),
      maxAliases: readInt(env, "GRAPHQL_MAX_ALIASES", DEFAULT_LIMITS.maxAliases, 0, 1000),
      maxDirectives: readInt(env, "GRAPHQL_MAX_DIRECTIVES", DEFAULT_LIMITS.maxDirectives, 0, 1000),
      maxFields: readInt(env, "GRAPHQL_MAX_FIELDS", DEFAULT_LIMITS.maxFields, 10, 100_000),
      maxCost: readInt(env, "GRAPHQL_MAX_COST", DEFAULT_LIMITS.maxCost, 10, 100_000_000),
      maxTokens: readInt(env, "GRAPHQL_MAX_TOKENS", DEFAULT_LIMITS.maxTokens, 100, 1_000_000),
      // Answered introspection is held to its own fixed budget, not to the limits above (limits.ts).
      introspection,
    },
    metrics: readBool(env, "METRICS_ENABLED", true),
  };
}
