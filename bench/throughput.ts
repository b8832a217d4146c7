// 3. Throughput: autocannon at fixed rates, then flat out, against a cached status query on the gateway, and the
// same query on a bare graphql-js server executing the same schema over in-memory data.
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { startEmulator } from "../src/emulator/index.js";
import { gql, rest } from "./lib/client.js";
import { startGateway, startServerProcess, type ServerProcess } from "./lib/processes.js";
import { startLatencyProxy } from "./lib/proxy.js";
import type { BenchResult } from "./lib/results.js";
import { round } from "./lib/stats.js";
import { activatingSession, BACKUP } from "./lib/tenant.js";

const QUERY = "query Poll($id: ID!) { restoreSession(id: $id) { id status isTerminal pollAfterSeconds } }";

async function load(url: string, body: string, rate: number | undefined, seconds: number) {
  const result = await autocannon({
    url,
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    connections: 64,
    duration: seconds,
    // autocannon's correction assumes one request per 1 ms per connection at any fixed rate, which inflates p99 by
    // phantom samples; latencies here are per request as sent.
    ...(rate ? { overallRate: rate, ignoreCoordinatedOmission: true } : {}),
  });
  return {
    rate: rate ?? "max",
    requestsPerSecond: round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

async function series(server: ServerProcess, body: string, rates: number[], seconds: number) {
  await load(server.url, body, undefined, 2); // warm-up
  const rows = [];
  for (const rate of [...rates, undefined]) rows.push(await load(server.url, body, rate, seconds));
  return rows;
}

export async function throughput({ latencyMs, quick }: { latencyMs: number; quick: boolean }): Promise<BenchResult> {
  const seconds = quick ? 3 : 10;
  const rates = [500, 1000, 2000];
  const emulator = await startEmulator({ port: 0, timeScale: 0, seed: "demo" });
  const proxy = await startLatencyProxy(emulator.origin, latencyMs);
  const id = await activatingSession(emulator);
  const path = `${BACKUP}/restoreSessions/${id}`;
  const answers = join(tmpdir(), `bare-answers-${process.pid}.json`);
  writeFileSync(answers, JSON.stringify({ [path]: await rest(emulator.baseUrl, "GET", path) }));
  const body = JSON.stringify({ query: QUERY, variables: { id } });
  const gateway = await startGateway(proxy.baseUrl);
  const bare = await startServerProcess("bench/bare-server.ts", { BARE_ANSWERS: answers });
  let gatewayNoLog: ServerProcess | undefined;
  try {
    await gql(gateway.url, QUERY, { id });
    proxy.reset();
    const g = await series(gateway, body, rates, seconds);
    const upstreamCalls = proxy.log.length;
    const b = await series(bare, body, rates, seconds);
    // What the per-request log line costs: the same gateway with LOG_LEVEL=warn, flat out only.
    await gateway.stop();
    gatewayNoLog = await startGateway(proxy.baseUrl, { LOG_LEVEL: "warn" });
    await gql(gatewayNoLog.url, QUERY, { id });
    await load(gatewayNoLog.url, body, undefined, 2);
    const noLog = await load(gatewayNoLog.url, body, undefined, seconds);
    const [gMax, bMax] = [g.at(-1)!, b.at(-1)!];
    const at1000 = g.find((r) => r.rate === 1000)!;
    const ratio = round(gMax.requestsPerSecond / bMax.requestsPerSecond, 2);
    return {
      benchmark: "3-throughput",
      method: `autocannon (64 connections, ${seconds} s per step) POSTs { restoreSession(id) { id status isTerminal pollAfterSeconds } } at ${rates.join(", ")} req/s and then flat out. Gateway: production mode over the emulator behind a ${latencyMs} ms proxy, status cache TTL 2 s (so at most one upstream GET per 2 s, single-flighted). Bare: node:http + graphql-js executing the same schema and loaders over the same session answer in memory. Load generator and both servers share this machine. At a fixed rate autocannon sends each second's budget as fast as its connections allow (bursts), with coordinated-omission correction off.`,
      settings: { latencyMs, seconds, connections: 64, rates },
      results: {
        gateway: g,
        bare: b,
        ratioMaxThroughput: ratio,
        gatewayUpstreamCalls: upstreamCalls,
        gatewayWithoutRequestLog: noLog,
      },
      targets: [
        { name: "max throughput vs bare graphql-js", target: ">= 0.8", measured: ratio, met: ratio >= 0.8 },
        {
          name: "req/s sustained at 1000 req/s offered",
          target: ">= 1000",
          measured: at1000.requestsPerSecond,
          met: at1000.requestsPerSecond >= 950,
        },
        {
          name: "p99 at 1000 req/s (ms)",
          target: "< 150",
          measured: at1000.latencyMs.p99,
          met: at1000.latencyMs.p99 < 150,
        },
      ],
    };
  } finally {
    await Promise.all([gateway.stop(), bare.stop(), gatewayNoLog?.stop()]);
    await proxy.close();
    await emulator.close();
  }
}
