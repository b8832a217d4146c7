import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config/index.js";

describe("configuration", () => {
  it("runs on the embedded emulator with no configuration at all", () => {
    const config = loadConfig({});
    expect(config.server.port).toBe(4000);
    expect(config.graph.embeddedEmulator).toBe(true);
    expect(config.graph.baseUrl).toBeUndefined();
    expect(config.emulator.port).toBe(0);
    expect(config.emulator.seed).toBe("demo");
    expect(Object.isFrozen(config.graph)).toBe(true);
    expect(config.server.idempotencyTtlMs).toBe(24 * 3600_000);
    expect(loadConfig({ IDEMPOTENCY_TTL_MS: "60000" }).server.idempotencyTtlMs).toBe(60_000);
  });

  it("uses Microsoft Graph when credentials are complete", () => {
    const config = loadConfig({ AZURE_TENANT_ID: "t", AZURE_CLIENT_ID: "c", AZURE_CLIENT_SECRET: "s" });
    expect(config.graph.embeddedEmulator).toBe(false);
    expect(config.graph.baseUrl).toBe("https://graph.microsoft.com/v1.0");
  });

  it("uses a separately started emulator through GRAPH_BASE_URL", () => {
    const config = loadConfig({ GRAPH_BASE_URL: "http://127.0.0.1:5050/v1.0/" });
    expect(config.graph.embeddedEmulator).toBe(false);
    expect(config.graph.baseUrl).toBe("http://127.0.0.1:5050/v1.0");
    expect(config.graph.credentials).toBeUndefined();
  });

  it("limits every body to 100 KB and a bulk submission to 4 MiB by default", () => {
    expect(loadConfig({}).security).toMatchObject({ maxBodyBytes: 102_400, maxBulkBodyBytes: 4_194_304 });
    expect(loadConfig({ GRAPHQL_MAX_BULK_BODY_BYTES: "8388608" }).security.maxBulkBodyBytes).toBe(8_388_608);
  });

  it.each([
    [{ GRAPHQL_MAX_BULK_BODY_BYTES: "4MB" }, /GRAPHQL_MAX_BULK_BODY_BYTES/],
    [{ GRAPHQL_MAX_BULK_BODY_BYTES: "100000000" }, /GRAPHQL_MAX_BULK_BODY_BYTES/],
    [{ AZURE_TENANT_ID: "t" }, /AZURE_CLIENT_ID, AZURE_CLIENT_SECRET/],
    [{ AZURE_CLIENT_SECRET: "s", AZURE_CLIENT_ID: "c" }, /AZURE_TENANT_ID/],
    [{ GRAPH_BASE_URL: "graph.microsoft.com" }, /GRAPH_BASE_URL/],
    [{ GRAPH_BASE_URL: "https://graph.microsoft.com" }, /GRAPH_BASE_URL/],
    [{ GRAPH_BASE_URL: "ftp://x/v1.0" }, /GRAPH_BASE_URL/],
    [{ PORT: "http" }, /PORT/],
    [{ PORT: "70000" }, /PORT/],
    [{ LOG_LEVEL: "loud" }, /LOG_LEVEL/],
    [{ GRAPH_MAX_RETRIES: "-1" }, /GRAPH_MAX_RETRIES/],
    [{ EMULATOR_PORT: "abc" }, /EMULATOR_PORT/],
    [{ EMULATOR_SEED: "nope" }, /EMULATOR_SEED/],
    [{ IDEMPOTENCY_TTL_MS: "10" }, /IDEMPOTENCY_TTL_MS/],
  ])("refuses %j with a message naming the variable", (env, pattern) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(pattern);
  });
});
