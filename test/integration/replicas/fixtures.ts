// Two gateway replicas in this test process (two createGateway instances, each on its own port with its own
// in-memory state, Graph client and throttle gate) sharing one real redis-server and one emulator: what two
// gateway processes behind a load balancer share, and nothing more.
import { Redis } from "ioredis";
import { loadConfig, type Env } from "../../../src/config/index.js";
import { startEmulator, type RunningEmulator } from "../../../src/emulator/index.js";
import { createGateway, type Gateway } from "../../../src/server/gateway.js";
import { startRedis, type RedisServer } from "../../helpers/redis.js";

export interface Replicas {
  a: Gateway;
  b: Gateway;
  emulator: RunningEmulator;
  redis: RedisServer;
  /** A plain client of the same Redis, for looking at keys. */
  inspect: Redis;
  prefix: string;
  stop(): Promise<void>;
}

export async function startReplicas(env: Env = {}): Promise<Replicas> {
  const redis = await startRedis();
  const emulator = await startEmulator({ port: 0, timeScale: 0, seed: "directory" });
  const prefix = "replicas-test:";
  const config = loadConfig({
    PORT: "0",
    LOG_LEVEL: "silent",
    GRAPH_RETRY_BASE_DELAY_MS: "1",
    ...env,
    GRAPH_BASE_URL: emulator.baseUrl,
    REDIS_URL: redis.url,
    REDIS_KEY_PREFIX: prefix,
  });
  const [a, b] = await Promise.all([createGateway(config), createGateway(config)]);
  const inspect = new Redis(redis.url, { retryStrategy: () => 50, maxRetriesPerRequest: 0 });
  inspect.on("error", () => undefined);
  return {
    a,
    b,
    emulator,
    redis,
    inspect,
    prefix,
    async stop() {
      inspect.disconnect();
      await Promise.all([a.stop(), b.stop()]);
      await emulator.close();
      await redis.stop();
    },
  };
}

export async function gql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<any> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

export async function readyz(gateway: Gateway): Promise<{ status: string; graph: string; redis: string }> {
  return (await fetch(new URL("/readyz", gateway.url))).json() as Promise<{
    status: string;
    graph: string;
    redis: string;
  }>;
}

/** Polls `check` every 20 ms until it holds, at most `ms`. */
export async function until(check: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A new empty (DRAFT) Exchange restore session, made through the emulator's REST API. */
export async function draftSession(emulator: RunningEmulator): Promise<string> {
  const res = await fetch(`${emulator.baseUrl}/solutions/backupRestore/exchangeRestoreSessions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{}",
  });
  return ((await res.json()) as { id: string }).id;
}

export async function userIds(emulator: RunningEmulator, count: number): Promise<{ id: string; mail: string }[]> {
  return (
    (await (await fetch(`${emulator.baseUrl}/users?$top=${count}`)).json()) as { value: { id: string; mail: string }[] }
  ).value;
}
