// Prometheus metrics of one gateway (its own registry, so several gateways in one test process never mix).
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

export interface GatewayMetrics {
  registry: Registry;
  /** `codes`: the `extensions.code` of each error the answer carried (a 200 may carry UPSTREAM_THROTTLED). */
  request(operation: string, status: number, seconds: number, codes?: readonly unknown[]): void;
  upstream(method: string, status: number, seconds: number): void;
  batch(size: number): void;
  retry(): void;
  throttleWait(seconds: number): void;
  cache(result: "hit" | "miss"): void;
  /** Exports Graph's last known state as `graph_upstream_up` (1 ok, 0 down, no sample while unknown). */
  watchGraph(state: () => "ok" | "down" | "unknown"): void;
}

/** The contract's codes (formatError lets no other through); anything else is counted as UNKNOWN. */
const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

export function createMetrics(options: { defaultMetrics?: boolean } = {}): GatewayMetrics {
  const registry = new Registry();
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: "graphql_requests_total",
    help: "GraphQL requests by operation name and HTTP status",
    labelNames: ["operation", "status"],
    registers: [registry],
  });
  const latency = new Histogram({
    name: "graphql_request_duration_seconds",
    help: "GraphQL request latency by operation name",
    labelNames: ["operation"],
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 25],
    registers: [registry],
  });
  const upstreamCalls = new Counter({
    name: "graph_upstream_calls_total",
    help: "HTTP calls to Microsoft Graph by method and status (0 = no answer)",
    labelNames: ["method", "status"],
    registers: [registry],
  });
  const upstreamLatency = new Histogram({
    name: "graph_upstream_duration_seconds",
    help: "Latency of HTTP calls to Microsoft Graph",
    labelNames: ["method"],
    buckets: [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const batchSize = new Histogram({
    name: "graph_batch_size",
    help: "Requests per $batch call",
    buckets: [1, 2, 5, 10, 15, 20],
    registers: [registry],
  });
  const retries = new Counter({
    name: "graph_retries_total",
    help: "Retried upstream calls and batch items",
    registers: [registry],
  });
  const throttle = new Counter({
    name: "graph_throttle_wait_seconds_total",
    help: "Time spent waiting on Retry-After",
    registers: [registry],
  });
  const cache = new Counter({
    name: "gateway_cache_lookups_total",
    help: "Gateway cache lookups by result",
    labelNames: ["result"],
    registers: [registry],
  });
  // GraphQL answers errors with a 200: without this, a throttling storm reads as success in graphql_requests_total.
  const errors = new Counter({
    name: "graphql_request_errors_total",
    help: "GraphQL requests answered with errors, by operation name and error code (a request with several codes counts once under each)",
    labelNames: ["operation", "code"],
    registers: [registry],
  });
  let graphState: (() => "ok" | "down" | "unknown") | undefined;
  new Gauge({
    name: "graph_upstream_up",
    help: "Whether Microsoft Graph answered the gateway's last call (1) or not (0); no sample before the first",
    registers: [registry],
    collect() {
      const state = graphState?.();
      if (state === "ok" || state === "down") this.set(state === "ok" ? 1 : 0);
      else this.reset();
    },
  });

  // Operation names come from clients: keep the label set bounded.
  const seen = new Set<string>();
  const label = (name: string) => {
    if (seen.has(name)) return name;
    if (seen.size >= 200 || !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return "other";
    seen.add(name);
    return name;
  };

  return {
    registry,
    request(operation, status, seconds, codes = []) {
      const op = label(operation || "anonymous");
      requests.inc({ operation: op, status: String(status) });
      latency.observe({ operation: op }, seconds);
      for (const code of new Set(codes.map((c) => (typeof c === "string" && ERROR_CODE.test(c) ? c : "UNKNOWN"))))
        errors.inc({ operation: op, code });
    },
    upstream(method, status, seconds) {
      upstreamCalls.inc({ method, status: String(status) });
      upstreamLatency.observe({ method }, seconds);
    },
    batch: (size) => batchSize.observe(size),
    retry: () => retries.inc(),
    throttleWait: (seconds) => throttle.inc(seconds),
    cache: (result) => cache.inc({ result }),
    watchGraph(state) {
      graphState = state;
    },
  };
}
