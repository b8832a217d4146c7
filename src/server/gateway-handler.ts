// The gateway's HTTP side: caller authentication and the request handler (http.ts) configured from the config, and
// attached to the server with a last-resort 500 for anything the handler lets through.
import type { Server } from "node:http";
import type { ApolloServer } from "@apollo/server";
import type { Config } from "../config/index.js";
import type { Context } from "../schema/index.js";
import { createAuthenticator } from "./auth/authenticate.js";
import { mayRun } from "./authorization.js";
import { createContext, type ContextDeps } from "./context.js";
import { createConsole } from "./console.js";
import { createCors } from "./cors.js";
import type { GatewayOptions } from "./gateway-options.js";
import { createRequestHandler } from "./http.js";
import type { Logger } from "./logger.js";
import type { PersistedQueries } from "./persisted-queries.js";
import type { Probes } from "./probes.js";

export function serveRequests(
  server: Server,
  apollo: ApolloServer<Context>,
  config: Readonly<Config>,
  options: GatewayOptions,
  parts: { deps: ContextDeps; persisted: PersistedQueries; probes: Probes; logger: Logger },
): void {
  const { deps, persisted, probes, logger } = parts;
  const security = config.security;
  const authenticator = createAuthenticator({
    mode: security.authMode,
    issuer: security.issuer,
    audiences: security.audiences,
    jwksUrl: security.jwksUrl,
    ...options.callerAuth,
  });
  const handler = createRequestHandler(
    apollo,
    async (req, caller, document) => createContext(deps, req, caller, document),
    {
      maxBodyBytes: security.maxBodyBytes,
      bulk: {
        maxBodyBytes: security.maxBulkBodyBytes,
        maxTokens: security.limits.maxTokens,
      },
      limits: security.limits,
      mayWrite: (caller) =>
        mayRun(caller, "mutation", { read: security.readPermissions, write: security.writePermissions }),
      writePermissions: security.writePermissions,
      persisted,
      authenticator,
      probes,
      production: config.server.nodeEnv === "production",
      logger,
      cors: createCors(config.cors),
      ...(config.console.enabled ? { console: createConsole(config.console, { mode: security.authMode }) } : {}),
    },
  );
  server.on("request", (req, res) => {
    handler(req, res).catch((error: unknown) => {
      logger.error({ err: error, requestId: req.headers["x-request-id"] }, "unhandled error in the HTTP handler");
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }],
        }),
      );
    });
  });
}
