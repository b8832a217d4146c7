// Process entry: read the configuration, start the gateway, print where it is, stop cleanly on a signal.
// A start-up that fails on a setting ends with one line on stderr naming the variable and exit code 1; a stack trace
// is kept for what is a bug.
import "reflect-metadata";
import { ConfigError, loadConfig, loadEnvironment } from "./config/index.js";
import { ListenError } from "./server/listen-error.js";

/** Prints one line and exits 1 when `error` is a setting's fault; rethrows anything else. */
function stopOnSettingError(error: unknown, isSetting: boolean): never {
  if (!isSetting) throw error;
  console.error(`Configuration error: ${(error as Error).message.replace(/\s*\n\s*/g, " ")}`);
  process.exit(1);
}

let config;
let envFile;
try {
  const environment = loadEnvironment();
  envFile = environment.file;
  config = loadConfig(environment.env);
} catch (error) {
  stopOnSettingError(error, error instanceof ConfigError);
}

// Imported once the configuration is known good: a bad setting is reported without compiling the schema first.
const [{ createGateway }, { ManifestError }] = await Promise.all([
  import("./server/gateway.js"),
  import("./server/persisted-documents.js"),
]);
// The OpenTelemetry SDK is loaded only when an exporter is asked for; the gateway itself uses only the API.
const tracing =
  config.runtime.tracing.exporters.length > 0
    ? (await import("./server/otel-sdk.js")).startTracing(config.runtime.tracing)
    : undefined;
const gateway = await createGateway(config).catch(async (error: unknown) => {
  await tracing?.shutdown();
  return stopOnSettingError(error, error instanceof ListenError || error instanceof ManifestError);
});
if (config.server.nodeEnv === "production" && gateway.emulator) {
  gateway.logger.warn(
    { graphBaseUrl: gateway.graphBaseUrl },
    "GRAPH_BASE_URL=emulator: serving the embedded emulator's demo tenant, not Microsoft Graph",
  );
}

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
  Console:  ${config.console.enabled ? new URL("/", gateway.url).href : "off (CONSOLE_ENABLED=false)"}
  Sandbox:  ${config.server.nodeEnv === "production" ? "off in production" : `${gateway.url} (open in a browser) or ${sandbox}`}
  Graph:    ${upstream}
  Tracing:  ${tracing ? `${config.runtime.tracing.exporters.join(", ")} (sampler ${config.runtime.tracing.sampler})` : "off"}${
    envFile
      ? `
  Env file: ${envFile} (the environment's own variables win)`
      : ""
  }`);
