// Mistakes in a request are the caller's, answered as such: BAD_USER_INPUT with the precise reason (or the APQ
// protocol's own PERSISTED_QUERY_NOT_FOUND), never INTERNAL_SERVER_ERROR, never an error-level log line with a stack,
// and no call to Graph. Before, each of these answered INTERNAL_SERVER_ERROR and logged a stack: a tiny request
// flooded the error log.
import { createHash } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { captureLogs } from "../integration/msgraph/harness.js";
import { startEmbedded, useGateway } from "../helpers/gateway.js";
import { send } from "../helpers/http.js";

const logs = captureLogs();
const t = useGateway(() =>
  startEmbedded({ NODE_ENV: "production", GRAPH_BASE_URL: "emulator" }, { logger: logs.logger }),
);
beforeEach(() => {
  t.emulator.resetRequests();
  logs.lines.length = 0;
});

const post = (body: unknown) =>
  send(t.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const QUERY = "{ backupRestore { serviceStatus { status } } }";
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

function expectNoErrorLog() {
  const loud = logs.entries().filter((e) => e.level >= 50 || e.err?.stack !== undefined);
  expect(loud).toEqual([]);
}

describe("client mistakes are client errors", () => {
  it.each<[string, unknown, number, string]>([
    [
      "an unknown operationName",
      { query: "query A { __typename }", operationName: "B" },
      400,
      "OPERATION_RESOLUTION_FAILURE",
    ],
    [
      "no operationName for a document of several operations",
      { query: "query A { __typename } query B { __typename }" },
      400,
      "OPERATION_RESOLUTION_FAILURE",
    ],
    ["several anonymous operations", { query: "{ __typename } { __typename }" }, 400, "GRAPHQL_VALIDATION_FAILED"],
    ["a subscription (the schema has none)", { query: "subscription { __typename }" }, 400, "BAD_REQUEST"],
    [
      "an APQ hash whose text does not match",
      { query: QUERY, extensions: { persistedQuery: { version: 1, sha256Hash: sha256("{ __typename }") } } },
      400,
      "PERSISTED_QUERY_HASH_MISMATCH",
    ],
    [
      "an APQ extension of an unknown version",
      { extensions: { persistedQuery: { version: 2, sha256Hash: sha256(QUERY) } } },
      400,
      "BAD_REQUEST",
    ],
  ])("%s: BAD_USER_INPUT, logged without a stack", async (_name, body, status, reason) => {
    const res = await post(body);
    expect(res.status).toBe(status);
    expect(res.json.errors.map((e: any) => e.extensions)).toContainEqual({ code: "BAD_USER_INPUT", reason });
    expect(res.text).not.toContain("INTERNAL_SERVER_ERROR");
    expectNoErrorLog();
    expect(t.emulator.requests()).toEqual([]);
  });

  it("a hash-only automatic persisted query it has not seen: PERSISTED_QUERY_NOT_FOUND, so Apollo clients send the text", async () => {
    const res = await post({
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256(`${QUERY} # never sent`) } },
    });
    // What Apollo Server answers and Apollo's persisted-queries link matches on (code, or message).
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      errors: [{ message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }],
    });
    expect(res.headers.get("cache-control")).toMatch(/no-cache/);
    expectNoErrorLog();
    expect(t.emulator.requests()).toEqual([]);
  });
});
