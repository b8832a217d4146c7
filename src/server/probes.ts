// /healthz: the process is up. /readyz: Graph answers and a token can be had (and whether Redis is reachable, which
// does not decide readiness: without it the gateway serves from memory). /metrics: Prometheus text.
import type { ServerResponse } from "node:http";
import { isGraphRequestError } from "../msgraph/errors.js";
import { BACKUP_ROOT } from "../msgraph/models.js";
import type { GraphClient } from "../msgraph/client.js";
import type { GatewayMetrics } from "./metrics.js";
import type { RedisStatus } from "./stores.js";

const READY_TIMEOUT_MS = 5000;

export interface Probes {
  ready(res: ServerResponse): Promise<void>;
  metrics(res: ServerResponse): Promise<void>;
}

export function createProbes(graph: GraphClient, metrics: GatewayMetrics | undefined, appAuth: boolean, redis: () => RedisStatus = () => "off"): Probes {
  return {
    async ready(res) {
      let upstream = "ok";
      try {
        await graph.scoped({ correlationId: crypto.randomUUID(), deadlineAt: Date.now() + READY_TIMEOUT_MS }).get(BACKUP_ROOT);
      } catch (error) {
        // Without an app identity (obo/passthrough) a 401/403 still proves Graph is reachable.
        const reachable = isGraphRequestError(error) && error.status > 0 && error.status < 500 && !(appAuth && error.status === 401);
        upstream = reachable ? "ok" : isGraphRequestError(error) ? `failing (${error.code})` : "failing";
      }
      res.writeHead(upstream === "ok" ? 200 : 503, { "content-type": "application/json" });
      res.end(JSON.stringify({ status: upstream === "ok" ? "ready" : "not ready", upstream, redis: redis() }));
    },
    async metrics(res) {
      if (!metrics) return void res.writeHead(404).end();
      res.writeHead(200, { "content-type": metrics.registry.contentType });
      res.end(await metrics.registry.metrics());
    },
  };
}
