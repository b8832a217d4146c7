// How the process runs: graceful shutdown and OpenTelemetry tracing. The OTEL_* names and meanings are the
// standard ones (opentelemetry.io/docs/specs/otel/configuration/sdk-environment-variables); the OTLP exporter
// reads its own OTEL_EXPORTER_OTLP_* variables and the resource its OTEL_RESOURCE_ATTRIBUTES.
import { ConfigError, readInt, readList, readOneOf, readStr, type Env } from "./read.js";

export type TracesExporter = "otlp" | "console";
export const TRACES_SAMPLERS = [
  "always_on",
  "always_off",
  "traceidratio",
  "parentbased_always_on",
  "parentbased_always_off",
  "parentbased_traceidratio",
] as const;
export type TracesSampler = (typeof TRACES_SAMPLERS)[number];

export interface TracingConfig {
  /** OTEL_TRACES_EXPORTER (comma list of otlp, console, none), default none: tracing is off unless set. */
  exporters: TracesExporter[];
  /** OTEL_TRACES_SAMPLER, default parentbased_always_on (the specification's default). */
  sampler: TracesSampler;
  /** OTEL_TRACES_SAMPLER_ARG, default 1: the ratio of the traceidratio samplers, 0 to 1. */
  samplerRatio: number;
  /** OTEL_SERVICE_NAME, default backup-graphql. */
  serviceName: string;
}

export interface RuntimeConfig {
  /** SHUTDOWN_TIMEOUT_MS, default 10000: in-flight requests get this long to finish after a stop signal. */
  shutdownTimeoutMs: number;
  tracing: TracingConfig;
}

function exporters(env: Env): TracesExporter[] {
  // OTEL_SDK_DISABLED is the specification's master switch.
  if (readStr(env, "OTEL_SDK_DISABLED")?.toLowerCase() === "true") return [];
  const names = readList(env, "OTEL_TRACES_EXPORTER", []).map((n) => n.toLowerCase());
  for (const name of names) {
    if (!["otlp", "console", "none"].includes(name)) {
      throw new ConfigError(
        `OTEL_TRACES_EXPORTER must list otlp, console or none, got "${name}" (the Zipkin and Jaeger exporters are not installed)`,
      );
    }
  }
  return names.includes("none") ? [] : [...new Set(names as TracesExporter[])];
}

function ratio(env: Env): number {
  const raw = readStr(env, "OTEL_TRACES_SAMPLER_ARG");
  if (raw === undefined) return 1;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > 1)
    throw new ConfigError(`OTEL_TRACES_SAMPLER_ARG must be a number from 0 to 1, got "${raw}"`);
  return value;
}

export function readRuntime(env: Env): RuntimeConfig {
  return {
    shutdownTimeoutMs: readInt(env, "SHUTDOWN_TIMEOUT_MS", 10_000, 0, 600_000),
    tracing: {
      exporters: exporters(env),
      sampler: readOneOf(env, "OTEL_TRACES_SAMPLER", TRACES_SAMPLERS, true) ?? "parentbased_always_on",
      samplerRatio: ratio(env),
      serviceName: readStr(env, "OTEL_SERVICE_NAME") ?? "backup-graphql",
    },
  };
}
