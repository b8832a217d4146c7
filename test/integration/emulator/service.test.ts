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
    // The demo seed holds two apps of its own.
    expect((await call("GET", `${BACKUP}/serviceApps`)).body.value.map((a: { id: string }) => a.id)).toContain(
      created.body.id,
    );
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

  it("registers the application a body names, once: a second registration of it is 409 Conflict", async () => {
    const applicationId = "5b4f0c1e-6a2d-4e8f-9c3b-2d1a0f9e8d7c";
    const created = await call("POST", `${BACKUP}/serviceApps`, { application: { id: applicationId } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: "inactive",
      application: { id: applicationId, displayName: expect.any(String) },
      registrationDateTime: new Date(emulator.clock.now()).toISOString(),
    });
    const again = await call("POST", `${BACKUP}/serviceApps`, { application: { id: applicationId.toUpperCase() } });
    expect([again.status, again.body.error.code]).toEqual([409, "Conflict"]);
  });

  it.each([
    ["a JSON array", []],
    ["a string", "app"],
    ["an unknown property", { applicationId: "5b4f0c1e-6a2d-4e8f-9c3b-2d1a0f9e8d7c" }],
    ["a server-filled property", { status: "active" }],
    ["an application id that is not a GUID", { application: { id: "backup-app" } }],
    ["an application without an id", { application: { displayName: "Backup" } }],
  ])("refuses a create body that is %s with 400 and registers nothing", async (_name, body) => {
    const before = (await call("GET", `${BACKUP}/serviceApps`)).body.value.length;
    const res = await call("POST", `${BACKUP}/serviceApps`, body);
    expect([res.status, res.body.error.code]).toEqual([400, "BadRequest"]);
    expect((await call("GET", `${BACKUP}/serviceApps`)).body.value).toHaveLength(before);
  });

  it("answers Graph's 404 ResourceNotFound for an unknown app, on GET, DELETE and activate", async () => {
    const unknown = "0f0e0d0c-0b0a-4909-8807-060504030201";
    for (const [method, path, body] of [
      ["GET", unknown, undefined],
      ["DELETE", unknown, undefined],
      ["POST", `${unknown}/activate`, { effectiveDateTime: T0 }],
    ] as const) {
      const res = await call(method, `${BACKUP}/serviceApps/${path}`, body);
      expect([res.status, res.body.error.code]).toEqual([404, "ResourceNotFound"]);
    }
  });

  it("pages the list with $top and nextLink, each app once", async () => {
    for (let i = 0; i < 3; i++) await call("POST", `${BACKUP}/serviceApps`, {});
    const seen: string[] = [];
    let link: string | undefined = `${BACKUP}/serviceApps?$top=2`;
    while (link) {
      const page = await call("GET", link);
      expect(page.body.value.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.value.map((a: { id: string }) => a.id));
      link = page.body["@odata.nextLink"];
    }
    expect(seen).toHaveLength(5); // the demo seed's two and the three above
    expect(new Set(seen).size).toBe(5);
  });

  it("seeds the demo tenant with an active app and one pending activation", async () => {
    const apps = (await call("GET", `${BACKUP}/serviceApps`)).body.value as { status: string; application: object }[];
    expect(apps.map((a) => a.status).sort()).toEqual(["active", "pendingActive"]);
    for (const app of apps)
      expect(app.application).toMatchObject({ id: expect.any(String), displayName: expect.any(String) });
  });
});
