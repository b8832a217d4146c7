import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, userId, type RunningEmulator } from "../../../src/emulator/index.js";
import { T0 } from "./fixtures.js";
import { BACKUP, client } from "./http.js";

const dir = mkdtempSync(join(tmpdir(), "emulator-state-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("admin state and seed endpoints", () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, timeScale: 0 });
  });
  afterAll(() => emulator.close());

  it("summarises the seed, clock, service status and every collection's count", async () => {
    const state = await client(emulator)("GET", "/_emulator/state");
    expect(state.body).toMatchObject({
      seed: "demo",
      serviceStatus: "enabled",
      now: expect.any(String),
      faults: 0,
      counts: expect.objectContaining({
        users: 64,
        deletedUsers: 3,
        groups: 6,
        sites: 20,
        policies: 3,
        units: 19,
        rules: 4,
      }),
      throttle: { capacity: 0 },
    });
  });

  it("reseeds through POST /_emulator/seed and refuses unknown seeds", async () => {
    const call = client(emulator);
    expect((await call("POST", "/_emulator/seed", { seed: "directory" })).status).toBe(200);
    expect((await call("GET", "/_emulator/state")).body).toMatchObject({
      seed: "directory",
      counts: expect.objectContaining({ policies: 0 }),
    });
    expect((await call("POST", "/_emulator/seed", {})).status).toBe(400);
    expect((await call("POST", "/_emulator/seed", { seed: "huge" })).status).toBe(400);
  });
});

describe("the large seed", () => {
  it("builds 10,000 users, 2,000 sites and thousands of protected units in under a second", async () => {
    const started = performance.now();
    const emulator = await startEmulator({ port: 0, timeScale: 0, seed: "large" });
    const elapsed = performance.now() - started;
    try {
      const call = client(emulator);
      const { counts } = (await call("GET", "/_emulator/state")).body;
      expect(counts).toMatchObject({ users: 10_000, sites: 2_000, policies: 3, units: 9_500 });
      expect(elapsed).toBeLessThan(1000);
      const page = await call("GET", `${BACKUP}/mailboxProtectionUnits?$count=true&$top=5`);
      expect([page.body["@odata.count"], page.body.value.length]).toEqual([5_000, 5]);
      const upn = (await call("GET", `/users/${userId(9984)}`)).body.userPrincipalName;
      expect(upn).toMatch(/9984@contoso\.com$/);
      expect((await call("GET", `/users?$filter=userPrincipalName eq '${upn}'`)).body.value).toHaveLength(1);
    } finally {
      await emulator.close();
    }
  });
});

describe("the state file", () => {
  it("survives a restart: data, ids and the emulated clock resume where they were", async () => {
    const stateFile = join(dir, "demo.json");
    const first = await startEmulator({ port: 0, timeScale: 0, startTime: T0, stateFile });
    const call = client(first);
    const app = await call("POST", `${BACKUP}/serviceApps`, {});
    first.clock.advance(90 * 60_000);
    await first.close();

    const second = await startEmulator({ port: 0, timeScale: 0, startTime: "2030-01-01T00:00:00Z", stateFile });
    try {
      const again = client(second);
      expect(new Date(second.clock.now()).toISOString()).toBe("2025-01-01T01:30:00.000Z");
      expect((await again("GET", `${BACKUP}/serviceApps/${app.body.id}`)).status).toBe(200);
      expect((await again("GET", `${BACKUP}/protectionPolicies`)).body.value).toHaveLength(3);
      const next = await again("POST", `${BACKUP}/serviceApps`, {});
      expect(next.body.id).not.toBe(app.body.id);
    } finally {
      await second.close();
    }
  });

  it("refuses to start on a file that is not a state file, naming it", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, "{ not json");
    await expect(startEmulator({ port: 0, timeScale: 0, stateFile: bad })).rejects.toThrow(bad);
  });
});
