import { describe, expect, it } from "vitest";
import { parseEmulatorEnv, resolveEmulatorOptions } from "../../../src/emulator/config.js";

describe("parseEmulatorEnv", () => {
  it("returns the documented defaults for an empty environment", () => {
    expect(parseEmulatorEnv({})).toEqual({ host: "127.0.0.1", port: 5050, seed: "demo", pageSize: 100, timeScale: 60 });
  });

  it("reads every EMULATOR_* variable", () => {
    expect(
      parseEmulatorEnv({
        EMULATOR_HOST: "0.0.0.0",
        EMULATOR_PORT: "0",
        EMULATOR_SEED: "directory",
        EMULATOR_PAGE_SIZE: "3",
        EMULATOR_TIME_SCALE: "0.5",
        EMULATOR_REQUIRED_TOKEN: "secret",
        EMULATOR_START_TIME: "2025-01-01T00:00:00Z",
      }),
    ).toEqual({
      host: "0.0.0.0",
      port: 0,
      seed: "directory",
      pageSize: 3,
      timeScale: 0.5,
      requiredToken: "secret",
      startTime: "2025-01-01T00:00:00Z",
    });
  });

  it("reads the optional knobs, which stay absent when unset", () => {
    expect(
      parseEmulatorEnv({
        EMULATOR_REQUIRE_AUTH: "true",
        EMULATOR_SERVICE_STATUS: "disabled",
        EMULATOR_THROTTLE_CAPACITY: "5",
        EMULATOR_THROTTLE_REFILL: "2.5",
        EMULATOR_THROTTLE_KEY: "client",
        EMULATOR_FAULT_SEED: "9",
        EMULATOR_STATE_FILE: "/tmp/s.json",
        EMULATOR_SEED: "large",
      }),
    ).toMatchObject({
      requireAuth: true,
      serviceStatus: "disabled",
      throttleCapacity: 5,
      throttleRefillPerSecond: 2.5,
      throttleKey: "client",
      faultSeed: 9,
      stateFile: "/tmp/s.json",
      seed: "large",
    });
    expect(parseEmulatorEnv({ EMULATOR_REQUIRE_AUTH: "0" }).requireAuth).toBe(false);
  });

  it.each([
    ["EMULATOR_REQUIRE_AUTH", "maybe", "true or false"],
    ["EMULATOR_SERVICE_STATUS", "off", "one of enabled, disabled, protectionChangeLocked, restoreLocked"],
    ["EMULATOR_THROTTLE_REFILL", "0", "a number > 0"],
    ["EMULATOR_THROTTLE_KEY", "ip", "one of token, client"],
  ])("rejects %s=%j", (name, value, accepted) => {
    expect(() => parseEmulatorEnv({ [name]: value })).toThrow(`${name} must be ${accepted}`);
  });

  it("treats empty variables as unset", () => {
    expect(parseEmulatorEnv({ EMULATOR_PORT: "", EMULATOR_REQUIRED_TOKEN: "" })).toEqual(parseEmulatorEnv({}));
  });

  it("ignores unrelated variables", () => {
    expect(parseEmulatorEnv({ PORT: "1", HOME: "/root" })).toEqual(parseEmulatorEnv({}));
  });

  it.each([
    ["EMULATOR_PORT", "abc", 'EMULATOR_PORT must be an integer 0-65535, got "abc"'],
    ["EMULATOR_PORT", "70000", 'EMULATOR_PORT must be an integer 0-65535, got "70000"'],
    ["EMULATOR_PORT", "1.5", 'EMULATOR_PORT must be an integer 0-65535, got "1.5"'],
    ["EMULATOR_SEED", "full", 'EMULATOR_SEED must be one of demo, directory, large, got "full"'],
    ["EMULATOR_PAGE_SIZE", "0", 'EMULATOR_PAGE_SIZE must be an integer 1-1000, got "0"'],
    ["EMULATOR_TIME_SCALE", "-1", 'EMULATOR_TIME_SCALE must be a number >= 0, got "-1"'],
    ["EMULATOR_TIME_SCALE", "fast", 'EMULATOR_TIME_SCALE must be a number >= 0, got "fast"'],
    ["EMULATOR_REQUIRED_TOKEN", "a b", 'EMULATOR_REQUIRED_TOKEN must be a token without spaces, got "a b"'],
    ["EMULATOR_START_TIME", "2025-01-01", "EMULATOR_START_TIME must be an ISO 8601 instant with a zone"],
    ["EMULATOR_START_TIME", "2025-13-45T00:00:00Z", "EMULATOR_START_TIME must be an ISO 8601 instant with a zone"],
    ["EMULATOR_HOST", "   ", 'EMULATOR_HOST must be a non-empty host name, got "   "'],
  ])("rejects %s=%j naming the variable and the accepted values", (name, value, message) => {
    expect(() => parseEmulatorEnv({ [name]: value })).toThrow(message);
  });
});

describe("resolveEmulatorOptions", () => {
  it("fills defaults around the given options", () => {
    expect(resolveEmulatorOptions({ port: 0, timeScale: 0 })).toMatchObject({
      port: 0,
      timeScale: 0,
      seed: "demo",
      pageSize: 100,
    });
  });

  it("names the option in its errors", () => {
    expect(() => resolveEmulatorOptions({ pageSize: 0 })).toThrow("options.pageSize must be an integer 1-1000, got 0");
  });
});
