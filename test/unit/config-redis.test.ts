import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config/index.js";

describe("the Redis configuration", () => {
  it("defaults to no Redis (in-memory stores), the backup-graphql: prefix and a 500 ms command timeout", () => {
    expect(loadConfig({}).redis).toEqual({ url: undefined, keyPrefix: "backup-graphql:", commandTimeoutMs: 500 });
  });

  it("reads REDIS_URL, REDIS_KEY_PREFIX and REDIS_COMMAND_TIMEOUT_MS", () => {
    const env = {
      REDIS_URL: "rediss://:pw@redis:6380/1",
      REDIS_KEY_PREFIX: "prod-a:",
      REDIS_COMMAND_TIMEOUT_MS: "250",
    };
    expect(loadConfig(env).redis).toEqual({
      url: "rediss://:pw@redis:6380/1",
      keyPrefix: "prod-a:",
      commandTimeoutMs: 250,
    });
  });

  it("refuses a URL that is not redis: or rediss:, without echoing a password", () => {
    expect(() => loadConfig({ REDIS_URL: "http://redis:6379" })).toThrow(/REDIS_URL must use redis: or rediss:/);
    expect(() => loadConfig({ REDIS_URL: "not a url with secret" })).toThrow(ConfigError);
    expect(() => loadConfig({ REDIS_URL: "not a url with secret" })).not.toThrow(/secret/);
    expect(() => loadConfig({ REDIS_KEY_PREFIX: "has space" })).toThrow(/REDIS_KEY_PREFIX/);
  });
});
