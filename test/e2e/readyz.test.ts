// /readyz over HTTP: it answers from what the gateway last learned about Graph (no Graph call per probe), stays
// ready while Graph is down — the gateway still serves, with typed errors — and says so in its body and in the
// graph_upstream_up gauge. With no traffic the gateway checks Graph itself every GRAPH_HEALTH_INTERVAL_MS.
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/index.js";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { createGateway, type Gateway } from "../../src/server/gateway.js";
import { startExternal, TEST_ENV, type TestGateway } from "../helpers/gateway.js";
import { postQuery, send } from "../helpers/http.js";

interface Ready {
  status: string;
  graph: "ok" | "down" | "unknown";
  graphLastSuccess: string | null;
  graphLastFailure: string | null;
  graphReason: string | null;
  redis: string;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function readyz(url: string): Promise<{ status: number; body: Ready }> {
  const res = await send(new URL("/readyz", url).href);
  return { status: res.status, body: res.json as Ready };
}
const upGauge = async (url: string) =>
  /^graph_upstream_up (\d)/m.exec((await send(new URL("/metrics", url).href)).text)?.[1];

/** A loopback port nothing listens on (taken, then released). */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function gatewayOn(baseUrl: string, env: Record<string, string> = {}): Promise<Gateway> {
  const gateway = await createGateway(
    loadConfig({ ...TEST_ENV, GRAPH_BASE_URL: baseUrl, GRAPH_MAX_RETRIES: "0", ...env }),
  );
  cleanups.push(() => gateway.stop());
  return gateway;
}

async function until(condition: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("condition never held");
}

describe("/readyz", () => {
  it("makes at most one Graph call, on the first probe, and none on the probes after it", async () => {
    const t: TestGateway = await startExternal();
    cleanups.push(() => t.stop());
    const first = await readyz(t.url);
    expect(first).toMatchObject({ status: 200, body: { status: "ready", graph: "ok", graphReason: null } });
    expect(t.emulator.requests().length).toBeLessThanOrEqual(1);
    t.emulator.resetRequests();
    for (let i = 0; i < 10; i++) expect((await readyz(t.url)).body.graph).toBe("ok");
    expect(t.emulator.requests()).toHaveLength(0);
    expect(await upGauge(t.url)).toBe("1");
  });

  it("stays ready while Graph is down, and says so with the reason in its body and in graph_upstream_up", async () => {
    const gateway = await gatewayOn(`http://127.0.0.1:${await deadPort()}/v1.0`);
    const res = await postQuery(gateway.url, "{ backupRestore { serviceStatus { status } } }");
    expect(res.json.errors?.[0]?.extensions?.code).toBe("UPSTREAM_UNAVAILABLE");
    const { status, body } = await readyz(gateway.url);
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: "ready", graph: "down", graphLastSuccess: null, redis: "off" });
    expect(body.graphReason).toMatch(/ECONNREFUSED/);
    expect(Date.parse(body.graphLastFailure!)).not.toBeNaN();
    expect(await upGauge(gateway.url)).toBe("0");
  });

  it("learns from traffic: a successful query after an outage turns it back to ok without a check", async () => {
    const emulator: RunningEmulator = await startEmulator({ port: 0, timeScale: 0 });
    cleanups.push(() => emulator.close());
    const gateway = await gatewayOn(emulator.baseUrl);
    emulator.injectFault({ status: 503, times: 1 });
    await postQuery(gateway.url, "{ backupRestore { serviceStatus { status } } }");
    // GET /readyz itself may start one check; what it reports first is the failed query.
    expect((await readyz(gateway.url)).body).toMatchObject({
      status: "ready",
      graph: "down",
      graphReason: expect.stringMatching(/503/),
    });
    await postQuery(gateway.url, "{ backupRestore { serviceStatus { status } } }");
    expect((await readyz(gateway.url)).body).toMatchObject({ graph: "ok", graphReason: expect.stringMatching(/503/) });
  });

  it("checks Graph itself when there was no traffic for GRAPH_HEALTH_INTERVAL_MS, and sees it go and come back", async () => {
    let emulator = await startEmulator({ port: 0, timeScale: 0 });
    const port = emulator.port;
    cleanups.push(() => emulator.close());
    const gateway = await gatewayOn(emulator.baseUrl, { GRAPH_HEALTH_INTERVAL_MS: "100" });
    expect((await readyz(gateway.url)).body.graph).toBe("ok");
    await emulator.close();
    await until(async () => (await readyz(gateway.url)).body.graph === "down");
    expect((await readyz(gateway.url)).status).toBe(200);
    emulator = await startEmulator({ port, timeScale: 0 });
    await until(async () => (await readyz(gateway.url)).body.graph === "ok");
  });
});
