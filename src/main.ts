// Process entry: read the configuration, start the gateway, print where it is, stop cleanly on a signal.
import "reflect-metadata";
import { ConfigError, loadConfig } from "./config.js";
import { createGateway } from "./server/gateway.js";

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
    process.exit(1);
  }
  throw error;
}

const gateway = await createGateway(config);
const sandbox = `https://studio.apollographql.com/sandbox/explorer?endpoint=${encodeURIComponent(gateway.url)}`;
const upstream = gateway.emulator
  ? `embedded emulator at ${gateway.graphBaseUrl} (seed "${config.emulator.seed}", time x${config.emulator.timeScale})`
  : gateway.graphBaseUrl;
console.log(`backup-graphql ready
  GraphQL:  ${gateway.url}
  Sandbox:  ${config.server.nodeEnv === "production" ? "off in production" : `${gateway.url} (open in a browser) or ${sandbox}`}
  Graph:    ${upstream}`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    gateway.logger.info({ signal }, "shutting down");
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    gateway.stop().then(() => process.exit(0), () => process.exit(1));
  });
}
