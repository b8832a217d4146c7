// CORS_ORIGINS: exact origins only, loopback and Apollo Studio by default in development, nothing in production.
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/index.js";
import { createOriginCheck } from "../../src/server/cors.js";

const cors = (env: Record<string, string>) => loadConfig(env).cors;
const ENTRA = {
  AUTH_MODE: "entra",
  AUTH_AUDIENCE: "api://backup-graphql",
  AUTH_TENANT_ID: "11111111-1111-1111-1111-111111111111",
};

describe("CORS_ORIGINS", () => {
  it("allows loopback origins on any port and Apollo Studio in development, and nothing else", () => {
    const allows = createOriginCheck(cors({}));
    for (const origin of [
      "http://localhost:5173",
      "http://127.0.0.1:8080",
      "http://[::1]:3000",
      "http://localhost",
      "https://localhost:8443",
      "https://studio.apollographql.com",
    ]) {
      expect(allows(origin), origin).toBe(true);
    }
    for (const origin of [
      "https://evil.example",
      "http://localhost.evil.example:5173",
      "http://127.0.0.2:5173",
      "null",
      "file://",
      "http://localhost:5173/path",
      "chrome-extension://abc",
    ]) {
      expect(allows(origin), origin).toBe(false);
    }
  });

  it("allows no origin by default in production", () => {
    const allows = createOriginCheck(cors({ NODE_ENV: "production", GRAPH_BASE_URL: "emulator" }));
    expect(allows("http://localhost:5173")).toBe(false);
    expect(allows("https://studio.apollographql.com")).toBe(false);
  });

  it("replaces the default with the listed exact origins", () => {
    const config = cors({ CORS_ORIGINS: " https://app.example.com, http://localhost:5173 ,https://app.example.com" });
    expect(config.origins).toEqual(["https://app.example.com", "http://localhost:5173"]);
    const allows = createOriginCheck(config);
    expect(allows("https://app.example.com")).toBe(true);
    expect(allows("http://localhost:5174")).toBe(false);
    expect(allows("https://studio.apollographql.com")).toBe(false);
  });

  it("allows nothing with none, in development too", () => {
    expect(createOriginCheck(cors({ CORS_ORIGINS: "none" }))("http://localhost:5173")).toBe(false);
  });

  it("allows every origin with * when callers present tokens (AUTH_MODE=entra)", () => {
    expect(
      createOriginCheck(cors({ ...ENTRA, NODE_ENV: "production", GRAPH_BASE_URL: "emulator", CORS_ORIGINS: "*" }))(
        "https://anything.example",
      ),
    ).toBe(true);
  });

  it.each([
    ["a trailing slash", "http://localhost:5173/"],
    ["a path", "https://app.example.com/app"],
    ["a query", "https://app.example.com?x=1"],
    ["a non-http scheme", "ftp://files.example.com"],
    ["a default port spelt out", "https://app.example.com:443"],
    ["capitals", "https://App.example.com"],
    ["a wildcard pattern", "https://*.example.com"],
    ["no scheme", "app.example.com"],
    ["user info", "https://user:secret@app.example.com"],
    ["the null origin", "null"],
    ["* among other origins", "*,https://app.example.com"],
    ["none among other origins", "none,https://app.example.com"],
    ["* without caller authentication", "*"],
  ])("refuses %s, naming CORS_ORIGINS", (_name, value) => {
    expect(() => loadConfig({ CORS_ORIGINS: value })).toThrow(/^CORS_ORIGINS/);
  });

  it("never repeats a password from a mistyped origin", () => {
    expect(() => loadConfig({ CORS_ORIGINS: "https://user:secret@app.example.com" })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining("secret") }),
    );
  });
});
