// /readyz decides readiness by the gateway alone: ready while Graph is down, not ready once shutting down; and it
// reads Graph's state from what traffic taught the gateway, making no call while that is known.
import type { ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import type { GraphClient } from "../../../src/msgraph/client.js";
import { createProbes } from "../../../src/server/probes.js";
import { createUpstreamHealth } from "../../../src/server/upstream-health.js";

function fakeRes() {
  const out = { status: 0, body: "" };
  const res = {
    writeHead(status: number) {
      out.status = status;
      return res;
    },
    end(body?: string) {
      out.body = body ?? "";
      return res;
    },
  } as unknown as ServerResponse;
  return { res, out: () => ({ status: out.status, body: JSON.parse(out.body) }) };
}

function setup() {
  let calls = 0;
  const graph = { scoped: () => ({ get: async () => void calls++ }) } as unknown as GraphClient;
  const health = createUpstreamHealth({ appAuth: true });
  const probes = createProbes({ graph, health, intervalMs: 60_000 });
  const ready = async () => {
    const { res, out } = fakeRes();
    await probes.ready(res);
    return out();
  };
  return { health, probes, ready, calls: () => calls };
}

const attempt = { method: "GET", path: "/x", attempt: 0, durationMs: 1, clientRequestId: "c" };

describe("the readiness probe", () => {
  it("is ready with Graph down, and makes no call while traffic keeps the state known", async () => {
    const { health, probes, ready, calls } = setup();
    health.observe({ ...attempt, status: 503, code: "serviceUnavailable" });
    for (let i = 0; i < 5; i++)
      expect(await ready()).toMatchObject({
        status: 200,
        body: { status: "ready", graph: "down", graphReason: "HTTP 503 serviceUnavailable" },
      });
    expect(calls()).toBe(0);
    health.observe({ ...attempt, status: 404, code: "PolicyNotFound" });
    expect((await ready()).body.graph).toBe("ok");
    probes.stop();
  });

  it("judges a 401 in app mode as Graph refusing the gateway, a 429 as Graph up, a hung-up caller as nothing", () => {
    const health = createUpstreamHealth({ appAuth: true });
    health.observe({ ...attempt, status: 401, code: "InvalidAuthenticationToken" });
    expect(health.snapshot().state).toBe("down");
    health.observe({ ...attempt, status: 429, code: "TooManyRequests" });
    expect(health.snapshot().state).toBe("ok");
    health.observe({ ...attempt, status: 0 });
    expect(health.snapshot().state).toBe("ok");
    const delegated = createUpstreamHealth({ appAuth: false });
    delegated.observe({ ...attempt, status: 401, code: "InvalidAuthenticationToken" });
    expect(delegated.snapshot().state).toBe("ok");
  });

  it("checks once when nothing is known yet", async () => {
    const { probes, ready, calls } = setup();
    expect((await ready()).body.graph).toBe("ok");
    await ready();
    expect(calls()).toBe(1);
    probes.stop();
  });

  it("answers 503 once the gateway is shutting down", async () => {
    const { probes, ready } = setup();
    probes.stop();
    expect(await ready()).toMatchObject({ status: 503, body: { status: "not ready", reason: "shutting down" } });
  });
});
