// Enabling the service and moving a controller (service) app through its lifecycle, over HTTP.
import { describe, expect, it } from "vitest";
import {
  ActivateServiceAppDocument,
  DeactivateServiceAppDocument,
  EnableBackupRestoreDocument,
  ServiceAppsDocument,
} from "../generated/graphql.js";
import { startExternal, useGateway } from "../helpers/gateway.js";
import { execute, expectData } from "../helpers/graphql.js";
import { graphCalls, MINUTE } from "../helpers/tenant.js";

describe("the backup service and its controller apps", () => {
  const t = useGateway(() => startExternal({ CACHE_TTL_MS: "0" }, { seed: "directory" }));

  it("enables the service for a billing tenant, and refuses a tenant id that is not a GUID before calling Graph", async () => {
    const data = await expectData(t.url, EnableBackupRestoreDocument, {
      tenant: "8a1f1b1c-3bd2-4f4e-9a55-6c1f26f9a0c2",
    });
    expect(data.enableBackupRestore.serviceStatus).toEqual({ status: "ENABLED", backupServiceConsumer: "THIRDPARTY" });
    t.emulator.resetRequests();
    const bad = await execute(t.url, EnableBackupRestoreDocument, { tenant: "contoso" });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "appOwnerTenantId",
      item: "contoso",
    });
    expect(graphCalls(t)).toEqual([]);
  });

  it("activates an app from an effective time on, then deactivates it", async () => {
    // Registering an app is the partner's one-off step; the test does it on the emulator directly.
    const registered = await fetch(`${t.emulator.baseUrl}/solutions/backupRestore/serviceApps`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    const app = (await registered.json()) as { id: string };
    const at = new Date(t.emulator.clock.now() + MINUTE).toISOString();
    const activated = (await expectData(t.url, ActivateServiceAppDocument, { id: app.id, at })).activateServiceApp
      .serviceApp;
    expect(activated).toMatchObject({ id: app.id, status: "PENDING_ACTIVE" });

    t.emulator.clock.advance(2 * MINUTE);
    expect((await expectData(t.url, ServiceAppsDocument)).backupRestore.serviceApps.nodes).toEqual([
      expect.objectContaining({ id: app.id, status: "ACTIVE" }),
    ]);
    const again = await execute(t.url, ActivateServiceAppDocument, { id: app.id, at });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", upstreamStatus: 400 });

    const deactivated = (await expectData(t.url, DeactivateServiceAppDocument, { id: app.id })).deactivateServiceApp
      .serviceApp;
    expect(deactivated.status).toBe("PENDING_INACTIVE");
  });
});
