// OpenTelemetry spans through a test TracerProvider with an in-memory exporter: the request span, one span
// per root field, one CLIENT span per HTTP attempt to Graph — and nothing at all when tracing is off.
import { context, propagation, trace } from "@opentelemetry/api";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import {
  AlwaysOffSampler,
  InMemorySpanExporter,
  SimpleSpanProcessor,
  TracerProvider,
  type ReadableSpan,
} from "@opentelemetry/sdk-trace";
import { beforeEach, describe, expect, it } from "vitest";
import { startEmbedded, useGateway } from "../helpers/gateway.js";
import { postQuery } from "../helpers/http.js";

const DASHBOARD = `query Dashboard { backupRestore { serviceStatus { status } } protectionPolicies(first: 5) { nodes { id protectionUnits(first: 3) { nodes { id } } } } }`;
const exporter = new InMemorySpanExporter();
const t = useGateway(() =>
  startEmbedded(
    {},
    { tracerProvider: new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter })] }) },
  ),
);
beforeEach(() => {
  exporter.reset();
  t.emulator.resetRequests();
});

const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

describe("tracing", () => {
  it("records the request, its root fields and every upstream attempt as one trace", async () => {
    const res = await postQuery(t.url, DASHBOARD);
    expect(res.status).toBe(200);
    const spans = exporter.getFinishedSpans();
    const request = spans.find((s) => s.name === "query Dashboard")!;
    expect(request.attributes).toMatchObject({
      "graphql.operation.type": "query",
      "graphql.operation.name": "Dashboard",
      "http.response.status_code": 200,
    });
    expect(request.attributes["gateway.request_id"]).toBe(res.headers.get("x-request-id"));

    const fields = spans.filter((s) => s.name.startsWith("Query."));
    expect(fields.map((s) => s.name).sort()).toEqual(["Query.backupRestore", "Query.protectionPolicies"]);
    expect(fields.every((s) => parentOf(s) === request.spanContext().spanId)).toBe(true);

    // One CLIENT span per HTTP call the emulator saw ($batch items travel inside their POST).
    const upstream = spans.filter((s) => s.name.startsWith("graph "));
    expect(upstream).toHaveLength(t.emulator.requests().filter((r) => r.batchId === undefined).length);
    expect(
      upstream.every(
        (s) =>
          parentOf(s) === request.spanContext().spanId && s.spanContext().traceId === request.spanContext().traceId,
      ),
    ).toBe(true);
    expect(upstream[0]!.attributes).toMatchObject({
      "http.request.method": expect.any(String),
      "http.response.status_code": 200,
      "graph.client_request_id": expect.any(String),
    });
    expect(JSON.stringify(upstream.map((s) => s.attributes))).not.toContain(t.emulator.origin);
  });

  it("marks a failed upstream attempt and the request as errors, with codes only", async () => {
    t.emulator.injectFault({ path: "/solutions/backupRestore", status: 503, times: 10 });
    await postQuery(t.url, "query Status { backupRestore { serviceStatus { status } } }");
    const spans = exporter.getFinishedSpans();
    const failed = spans.filter(
      (s) => s.name.startsWith("graph ") && s.attributes["http.response.status_code"] === 503,
    );
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((s) => s.status.code === 2)).toBe(true);
    const request = spans.find((s) => s.name === "query Status")!;
    expect(request.status.code).toBe(2);
    expect(request.attributes["graphql.error.codes"]).toEqual(["UPSTREAM_UNAVAILABLE"]);
  });

  it("continues a caller's trace from its traceparent header", async () => {
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
    try {
      const traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
      await postQuery(t.url, "{ __typename }", { traceparent: `00-${traceId}-00f067aa0ba902b7-01` });
      expect(
        exporter
          .getFinishedSpans()
          .find((s) => s.name === "query")
          ?.spanContext().traceId,
      ).toBe(traceId);
    } finally {
      propagation.disable();
    }
  });

  it("records nothing for a request the sampler drops, and runs no tracing when off", async () => {
    const dropped = new InMemorySpanExporter();
    const sampledOut = await startEmbedded(
      {},
      {
        tracerProvider: new TracerProvider({
          sampler: new AlwaysOffSampler(),
          spanProcessors: [new SimpleSpanProcessor({ exporter: dropped })],
        }),
      },
    );
    const off = await startEmbedded();
    try {
      expect((await postQuery(sampledOut.url, DASHBOARD)).status).toBe(200);
      expect(dropped.getFinishedSpans()).toEqual([]);
      // Off by default: even a globally registered provider is not used unless OTEL_TRACES_EXPORTER is set.
      const global = new InMemorySpanExporter();
      trace.setGlobalTracerProvider(
        new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter: global })] }),
      );
      expect((await postQuery(off.url, DASHBOARD)).status).toBe(200);
      expect(global.getFinishedSpans()).toEqual([]);
    } finally {
      trace.disable();
      context.disable();
      await sampledOut.stop();
      await off.stop();
    }
  });
});
