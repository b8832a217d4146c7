// Each bad setting stops `node src/main.ts` (what `npm start` execs) with exit code 1 and ONE line on stderr naming
// the variable to change: no stack trace, no gateway half started, no demo data served by mistake. The rows run side
// by side, each in its own empty working directory (so a developer's .env never leaks in), with PATH and HOME only.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseEnv, killLeftovers, readyUrls, start, waitFor } from "../helpers/processes.js";

const repo = process.cwd();
const main = join(repo, "src/main.ts");
// The loader by absolute URL and the project's tsconfig (decorators) by path: the rows do not run in the repository.
const tsx = import.meta.resolve("tsx");
const root = mkdtempSync(join(tmpdir(), "misconfiguration-"));
const held: Server[] = [];
const ports: Record<"gateway" | "emulator", number> = { gateway: 0, emulator: 0 };

interface Row {
  name: string;
  env?: Record<string, string>;
  /** Files written to the row's working directory first. */
  files?: Record<string, string>;
  /** What the one line must name. */
  names: string[];
}

function rows(): Row[] {
  return [
    { name: "NODE_ENV=prod", env: { NODE_ENV: "prod" }, names: ["NODE_ENV"] },
    {
      name: "production without Graph credentials",
      env: { NODE_ENV: "production" },
      names: ["NODE_ENV=production", "AZURE_CLIENT_SECRET", "GRAPH_BASE_URL=emulator"],
    },
    {
      name: "GRAPH_BASE_URL=emulator with credentials",
      env: { GRAPH_BASE_URL: "emulator", AZURE_TENANT_ID: "t", AZURE_CLIENT_ID: "c", AZURE_CLIENT_SECRET: "s" },
      names: ["GRAPH_BASE_URL"],
    },
    { name: "PORT=abc", env: { PORT: "abc" }, names: ["PORT"] },
    { name: "PORT in use", env: { PORT: String(ports.gateway) }, names: ["PORT", "EADDRINUSE"] },
    {
      name: "EMULATOR_PORT in use",
      env: { PORT: "0", EMULATOR_PORT: String(ports.emulator) },
      names: ["EMULATOR_PORT", "EADDRINUSE"],
    },
    {
      name: "HOST that does not resolve",
      env: { PORT: "0", HOST: "no.such.host.invalid" },
      names: ["HOST=no.such.host.invalid"],
    },
    {
      name: "a malformed .env line",
      files: { ".env": "PORT=0\nAZURE_CLIENT_SECRET hunter2\n" },
      names: [".env line 2"],
    },
    { name: "a bad value in .env", files: { ".env": "NODE_ENV=prod\n" }, names: ["NODE_ENV"] },
    { name: "ENV_FILE that does not exist", env: { ENV_FILE: "graph.env" }, names: ["ENV_FILE"] },
    { name: "GRAPH_AUTH_MODE=app without credentials", env: { GRAPH_AUTH_MODE: "app" }, names: ["GRAPH_AUTH_MODE"] },
    { name: "half a client secret", env: { AZURE_TENANT_ID: "t" }, names: ["AZURE_CLIENT_ID"] },
    {
      name: "AUTH_MODE=entra without an audience",
      env: { AUTH_MODE: "entra", AUTH_TENANT_ID: "t" },
      names: ["AUTH_AUDIENCE"],
    },
    { name: "REDIS_URL of another scheme", env: { REDIS_URL: "http://127.0.0.1:6379" }, names: ["REDIS_URL"] },
    {
      name: "PERSISTED_DOCUMENTS that does not exist",
      env: { PORT: "0", PERSISTED_DOCUMENTS: "missing.json" },
      names: ["PERSISTED_DOCUMENTS"],
    },
  ];
}

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

const outcomes = new Map<string, Outcome>();

function runRow(row: Row, index: number): Promise<Outcome> {
  const cwd = join(root, String(index));
  mkdirSync(cwd, { recursive: true });
  for (const [file, text] of Object.entries(row.files ?? {})) writeFileSync(join(cwd, file), text);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", tsx, main],
      {
        cwd,
        env: baseEnv({ TSX_TSCONFIG_PATH: join(repo, "tsconfig.json"), LOG_LEVEL: "warn", ...row.env }),
        // A row the gateway does not refuse would serve forever: kill it, and the row fails on its exit code.
        timeout: 20_000,
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

async function hold(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  held.push(server);
  return (server.address() as { port: number }).port;
}

beforeAll(async () => {
  ports.gateway = await hold();
  ports.emulator = await hold();
  const table = rows();
  // Most rows end before the schema is even loaded (0.5 s); those that reach the listener take about 2 s.
  let next = 0;
  const worker = async () => {
    while (next < table.length) {
      const i = next++;
      outcomes.set(table[i]!.name, await runRow(table[i]!, i));
    }
  };
  await Promise.all(Array.from({ length: 3 }, worker));
}, 120_000);

afterAll(async () => {
  killLeftovers();
  await Promise.all(held.map((s) => new Promise((resolve) => s.close(resolve))));
  rmSync(root, { recursive: true, force: true });
});

describe("a bad setting stops start-up with one line naming it", () => {
  it.each(rows().map((row) => [row.name, row] as const))("%s", (name, row) => {
    const outcome = outcomes.get(name)!;
    const lines = outcome.stderr.trim().split("\n");
    expect({ code: outcome.code, lines: lines.length }, outcome.stderr).toEqual({ code: 1, lines: 1 });
    expect(lines[0]).toMatch(/^Configuration error: /);
    for (const variable of row.names) expect(lines[0]).toContain(variable);
    expect(outcome.stderr).not.toMatch(/\n\s+at /);
    expect(outcome.stderr).not.toContain("hunter2");
    expect(outcome.stdout).not.toContain("backup-graphql ready");
  });
});

describe("the embedded emulator in production, asked for by name", () => {
  it("starts from a .env file, says so, and warns that it serves the demo tenant", async () => {
    const cwd = mkdtempSync(join(root, "ok-"));
    writeFileSync(join(cwd, ".env"), "NODE_ENV=production\nGRAPH_BASE_URL=emulator\nPORT=0\nLOG_LEVEL=info\n");
    const gateway = start(process.execPath, ["--import", tsx, main], {
      cwd,
      env: baseEnv({ TSX_TSCONFIG_PATH: join(repo, "tsconfig.json") }),
    });
    const output = await waitFor(gateway, "backup-graphql ready");
    expect(readyUrls(output).emulatorOrigin).toBeDefined();
    expect(output).toContain(`Env file: ${join(cwd, ".env")}`);
    expect(output).toMatch(/"level":40,.*"msg":"GRAPH_BASE_URL=emulator: serving the embedded emulator's demo tenant/);
    gateway.child.kill("SIGTERM");
    expect(await gateway.exited).toBe(0);
  }, 30_000);
});
