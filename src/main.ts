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

// The OpenTelemetry SDK is loaded only when an exporter is asked for; the gateway itself uses only the API.
const tracing = config.runtime.tracing.exporters.length > 0 ? (await import("./server/otel-sdk.js")).startTracing(config.runtime.tracing) : undefined;
const gateway = await createGateway(config);

// This file is the one owner of SIGINT/SIGTERM (Apollo's own handler is off). The handler stays for the life of the
// process, not `once`: a second signal must not fall through to Node's default, death mid-drain, and seconds come
// routinely: Ctrl-C in a terminal reaches both npm, which forwards it, and the gateway. The backstop bounds the wait.
// As a container's PID 1 node gets no default signal action from the kernel: this handler is what turns
// `docker stop` or Kubernetes' SIGTERM into a drain rather than a wait for SIGKILL.
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    gateway.logger.info({ signal, timeoutMs: config.runtime.shutdownTimeoutMs }, "shutting down");
    const began = Date.now();
    // The gateway cuts what is left at SHUTDOWN_TIMEOUT_MS; this is only the backstop should something hang.
    const force = setTimeout(() => {
      gateway.logger.error({ signal, durationMs: Date.now() - began }, "shutdown hung; exiting");
      process.exit(1);
    }, config.runtime.shutdownTimeoutMs + 5_000);
    force.unref();
    gateway
      .stop()
      .then(() => tracing?.shutdown())
      .then(
        // Logged only once Graph's pool, Redis and the trace exporter are closed: the line operators look for.
        () => {
          gateway.logger.info({ signal, durationMs: Date.now() - began }, "stopped");
          process.exit(0);
        },
        (error: unknown) => {
          gateway.logger.error({ err: error, signal }, "shutdown failed");
          process.exit(1);
        },
      );
  });
}

// Announced only now that the handlers above are in place: whoever reads this line may signal at once.
const sandbox = `https://studio.apollographql.com/sandbox/explorer?endpoint=${encodeURIComponent(gateway.url)}`;
const upstream = gateway.emulator
  ? `embedded emulator at ${gateway.graphBaseUrl} (seed "${config.emulator.seed}", time x${config.emulator.timeScale})`
  : gateway.graphBaseUrl;
console.log(`backup-graphql ready
  GraphQL:  ${gateway.url}
  Sandbox:  ${config.server.nodeEnv === "production" ? "off in production" : `${gateway.url} (open in a browser) or ${sandbox}`}
  Graph:    ${upstream}
  Tracing:  ${tracing ? `${config.runtime.tracing.exporters.join(", ")} (sampler ${config.runtime.tracing.sampler})` : "off"}`);
