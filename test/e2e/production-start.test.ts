// The image without Docker: the Dockerfile's own steps, read from it and replayed on a clean copy of the tracked
// files as the build context (.dockerignore applied). The build stage compiles with `npm run build`; the runtime
// stage really runs `npm ci --omit=dev` and so holds production dependencies only; then the image's CMD serves a
// query over the emulator (started from the same image as compose does), its HEALTHCHECK passes, and SIGTERM drains
// a request in flight. `npm run start:prod` is signalled the same way as `npm start` in signals.test.ts.
import { execFile, execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assignments, readDockerfile, type Instruction } from "../helpers/dockerfile.js";
import {
  baseEnv,
  inFlightQuery,
  killLeftovers,
  readyUrls,
  start,
  survivors,
  waitFor,
  type Started,
} from "../helpers/processes.js";

const run = promisify(execFile);
const repo = process.cwd();
const root = mkdtempSync(join(tmpdir(), "production-start-"));
const dirs = { context: join(root, "context"), build: join(root, "build"), runtime: join(root, "runtime") };

const imageEnv: Record<string, string> = {};
let cmd: string[] = [];
let healthcheck: string[] = [];
let emulator: Started;
let graphBaseUrl = "";
const timings: Record<string, number> = {};

beforeAll(async () => {
  const { stages } = readDockerfile(join(repo, "Dockerfile"));
  const [build, runtime] = [stages.at(-2)!, stages.at(-1)!];
  buildContext();
  const stageDirs = new Map([
    [build.name, dirs.build],
    [runtime.name, dirs.runtime],
  ]);
  // The stages run side by side, as BuildKit runs them; a COPY --from waits for its stage.
  const done = new Map<string, Promise<void>>();
  for (const stage of [build, runtime]) {
    done.set(
      stage.name,
      (async () => {
        const dir = stageDirs.get(stage.name)!;
        mkdirSync(dir, { recursive: true });
        let workdir = "/";
        for (const step of stage.instructions) {
          if (step.flags.from) await done.get(step.flags.from);
          const started = Date.now();
          await replay(
            step,
            dir,
            () => workdir,
            (w) => (workdir = w),
            stageDirs,
          );
          if (step.op === "RUN") timings[`${stage.name}: ${step.args}`] = Date.now() - started;
        }
      })(),
    );
  }
  // Settle both before failing: a stage still installing when the other fails would race afterAll's cleanup.
  const failed = (await Promise.allSettled(done.values())).find((r) => r.status === "rejected");
  if (failed) throw failed.reason;
  emulator = start("node", ["dist/emulator/main.js"], {
    cwd: dirs.runtime,
    env: baseEnv({ ...imageEnv, EMULATOR_PORT: "0", EMULATOR_TIME_SCALE: "0" }),
  });
  graphBaseUrl = /listening on (http:\/\/\S+)/.exec(await waitFor(emulator, "listening on"))![1]!;
  console.info("Dockerfile steps replayed (ms):", timings);
}, 240_000);

afterAll(() => {
  killLeftovers();
  rmSync(root, { recursive: true, force: true });
}, 60_000);

/** The gateway's environment in the container, pointed at the emulator, on loopback and any free port; LOG_LEVEL=info
 *  for main.ts's "stopped" line, written only once the whole gateway has closed (an exit 0 alone could be a process
 *  whose event loop merely ran dry with the shutdown still pending). */
function gatewayEnv(): Record<string, string> {
  return baseEnv({
    ...imageEnv,
    HOST: "127.0.0.1",
    PORT: "0",
    GRAPH_BASE_URL: graphBaseUrl,
    LOG_LEVEL: "info",
    SHUTDOWN_TIMEOUT_MS: "10000",
  });
}

describe("the Dockerfile's steps, without Docker", () => {
  it("install production dependencies only in the runtime stage", () => {
    const installed = (path: string) => existsSync(join(dirs.runtime, path, "package.json"));
    const lock = JSON.parse(readFileSync(join(repo, "package-lock.json"), "utf8")) as {
      packages: Record<string, { dev?: boolean }>;
    };
    const paths = Object.entries(lock.packages).filter(([path]) => path.startsWith("node_modules/"));
    // The lockfile marks what only devDependencies need (typescript, tsx, vitest, codegen, ...): none of it is there.
    expect(paths.filter(([path, entry]) => entry.dev && installed(path)).map(([path]) => path)).toEqual([]);
    expect(
      ["graphql", "@apollo/server", "type-graphql", "reflect-metadata"].every((name) =>
        installed(`node_modules/${name}`),
      ),
    ).toBe(true);
    expect(existsSync(join(dirs.runtime, "src"))).toBe(false); // compiled JavaScript only
  });

  it("has every package the compiled code imports, also those loaded only when configured (Azure, Redis, tracing)", () => {
    const files = readdirSync(join(dirs.runtime, "dist"), { recursive: true, encoding: "utf8" }).filter((f) =>
      f.endsWith(".js"),
    );
    const packages = new Set<string>();
    for (const file of files) {
      const code = readFileSync(join(dirs.runtime, "dist", file), "utf8");
      for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^import\s*)"([^".][^"]*)"/gm)) {
        if (!m[1]!.startsWith("node:")) packages.add(/^(@[^/]+\/[^/]+|[^/]+)/.exec(m[1]!)![1]!);
      }
    }
    expect([...packages]).toEqual(
      expect.arrayContaining(["@azure/identity", "ioredis", "jose", "@opentelemetry/sdk-trace"]),
    );
    expect(
      [...packages].filter((name) => !existsSync(join(dirs.runtime, "node_modules", name, "package.json"))),
    ).toEqual([]);
  });

  it("the image's CMD answers a query, passes the HEALTHCHECK and drains a request in flight on SIGTERM", async () => {
    const gateway = start(cmd[0]!, cmd.slice(1), { cwd: dirs.runtime, env: gatewayEnv() });
    const { graphql } = readyUrls(await waitFor(gateway, "backup-graphql ready"));

    const res = await fetch(graphql, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ protectionPolicies(first: 5) { nodes { displayName } } }" }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data?: { protectionPolicies: { nodes: unknown[] } } };
    expect(body.data?.protectionPolicies.nodes.length).toBeGreaterThan(0);

    const probe = await run(healthcheck[0]!, healthcheck.slice(1), {
      cwd: dirs.runtime,
      env: { ...gatewayEnv(), PORT: new URL(graphql).port },
    }).then(
      () => 0,
      (error: { code?: number }) => error.code ?? -1,
    );
    expect(probe).toBe(0);

    const { answer } = await inFlightQuery(graphql, new URL(graphBaseUrl).origin, 1_000);
    gateway.child.kill("SIGTERM");
    expect(await answer).toEqual({
      status: 200,
      body: { data: { backupRestore: { serviceStatus: { status: "ENABLED" } } } },
    });
    expect(await gateway.exited).toBe(0);
    expect(gateway.output()).toContain('"msg":"stopped"');
  }, 30_000);

  it("npm run start:prod drains a request in flight on SIGTERM to npm, exits 0 and leaves no process running", async () => {
    const npm = start("npm", ["run", "start:prod"], { cwd: dirs.runtime, env: gatewayEnv() });
    const { graphql } = readyUrls(await waitFor(npm, "backup-graphql ready"));
    const tree = npm.tree();

    const { answer } = await inFlightQuery(graphql, new URL(graphBaseUrl).origin, 1_000);
    npm.child.kill("SIGTERM");

    expect(await answer).toEqual({
      status: 200,
      body: { data: { backupRestore: { serviceStatus: { status: "ENABLED" } } } },
    });
    expect(await npm.exited).toBe(0);
    expect(npm.output()).toContain('"msg":"stopped"');
    expect(await survivors(tree)).toEqual([]);
  }, 30_000);

  it("the gateway and the emulator drain on a SIGTERM sent the instant they print their ready line", async () => {
    // The handlers must be in place before the line that tells a supervisor it may signal: before they were, about
    // every other such signal killed the process outright. Three rounds of each, side by side.
    const rounds = Array.from({ length: 3 }, () => [
      { args: cmd.slice(1), ready: "backup-graphql ready", env: gatewayEnv() },
      {
        args: ["dist/emulator/main.js"],
        ready: "listening on",
        env: baseEnv({ ...imageEnv, EMULATOR_PORT: "0", EMULATOR_TIME_SCALE: "0" }),
      },
    ]).flat();
    const exits = await Promise.all(
      rounds.map(async ({ args, ready, env }) => {
        const p = start(cmd[0]!, args, { cwd: dirs.runtime, env });
        p.child.stdout!.on("data", () => {
          if (p.output().includes(ready)) p.child.kill("SIGTERM");
        });
        return p.exited;
      }),
    );
    expect(exits).toEqual(rounds.map(() => 0));
  }, 30_000);
});

/** The tracked files minus what .dockerignore leaves out: what `docker build .` would send from a fresh clone. */
function buildContext(): void {
  const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: repo, encoding: "utf8" }).split("\0").filter(Boolean);
  const ignored = dockerignore(readFileSync(join(repo, ".dockerignore"), "utf8"));
  for (const file of tracked) {
    if (ignored(file) || !existsSync(join(repo, file))) continue;
    mkdirSync(dirname(join(dirs.context, file)), { recursive: true });
    cpSync(join(repo, file), join(dirs.context, file));
  }
}

/** One Dockerfile instruction, replayed in `dir` standing for the stage's filesystem root's WORKDIR. */
async function replay(
  step: Instruction,
  dir: string,
  workdir: () => string,
  setWorkdir: (w: string) => void,
  stageDirs: Map<string, string>,
): Promise<void> {
  const here = () => join(dir, relative("/app", workdir()) || ".");
  switch (step.op) {
    case "WORKDIR":
      expect(step.args).toBe("/app"); // the stage directories stand for /app
      setWorkdir(step.args);
      return;
    case "ENV":
      Object.assign(imageEnv, assignments(step));
      return;
    case "COPY": {
      const parts = step.args.split(/\s+/);
      const target = resolve(here(), parts.pop()!);
      for (const source of parts) {
        const from = step.flags.from
          ? join(
              stageDirs.get(step.flags.from) ?? fail(`COPY --from=${step.flags.from}: no such stage`),
              relative("/app", source),
            )
          : join(dirs.context, source);
        if (!existsSync(from))
          fail(`line ${step.line}: COPY ${source}: not in the ${step.flags.from ? "stage" : "build context"}`);
        const to = parts.length > 1 || step.args.trim().endsWith("/") ? join(target, source.split("/").pop()!) : target;
        cpSync(from, to, { recursive: true });
      }
      return;
    }
    case "RUN":
      for (const command of step.args.split("&&").map((c) => c.trim())) await runStep(command, here());
      return;
    case "USER":
    case "EXPOSE":
    case "LABEL":
      return; // checked by test/unit/deploy/dockerfile.test.ts; nothing to replay
    case "HEALTHCHECK":
      healthcheck = step.exec ?? fail("HEALTHCHECK must be exec form");
      return;
    case "CMD":
      cmd = step.exec ?? fail("CMD must be exec form");
      return;
    default:
      fail(`line ${step.line}: ${step.op} is not replayed by this test; teach it`);
  }
}

async function runStep(command: string, cwd: string): Promise<void> {
  const words = command.split(/\s+/);
  if (words[0] !== "npm") fail(`RUN ${command}: only npm steps are replayed; teach this test the new step`);
  if (words[1] === "ci" && !words.includes("--omit=dev")) {
    // The full install of the build stage is this checkout's node_modules: the same lockfile, already installed.
    expect(readFileSync(join(cwd, "package-lock.json"), "utf8")).toBe(
      readFileSync(join(repo, "package-lock.json"), "utf8"),
    );
    symlinkSync(join(repo, "node_modules"), join(cwd, "node_modules"), "dir");
    return;
  }
  if (words[1] === "cache" && words[2] === "clean") return; // would empty this machine's cache; in the image it only drops a layer
  // From the local cache when it has everything, as CI's own `npm ci` left it.
  const args = words[1] === "ci" ? [...words.slice(1), "--prefer-offline"] : words.slice(1);
  await run("npm", args, { cwd, env: baseEnv({}), maxBuffer: 16 * 1024 * 1024 }).catch(
    (error: Error & { stdout?: string; stderr?: string }) => {
      throw new Error(`RUN ${command} failed:\n${error.stdout ?? ""}${error.stderr ?? ""}`.slice(0, 8_000));
    },
  );
}

/** .dockerignore as Docker reads it for the patterns we use: paths from the root, `*` within a name, `!` re-includes. */
function dockerignore(text: string): (file: string) => boolean {
  const rules = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => {
      const negate = l.startsWith("!");
      const pattern = (negate ? l.slice(1) : l).replace(/^\/|\/$/g, "");
      const re = new RegExp(
        `^${pattern
          .split("*")
          .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
          .join("[^/]*")}(/.*)?$`,
      );
      return { negate, re };
    });
  return (file) => rules.reduce((ignored, rule) => (rule.re.test(file) ? !rule.negate : ignored), false);
}

function fail(message: string): never {
  throw new Error(message);
}
