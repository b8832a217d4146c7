// Where the gateway listens and who can therefore reach it.
import type { Config } from "../config/index.js";
import { isLoopbackHost } from "../msgraph/url.js";

/** The host for the printed URL: wildcard and loopback addresses read better as localhost. */
export function displayHost(host: string): string {
  return ["127.0.0.1", "0.0.0.0", "::", "::1"].includes(host) ? "localhost" : host.includes(":") ? `[${host}]` : host;
}

/**
 * The loud startup warning for a gateway that anyone on the network could use with its own Graph rights:
 * AUTH_MODE=none, real Graph (not the embedded emulator's fake tenant) and an interface beyond loopback.
 */
export function exposureWarning(config: Readonly<Config>): string | undefined {
  if (config.security.authMode !== "none" || config.graph.embeddedEmulator || isLoopbackHost(config.server.host))
    return undefined;
  return `AUTH_MODE=none while listening on ${config.server.host}: anyone who can reach this port can use the gateway's Microsoft Graph permissions. Set AUTH_MODE=entra (README "Running on the internet").`;
}
