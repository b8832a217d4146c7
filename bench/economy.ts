// 1. Upstream economy: the contract's Dashboard over 3 policies x 50 and x 200 units, through the gateway and through
// a naive client that calls the REST endpoints the way a frontend would for the same data (the service status, the
// policies, each policy's first 100 units, then each unit's owner and latest restore point, every level at once).
import { print } from "graphql";
import { startEmulator } from "../src/emulator/index.js";
import { WORKLOAD_NAMES, workloadOfODataType } from "../src/msgraph/models.js";
import { DashboardDocument } from "../test/generated/graphql.js";
import { gql, rest } from "./lib/client.js";
import { startGateway } from "./lib/processes.js";
import { startLatencyProxy, wavesOf, type LatencyProxy } from "./lib/proxy.js";
import type { BenchResult } from "./lib/results.js";
import { percentile, round } from "./lib/stats.js";
import { BACKUP, dashboardTenant } from "./lib/tenant.js";

const DASHBOARD = print(DashboardDocument);
const SHOWN = 100;

interface Shown {
  units: number;
  owners: number;
  restorePoints: number;
}

/** The naive client; returns what it shows and its dependency depth (its sequential waves by construction). */
async function naiveDashboard(base: string): Promise<Shown & { waves: number }> {
  const get = (pathOrUrl: string) =>
    pathOrUrl.startsWith("http")
      ? fetch(pathOrUrl).then((r) => r.json() as Promise<any>)
      : rest(base, "GET", pathOrUrl);
  const [, policies] = await Promise.all([get(BACKUP), get(`${BACKUP}/protectionPolicies`)]);
  let pageWaves = 0;
  const lists = await Promise.all(
    policies.value.map(async (p: any) => {
      const names = WORKLOAD_NAMES[workloadOfODataType(p["@odata.type"])!.key];
      let page = await get(`${BACKUP}/${names.policyCollection}/${p.id}/${names.unitCollection}`);
      const units: any[] = [...page.value];
      for (let walks = 1; units.length < SHOWN && page["@odata.nextLink"]; walks++) {
        page = await get(page["@odata.nextLink"]);
        units.push(...page.value);
        pageWaves = Math.max(pageWaves, walks);
      }
      return units.slice(0, SHOWN);
    }),
  );
  const units = lists.flat();
  const end = new Date().toISOString();
  const details = await Promise.all(
    units.map(async (u: any) => {
      const [owner, search] = await Promise.all([
        get(`/users/${u.directoryObjectId}?$select=displayName,mail,userPrincipalName`),
        rest(base, "POST", `${BACKUP}/restorePoints/search`, {
          protectionUnitIds: [u.id],
          restorePointPreference: "latest",
          protectionTimePeriod: {
            startDateTime: new Date(Date.now() - 366 * 86_400_000).toISOString(),
            endDateTime: end,
          },
        }),
      ]);
      return { owner: !!owner.displayName, point: (search.searchResults ?? []).length > 0 };
    }),
  );
  return {
    units: units.length,
    owners: details.filter((d) => d.owner).length,
    restorePoints: details.filter((d) => d.point).length,
    waves: 3 + pageWaves,
  };
}

function shownByGateway(data: any): Shown {
  const units = data.protectionPolicies.nodes.flatMap((p: any) => p.protectionUnits.nodes);
  return {
    units: units.length,
    owners: units.filter((u: any) => u.owner?.displayName).length,
    restorePoints: units.filter((u: any) => u.latestRestorePoint).length,
  };
}

async function measure(proxy: LatencyProxy, runs: number, run: () => Promise<unknown>) {
  const times: number[] = [];
  let calls = 0;
  let waves = 0;
  let value: unknown;
  for (let i = 0; i < runs; i++) {
    proxy.reset();
    const start = performance.now();
    value = await run();
    times.push(performance.now() - start);
    [calls, waves] = [proxy.log.length, wavesOf(proxy.log)];
  }
  return { upstreamCalls: calls, observedWaves: waves, wallMsMedian: round(percentile(times, 50)), value };
}

export async function economy({ latencyMs, quick }: { latencyMs: number; quick: boolean }): Promise<BenchResult> {
  const runs = quick ? 2 : 5;
  const rows: Record<string, unknown>[] = [];
  for (const units of [50, 200]) {
    const emulator = await startEmulator({
      port: 0,
      timeScale: 0,
      seed: "large",
      pageSize: 100,
      startTime: new Date(Date.now() - 3 * 3600_000).toISOString(),
    });
    await dashboardTenant(emulator, units);
    const proxy = await startLatencyProxy(emulator.origin, latencyMs);
    const gateway = await startGateway(proxy.baseUrl);
    try {
      await gql(gateway.url, DASHBOARD); // warm-up: first parse, first connections
      const g = await measure(proxy, runs, async () => (await gql(gateway.url, DASHBOARD)).data);
      const n = await measure(proxy, runs, () => naiveDashboard(proxy.baseUrl));
      const naive = n.value as Shown & { waves: number };
      const { waves: naiveWaves, ...naiveShown } = naive;
      rows.push({
        policies: 3,
        unitsPerPolicy: units,
        shown: shownByGateway(g.value),
        naiveShown,
        gateway: { upstreamCalls: g.upstreamCalls, waves: g.observedWaves, wallMsMedian: g.wallMsMedian },
        naive: { upstreamCalls: n.upstreamCalls, waves: naiveWaves, wallMsMedian: n.wallMsMedian },
        ratios: {
          upstreamCalls: round(n.upstreamCalls / g.upstreamCalls),
          wallTime: round(n.wallMsMedian / g.wallMsMedian, 2),
        },
      });
    } finally {
      await gateway.stop();
      await proxy.close();
      await emulator.close();
    }
  }
  const gw = (i: number) => rows[i]!.gateway as { waves: number; upstreamCalls: number };
  return {
    benchmark: "1-upstream-economy",
    method: `The contract's Dashboard query (3 policies, first 100 units each, owners and latest restore points) through the gateway, and a naive REST client fetching the same data level by level with unlimited concurrency. Upstream HTTP calls and their timing are logged by a proxy adding ${latencyMs} ms to each call; waves are the gateway's observed dependent rounds and the naive client's dependency depth. Median of ${runs} runs.`,
    settings: { latencyMs, runs, emulatorPageSize: 100 },
    results: { rows },
    targets: [
      { name: "dashboard waves, 3x50", target: "3", measured: gw(0).waves, met: gw(0).waves <= 3 },
      { name: "dashboard waves, 3x200", target: "3", measured: gw(1).waves, met: gw(1).waves <= 3 },
    ],
  };
}
