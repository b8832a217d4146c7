// What start-up refuses rather than guesses: a NODE_ENV nobody knows (`prod` used to mean development, Sandbox and
// introspection on), and a production gateway serving the embedded emulator's made-up tenant because the Graph
// credentials did not arrive (a secret that did not mount looks exactly like "no credentials").
import type { GraphAuthMode } from "../msgraph/graph-auth.js";
import { ConfigError, readOneOf, readStr, type Env } from "./read.js";

export const NODE_ENVS = ["development", "production", "test"] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

/** NODE_ENV, default development; anything else than the three values is refused. */
export function readNodeEnv(env: Env): NodeEnv {
  return readOneOf(env, "NODE_ENV", NODE_ENVS) ?? "development";
}

/** GRAPH_BASE_URL=emulator: the embedded emulator asked for by name (the only way to get it in production). */
export function asksForEmulator(env: Env): boolean {
  return readStr(env, "GRAPH_BASE_URL")?.toLowerCase() === "emulator";
}

/** Throws when the upstream the other settings imply is not one this NODE_ENV may silently get. */
export function checkUpstream(
  nodeEnv: NodeEnv,
  upstream: { askedForEmulator: boolean; embeddedEmulator: boolean; authMode: GraphAuthMode },
): void {
  if (upstream.askedForEmulator && upstream.authMode !== "none") {
    throw new ConfigError(
      `GRAPH_BASE_URL=emulator serves the embedded emulator, which takes no Graph token, but GRAPH_AUTH_MODE is ${upstream.authMode}: ` +
        "unset the AZURE_* credentials and GRAPH_AUTH_MODE, or set GRAPH_BASE_URL to Graph's URL",
    );
  }
  if (nodeEnv === "production" && upstream.embeddedEmulator && !upstream.askedForEmulator) {
    throw new ConfigError(
      "NODE_ENV=production needs Graph credentials (AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET, or " +
        "GRAPH_APP_CREDENTIAL=certificate|workloadIdentity|managedIdentity|default) and none is set; " +
        "GRAPH_BASE_URL=emulator serves the embedded emulator's demo tenant instead",
    );
  }
}
