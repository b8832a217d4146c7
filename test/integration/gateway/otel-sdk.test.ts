// The OpenTelemetry SDK as main.ts starts it (OTEL_TRACES_EXPORTER=otlp): a gateway's spans reach an OTLP/HTTP
// receiver on loopback, named by OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, with the configured service name.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadConfig } from "../../../src/config/index.js";
import { createGateway } from "../../../src/server/gateway.js";
import { samplerFor, startTracing } from "../../../src/server/otel-sdk.js";

let receiver: Server;
const received: { path: string; body: string }[] = [];
beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c));
    req.on("end", () => {
      received.push({ path: req.url ?? "", body });
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
});
afterAll(() => new Promise<void>((r) => receiver.close(() => r())));

describe("the OpenTelemetry SDK", () => {
  it("exports a gateway's spans over OTLP/HTTP when OTEL_TRACES_EXPORTER=otlp", async () => {
    vi.stubEnv(
      "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT",
      `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/v1/traces`,
    );
    const config = loadConfig({
      PORT: "0",
      LOG_LEVEL: "silent",
      EMULATOR_TIME_SCALE: "0",
      OTEL_TRACES_EXPORTER: "otlp",
      OTEL_SERVICE_NAME: "gateway-under-test",
    });
    const tracing = startTracing(config.runtime.tracing);
    const gateway = await createGateway(config);
    try {
      const res = await fetch(gateway.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "query Status { backupRestore { serviceStatus { status } } }" }),
      });
      expect(res.status).toBe(200);
    } finally {
      await gateway.stop();
      await tracing.shutdown();
      vi.unstubAllEnvs();
    }
    const body = received.map((r) => r.body).join("\n");
    expect(received.every((r) => r.path === "/v1/traces")).toBe(true);
    for (const text of ["query Status", "Query.backupRestore", "graph GET", "gateway-under-test"])
      expect(body).toContain(text);
  });

  it("maps the OTEL_TRACES_SAMPLER names onto samplers", () => {
    expect(samplerFor({ sampler: "always_off", samplerRatio: 1 }).toString()).toBe("AlwaysOffSampler");
    expect(samplerFor({ sampler: "traceidratio", samplerRatio: 0.25 }).toString()).toBe("TraceIdRatioBased{0.25}");
    expect(samplerFor({ sampler: "parentbased_traceidratio", samplerRatio: 0.1 }).toString()).toMatch(
      /^ParentBased\{root=TraceIdRatioBased\{0.1\}/,
    );
    expect(samplerFor({ sampler: "parentbased_always_on", samplerRatio: 1 }).toString()).toMatch(
      /^ParentBased\{root=AlwaysOnSampler/,
    );
  });
});
