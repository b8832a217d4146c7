// SHUTDOWN_TIMEOUT_MS and the standard OTEL_* tracing variables.
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/index.js";

const runtime = (env: Record<string, string>) => loadConfig(env).runtime;

describe("runtime configuration", () => {
  it("defaults to a 10 s shutdown deadline and tracing off", () => {
    expect(runtime({})).toEqual({
      shutdownTimeoutMs: 10_000,
      tracing: { exporters: [], sampler: "parentbased_always_on", samplerRatio: 1, serviceName: "backup-graphql" },
    });
  });

  it("reads the standard OTEL_* variables", () => {
    const tracing = runtime({
      OTEL_TRACES_EXPORTER: "otlp,console",
      OTEL_TRACES_SAMPLER: "parentbased_traceidratio",
      OTEL_TRACES_SAMPLER_ARG: "0.1",
      OTEL_SERVICE_NAME: "gw",
    }).tracing;
    expect(tracing).toEqual({
      exporters: ["otlp", "console"],
      sampler: "parentbased_traceidratio",
      samplerRatio: 0.1,
      serviceName: "gw",
    });
  });

  it("turns tracing off with none or OTEL_SDK_DISABLED", () => {
    expect(runtime({ OTEL_TRACES_EXPORTER: "none" }).tracing.exporters).toEqual([]);
    expect(runtime({ OTEL_TRACES_EXPORTER: "otlp", OTEL_SDK_DISABLED: "true" }).tracing.exporters).toEqual([]);
  });

  it.each([
    ["OTEL_TRACES_EXPORTER", "zipkin"],
    ["OTEL_TRACES_SAMPLER", "sometimes"],
    ["OTEL_TRACES_SAMPLER_ARG", "1.5"],
    ["SHUTDOWN_TIMEOUT_MS", "-1"],
  ])("refuses %s=%s, naming the variable", (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });
});
