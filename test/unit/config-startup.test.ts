// What start-up refuses instead of guessing: unknown NODE_ENV values, a production gateway that would serve the demo
// tenant because its Graph credentials did not arrive, malformed .env files; and how .env is merged.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, loadEnvironment } from "../../src/config/index.js";
import { parseEnvFile } from "../../src/config/env-file.js";
import { explainListenError, ListenError } from "../../src/server/listen-error.js";

const CREDS = { AZURE_TENANT_ID: "t", AZURE_CLIENT_ID: "c", AZURE_CLIENT_SECRET: "s" };

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("expected a ConfigError");
}

describe("NODE_ENV", () => {
  it.each(["development", "production", "test"] as const)("accepts %s", (value) => {
    expect(loadConfig({ NODE_ENV: value, GRAPH_BASE_URL: "emulator" }).server.nodeEnv).toBe(value);
  });

  it("defaults to development", () => {
    expect(loadConfig({}).server.nodeEnv).toBe("development");
  });

  it.each(["prod", "Production", "staging", "dev"])("refuses %s instead of running development mode", (value) => {
    expect(refusal(() => loadConfig({ NODE_ENV: value }))).toMatch(
      /^NODE_ENV must be one of development, production, test/,
    );
  });
});

describe("the embedded emulator in production", () => {
  it("is refused when it would only be the fallback for missing credentials, naming them and the way to ask for it", () => {
    const message = refusal(() => loadConfig({ NODE_ENV: "production" }));
    for (const name of [
      "NODE_ENV=production",
      "AZURE_TENANT_ID",
      "AZURE_CLIENT_ID",
      "AZURE_CLIENT_SECRET",
      "GRAPH_APP_CREDENTIAL",
      "GRAPH_BASE_URL=emulator",
    ]) {
      expect(message).toContain(name);
    }
    expect(refusal(() => loadConfig({ NODE_ENV: "production", GRAPH_AUTH_MODE: "none" }))).toContain(
      "GRAPH_BASE_URL=emulator",
    );
  });

  it("runs when asked for by GRAPH_BASE_URL=emulator", () => {
    const config = loadConfig({ NODE_ENV: "production", GRAPH_BASE_URL: "emulator" });
    expect(config.graph.embeddedEmulator).toBe(true);
    expect(config.graph.baseUrl).toBeUndefined();
    expect(config.graph.authMode).toBe("none");
  });

  it("is not needed with credentials or a GRAPH_BASE_URL of its own", () => {
    expect(loadConfig({ NODE_ENV: "production", ...CREDS }).graph).toMatchObject({
      embeddedEmulator: false,
      baseUrl: "https://graph.microsoft.com/v1.0",
    });
    expect(
      loadConfig({ NODE_ENV: "production", GRAPH_BASE_URL: "http://emulator:5050/v1.0" }).graph.embeddedEmulator,
    ).toBe(false);
    expect(loadConfig({ NODE_ENV: "production", GRAPH_AUTH_MODE: "passthrough" }).graph.embeddedEmulator).toBe(false);
  });

  it("stays the development default, and GRAPH_BASE_URL=emulator works there too", () => {
    expect(loadConfig({}).graph.embeddedEmulator).toBe(true);
    expect(loadConfig({ GRAPH_BASE_URL: "emulator" }).graph.embeddedEmulator).toBe(true);
  });

  it("refuses GRAPH_BASE_URL=emulator together with Graph credentials, which it would ignore", () => {
    expect(refusal(() => loadConfig({ GRAPH_BASE_URL: "emulator", ...CREDS }))).toMatch(
      /^GRAPH_BASE_URL=emulator .*GRAPH_AUTH_MODE is app/,
    );
  });
});

describe(".env files", () => {
  it("reads names, quotes, multi-line values, comments and export as dotenv does", () => {
    const text = [
      "# a comment",
      "",
      "PORT=4100",
      "export HOST=0.0.0.0",
      "LOG_LEVEL=debug   # trailing comment",
      'AZURE_CLIENT_SECRET="a#b c"',
      "SINGLE='x\\ny'",
      'MULTI="line1',
      'line2"',
      'ESCAPED="a\\nb"',
      "EMPTY=",
      "SPACED = padded ",
      "HASHED=a#b",
      "DESCRIBED=          # only a comment, as in .env.example",
    ].join("\n");
    expect(parseEnvFile(text, ".env")).toEqual({
      PORT: "4100",
      HOST: "0.0.0.0",
      LOG_LEVEL: "debug",
      AZURE_CLIENT_SECRET: "a#b c",
      SINGLE: "x\\ny",
      MULTI: "line1\nline2",
      ESCAPED: "a\nb",
      EMPTY: "",
      SPACED: "padded",
      HASHED: "a",
      DESCRIBED: "",
    });
  });

  it("reads .env.example as a .env with every setting uncommented, its notes left out of the values", () => {
    const example = readFileSync(".env.example", "utf8");
    const uncommented = example.replace(/^# ([A-Z][A-Z0-9_]*=)/gm, "$1");
    const vars = parseEnvFile(uncommented, ".env");
    expect(Object.keys(vars)).toEqual(
      expect.arrayContaining(["PORT", "NODE_ENV", "GRAPH_BASE_URL", "ENV_FILE", "AZURE_CLIENT_SECRET"]),
    );
    expect(vars.NODE_ENV).toBe("development");
    expect(Object.entries(vars).filter(([, v]) => /#|\|/.test(v ?? ""))).toEqual([]);
  });

  it.each([
    ["a line without =", "PORT=1\nAZURE_CLIENT_SECRET hunter2-secret\nHOST=x", 2],
    ["a name starting with a digit", "1PORT=1", 1],
    ["a quote that never closes", 'A="hunter2-secret\nB=2', 1],
    ["text after a closing quote", 'A="x" hunter2-secret', 1],
  ])("refuses %s, naming the file and line but never echoing it", (_, text, line) => {
    const message = refusal(() => parseEnvFile(text, ".env"));
    expect(message).toMatch(new RegExp(`^\\.env line ${line}\\b`));
    expect(message).not.toContain("hunter2");
  });

  it("is read from the working directory under the environment, whose variables win even when empty", () => {
    const dir = mkdtempSync(join(tmpdir(), "env-file-"));
    writeFileSync(join(dir, ".env"), "PORT=4100\nHOST=0.0.0.0\nLOG_LEVEL=debug\n");
    const { env, file } = loadEnvironment({ PORT: "4200", LOG_LEVEL: "" }, dir);
    expect(file).toBe(join(dir, ".env"));
    expect(env).toMatchObject({ PORT: "4200", HOST: "0.0.0.0", LOG_LEVEL: "" });
  });

  it("is not needed: without one the environment is used as it is", () => {
    const dir = mkdtempSync(join(tmpdir(), "env-file-"));
    const given = { PORT: "1" };
    expect(loadEnvironment(given, dir)).toEqual({ env: given, file: undefined });
  });

  it("can be named by ENV_FILE, which must then exist", () => {
    const dir = mkdtempSync(join(tmpdir(), "env-file-"));
    writeFileSync(join(dir, "graph.env"), "AZURE_TENANT_ID=t\n");
    writeFileSync(join(dir, ".env"), "AZURE_TENANT_ID=ignored\n");
    expect(loadEnvironment({ ENV_FILE: "graph.env" }, dir).env.AZURE_TENANT_ID).toBe("t");
    expect(refusal(() => loadEnvironment({ ENV_FILE: "missing.env" }, dir))).toMatch(
      /^ENV_FILE: cannot read .*missing\.env \(ENOENT\)/,
    );
  });
});

describe("listen errors", () => {
  const at = { port: 4000, host: "gateway.local", portName: "PORT", hostName: "HOST" };
  const errno = (code: string) => Object.assign(new Error(`listen ${code}`), { code });

  it.each([
    ["EADDRINUSE", /^PORT=4000 on HOST=gateway\.local: the port is already in use/],
    ["EACCES", /^PORT=4000 on HOST=gateway\.local: not permitted/],
    ["EADDRNOTAVAIL", /^HOST=gateway\.local is not an address of this machine/],
    ["ENOTFOUND", /^HOST=gateway\.local does not resolve/],
    ["EAI_AGAIN", /^HOST=gateway\.local does not resolve/],
  ])("%s names the setting to change", (code, message) => {
    const explained = explainListenError(errno(code), at);
    expect(explained).toBeInstanceOf(ListenError);
    expect((explained as Error).message).toMatch(message);
  });

  it("leaves any other error as it was", () => {
    const other = errno("ECONNRESET");
    expect(explainListenError(other, at)).toBe(other);
  });
});
