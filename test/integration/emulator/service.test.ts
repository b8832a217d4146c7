import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../../src/emulator/index.js";
import { HOUR, T0 } from "./fixtures.js";
import { BACKUP, client, type Call } from "./http.js";

let emulator: RunningEmulator;
let call: Call;
const TENANT = "8c4d6c65-3b61-4c67-8bd5-3b2bd2aa0c1e";

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, timeScale: 0, startTime: T0 });
  call = client(emulator);
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

describe("the backup service root", () => {
  it("reports an enabled first-party service, with $select", async () => {
    const res = await call("GET", `${BACKUP}?$select=serviceStatus`);
    expect(res.body["@odata.context"]).toMatch(/\$metadata#solutions\/backupRestore\/\$entity$/);
    expect(res.body.serviceStatus).toMatchObject({
      status: "enabled",
      backupServiceConsumer: "firstparty",
      disableReason: "none",
    });
  });

  it("enables the service for a tenant GUID and refuses anything else with InvalidAppOwnerTenantId", async () => {
    emulator.setServiceStatus("disabled");
    for (const body of [{}, { appOwnerTenantId: "contoso" }]) {
      const bad = await call("POST", `${BACKUP}/enable`, body);
      expect([bad.status, bad.body.error.code]).toEqual([400, "InvalidAppOwnerTenantId"]);
    }
    const res = await call("POST", `${BACKUP}/enable`, { appOwnerTenantId: TENANT });
    expect([res.status, res.body.status, res.body.backupServiceConsumer]).toEqual([200, "enabled", "thirdparty"]);
  });
});

describe("a disabled or locked service", () => {
  it("refuses protection and restore calls while disabled, and serves them again once enabled", async () => {
    emulator.setServiceStatus("disabled");
    const root = await call("GET", BACKUP);
    expect(root.body.serviceStatus).toMatchObject({ status: "disabled", disableReason: "userRequested" });
    for (const path of ["protectionPolicies", "mailboxProtectionUnits", "restoreSessions", "restorePoints/search"]) {
      const res = await call(
        path.endsWith("search") ? "POST" : "GET",
        `${BACKUP}/${path}`,
        path.endsWith("search") ? {} : undefined,
      );
      expect([res.status, res.body.error.code]).toEqual([403, "ServiceNotEnabled"]);
    }
    expect((await call("GET", `${BACKUP}/serviceApps`)).status).toBe(200);
    await call("POST", `${BACKUP}/enable`, { appOwnerTenantId: TENANT });
    expect((await call("GET", `${BACKUP}/protectionPolicies`)).status).toBe(200);
  });

  it("refuses protection changes but serves reads while protectionChangeLocked; restoreLocked also locks restores", async () => {
    emulator.setServiceStatus("protectionChangeLocked");
    expect((await call("GET", `${BACKUP}/protectionPolicies`)).status).toBe(200);
    const create = await call("POST", `${BACKUP}/exchangeProtectionPolicies`, { displayName: "x" });
    expect([create.status, create.body.error.code]).toEqual([403, "ProtectionChangeLocked"]);
    expect((await call("POST", `${BACKUP}/exchangeRestoreSessions`, {})).status).toBe(201);
    emulator.setServiceStatus("restoreLocked");
    const restore = await call("POST", `${BACKUP}/exchangeRestoreSessions`, {});
    expect([restore.status, restore.body.error.code]).toEqual([403, "RestoreLocked"]);
  });

  it("can start disabled (EMULATOR_SERVICE_STATUS) and be switched through /_emulator/service", async () => {
    const disabled = await startEmulator({ port: 0, timeScale: 0, serviceStatus: "disabled" });
    try {
      const c = client(disabled);
      expect((await c("GET", `${BACKUP}/protectionPolicies`)).status).toBe(403);
      expect((await c("POST", "/_emulator/service", { status: "enabled" })).body.status).toBe("enabled");
      expect((await c("GET", `${BACKUP}/protectionPolicies`)).status).toBe(200);
    } finally {
      await disabled.close();
    }
  });
});

describe("service apps", () => {
  it("registers an inactive app from an empty body, lists, gets and deletes it", async () => {
    const created = await call("POST", `${BACKUP}/serviceApps`, {});
    expect(created.status).toBe(201);
    expect(created.headers.get("content-location")).toContain(`/serviceApps/${created.body.id}`);
    expect(created.body).toMatchObject({
      status: "inactive",
      effectiveDateTime: null,
      application: { id: expect.any(String) },
    });
    expect((await call("GET", `${BACKUP}/serviceApps`)).body.value).toHaveLength(1);
    expect((await call("GET", `${BACKUP}/serviceApps/${created.body.id}?$select=status`)).body).toMatchObject({
      id: created.body.id,
      status: "inactive",
    });
    expect((await call("DELETE", `${BACKUP}/serviceApps/${created.body.id}`)).status).toBe(204);
    expect((await call("GET", `${BACKUP}/serviceApps/${created.body.id}`)).status).toBe(404);
  });

  it("activates at effectiveDateTime on the emulated clock, then deactivates through pendingInactive", async () => {
    const { body: app } = await call("POST", `${BACKUP}/serviceApps`, {});
    const missing = await call("POST", `${BACKUP}/serviceApps/${app.id}/activate`, {});
    expect([missing.status, missing.body.error.code]).toEqual([400, "BadRequest"]);
    const effective = new Date(Date.parse(T0) + HOUR).toISOString();
    const activated = await call("POST", `${BACKUP}/serviceApps/${app.id}/activate`, { effectiveDateTime: effective });
    expect([activated.status, activated.body.status, activated.body.effectiveDateTime]).toEqual([
      202,
      "pendingActive",
      effective,
    ]);
    expect(
      (await call("POST", `${BACKUP}/serviceApps/${app.id}/activate`, { effectiveDateTime: effective })).status,
    ).toBe(400);
    emulator.clock.advance(HOUR);
    expect((await call("GET", `${BACKUP}/serviceApps/${app.id}`)).body.status).toBe("active");
    const deactivated = await call("POST", `${BACKUP}/serviceApps/${app.id}/deactivate`);
    expect([deactivated.status, deactivated.body.status]).toEqual([202, "pendingInactive"]);
    emulator.clock.advance(5 * 60_000);
    expect((await call("GET", `${BACKUP}/serviceApps?$filter=status eq 'inactive'`)).body.value).toHaveLength(1);
  });
});
