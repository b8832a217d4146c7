// Why no Graph token could be had reaches the operator: the request's log line, its "upstream error" line and
// /readyz's body carry Entra ID's reason (a bad secret, an unknown tenant) or the network's (DNS), while the client
// sees only UPSTREAM_UNAVAILABLE, and no secret is quoted anywhere, even by an identity provider that echoes it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Env } from "../../../src/config/index.js";
import { startEmulator, type RunningEmulator } from "../../../src/emulator/index.js";
import type { Gateway } from "../../../src/server/gateway.js";
import { captureLogs, gql, startGateway, type GqlResponse } from "./harness.js";
import { makeTestPki } from "./pki.js";
import { startTokenServer, type TokenServer } from "./token-server.js";

const SECRET = "canary-secret-0b9e";
const BAD_TENANT = "99999999-2222-3333-4444-555555555555";
const pki = makeTestPki();
const logs = captureLogs();
const seen: string[] = [];
let server: TokenServer;
let emulator: RunningEmulator;
const gateways: Gateway[] = [];

beforeAll(async () => {
  server = await startTokenServer(pki, (req) =>
    req.tenant === BAD_TENANT
      ? { error: "invalid_request", description: `AADSTS90002: Tenant '${BAD_TENANT}' not found.`, status: 400 }
      : // Worst case: the identity provider quotes the secret it refused.
        {
          error: "invalid_client",
          description: `AADSTS7000215: Invalid client secret provided (got '${SECRET}').`,
          status: 401,
        },
  );
  emulator = await startEmulator({ port: 0, timeScale: 0 });
});
afterAll(async () => {
  for (const g of gateways) await g.stop();
  await emulator.close();
  await server.close();
});

async function gateway(env: Env): Promise<Gateway> {
  const g = await startGateway(
    {
      GRAPH_BASE_URL: emulator.baseUrl,
      AZURE_TENANT_ID: "11111111-2222-3333-4444-555555555555",
      AZURE_CLIENT_ID: "gateway-app",
      AZURE_CLIENT_SECRET: SECRET,
      AZURE_AUTHORITY_HOST: server.origin,
      LOG_LEVEL: "info",
      ...env,
    },
    // No retries of the token request, so the DNS case answers at once.
    {
      logger: logs.logger,
      identity: { tlsOptions: { ca: pki.certPem }, disableInstanceDiscovery: true, retryOptions: { maxRetries: 0 } },
    },
  );
  gateways.push(g);
  return g;
}

async function query(g: Gateway, requestId: string): Promise<GqlResponse> {
  const res = await gql(
    g.url,
    "query Status { backupRestore { serviceStatus { status } } }",
    {},
    { "x-request-id": requestId },
  );
  seen.push(res.text);
  return res;
}

async function readyz(g: Gateway): Promise<{ status: number; body: Record<string, any> }> {
  const res = await fetch(new URL("/readyz", g.url));
  const text = await res.text();
  seen.push(text);
  return { status: res.status, body: JSON.parse(text) };
}

const lines = (requestId: string, msg: string) =>
  logs.entries().filter((e) => e.requestId === requestId && e.msg === msg);

describe.each([
  // The secret the provider quoted is blanked, not dropped with the rest of the text.
  {
    name: "a refused client secret",
    env: {},
    reason: /AADSTS7000215: Invalid client secret provided \(got '\[secret\]'\)/,
  },
  { name: "an unknown tenant", env: { AZURE_TENANT_ID: BAD_TENANT }, reason: /AADSTS90002: Tenant .* not found/ },
  {
    name: "an identity host that does not resolve",
    env: { AZURE_AUTHORITY_HOST: "https://login.no-such-host.invalid" },
    reason: /endpoints_resolution_error.*AZURE_AUTHORITY_HOST, could not be reached/,
  },
])("when no token can be had: $name", ({ name, env, reason }) => {
  let g: Gateway;
  const requestId = `token-reason-${Math.random().toString(36).slice(2, 10)}`;
  beforeAll(async () => {
    g = await gateway(env);
  });

  it("the request's log line and its upstream error line carry the reason; the client gets UPSTREAM_UNAVAILABLE without it", async () => {
    const res = await query(g, requestId);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "UPSTREAM_UNAVAILABLE", graphCode: "TokenUnavailable" });
    expect(res.text).not.toMatch(reason);
    const [line] = lines(requestId, "graphql request");
    expect(line).toMatchObject({ errorCodes: ["UPSTREAM_UNAVAILABLE"] });
    expect(line?.upstreamReasons?.join("\n")).toMatch(reason);
    expect(lines(requestId, "upstream error")[0]).toMatchObject({
      graphCode: "TokenUnavailable",
      reason: expect.stringMatching(reason),
    });
  });

  it("/readyz stays ready and names the reason with Graph down; no log line, answer or probe body quotes the secret", async () => {
    const { status, body } = await readyz(g);
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: "ready", graph: "down", graphReason: expect.stringMatching(reason) });
    expect(body.graphReason).toMatch(/^TokenUnavailable: /);
    // Said once, however many layers scrubbed it.
    expect(body.graphReason.split("AZURE_AUTHORITY_HOST")).toHaveLength(name.includes("resolve") ? 2 : 1);
    expect(logs.lines.length).toBeGreaterThanOrEqual(2);
    expect([...logs.lines, ...seen].join("\n")).not.toContain(SECRET);
  });
});
