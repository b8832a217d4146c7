// What a gateway loads depends on what it is configured to do: on the embedded emulator (no Graph auth, no caller
// auth, no tracing, no Redis) it must not load @azure/identity, the OpenTelemetry SDK, jose or ioredis, each of
// which costs megabytes of RSS. main.ts runs in its own process, with a resolve hook noting every module.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "startup-modules-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HOOK = `data:text/javascript,${encodeURIComponent(`
import { register } from "node:module";
register("data:text/javascript," + encodeURIComponent(\`
import { appendFileSync } from "node:fs";
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  appendFileSync(process.env.MODULE_LOG, resolved.url + "\\\\n");
  return resolved;
}\`));
`)}`;

const OPTIONAL = [
  "@azure/identity",
  "@azure/msal-node",
  "@opentelemetry/sdk-trace",
  "@opentelemetry/exporter-trace-otlp-http",
  "jose",
  "ioredis",
];

/** Starts main.ts with `env` until it reports ready, stops it, and returns which OPTIONAL packages it loaded. */
async function packagesLoaded(name: string, env: Record<string, string>): Promise<string[]> {
  const log = join(dir, `${name}.log`);
  const child = spawn(process.execPath, ["--import", "tsx", "--import", HOOK, "src/main.ts"], {
    env: {
      PATH: process.env.PATH ?? "",
      PORT: "0",
      LOG_LEVEL: "silent",
      EMULATOR_TIME_SCALE: "0",
      MODULE_LOG: log,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const ready = new Promise<void>((resolve, reject) => {
    const seen = (chunk: Buffer) => {
      output += String(chunk);
      if (output.includes("backup-graphql ready")) resolve();
    };
    child.stdout.on("data", seen);
    child.stderr.on("data", seen);
    child.once("exit", (code) => reject(new Error(`main.ts exited with ${code}: ${output}`)));
  });
  try {
    await ready;
  } finally {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }
  const urls = readFileSync(log, "utf8");
  return OPTIONAL.filter((pkg) => urls.includes(`/node_modules/${pkg}/`));
}

describe("modules loaded at start", () => {
  it("loads none of the optional heavy packages on the embedded emulator, and each once its feature is configured", async () => {
    const [bare, configured] = await Promise.all([
      packagesLoaded("emulator", {}),
      packagesLoaded("configured", {
        GRAPH_BASE_URL: "http://127.0.0.1:9/v1.0",
        AZURE_TENANT_ID: "11111111-2222-3333-4444-555555555555",
        AZURE_CLIENT_ID: "gateway-app",
        AZURE_CLIENT_SECRET: "not-used",
        AUTH_MODE: "entra",
        AUTH_AUDIENCE: "api://backup-graphql",
        OTEL_TRACES_EXPORTER: "console",
        // Nothing listens there: the gateway waits for it briefly, then serves from memory.
        REDIS_URL: "redis://127.0.0.1:9",
      }),
    ]);
    expect(bare).toEqual([]);
    expect(configured).toEqual(OPTIONAL);
  }, 60_000);
});
