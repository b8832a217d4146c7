// Each request's upstream budget: a query's is GRAPH_QUERY_DEADLINE_MS, a mutation's GRAPH_REQUEST_DEADLINE_MS, one
// the request asks for is capped by the latter, and a malformed one is refused.
import { describe, expect, it } from "vitest";
import { createMutationCheck, createRequestBudget } from "../../../src/server/request-budget.js";

const budget = createRequestBudget({ requestDeadlineMs: 25_000, queryDeadlineMs: 8000 });

describe("the request budget", () => {
  it("is short for queries and long for any document that defines a mutation", () => {
    expect(budget(undefined, { query: "{ protectionPolicies { nodes { id } } }" })).toEqual({ ok: true, ms: 8000 });
    expect(budget(undefined, { query: "query mutationLike { a }" })).toEqual({ ok: true, ms: 8000 });
    expect(budget(undefined, { query: 'query Q { a(filter: "mutation") }' })).toEqual({ ok: true, ms: 8000 });
    expect(budget(undefined, { query: "query Q { a } mutation M { b }" })).toEqual({ ok: true, ms: 25_000 });
    expect(budget(undefined, {})).toEqual({ ok: true, ms: 8000 });
  });

  it("is long when a document naming a mutation cannot be parsed (in doubt, a write is not cut short)", () => {
    expect(createMutationCheck()("mutation { a(")).toBe(true);
  });

  it("is what the request asks for, the smaller of header and extension, capped by the long budget", () => {
    expect(budget("2000", { query: "mutation { a }" })).toEqual({ ok: true, ms: 2000 });
    expect(budget("20000", { query: "{ a }", extensions: { timeoutMs: 12_000 } })).toEqual({ ok: true, ms: 12_000 });
    expect(budget(undefined, { extensions: { timeoutMs: 90_000 } })).toEqual({ ok: true, ms: 25_000 });
  });

  it("never exceeds GRAPH_REQUEST_DEADLINE_MS, even for queries", () => {
    expect(
      createRequestBudget({ requestDeadlineMs: 500, queryDeadlineMs: 8000 })(undefined, { query: "{ a }" }),
    ).toEqual({ ok: true, ms: 500 });
  });

  it("refuses what is not a whole number of milliseconds", () => {
    for (const header of ["", "abc", "1e3", "0", "-5", "2.5", "5s"]) expect(budget(header, {}).ok).toBe(false);
    for (const timeoutMs of ["100", 0, 1.5, -1, null])
      expect(budget(undefined, { extensions: { timeoutMs } }).ok).toBe(false);
  });
});
