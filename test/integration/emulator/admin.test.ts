import { describe, expect, it } from "vitest";
import { TIMINGS, userId } from "../../../src/emulator/index.js";
import { BACKUP, useEmulator } from "./http.js";

const { emulator, call } = useEmulator({ startTime: "2025-06-01T12:00:00Z" });

describe("requests()", () => {
  it("counts API calls in order and never admin calls", async () => {
    emulator.resetRequests();
    await call("GET", "/users?$top=1");
    await call("GET", "/_emulator/clock");
    await call("GET", `${BACKUP}/protectionPolicies`);
    const log = emulator.requests();
    expect(log.map((r) => [r.method, r.path, r.status])).toEqual([
      ["GET", "/v1.0/users?$top=1", 200],
      ["GET", `/v1.0${BACKUP}/protectionPolicies`, 200],
    ]);
    expect(log[0]!.at).toBeLessThanOrEqual(log[1]!.at);
    emulator.resetRequests();
    expect(emulator.requests()).toEqual([]);
  });
});

describe("/_emulator admin endpoints", () => {
  it("lists and clears the request log", async () => {
    emulator.resetRequests();
    await call("GET", "/users?$top=1");
    const listed = await call("GET", "/_emulator/requests");
    expect(listed.body.value).toEqual([
      expect.objectContaining({ method: "GET", path: "/v1.0/users?$top=1", status: 200 }),
    ]);
    expect((await call("DELETE", "/_emulator/requests")).status).toBe(204);
    expect((await call("GET", "/_emulator/requests")).body.value).toEqual([]);
  });

  it("reads and advances the emulated clock, settling due transitions", async () => {
    emulator.reset("directory");
    const before = await call("GET", "/_emulator/clock");
    expect(before.body).toEqual({ now: new Date(emulator.clock.now()).toISOString(), timeScale: 0 });
    const p = await call("POST", `${BACKUP}/exchangeProtectionPolicies`, {
      displayName: "P",
      mailboxProtectionUnits: [{ directoryObjectId: userId(0) }],
    });
    await call("POST", `${BACKUP}/protectionPolicies/${p.body.id}/activate`);
    const advanced = await call("POST", "/_emulator/clock/advance", { seconds: TIMINGS.protectMs / 1000 });
    expect(Date.parse(advanced.body.now) - Date.parse(before.body.now)).toBe(TIMINGS.protectMs);
    expect((await call("GET", `${BACKUP}/protectionPolicies/${p.body.id}`)).body.status).toBe("active");
    expect((await call("POST", "/_emulator/clock/advance", { ms: 1 })).status).toBe(200);
    expect((await call("POST", "/_emulator/clock/advance", { seconds: -1 })).status).toBe(400);
  });

  it("arms faults from JSON (substring or regex) and disarms them", async () => {
    const armed = await call("POST", "/_emulator/faults", { path: "/users", status: 503, times: 3 });
    expect(armed.status).toBe(201);
    expect((await call("GET", "/_emulator/faults")).body.value).toEqual([
      expect.objectContaining({ path: "/users", times: 3 }),
    ]);
    expect((await call("GET", "/users")).status).toBe(503);
    expect((await call("DELETE", "/_emulator/faults")).status).toBe(204);
    expect((await call("GET", "/users")).status).toBe(200);
    await call("POST", "/_emulator/faults", { pathRegex: "^/sites$", status: 429, retryAfterSeconds: 0.01 });
    expect((await call("GET", "/sites")).status).toBe(429);
    const invalid = await call("POST", "/_emulator/faults", { status: 42 });
    expect([invalid.status, invalid.body.error.message]).toEqual([400, expect.stringContaining("status")]);
  });

  it("resets to a seed", async () => {
    expect((await call("POST", "/_emulator/reset", { seed: "directory" })).status).toBe(200);
    expect((await call("GET", `${BACKUP}/protectionPolicies`)).body.value).toEqual([]);
    await call("POST", "/_emulator/reset", {});
    expect((await call("GET", `${BACKUP}/protectionPolicies`)).body.value).toHaveLength(3);
    expect((await call("POST", "/_emulator/reset", { seed: "everything" })).status).toBe(400);
  });

  it("answers 404 for unknown admin paths", async () => {
    expect((await call("GET", "/_emulator/nothing")).status).toBe(404);
  });
});
