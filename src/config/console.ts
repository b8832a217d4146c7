// The backup console: the built single-page app (console/dist) the gateway serves at /, and the sign-in settings it
// reads from /console/config.json when callers must bring an Entra ID token.
import { readBool, readList, readStr, type Env } from "./read.js";

export interface ConsoleConfig {
  /** CONSOLE_ENABLED, default true: serve the console at / (false: / redirects to /graphql as before). */
  enabled: boolean;
  /**
   * CONSOLE_CLIENT_ID, no default: the client id of the console's own single-page app registration, used with
   * AUTH_MODE=entra to sign the user in. Without it the console says that sign-in is not configured.
   */
  clientId?: string;
  /** CONSOLE_AUTHORITY, default https://login.microsoftonline.com/{AUTH_TENANT_ID or AZURE_TENANT_ID or common}. */
  authority: string;
  /** CONSOLE_SCOPES (comma list), default `{first AUTH_AUDIENCE}/.default`: the scopes its token asks for. */
  scopes: string[];
}

export function readConsole(env: Env): ConsoleConfig {
  const tenant = readStr(env, "AUTH_TENANT_ID") ?? readStr(env, "AZURE_TENANT_ID") ?? "common";
  const audience = readList(env, "AUTH_AUDIENCE", [])[0];
  const clientId = readStr(env, "CONSOLE_CLIENT_ID");
  return {
    enabled: readBool(env, "CONSOLE_ENABLED", true),
    ...(clientId ? { clientId } : {}),
    authority: readStr(env, "CONSOLE_AUTHORITY") ?? `https://login.microsoftonline.com/${tenant}`,
    scopes: readList(env, "CONSOLE_SCOPES", audience ? [`${audience}/.default`] : []),
  };
}
