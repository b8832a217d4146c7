// Real redis-server processes for the replica tests: each on loopback on a free port, no persistence, stopped
// afterwards. `.ci/run` makes sure the binary is installed; where it is not, the tests are skipped, saying why.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { connect, createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

export interface RedisServer {
  port: number;
  /** redis://127.0.0.1:PORT */
  url: string;
  /** Kills the server (SIGKILL: as a crash, nothing is flushed) and waits for it to be gone. */
  kill(): Promise<void>;
  /** Starts it again on the same port, empty. */
  restart(): Promise<void>;
  /** SIGSTOP / SIGCONT: connected but not answering, as a hung or partitioned Redis. */
  pause(): void;
  resume(): void;
  stop(): Promise<void>;
}

let unavailable: string | undefined | null = null;

/** Why redis-server cannot run here, or undefined when it can. Print it: a skipped test must say why. */
export function redisUnavailable(): string | undefined {
  if (unavailable !== null) return unavailable;
  const probe = spawnSync("redis-server", ["--version"], { encoding: "utf8" });
  unavailable =
    probe.error || probe.status !== 0
      ? `redis-server cannot be started (${probe.error?.message ?? probe.stderr.trim()}); install the Debian package redis-server`
      : undefined;
  if (unavailable) console.warn(`Skipping the Redis tests: ${unavailable}`);
  return unavailable;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** PONG within `ms`, polling every 10 ms. */
async function answers(port: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1");
      socket.once("error", () => resolve(false));
      socket.once("data", (d) => {
        socket.destroy();
        resolve(d.toString().startsWith("+PONG"));
      });
      socket.once("connect", () => socket.write("PING\r\n"));
    });
    if (ok) return true;
    await sleep(10);
  }
  return false;
}

export async function startRedis(): Promise<RedisServer> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const launch = async () => {
    child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
      stdio: "ignore",
    });
    if (!(await answers(port, 5000))) throw new Error(`redis-server did not answer on port ${port}`);
  };
  const kill = async () => {
    const c = child;
    child = undefined;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    const gone = new Promise((resolve) => c.once("exit", resolve));
    c.kill("SIGKILL");
    await gone;
  };
  await launch();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    kill,
    restart: launch,
    stop: kill,
    pause: () => void child?.kill("SIGSTOP"),
    resume: () => void child?.kill("SIGCONT"),
  };
}
