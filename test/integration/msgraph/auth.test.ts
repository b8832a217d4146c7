// App-only credentials through @azure/identity against a loopback Entra ID stand-in: the token reaches Graph,
// the token endpoint is asked once for many calls, and again before the token expires.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inspect } from "node:util";
import { DefaultAzureCredential, ManagedIdentityCredential } from "@azure/identity";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createGraphClient, type GraphClient } from "../../../src/msgraph/client.js";
import { createAppCredential, type AppCredentialSpec, type IdentityOptions } from "../../../src/msgraph/credentials.js";
import { createGraphAuth } from "../../../src/msgraph/graph-auth.js";
import { startStub, type Stub } from "../../unit/msgraph/stub-server.js";
import { makeTestPki } from "./pki.js";
import { startTokenServer, type Issue, type TokenServer } from "./token-server.js";

const TENANT = "11111111-2222-3333-4444-555555555555";
const SECRET = "canary-client-secret-9d1e";
const P = "/solutions/backupRestore/protectionPolicies/p1";
const pki = makeTestPki();
const dir = mkdtempSync(join(tmpdir(), "graph-auth-"));

let issue: Issue;
let server: TokenServer;
let graph: Stub;
let identity: IdentityOptions;
let client: GraphClient | undefined;

beforeAll(async () => {
  server = await startTokenServer(pki, (req, n) => issue(req, n));
  graph = await startStub(() => ({ body: {} }));
  identity = { authorityHost: server.origin, tlsOptions: { ca: pki.certPem }, disableInstanceDiscovery: true };
});
afterAll(async () => {
  await server.close();
  await graph.close();
});
beforeEach(() => {
  server.requests.length = 0;
  graph.requests.length = 0;
  issue = (_req, n) => ({ token: `canary-app-token-${n + 1}`, expiresInSeconds: 3600 });
});
afterEach(async () => {
  await client?.close();
  client = undefined;
});

async function appClient(credential: AppCredentialSpec): Promise<GraphClient> {
  client = createGraphClient(
    { baseUrl: graph.baseUrl },
    (await createGraphAuth({ mode: "app", credential }, identity)).app,
  );
  return client;
}
const sentTokens = () => graph.requests.map((r) => r.headers.authorization);

describe("app-only credentials", () => {
  it("client secret: one token request serves concurrent and later calls", async () => {
    const c = await appClient({ kind: "secret", tenantId: TENANT, clientId: "app-1", clientSecret: SECRET });
    await Promise.all([c.get(P), c.get(P), c.get(P)]);
    await c.get(P);
    expect(server.requests).toEqual([
      {
        tenant: TENANT,
        grantType: "client_credentials",
        clientId: "app-1",
        clientAuth: "secret",
        clientSecret: SECRET,
        scope: "https://graph.microsoft.com/.default",
      },
    ]);
    expect(sentTokens()).toEqual(Array(4).fill("Bearer canary-app-token-1"));
  });

  it("client certificate (PEM with the key): the token endpoint gets an assertion signed by the certificate's key", async () => {
    const path = join(dir, "app.pem");
    writeFileSync(path, `${pki.certPem}${pki.keyPem}`);
    await (await appClient({ kind: "certificate", tenantId: TENANT, clientId: "app-2", certificatePath: path })).get(P);
    expect(server.requests).toMatchObject([
      { grantType: "client_credentials", clientId: "app-2", clientAuth: "assertion-valid" },
    ]);
    expect(sentTokens()).toEqual(["Bearer canary-app-token-1"]);
  });

  it("workload identity: the federated token file is the app's assertion", async () => {
    const path = join(dir, "federated-token");
    writeFileSync(path, "canary-federated-assertion-2b7c");
    await (
      await appClient({ kind: "workloadIdentity", tenantId: TENANT, clientId: "app-3", tokenFilePath: path })
    ).get(P);
    expect(server.requests).toMatchObject([
      { grantType: "client_credentials", clientId: "app-3", clientAssertion: "canary-federated-assertion-2b7c" },
    ]);
    expect(sentTokens()).toEqual(["Bearer canary-app-token-1"]);
  });

  it("refreshes a token inside its last five minutes, before it expires", async () => {
    issue = (_req, n) => ({ token: `canary-short-token-${n + 1}`, expiresInSeconds: 240 });
    const c = await appClient({ kind: "secret", tenantId: TENANT, clientId: "app-4", clientSecret: SECRET });
    await Promise.all([c.get(P), c.get(P)]);
    await c.get(P);
    expect(server.requests).toHaveLength(2);
    expect(sentTokens()).toEqual([
      "Bearer canary-short-token-1",
      "Bearer canary-short-token-1",
      "Bearer canary-short-token-2",
    ]);
  });

  it("maps a refused client secret to TokenUnavailable without the secret in the error", async () => {
    issue = () => ({
      error: "invalid_client",
      description: "AADSTS7000215: Invalid client secret provided.",
      status: 401,
    });
    const err = await (
      await appClient({ kind: "secret", tenantId: TENANT, clientId: "app-5", clientSecret: SECRET })
    )
      .get(P)
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 0, code: "TokenUnavailable" });
    expect(graph.requests).toHaveLength(0);
    expect(inspect(err, { depth: 10 })).not.toContain(SECRET);
    expect(String((err as Error).cause)).toContain("AADSTS7000215");
  });

  it("builds managed identity and DefaultAzureCredential without contacting anything", () => {
    expect(createAppCredential({ kind: "managedIdentity", clientId: "c" })).toBeInstanceOf(ManagedIdentityCredential);
    expect(createAppCredential({ kind: "default" })).toBeInstanceOf(DefaultAzureCredential);
  });
});
