// 4. Pollers: 1,000 clients polling one restore session, each waiting what pollAfterSeconds says (after a random
// start within the first 2 s, as tabs opened at different moments): upstream calls per 2 s interval (the status
// cache TTL and the shortest poll hint) and the gateway's RSS. Two queries: a status-only poll, and the contract's
// PollRestoreSession (the session and its two lists, in one $batch once the gateway knows the session's workload).
// The contract poll runs again on a gateway whose V8 old space is capped as a small container would cap it
// (NODE_OPTIONS, SMALL_HEAP): V8 otherwise lets garbage grow long before it runs a full collection.
import { print } from "graphql";
import { setTimeout as sleep } from "node:timers/promises";
import { Agent } from "undici";
import { startEmulator } from "../src/emulator/index.js";
import { PollRestoreSessionDocument } from "../test/generated/graphql.js";
import { startGateway, type ServerProcess } from "./lib/processes.js";
import { startLatencyProxy, type LatencyProxy } from "./lib/proxy.js";
import type { BenchResult, Target } from "./lib/results.js";
import { round, summary } from "./lib/stats.js";
import { activatingSession } from "./lib/tenant.js";
import type { RunningEmulator } from "../src/emulator/index.js";

const INTERVAL_MS = 2000;
const SMALL_HEAP = "--max-old-space-size=256";
const CLIENTS = 1000;
const STATUS = "query PollStatus($id: ID!) { restoreSession(id: $id) { id status isTerminal pollAfterSeconds } }";

// The clients share 128 keep-alive connections, as tabs behind a proxy or HTTP/2 would: 1,000 sockets opened at once
// would measure the kernel's accept backlog, not the gateway.
const agent = new Agent({ connections: 128 });

async function poll(url: string, query: string, id: string): Promise<number | null> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables: { id } }),
    dispatcher: agent,
  } as unknown as RequestInit);
  const body = (await res.json()) as {
    data?: { restoreSession?: { pollAfterSeconds: number | null } };
    errors?: unknown[];
  };
  if (!res.ok || body.errors || !body.data?.restoreSession) throw new Error(`poll failed: ${res.status}`);
  return body.data.restoreSession.pollAfterSeconds;
}

async function scenario(
  gateway: ServerProcess,
  proxy: LatencyProxy,
  emulator: RunningEmulator,
  query: string,
  id: string,
  seconds: number,
) {
  proxy.reset();
  emulator.resetRequests();
  const [t0, epoch0] = [performance.now(), Date.now()];
  const end = t0 + seconds * 1000;
  const rss: number[] = [gateway.rssMb()];
  const sampler = setInterval(() => rss.push(gateway.rssMb()), 1000);
  const latencies: number[] = [];
  const hints = new Set<number | null>();
  let errors = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      await sleep(Math.random() * INTERVAL_MS);
      while (performance.now() < end) {
        const start = performance.now();
        let wait = INTERVAL_MS / 1000;
        try {
          const hint = await poll(gateway.url, query, id);
          hints.add(hint);
          wait = hint ?? wait;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - start);
        await sleep(wait * 1000);
      }
    }),
  );
  clearInterval(sampler);
  rss.push(gateway.rssMb());
  const intervals = Math.ceil((seconds * 1000) / INTERVAL_MS);
  const perInterval = (times: number[]) => {
    const counts = new Array<number>(intervals).fill(0);
    for (const t of times) if (t >= 0 && t < intervals * INTERVAL_MS) counts[Math.floor(t / INTERVAL_MS)]!++;
    return { max: Math.max(...counts), mean: round(counts.reduce((a, b) => a + b, 0) / intervals, 2), counts };
  };
  const graphRequests = emulator
    .requests()
    .filter((r) => !r.path.endsWith("/$batch"))
    .map((r) => r.at - epoch0);
  return {
    polls: latencies.length,
    errors,
    pollLatencyMs: summary(latencies),
    pollAfterSecondsSeen: [...hints],
    httpCallsPerInterval: perInterval(proxy.log.map((e) => e.start - t0)),
    graphRequestsPerInterval: perInterval(graphRequests),
    rssMb: { start: rss[0], max: Math.max(...rss), end: rss.at(-1) },
  };
}

export async function pollers({ latencyMs, quick }: { latencyMs: number; quick: boolean }): Promise<BenchResult> {
  const seconds = quick ? 10 : 30;
  const emulator = await startEmulator({ port: 0, timeScale: 0, seed: "demo" });
  const proxy = await startLatencyProxy(emulator.origin, latencyMs);
  const gateway = await startGateway(proxy.baseUrl);
  let capped: ServerProcess | undefined;
  try {
    const id = await activatingSession(emulator);
    await poll(gateway.url, STATUS, id);
    // Warm-up (not recorded): the gateway's JIT and the clients' connections.
    await scenario(gateway, proxy, emulator, STATUS, id, 4);
    const status = await scenario(gateway, proxy, emulator, STATUS, id, seconds);
    const contract = await scenario(gateway, proxy, emulator, print(PollRestoreSessionDocument), id, seconds);
    await gateway.stop();
    capped = await startGateway(proxy.baseUrl, { NODE_OPTIONS: SMALL_HEAP });
    await scenario(capped, proxy, emulator, STATUS, id, 4);
    const cappedContract = await scenario(capped, proxy, emulator, print(PollRestoreSessionDocument), id, seconds);
    const rssMax = Math.max(status.rssMb.max, contract.rssMb.max);
    const targets: Target[] = [
      {
        name: "upstream HTTP calls per 2 s interval, status poll (max)",
        target: "<= 1",
        measured: status.httpCallsPerInterval.max,
        met: status.httpCallsPerInterval.max <= 1,
      },
      {
        name: "upstream HTTP calls per 2 s interval, PollRestoreSession (max)",
        target: "<= 1",
        measured: contract.httpCallsPerInterval.max,
        met: contract.httpCallsPerInterval.max <= 1,
      },
      { name: "gateway RSS (MB, max), default V8 heap", target: "<= 150", measured: rssMax, met: rssMax <= 150 },
      {
        name: `gateway RSS (MB, max), PollRestoreSession with NODE_OPTIONS=${SMALL_HEAP}`,
        target: "<= 150",
        measured: cappedContract.rssMb.max,
        met: (cappedContract.rssMb.max ?? Infinity) <= 150,
      },
    ];
    return {
      benchmark: "4-pollers",
      method: `${CLIENTS} concurrent clients poll one ACTIVATING restore session for ${seconds} s each scenario, every client waiting pollAfterSeconds between polls after a random start in the first 2 s. Gateway in production mode with default cache settings (CACHE_TTL_MS 2000) over the emulator behind a ${latencyMs} ms proxy. Upstream HTTP calls counted by the proxy, Graph requests (single calls and $batch items) by the emulator, both per 2 s interval; RSS of the gateway process sampled every second. The PollRestoreSession scenario runs again on a fresh gateway started with NODE_OPTIONS=${SMALL_HEAP}.`,
      settings: { latencyMs, seconds, clients: CLIENTS, intervalMs: INTERVAL_MS, smallHeap: SMALL_HEAP },
      results: { statusPoll: status, pollRestoreSession: contract, pollRestoreSessionSmallHeap: cappedContract },
      targets,
    };
  } finally {
    await capped?.stop();
    await gateway.stop();
    await proxy.close();
    await emulator.close();
  }
}
