// 2. Overhead: one entity through the gateway (`protectionPolicy(id)`: one upstream GET) against the same GET sent
// straight to the emulator, both over the latency proxy, one request at a time, interleaved so drift hits both alike.
import { startEmulator } from "../src/emulator/index.js";
import { gql, rest } from "./lib/client.js";
import { startGateway } from "./lib/processes.js";
import { startLatencyProxy } from "./lib/proxy.js";
import type { BenchResult } from "./lib/results.js";
import { round, summary } from "./lib/stats.js";
import { BACKUP } from "./lib/tenant.js";

const QUERY = "query Policy($id: ID!) { protectionPolicy(id: $id) { id displayName status } }";

export async function overhead({ latencyMs, quick }: { latencyMs: number; quick: boolean }): Promise<BenchResult> {
  const samples = quick ? 100 : 500;
  const emulator = await startEmulator({ port: 0, timeScale: 0, seed: "demo" });
  const proxy = await startLatencyProxy(emulator.origin, latencyMs);
  // The status cache does not apply to policies; turned off anyway so every query goes upstream.
  const gateway = await startGateway(proxy.baseUrl, { CACHE_TTL_MS: "0" });
  try {
    const id = (await rest(emulator.baseUrl, "GET", `${BACKUP}/protectionPolicies`)).value[0].id as string;
    const direct = () => rest(proxy.baseUrl, "GET", `${BACKUP}/protectionPolicies/${id}`);
    const viaGateway = () => gql(gateway.url, QUERY, { id });
    for (let i = 0; i < 30; i++) await Promise.all([viaGateway(), direct()].map((p) => p.catch(() => undefined)));
    const [g, d]: [number[], number[]] = [[], []];
    proxy.reset();
    for (let i = 0; i < samples; i++) {
      for (const [run, into] of [
        [viaGateway, g],
        [direct, d],
      ] as const) {
        const start = performance.now();
        await run();
        into.push(performance.now() - start);
      }
    }
    const [gs, ds] = [summary(g), summary(d)];
    const added = { p50: round(gs.p50 - ds.p50), p99: round(gs.p99 - ds.p99) };
    return {
      benchmark: "2-overhead",
      method: `${samples} interleaved sequential requests each: the GraphQL query { protectionPolicy(id) { id displayName status } } through the gateway (one upstream GET) and the same GET straight to the emulator, both through a proxy adding ${latencyMs} ms. Added latency = gateway percentile - direct percentile.`,
      settings: { latencyMs, samples, cacheTtlMs: 0 },
      results: {
        gatewayMs: gs,
        directMs: ds,
        addedMs: added,
        upstreamCallsPerQuery: round(proxy.log.length / (2 * samples), 2),
      },
      targets: [
        { name: "added p50 (ms)", target: "recorded", measured: added.p50, met: true },
        { name: "added p99 (ms)", target: "recorded", measured: added.p99, met: true },
      ],
    };
  } finally {
    await gateway.stop();
    await proxy.close();
    await emulator.close();
  }
}
