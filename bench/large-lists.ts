// 5. Large lists: walking 10,000 protection units page by page (first: 100, after: endCursor) through the gateway:
// time per page and the gateway's RSS along the walk, which must stay flat (a cursor carries Graph's own nextLink,
// so nothing is held between pages).
import { startEmulator, userId } from "../src/emulator/index.js";
import { gql, rest } from "./lib/client.js";
import { startGateway } from "./lib/processes.js";
import { startLatencyProxy } from "./lib/proxy.js";
import type { BenchResult } from "./lib/results.js";
import { round, summary } from "./lib/stats.js";
import { BACKUP } from "./lib/tenant.js";

const TOTAL = 10_000;
const PAGE = 100;
const WALK = `query Walk($after: String) {
  protectionUnits(first: ${PAGE}, after: $after) { pageInfo { hasNextPage endCursor } nodes { __typename id status } }
}`;

/** The large seed protects 9,500 units (5,000 mailboxes, 3,000 drives, 1,500 sites); 500 more mailboxes make 10,000. */
async function tenOfThousand(baseUrl: string): Promise<void> {
  const policies = await rest(baseUrl, "GET", `${BACKUP}/exchangeProtectionPolicies`);
  const exchange = policies.value[0].id as string;
  for (let i = 8000; i < 8500; i += 50) {
    const delta = Array.from({ length: 50 }, (_, k) => ({ directoryObjectId: userId(i + k) }));
    await rest(baseUrl, "PATCH", `${BACKUP}/exchangeProtectionPolicies/${exchange}`, {
      "mailboxProtectionUnits@delta": delta,
    });
  }
}

export async function largeLists({ latencyMs, quick }: { latencyMs: number; quick: boolean }): Promise<BenchResult> {
  const emulator = await startEmulator({ port: 0, timeScale: 0, seed: "large", pageSize: PAGE });
  await tenOfThousand(emulator.baseUrl);
  const proxy = await startLatencyProxy(emulator.origin, latencyMs);
  const gateway = await startGateway(proxy.baseUrl);
  const walks = quick ? 1 : 2;
  try {
    await gql(gateway.url, WALK, { after: null });
    const pageMs: number[] = [];
    const rss: number[] = [];
    let units = 0;
    proxy.reset();
    for (let walk = 0; walk < walks; walk++) {
      units = 0;
      let after: string | null = null;
      for (let page = 0; page < 1000; page++) {
        const start = performance.now();
        const data: any = (await gql(gateway.url, WALK, { after })).data;
        pageMs.push(performance.now() - start);
        units += data.protectionUnits.nodes.length;
        rss.push(gateway.rssMb());
        if (!data.protectionUnits.pageInfo.hasNextPage) break;
        after = data.protectionUnits.pageInfo.endCursor;
      }
    }
    const gatewayCalls = proxy.log.length;
    // The same pages straight from the emulator (through the proxy): what Graph's side costs per page.
    const directMs: number[] = [];
    for (let link: string | undefined = `${proxy.baseUrl}${BACKUP}/protectionUnits`; link;) {
      const start = performance.now();
      const page = (await (await fetch(link)).json()) as { "@odata.nextLink"?: string };
      directMs.push(performance.now() - start);
      link = page["@odata.nextLink"];
    }
    const pages = pageMs.length / walks;
    const [g, d] = [summary(pageMs), summary(directMs)];
    const growth = round(rss.at(-1)! - rss[9]!);
    // The second walk reads the same pages again: anything a page left behind would grow RSS over it as over the
    // first, while V8 growing its heap to its working size shows only in the first.
    const secondWalkGrowth = walks > 1 ? round(rss.at(-1)! - rss[pages - 1]!) : growth;
    const curve = rss.filter((_, i) => i % 10 === 9);
    return {
      benchmark: "5-large-lists",
      method: `Walks all ${TOTAL} protection units of the large tenant with protectionUnits(first: ${PAGE}, after), ${walks} time(s) in a row, one page at a time, through the gateway over the emulator (page size ${PAGE}) behind a ${latencyMs} ms proxy. The same upstream pages are then read straight from the emulator through the proxy, so the gateway's own share of a page's time shows (the emulator spends ~100 ms building each page of this tenant). RSS of the gateway process after every page; flat means no growth over the second walk (the first also shows V8 growing its heap to its working size).`,
      settings: { latencyMs, pageSize: PAGE, walks },
      results: {
        unitsPerWalk: units,
        pagesPerWalk: pages,
        upstreamCallsPerPage: round(gatewayCalls / pageMs.length, 2),
        pageMs: g,
        directPageMs: d,
        addedPerPageMs: { p50: round(g.p50 - d.p50), p99: round(g.p99 - d.p99) },
        rssMb: {
          first: rss[0],
          tenth: rss[9],
          max: Math.max(...rss),
          last: rss.at(-1),
          growthFromTenthPage: growth,
          growthOverSecondWalk: secondWalkGrowth,
          everyTenthPage: curve,
        },
      },
      targets: [
        { name: "units walked", target: String(TOTAL), measured: units, met: units === TOTAL },
        { name: "RSS growth from the 10th page to the last (MB)", target: "recorded", measured: growth, met: true },
        {
          name: "RSS growth over the second walk of the same pages (MB)",
          target: "flat (< 10)",
          measured: secondWalkGrowth,
          met: secondWalkGrowth < 10,
        },
        { name: "gateway RSS (MB, max)", target: "<= 150", measured: Math.max(...rss), met: Math.max(...rss) <= 150 },
      ],
    };
  } finally {
    await gateway.stop();
    await proxy.close();
    await emulator.close();
  }
}
