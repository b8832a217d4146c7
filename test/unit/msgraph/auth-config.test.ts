// The GRAPH_* and AZURE_* variables of the Graph client: defaults, credential kinds, auth modes, refusals.
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../../src/config/index.js";

const SECRET = { AZURE_TENANT_ID: "t", AZURE_CLIENT_ID: "c", AZURE_CLIENT_SECRET: "s" };

describe("Graph client configuration", () => {
  it("defaults to no auth over the emulator, with the documented timeouts, deadline and batch concurrency", () => {
    const { graph } = loadConfig({});
    expect(graph).toMatchObject({
      authMode: "none",
      credentials: undefined,
      embeddedEmulator: true,
      connectTimeoutMs: 10_000,
      headersTimeoutMs: 30_000,
      bodyTimeoutMs: 30_000,
      requestDeadlineMs: 25_000,
      batchConcurrency: 4,
      oboCacheSize: 1000,
      authorityHost: undefined,
    });
  });

  it("keeps GRAPH_TIMEOUT_MS as the default of all three timeouts; each specific variable wins", () => {
    const { graph } = loadConfig({ GRAPH_TIMEOUT_MS: "5000", GRAPH_BODY_TIMEOUT_MS: "7000" });
    expect([graph.connectTimeoutMs, graph.headersTimeoutMs, graph.bodyTimeoutMs]).toEqual([5000, 5000, 7000]);
  });

  it.each([
    [SECRET, { kind: "secret", tenantId: "t", clientId: "c", clientSecret: "s" }],
    [
      { AZURE_TENANT_ID: "t", AZURE_CLIENT_ID: "c", AZURE_CLIENT_CERTIFICATE_PATH: "/k.pem" },
      { kind: "certificate", certificatePath: "/k.pem" },
    ],
    [
      { AZURE_TENANT_ID: "t", AZURE_CLIENT_ID: "c", AZURE_FEDERATED_TOKEN_FILE: "/t" },
      { kind: "workloadIdentity", tokenFilePath: "/t" },
    ],
    [{ GRAPH_APP_CREDENTIAL: "managedIdentity" }, { kind: "managedIdentity" }],
    [
      { GRAPH_APP_CREDENTIAL: "managedIdentity", AZURE_CLIENT_ID: "c" },
      { kind: "managedIdentity", clientId: "c" },
    ],
    [{ GRAPH_APP_CREDENTIAL: "default" }, { kind: "default" }],
  ])("picks app mode against Microsoft Graph for %j", (env, credentials) => {
    const { graph } = loadConfig(env);
    expect(graph).toMatchObject({
      authMode: "app",
      credentials,
      embeddedEmulator: false,
      baseUrl: "https://graph.microsoft.com/v1.0",
    });
  });

  it("runs obo with a secret or certificate and passthrough without credentials, both against Graph", () => {
    expect(loadConfig({ ...SECRET, GRAPH_AUTH_MODE: "obo" }).graph).toMatchObject({
      authMode: "obo",
      embeddedEmulator: false,
    });
    expect(loadConfig({ GRAPH_AUTH_MODE: "passthrough" }).graph).toMatchObject({
      authMode: "passthrough",
      baseUrl: "https://graph.microsoft.com/v1.0",
    });
    expect(
      loadConfig({ GRAPH_AUTH_MODE: "passthrough", GRAPH_BASE_URL: "http://127.0.0.1:5050/v1.0" }).graph.baseUrl,
    ).toBe("http://127.0.0.1:5050/v1.0");
  });

  it.each([
    [{ AZURE_CLIENT_CERTIFICATE_PATH: "/k.pem" }, /AZURE_TENANT_ID, AZURE_CLIENT_ID/],
    [{ GRAPH_APP_CREDENTIAL: "workloadIdentity", AZURE_TENANT_ID: "t" }, /AZURE_CLIENT_ID, AZURE_FEDERATED_TOKEN_FILE/],
    [{ GRAPH_AUTH_MODE: "app" }, /GRAPH_AUTH_MODE/],
    [{ GRAPH_AUTH_MODE: "obo" }, /GRAPH_AUTH_MODE/],
    [{ GRAPH_AUTH_MODE: "obo", GRAPH_APP_CREDENTIAL: "managedIdentity" }, /GRAPH_AUTH_MODE/],
    [{ GRAPH_AUTH_MODE: "sometimes" }, /GRAPH_AUTH_MODE/],
    [{ GRAPH_APP_CREDENTIAL: "password" }, /GRAPH_APP_CREDENTIAL/],
    [{ ...SECRET, GRAPH_BASE_URL: "http://graph.example.test/v1.0" }, /GRAPH_BASE_URL/],
    [{ AZURE_AUTHORITY_HOST: "http://login.example.test" }, /AZURE_AUTHORITY_HOST/],
    [{ GRAPH_REQUEST_DEADLINE_MS: "0" }, /GRAPH_REQUEST_DEADLINE_MS/],
    [{ GRAPH_BATCH_CONCURRENCY: "0" }, /GRAPH_BATCH_CONCURRENCY/],
    [{ GRAPH_CONNECT_TIMEOUT_MS: "soon" }, /GRAPH_CONNECT_TIMEOUT_MS/],
    [{ GRAPH_HEADERS_TIMEOUT_MS: "-1" }, /GRAPH_HEADERS_TIMEOUT_MS/],
    [{ GRAPH_BODY_TIMEOUT_MS: "1.5" }, /GRAPH_BODY_TIMEOUT_MS/],
    [{ GRAPH_OBO_CACHE_SIZE: "0" }, /GRAPH_OBO_CACHE_SIZE/],
    [{ GRAPH_MAX_RETRIES: "11" }, /GRAPH_MAX_RETRIES/],
  ])("refuses %j naming the variable", (env, pattern) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(pattern);
  });

  it("never puts a secret value in a refusal", () => {
    const secret = "canary-secret-7f3a";
    try {
      loadConfig({ AZURE_CLIENT_SECRET: secret });
      expect.unreachable();
    } catch (e) {
      expect(String(e)).not.toContain(secret);
    }
  });
});
