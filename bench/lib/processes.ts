// Servers under test run in their own processes, so their RSS and CPU are their own and the load generator does not
// share their event loop: the gateway exactly as `npm start` runs it (src/main.ts through tsx), or the bare server.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface ServerProcess {
  /** http://127.0.0.1:PORT/graphql */
  url: string;
  pid: number;
  /** Resident set size now, in MB (Linux /proc). */
  rssMb(): number;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export function rssMbOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? Number.NaN);
  return Math.round((kb / 1024) * 10) / 10;
}

async function waitHealthy(origin: string, child: ChildProcess, errors: () => string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${errors()}`);
    try {
      if ((await fetch(`${origin}/healthz`)).ok) return;
    } catch {
      /* not listening yet */
    }
    await sleep(100);
  }
  throw new Error(`server did not become healthy: ${errors()}`);
}

const BUILD = "dist/bench-build";
let compiled = false;

/**
 * Compiles the gateway and the bare server (bench/tsconfig.build.json → dist/bench-build/) so both run as production
 * does, plain `node` on JavaScript: under tsx a loader thread adds some 40 MB of RSS and source-mapped stack traces
 * slow every request.
 */
export function buildServers(): void {
  const result = spawnSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "bench/tsconfig.build.json"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (result.status !== 0)
    throw new Error("compiling the servers failed; pass --tsx to benchmark the TypeScript sources");
  compiled = true;
}

/** Runs a TypeScript entry (relative to the repository root) with `env`; it must listen on PORT and serve /healthz. */
export async function startServerProcess(entry: string, env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const args = compiled ? [`${BUILD}/${entry.replace(/\.ts$/, ".js")}`] : ["--import", "tsx", entry];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "production", LOG_LEVEL: "info", ...env, PORT: String(port), HOST: "127.0.0.1" },
    // The request log goes nowhere, as to a collector that costs the process only the write.
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => void (stderr = (stderr + chunk.toString()).slice(-4000)));
  const origin = `http://127.0.0.1:${port}`;
  await waitHealthy(origin, child, () => stderr);
  return {
    url: `${origin}/graphql`,
    pid: child.pid!,
    rssMb: () => rssMbOf(child.pid!),
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await Promise.race([exited, sleep(5000).then(() => child.kill("SIGKILL"))]);
    },
  };
}

/** The gateway over `graphBaseUrl` (the latency proxy), as `npm start` would run it in production mode. */
export function startGateway(graphBaseUrl: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  return startServerProcess("src/main.ts", { GRAPH_BASE_URL: graphBaseUrl, GRAPH_CONNECTIONS: "64", ...env });
}
