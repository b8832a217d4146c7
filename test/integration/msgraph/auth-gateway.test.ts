// Auth modes through the whole gateway over HTTP: app, On-Behalf-Of (one exchange per distinct caller token,
// reused by the caller's next request) and pass-through; then a canary scan of every log line and response.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Env } from "../../../src/config/index.js";
import { startEmulator, type RunningEmulator } from "../../../src/emulator/index.js";
import type { Gateway } from "../../../src/server/gateway.js";
import { captureLogs, EXCHANGE_POLICIES, gql, startGateway, type GqlResponse } from "./harness.js";
import { makeTestPki } from "./pki.js";
import { startTokenServer, type TokenServer } from "./token-server.js";

const GRAPH_TOKEN = "canary-graph-token-5c1d";
const SECRET = "canary-client-secret-77e0";
const callerToken = (name: string) =>
  `eyJhbGciOiJSUzI1NiJ9.${Buffer.from(JSON.stringify({ sub: `canary-${name}`, exp: Math.floor(Date.now() / 1000) + 3600 })).toString("base64url")}.canary-sig-${name}`;
const ALICE = callerToken("alice");
const BOB = callerToken("bob");
const MALLORY = callerToken("mallory");
const CANARIES = [
  GRAPH_TOKEN,
  SECRET,
  ALICE,
  BOB,
  MALLORY,
  "canary-sig-",
  "canary-alice",
  "canary-bob",
  "canary-mallory",
];

const pki = makeTestPki();
const logs = captureLogs();
const responses: GqlResponse[] = [];
let server: TokenServer;
let emulator: RunningEmulator;
const gateways: Gateway[] = [];

async function gateway(env: Env): Promise<Gateway> {
  const g = await startGateway(
    {
      GRAPH_BASE_URL: emulator.baseUrl,
      AZURE_TENANT_ID: "11111111-2222-3333-4444-555555555555",
      AZURE_CLIENT_ID: "gateway-app",
      AZURE_AUTHORITY_HOST: server.origin,
      ...env,
    },
    { logger: logs.logger, identity: { tlsOptions: { ca: pki.certPem }, disableInstanceDiscovery: true } },
  );
  gateways.push(g);
  return g;
}

async function query(g: Gateway, bearer?: string): Promise<GqlResponse> {
  const res = await gql(g.url, EXCHANGE_POLICIES, {}, bearer ? { authorization: `Bearer ${bearer}` } : {});
  responses.push(res);
  return res;
}

const exchanges = () => server.requests.filter((r) => r.grantType === "urn:ietf:params:oauth:grant-type:jwt-bearer");

beforeAll(async () => {
  server = await startTokenServer(pki, (req) =>
    req.assertion === MALLORY
      ? // Worst case: the identity provider echoes the rejected token in its error.
        { error: "invalid_grant", description: `AADSTS50013: Assertion failed signature validation: ${MALLORY}` }
      : { token: GRAPH_TOKEN, expiresInSeconds: 3600 },
  );
  // Graph (the emulator) accepts only the token the stand-in issues.
  emulator = await startEmulator({ port: 0, timeScale: 0, requiredToken: GRAPH_TOKEN });
});
afterAll(async () => {
  for (const g of gateways) await g.stop();
  await emulator.close();
  await server.close();
});

describe("GRAPH_AUTH_MODE=app", () => {
  it("calls Graph with the app's own token", async () => {
    const res = await query(await gateway({ AZURE_CLIENT_SECRET: SECRET }));
    expect(res.errors).toBeUndefined();
    expect(server.requests.filter((r) => r.grantType === "client_credentials")).toHaveLength(1);
  });
});

describe("GRAPH_AUTH_MODE=obo", () => {
  let g: Gateway;
  beforeAll(async () => {
    g = await gateway({ GRAPH_AUTH_MODE: "obo", AZURE_CLIENT_SECRET: SECRET });
  });

  it("exchanges a caller's token once and reuses it on the caller's next request", async () => {
    expect((await query(g, ALICE)).errors).toBeUndefined();
    expect(exchanges().map((r) => r.assertion)).toEqual([ALICE]);
    expect((await query(g, ALICE)).errors).toBeUndefined();
    expect(exchanges()).toHaveLength(1);
    expect((await query(g, BOB)).errors).toBeUndefined();
    expect(exchanges().map((r) => r.assertion)).toEqual([ALICE, BOB]);
  });

  it("answers 401 UNAUTHENTICATED without calling Graph when the request has no bearer token", async () => {
    emulator.resetRequests();
    const res = await query(g);
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(emulator.requests()).toHaveLength(0);
  });

  it("answers UNAUTHENTICATED when Entra ID refuses to exchange the caller's token", async () => {
    emulator.resetRequests();
    const res = await query(g, MALLORY);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "UNAUTHENTICATED", graphCode: "CallerTokenRejected" });
    expect(emulator.requests()).toHaveLength(0);
  });
});

describe("GRAPH_AUTH_MODE=passthrough", () => {
  it("sends the caller's own Graph token as is, and refuses a request without one", async () => {
    const g = await gateway({ GRAPH_AUTH_MODE: "passthrough", AZURE_TENANT_ID: undefined, AZURE_CLIENT_ID: undefined });
    const before = server.requests.length;
    expect((await query(g, GRAPH_TOKEN)).errors).toBeUndefined();
    expect(server.requests).toHaveLength(before);
    expect((await query(g)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("secrets", () => {
  it("appear in no log line and no response", () => {
    const seen = [...logs.lines, ...responses.map((r) => r.text)].join("\n");
    expect(logs.lines.length).toBeGreaterThan(10);
    expect(logs.entries().some((e) => e.msg === "graph call")).toBe(true);
    for (const canary of CANARIES) expect(seen).not.toContain(canary);
  });
});
