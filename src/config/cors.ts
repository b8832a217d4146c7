// Which web origins a browser lets call /graphql (CORS). Exact origins only: a pattern or a path is a typo waiting to
// open the gateway to the wrong site, so every entry must be what a browser sends in its Origin header.
import { ConfigError, readStr, type Env } from "./read.js";

/** Apollo Studio's Sandbox, which `npm start` links to. */
export const APOLLO_STUDIO_ORIGIN = "https://studio.apollographql.com";

export interface CorsConfig {
  /**
   * CORS_ORIGINS, comma list of exact origins (`http://localhost:5173`), `*` (any origin; only with AUTH_MODE=entra) or
   * `none`. Default in production: none. Default otherwise: any loopback origin (`localhost`, `127.0.0.1`, `[::1]`, any
   * port) and Apollo Studio. A value replaces the default, it does not add to it.
   */
  origins: readonly string[];
  /** True when every origin may call (`CORS_ORIGINS=*`). */
  anyOrigin: boolean;
  /** True when any loopback origin may call (the development default). */
  loopback: boolean;
}

const LIST = "CORS_ORIGINS";

function exactOrigin(raw: string): string {
  const example = "such as http://localhost:5173 (scheme, host and port only)";
  if (raw === "null")
    throw new ConfigError(`${LIST} cannot allow the "null" origin (sandboxed frames and file:// pages), got "${raw}"`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${LIST} must list exact origins ${example}, got "${raw}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new ConfigError(`${LIST} origins must use http or https, got "${raw}"`);
  if (url.username || url.password) throw new ConfigError(`${LIST} origins cannot hold a user name or password`);
  if (url.hostname.includes("*"))
    throw new ConfigError(`${LIST} takes no wildcard patterns: list each origin, got "${raw}"`);
  // url.origin drops a path, a trailing slash, credentials, a default port and capitals: anything it changed was a mistake.
  if (url.origin !== raw)
    throw new ConfigError(`${LIST} must list exact origins ${example}, got "${raw}" (did you mean "${url.origin}"?)`);
  return url.origin;
}

/** `production` decides the default; `authMode` is AUTH_MODE, since `*` is safe only when callers prove who they are. */
export function readCors(env: Env, production: boolean): CorsConfig {
  const raw = readStr(env, LIST);
  if (raw === undefined) {
    return production
      ? { origins: [], anyOrigin: false, loopback: false }
      : { origins: [APOLLO_STUDIO_ORIGIN], anyOrigin: false, loopback: true };
  }
  const entries = raw
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (entries.length === 1 && entries[0]!.toLowerCase() === "none")
    return { origins: [], anyOrigin: false, loopback: false };
  if (entries.includes("*")) {
    if (entries.length > 1)
      throw new ConfigError(`${LIST}=* allows every origin and cannot be combined with others, got "${raw}"`);
    // Without caller authentication, who may call is decided by where the caller sits in the network; "*" would let any
    // page a user opens read the gateway through that user's browser. A bearer token is something such a page lacks.
    if ((readStr(env, "AUTH_MODE") ?? "none") !== "entra") {
      throw new ConfigError(
        `${LIST}=* needs AUTH_MODE=entra: without caller tokens any website a user visits could read the gateway through their browser; list the origins instead`,
      );
    }
    return { origins: [], anyOrigin: true, loopback: false };
  }
  if (entries.some((e) => e.toLowerCase() === "none"))
    throw new ConfigError(`${LIST}=none cannot be combined with origins, got "${raw}"`);
  return { origins: [...new Set(entries.map(exactOrigin))], anyOrigin: false, loopback: false };
}
