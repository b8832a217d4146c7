// The OpenTelemetry SDK, started by main.ts only when OTEL_TRACES_EXPORTER names an exporter (so the SDK is
// not even loaded otherwise). It registers the global tracer provider the gateway's API spans go to, and the
// W3C trace-context propagator so a caller's `traceparent` continues its trace. The 2.x SDK line is used
// because the 3.x line needs Node 22; it reads OTEL_EXPORTER_OTLP_* (endpoint, headers, timeout) itself.
import { propagation, trace } from "@opentelemetry/api";
import { CompositePropagator, W3CBaggagePropagator, W3CTraceContextPropagator } from "@opentelemetry/core";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { defaultResource, detectResources, envDetector, resourceFromAttributes } from "@opentelemetry/resources";
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BatchSpanProcessor,
  ConsoleSpanExporter,
  ParentBasedSampler,
  TraceIdRatioBasedSampler,
  TracerProvider,
  type Sampler,
  type SpanProcessor,
} from "@opentelemetry/sdk-trace";
import type { TracingConfig } from "../config/runtime.js";

export function samplerFor(config: Pick<TracingConfig, "sampler" | "samplerRatio">): Sampler {
  const root = config.sampler.endsWith("always_on")
    ? new AlwaysOnSampler()
    : config.sampler.endsWith("always_off")
      ? new AlwaysOffSampler()
      : new TraceIdRatioBasedSampler(config.samplerRatio);
  return config.sampler.startsWith("parentbased_") ? new ParentBasedSampler({ root }) : root;
}

/** A provider with the configured sampler and exporters (batched), not yet registered anywhere. */
export function createTracerProvider(config: TracingConfig, processors: SpanProcessor[] = []): TracerProvider {
  const exporters = config.exporters.map((name) =>
    name === "otlp" ? new OTLPTraceExporter() : new ConsoleSpanExporter(),
  );
  return new TracerProvider({
    resource: defaultResource()
      .merge(detectResources({ detectors: [envDetector] }))
      .merge(resourceFromAttributes({ "service.name": config.serviceName })),
    sampler: samplerFor(config),
    spanProcessors: [...exporters.map((exporter) => new BatchSpanProcessor({ exporter })), ...processors],
  });
}

export interface RunningTracing {
  provider: TracerProvider;
  /** Exports what is buffered and unregisters the provider. */
  shutdown(): Promise<void>;
}

export function startTracing(config: TracingConfig): RunningTracing {
  const provider = createTracerProvider(config);
  trace.setGlobalTracerProvider(provider);
  propagation.setGlobalPropagator(
    new CompositePropagator({ propagators: [new W3CTraceContextPropagator(), new W3CBaggagePropagator()] }),
  );
  return {
    provider,
    async shutdown() {
      await provider.shutdown();
      trace.disable();
      propagation.disable();
    },
  };
}
