// GRAPH_QUERY_DEADLINE_MS (a query's upstream budget) and GRAPH_HEALTH_INTERVAL_MS (the idle check of Graph for /readyz).
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/index.js";

describe("budget configuration", () => {
  it("defaults to 8 s for queries and a check of Graph after 30 s without a call", () => {
    expect(loadConfig({}).budget).toEqual({ queryDeadlineMs: 8000, healthIntervalMs: 30_000 });
    expect(loadConfig({ GRAPH_QUERY_DEADLINE_MS: "3000", GRAPH_HEALTH_INTERVAL_MS: "5000" }).budget).toEqual({
      queryDeadlineMs: 3000,
      healthIntervalMs: 5000,
    });
  });

  it.each([
    ["GRAPH_QUERY_DEADLINE_MS", "8s"],
    ["GRAPH_QUERY_DEADLINE_MS", "50"],
    ["GRAPH_HEALTH_INTERVAL_MS", "0"],
  ])("refuses %s=%s, naming the variable", (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^${name} `));
  });
});
