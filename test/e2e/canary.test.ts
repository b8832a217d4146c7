// Canary test: the app's client secret, the Graph token, the callers' bearer tokens and a hostile upstream's
// error text are canary strings. Every known operation, upstream failures and refused callers run through
// production gateways (AUTH_MODE=entra, GRAPH_AUTH_MODE=app) while every log line, response and span is kept;
// then: no secret anywhere, no upstream text, stack or URL in a response, every masked error logged with
// the request id, and one log line per request.
import { InMemorySpanExporter, SimpleSpanProcessor, TracerProvider } from "@opentelemetry/sdk-trace";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/index.js";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { createGateway, type Gateway } from "../../src/server/gateway.js";
import { captureLogs } from "../integration/msgraph/harness.js";
import { makeTestPki } from "../integration/msgraph/pki.js";
import { startTokenServer, type TokenServer } from "../integration/msgraph/token-server.js";
import { startHostileGraph, type HostileGraph } from "../helpers/hostile-graph.js";
import { postQuery, send, type RawResponse } from "../helpers/http.js";
import { startIssuer, type TestIssuer } from "../helpers/issuer.js";
import { knownOperations } from "../helpers/operations.js";

const SECRET = "CANARY-client-secret-3f9a";
const GRAPH_TOKEN = "CANARY-graph-token-81bd";
const GARBAGE = "CANARY-garbage-token-55e2";
const UPSTREAM = "CANARY-upstream-text-c0de";
const logs = captureLogs();
const spans = new InMemorySpanExporter();
const responses: RawResponse[] = [];
const callerTokens: string[] = [];
let tokens: TokenServer, emulator: RunningEmulator, issuer: TestIssuer, hostile: HostileGraph;
let a: Gateway, b: Gateway;
let READ: string, WRITE: string;
let policyId: string;

async function gateway(baseUrl: string): Promise<Gateway> {
  const env = {
    PORT: "0",
    NODE_ENV: "production",
    GRAPH_BASE_URL: baseUrl,
    ...issuer.env(),
    AZURE_TENANT_ID: "11111111-2222-3333-4444-555555555555",
    AZURE_CLIENT_ID: "gateway-app",
    AZURE_CLIENT_SECRET: SECRET,
    AZURE_AUTHORITY_HOST: tokens.origin,
    GRAPH_RETRY_BASE_DELAY_MS: "1",
    GRAPH_RETRY_MAX_DELAY_MS: "20",
    GRAPH_HEADERS_TIMEOUT_MS: "300",
  };
  return createGateway(loadConfig(env), {
    logger: logs.logger,
    callerAuth: { now: issuer.now },
    identity: { tlsOptions: { ca: pki.certPem }, disableInstanceDiscovery: true },
    tracerProvider: new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter: spans })] }),
  });
}

async function call(
  g: Gateway,
  query: string,
  token: string | undefined,
  variables?: Record<string, unknown>,
): Promise<RawResponse> {
  const res = await postQuery(g.url, query, token ? { authorization: `Bearer ${token}` } : {}, variables);
  responses.push(res);
  return res;
}

const pki = makeTestPki();
beforeAll(async () => {
  tokens = await startTokenServer(pki, () => ({ token: GRAPH_TOKEN, expiresInSeconds: 3600 }));
  emulator = await startEmulator({ port: 0, timeScale: 0, requiredToken: GRAPH_TOKEN });
  issuer = await startIssuer();
  hostile = await startHostileGraph(UPSTREAM);
  [a, b] = [await gateway(emulator.baseUrl), await gateway(hostile.baseUrl)];
  [READ, WRITE] = [
    await issuer.sign({ scp: "BackupGateway.Read" }),
    await issuer.sign({ scp: "BackupGateway.ReadWrite" }),
  ];
  callerTokens.push(READ, WRITE);
});
afterAll(async () => {
  for (const g of [a, b]) await g?.stop();
  await Promise.all([emulator?.close(), tokens?.close(), issuer?.close(), hostile?.close()]);
});

describe("canary run", () => {
  it("runs every known operation, with read and write tokens", async () => {
    const list = await call(
      a,
      "{ protectionPolicies(first: 5) { nodes { id protectionUnits(first: 1) { nodes { id } } } } }",
      READ,
    );
    const policy = list.json.data.protectionPolicies.nodes.find(
      (p: { protectionUnits: { nodes: unknown[] } }) => p.protectionUnits.nodes.length > 0,
    );
    const users = (await (
      await fetch(`${emulator.baseUrl}/users?$top=3`, { headers: { authorization: `Bearer ${GRAPH_TOKEN}` } })
    ).json()) as { value: { id: string }[] };
    policyId = policy.id;
    const ops = knownOperations({
      policyId: policy.id,
      unitId: policy.protectionUnits.nodes[0].id,
      userIds: users.value.map((u) => u.id),
      unknown: "00000000-0000-0000-0000-00000000c0de",
    });
    expect(ops.length).toBeGreaterThan(20);
    for (const op of ops) {
      const res = await call(a, op.query, op.type === "mutation" ? WRITE : READ, op.variables);
      expect(res.status, op.name).toBeLessThan(500);
      if (op.type === "mutation") expect((await call(a, op.query, READ, op.variables)).status).toBe(403);
    }
  });

  it("runs through upstream failures: unavailable, throttled, reset after sending, too slow", async () => {
    emulator.injectFault({ method: "GET", path: "/solutions/backupRestore", status: 503, times: 20 });
    expect((await call(a, "{ backupRestore { serviceStatus { status } } }", READ)).json.errors[0].extensions.code).toBe(
      "UPSTREAM_UNAVAILABLE",
    );
    emulator.clearFaults();
    emulator.injectFault({ method: "GET", status: 429, retryAfterSeconds: 0.01, times: 1 });
    expect((await call(a, "{ protectionPolicies(first: 2) { nodes { id } } }", READ)).json.errors).toBeUndefined();
    emulator.injectFault({ method: "PATCH", kind: "reset-after-body", times: 1 });
    const rename = await call(
      a,
      `mutation { updateProtectionPolicy(input: { id: "${policyId}", displayName: "Renamed" }) { policy { id } } }`,
      WRITE,
    );
    expect(rename.json.errors[0].extensions.code).toBe("UPSTREAM_OUTCOME_UNKNOWN");
    emulator.injectFault({ method: "GET", status: 200, latencyMs: 500, times: 1 });
    await call(a, "{ backupRestore { serviceStatus { status } } }", READ);
    emulator.clearFaults();
  });

  it("refuses callers without leaking what they sent", async () => {
    const expired = await issuer.sign({ scp: "BackupGateway.ReadWrite" }, { expiresIn: -120 });
    const foreign = await issuer.sign({ scp: "BackupGateway.ReadWrite" }, { aud: "https://graph.microsoft.com" });
    callerTokens.push(expired, foreign);
    for (const token of [undefined, GARBAGE, expired, foreign, GRAPH_TOKEN])
      expect((await call(a, "{ protectionPolicie { id } }", token)).status).toBe(401);
    const big = await send(a.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${WRITE}` },
      body: JSON.stringify({ query: "{ __typename }", variables: { pad: `${SECRET} `.repeat(20_000) } }),
    });
    responses.push(big);
    expect(big.status).toBe(413);
  });

  it("meets a hostile upstream with curated errors", async () => {
    const queries = [
      "{ backupRestore { serviceStatus { status } } }",
      "{ protectionPolicies(first: 3) { nodes { id } } }",
      "{ protectionUnits(first: 3) { nodes { id } } }",
      `{ protectionPolicy(id: "00000000-0000-0000-0000-000000000001") { id displayName } }`,
      `{ protectionUnit(id: "00000000-0000-0000-0000-000000000002") { id } }`,
      `{ a: protectionPolicy(id: "00000000-0000-0000-0000-000000000001") { id } b: protectionUnit(id: "00000000-0000-0000-0000-000000000002") { id } }`,
    ];
    const codes = new Set<string>();
    for (const query of queries) {
      const res = await call(b, query, READ);
      expect(res.status).toBeLessThan(500);
      for (const e of res.json.errors ?? []) codes.add(e.extensions.code);
    }
    await call(b, `mutation { deleteProtectionPolicy(id: "00000000-0000-0000-0000-000000000001") { deleted } }`, WRITE);
    expect([...codes].sort()).toEqual(["INTERNAL_SERVER_ERROR", "UPSTREAM_UNAVAILABLE"]);
    expect(hostile.requests).toBeGreaterThan(5);
  });

  it("leaves no secret in logs, responses or spans, and no upstream text, stack or URL in responses", () => {
    const text = {
      logs: logs.lines.join("\n"),
      responses: responses.map((r) => `${r.text}\n${[...r.headers].join("\n")}`).join("\n"),
      spans: JSON.stringify(spans.getFinishedSpans().map((s) => [s.name, s.attributes])),
    };
    const secrets = [SECRET, GRAPH_TOKEN, GARBAGE, ...callerTokens, ...callerTokens.map((t) => t.split(".")[2]!)];
    const hits = Object.entries(text).flatMap(([where, body]) =>
      secrets.filter((s) => body.includes(s)).map((s) => `${where}: ${s.slice(0, 24)}`),
    );
    expect(hits).toEqual([]);
    for (const leak of [
      UPSTREAM,
      emulator.origin,
      hostile.origin,
      tokens.origin,
      new URL(issuer.jwksUrl).origin,
      "graph-internal.example",
      "elsewhere.example",
    ]) {
      expect(text.responses).not.toContain(leak);
      expect(text.spans).not.toContain(leak);
    }
    expect(text.responses).not.toMatch(/\n\s+at |stacktrace|"exception"/);
    expect(text.logs).not.toContain(UPSTREAM);
    expect(responses.length).toBeGreaterThan(60);
    expect(spans.getFinishedSpans().length).toBeGreaterThan(100);
  });

  it("logs every masked error with its request id, and every request once", () => {
    const entries = logs.entries();
    const idOf = (r: RawResponse) => r.headers.get("x-request-id");
    const masked = responses.filter((r) => r.text.includes('"INTERNAL_SERVER_ERROR"'));
    expect(masked.length).toBeGreaterThan(0);
    for (const r of masked)
      expect(
        entries.some((e) => e.msg === "masked error" && e.requestId === idOf(r)),
        r.text,
      ).toBe(true);
    for (const r of responses) {
      expect(
        entries.filter((e) => e.requestId === idOf(r) && (e.msg === "graphql request" || e.msg === "request rejected")),
        r.text,
      ).toHaveLength(1);
    }
  });
});
