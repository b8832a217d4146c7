// One log line per request: operation, duration, status, upstream cost, request id and the Graph request ids,
// also for requests refused before GraphQL runs; the request id is echoed to the caller in x-request-id.
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/index.js";
import { startEmulator } from "../../src/emulator/index.js";
import { createGateway } from "../../src/server/gateway.js";
import { captureLogs } from "../integration/msgraph/harness.js";
import { startEmbedded, useGateway } from "../helpers/gateway.js";
import { postQuery, send } from "../helpers/http.js";

const logs = captureLogs();
const t = useGateway(() => startEmbedded({}, { logger: logs.logger }));

const linesFor = (requestId: string | null) =>
  logs
    .entries()
    .filter((e) => e.requestId === requestId && (e.msg === "graphql request" || e.msg === "request rejected"));

describe("the request log line", () => {
  it("names the operation, its outcome, its upstream cost and the Graph request ids", async () => {
    const res = await postQuery(
      t.url,
      "query Dashboard { protectionPolicies(first: 5) { nodes { id protectionUnits(first: 2) { nodes { id } } } } }",
      { "x-request-id": "support-case-0001" },
    );
    expect(res.headers.get("x-request-id")).toBe("support-case-0001");
    const lines = linesFor("support-case-0001");
    expect(lines).toHaveLength(1);
    const line = lines[0]!;
    expect(line).toMatchObject({
      level: 30,
      operationName: "Dashboard",
      status: 200,
      errors: 0,
      upstream: { roundTrips: expect.any(Number) },
    });
    expect(line.durationMs).toEqual(expect.any(Number));
    expect(line.upstream.roundTrips).toBeGreaterThan(0);
    expect(line.graphRequestIds.length).toBe(line.upstream.roundTrips);
    expect(new Set(line.graphRequestIds).size).toBe(line.graphRequestIds.length);
  });

  it("carries the error codes a request ended with", async () => {
    const res = await postQuery(
      t.url,
      `query One { protectionPolicy(id: "00000000-0000-0000-0000-000000000000") { id } }`,
    );
    const [line] = linesFor(res.headers.get("x-request-id"));
    expect(line).toMatchObject({ operationName: "One", errors: 1, errorCodes: ["NOT_FOUND"] });
  });

  it("is written for a request refused before GraphQL runs, and mints an id for a caller's unusable one", async () => {
    const res = await send(`${t.url}?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { "x-request-id": "<script>" },
    });
    expect(res.status).toBe(400);
    const id = res.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(linesFor(id)).toMatchObject([{ msg: "request rejected", status: 400 }]);
  });
});

describe("the request log line of a caller whose token goes to Graph (passthrough)", () => {
  const CANARY = "CANARY-line-token-9a4c";
  const TOKEN = `eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjYWxsZXIifQ.${CANARY}`;
  const own = captureLogs();

  it("holds no authorization header, cookie or token, and only the line's own fields", async () => {
    const emulator = await startEmulator({ port: 0, timeScale: 0, requiredToken: TOKEN });
    const gateway = await createGateway(
      loadConfig({
        PORT: "0",
        LOG_LEVEL: "info",
        EMULATOR_TIME_SCALE: "0",
        GRAPH_BASE_URL: emulator.baseUrl,
        GRAPH_AUTH_MODE: "passthrough",
      }),
      { logger: own.logger },
    );
    try {
      const res = await postQuery(gateway.url, "query Policies { protectionPolicies(first: 2) { nodes { id } } }", {
        authorization: `Bearer ${TOKEN}`,
        cookie: `session=${CANARY}`,
        "x-request-id": "passthrough-line-01",
      });
      expect(res.status).toBe(200);
      expect(res.json.errors).toBeUndefined();
    } finally {
      await gateway.stop();
      await emulator.close();
    }
    const lines = own.entries().filter((e) => e.msg === "graphql request");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      requestId: "passthrough-line-01",
      operationName: "Policies",
      status: 200,
      upstream: { roundTrips: 1 },
    });
    expect(Object.keys(lines[0]!).sort()).toEqual([
      "budgetMs",
      "durationMs",
      "errors",
      "graphRequestIds",
      "level",
      "msg",
      "operationName",
      "requestId",
      "service",
      "status",
      "time",
      "upstream",
    ]);
    expect(own.lines.join("\n")).not.toContain(CANARY);
  });
});
