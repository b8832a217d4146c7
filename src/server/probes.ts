// /healthz: the process is up. /readyz: the gateway can serve — it is not shutting down. Graph's state and Redis's
// are reported in its body but decide nothing: while either is down the gateway still serves (typed errors, or from
// memory), and taking every replica out of rotation would turn a partial outage into a full one. /readyz answers
// from what the gateway last learned about Graph (upstream-health.ts), never with a Graph call per probe: the first
// probe may start one check, and from then on a check is made only when no Graph call was made for
// GRAPH_HEALTH_INTERVAL_MS. /metrics: Prometheus text.
import type { ServerResponse } from "node:http";
import type { GraphClient } from "../msgraph/client.js";
import { backupRestore } from "../msgraph/paths.js";
import type { GatewayMetrics } from "./metrics.js";
import type { RedisStatus } from "./stores.js";
import type { UpstreamHealth } from "./upstream-health.js";

/** A check gives up (and counts as a failure) after this long. */
const CHECK_TIMEOUT_MS = 5000;
/** The first probe waits this long at most for its check: under a platform's usual 1 s probe timeout. */
const FIRST_PROBE_WAIT_MS = 800;

export interface Probes {
  ready(res: ServerResponse): Promise<void>;
  metrics(res: ServerResponse): Promise<void>;
  /** The gateway is shutting down: /readyz answers 503 from now on, and the idle checks stop. */
  stop(): void;
}

export interface ProbeDeps {
  graph: GraphClient;
  health: UpstreamHealth;
  metrics?: GatewayMetrics;
  redis?: () => RedisStatus;
  /** GRAPH_HEALTH_INTERVAL_MS. */
  intervalMs: number;
}

const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());

export function createProbes(deps: ProbeDeps): Probes {
  const { graph, health, metrics } = deps;
  const redis = deps.redis ?? (() => "off");
  let checking: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const check = (): Promise<void> => {
    checking ??= graph
      .scoped({ correlationId: crypto.randomUUID(), deadlineAt: Date.now() + CHECK_TIMEOUT_MS })
      .get(backupRestore())
      .then(
        () => health.settle({ ok: true }),
        (error: unknown) => health.settle({ ok: false, error }),
      )
      .finally(() => {
        checking = undefined;
      });
    return checking;
  };
  /** Started by the first probe or scrape (a gateway nobody watches makes no calls of its own); unref'd. */
  const watch = () => {
    if (timer || stopped) return;
    timer = setInterval(() => {
      if (Date.now() - health.lastObservedAt() >= deps.intervalMs) void check();
    }, deps.intervalMs);
    timer.unref();
    if (health.snapshot().state === "unknown") void check();
  };
  metrics?.watchGraph(() => health.snapshot().state);

  return {
    async ready(res) {
      watch();
      if (checking && health.snapshot().state === "unknown") {
        let wait: NodeJS.Timeout | undefined;
        await Promise.race([checking, new Promise((resolve) => (wait = setTimeout(resolve, FIRST_PROBE_WAIT_MS)))]);
        clearTimeout(wait);
      }
      const g = health.snapshot();
      res.writeHead(stopped ? 503 : 200, { "content-type": "application/json", "cache-control": "no-store" });
      res.end(
        JSON.stringify({
          status: stopped ? "not ready" : "ready",
          ...(stopped ? { reason: "shutting down" } : {}),
          graph: g.state,
          graphLastSuccess: iso(g.lastSuccessAt),
          graphLastFailure: iso(g.lastFailureAt),
          graphReason: g.reason ?? null,
          redis: redis(),
        }),
      );
    },
    async metrics(res) {
      if (!metrics) return void res.writeHead(404).end();
      watch();
      res.writeHead(200, { "content-type": metrics.registry.contentType });
      res.end(await metrics.registry.metrics());
    },
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
}
