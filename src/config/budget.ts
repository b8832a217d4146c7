// How long a GraphQL request may spend upstream, by kind, and how the gateway keeps its view of Graph for /readyz.
// A UI waiting on a query wants an answer (data or UPSTREAM_THROTTLED with retryAfterSeconds) within seconds; a
// mutation keeps the long budget, because giving up on a write mid-way leaves its outcome to be checked.
import { readInt, type Env } from "./read.js";

export interface BudgetConfig {
  /**
   * GRAPH_QUERY_DEADLINE_MS, default 8000: the upstream time budget of a query (a document without a mutation),
   * capped by GRAPH_REQUEST_DEADLINE_MS, which stays the budget of mutations. A request may ask for its own
   * budget (`x-request-timeout` header or `extensions.timeoutMs`, milliseconds), also capped by the latter.
   */
  queryDeadlineMs: number;
  /**
   * GRAPH_HEALTH_INTERVAL_MS, default 30000: when no Graph call was made for this long, the gateway makes one
   * (a GET of /solutions/backupRestore) so /readyz and `graph_upstream_up` do not report a stale state.
   */
  healthIntervalMs: number;
}

export function readBudget(env: Env): BudgetConfig {
  return {
    queryDeadlineMs: readInt(env, "GRAPH_QUERY_DEADLINE_MS", 8000, 100, 600_000),
    healthIntervalMs: readInt(env, "GRAPH_HEALTH_INTERVAL_MS", 30_000, 100, 3_600_000),
  };
}
