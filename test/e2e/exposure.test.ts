// AUTH_MODE=none is for loopback and the emulator's fake tenant: serving real Graph beyond loopback without
// caller authentication starts, but with a loud warning in the log.
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/index.js";
import { exposureWarning } from "../../src/server/exposure.js";
import { createGateway } from "../../src/server/gateway.js";
import { createLogger } from "../../src/server/logger.js";
import { AUDIENCE } from "../helpers/issuer.js";

describe("AUTH_MODE=none beyond loopback", () => {
  it("is judged exposed only with real Graph on a non-loopback interface", () => {
    const exposed = (env: Record<string, string>) =>
      exposureWarning(loadConfig({ GRAPH_BASE_URL: "http://127.0.0.1:9/v1.0", ...env })) !== undefined;
    expect(exposed({ HOST: "0.0.0.0" })).toBe(true);
    expect(exposed({ HOST: "::" })).toBe(true);
    expect(exposed({ HOST: "10.1.2.3" })).toBe(true);
    expect(exposed({ HOST: "127.0.0.1" })).toBe(false);
    expect(exposed({ HOST: "127.0.0.2" })).toBe(false);
    expect(exposed({ HOST: "::1" })).toBe(false);
    expect(exposed({ HOST: "localhost" })).toBe(false);
    expect(exposed({ HOST: "0.0.0.0", AUTH_MODE: "entra", AUTH_AUDIENCE: AUDIENCE, AUTH_TENANT_ID: "t" })).toBe(false);
    expect(exposureWarning(loadConfig({ HOST: "0.0.0.0" }))).toBeUndefined(); // the embedded emulator's fake tenant
  });

  it("logs the warning at startup", async () => {
    const lines: string[] = [];
    const logger = createLogger(
      "info",
      new Writable({ write: (chunk, _e, done) => (lines.push(String(chunk)), done()) }),
    );
    // 192.0.2.1 (TEST-NET-1) is not on this machine: the gateway warns, then fails to bind, and nothing is exposed.
    const config = loadConfig({ PORT: "0", HOST: "192.0.2.1", GRAPH_BASE_URL: "http://127.0.0.1:9/v1.0" });
    await expect(createGateway(config, { logger })).rejects.toMatchObject({ code: "EADDRNOTAVAIL" });
    const warning = lines
      .map((l) => JSON.parse(l) as { level: number; authMode?: string })
      .find((e) => e.authMode === "none");
    expect(warning?.level).toBe(40);
  });
});
