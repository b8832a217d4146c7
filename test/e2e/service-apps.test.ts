// Registering, reading, paging and deleting controller (service) apps through GraphQL, over HTTP against the
// emulator (two apps per upstream page, so paging crosses Graph's pages); upstream calls counted in its request log.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  DeleteServiceAppDocument,
  RegisterServiceAppDocument,
  ServiceAppByIdDocument,
  ServiceAppPageDocument,
  ServiceOverviewDocument,
} from "../generated/graphql.js";
import { startEmbedded, startExternal, useGateway } from "../helpers/gateway.js";
import { execute, expectData } from "../helpers/graphql.js";
import { callsTo, graphCalls, MINUTE } from "../helpers/tenant.js";

const APPS = "/serviceApps";
const DAY = 24 * 60 * MINUTE;

describe("controller apps through GraphQL", () => {
  const t = useGateway(() => startExternal({ CACHE_TTL_MS: "0" }, { seed: "directory", pageSize: 2 }), {
    resetRequests: true,
  });
  const register = (input: { applicationId: string; effectiveDateTime?: string; idempotencyKey?: string }) =>
    execute(t.url, RegisterServiceAppDocument, { input });
  const registered = async (input: Parameters<typeof register>[0]) => {
    const res = await register(input);
    expect(res.errors).toBeUndefined();
    return res.data!.registerServiceApp;
  };
  /** A day ahead on the emulator's clock (one test moves it on). */
  const ahead = () => new Date(t.emulator.clock.now() + DAY).toISOString();
  const byId = (id: string) => execute(t.url, ServiceAppByIdDocument, { id });
  const allApps = async (first = 3) => {
    const ids: string[] = [];
    let after: string | null | undefined;
    do {
      const page = (await expectData(t.url, ServiceAppPageDocument, { first, after })).backupRestore.serviceApps;
      ids.push(...page.nodes.map((n) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
    } while (after);
    return ids;
  };

  it("registers an app without an effective date as INACTIVE in one call, readable by id and in the list", async () => {
    const applicationId = randomUUID();
    const { serviceApp, activationError } = await registered({ applicationId });
    expect(serviceApp).toMatchObject({
      status: "INACTIVE",
      effectiveDateTime: null,
      application: { id: applicationId },
    });
    expect(activationError).toBeNull();
    expect(graphCalls(t).map((c) => `${c.method} ${c.path.split("?")[0]}`)).toEqual([
      "POST /v1.0/solutions/backupRestore/serviceApps",
    ]);
    const read = (await byId(serviceApp.id)).data?.backupRestore.serviceApp;
    expect(read).toEqual(serviceApp);
    expect(await allApps()).toContain(serviceApp.id);
  });

  it("registers and activates an app with an effective date: PENDING_ACTIVE until then, ACTIVE after", async () => {
    const effectiveDateTime = ahead();
    const { serviceApp, activationError } = await registered({ applicationId: randomUUID(), effectiveDateTime });
    expect(activationError).toBeNull();
    expect(serviceApp).toMatchObject({ status: "PENDING_ACTIVE", effectiveDateTime });
    expect(callsTo(t, "POST", APPS).map((c) => c.path.split("?")[0]!.split(APPS)[1])).toEqual([
      "",
      `/${serviceApp.id}/activate`,
    ]);
    t.emulator.clock.advance(2 * DAY);
    expect((await byId(serviceApp.id)).data?.backupRestore.serviceApp?.status).toBe("ACTIVE");
  });

  it("deletes an app: gone by id and from the list; an unknown id is NOT_FOUND", async () => {
    const { serviceApp } = await registered({ applicationId: randomUUID() });
    const deleted = await expectData(t.url, DeleteServiceAppDocument, { id: serviceApp.id });
    expect(deleted.deleteServiceApp.id).toBe(serviceApp.id);
    expect((await byId(serviceApp.id)).errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND" });
    expect(await allApps()).not.toContain(serviceApp.id);
    const again = await execute(t.url, DeleteServiceAppDocument, { id: serviceApp.id });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND" });
  });

  it("pages through more apps than one page with first/after, each app once", async () => {
    for (let i = 0; i < 5; i++) await registered({ applicationId: randomUUID() });
    // Every app the emulator holds, page by page (its nextLinks), to compare with the gateway's walk.
    const upstream: string[] = [];
    for (let link: string | undefined = `${t.emulator.baseUrl}/solutions/backupRestore/serviceApps`; link;) {
      const page = (await (await fetch(link)).json()) as { value: { id: string }[]; "@odata.nextLink"?: string };
      upstream.push(...page.value.map((a) => a.id));
      link = page["@odata.nextLink"];
    }
    const ids = await allApps(3);
    expect(ids.length).toBeGreaterThanOrEqual(5);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(upstream));
    // Pages of two over Graph's pages of two: each GraphQL page costs exactly one upstream page, none read twice.
    t.emulator.resetRequests();
    expect(await allApps(2)).toEqual(ids);
    expect(callsTo(t, "GET", APPS)).toHaveLength(Math.ceil(ids.length / 2));
  });

  it("registers once per idempotencyKey: a retry answers the same app without a second POST", async () => {
    const input = {
      applicationId: randomUUID(),
      effectiveDateTime: ahead(),
      idempotencyKey: "app-1",
    };
    const first = await registered(input);
    const second = await registered(input);
    expect(second.serviceApp.id).toBe(first.serviceApp.id);
    expect(second.serviceApp.status).toBe("PENDING_ACTIVE");
    expect(callsTo(t, "POST", APPS).length).toBe(2); // one registration, one activation
    const mine = (await allApps()).filter((id) => id === first.serviceApp.id);
    expect(mine).toHaveLength(1);
  });

  it("keeps the registered app when its activation fails, and the retry with the same key activates it", async () => {
    const input = {
      applicationId: randomUUID(),
      effectiveDateTime: ahead(),
      idempotencyKey: "app-2",
    };
    t.emulator.injectFault({ method: "POST", path: /\/activate$/, status: 403, code: "Forbidden", times: 1 });
    const half = await registered(input);
    expect(half.serviceApp.status).toBe("INACTIVE");
    expect(half.activationError).toMatchObject({ code: "Forbidden" });
    expect((await byId(half.serviceApp.id)).data?.backupRestore.serviceApp?.status).toBe("INACTIVE");

    t.emulator.resetRequests();
    const retried = await registered(input);
    expect(retried).toMatchObject({
      serviceApp: { id: half.serviceApp.id, status: "PENDING_ACTIVE" },
      activationError: null,
    });
    expect(callsTo(t, "POST", APPS).map((c) => c.path.split("?")[0]!.endsWith("/activate"))).toEqual([true]);
  });

  it("registers an application only once: a second registration without a key is a CONFLICT", async () => {
    const applicationId = randomUUID();
    await registered({ applicationId });
    const again = await register({ applicationId });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT" });
  });

  const past = () => new Date(Date.now() - 10 * MINUTE).toISOString();
  const BAD: [string, () => Promise<{ errors?: readonly { extensions?: Record<string, unknown> }[] }>, string][] = [
    ["a non-GUID applicationId", () => register({ applicationId: "backup-app" }), "input.applicationId"],
    ["an empty applicationId", () => register({ applicationId: " " }), "input.applicationId"],
    ["a path in applicationId", () => register({ applicationId: "../enable" }), "input.applicationId"],
    [
      "an effective date 10 minutes ago",
      () => register({ applicationId: randomUUID(), effectiveDateTime: past() }),
      "input.effectiveDateTime",
    ],
    [
      "an empty idempotencyKey",
      () => register({ applicationId: randomUUID(), idempotencyKey: "" }),
      "input.idempotencyKey",
    ],
    ["delete of a non-GUID id", () => execute(t.url, DeleteServiceAppDocument, { id: "x/../y" }), "id"],
    ["read of a non-GUID id", () => byId("serviceApps"), "id"],
  ];
  it.each(BAD)("refuses %s with BAD_USER_INPUT before any upstream call", async (_name, send, field) => {
    const res = await send();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(graphCalls(t)).toEqual([]);
  });

  it("accepts an effective date a moment in the past (client clock skew) and activates at once", async () => {
    const effectiveDateTime = new Date(Date.now() - MINUTE).toISOString();
    const { serviceApp } = await registered({ applicationId: randomUUID(), effectiveDateTime });
    expect(serviceApp.status).toBe("ACTIVE");
  });
});

describe("the demo tenant's controller apps", () => {
  const t = useGateway(() => startEmbedded(), { resetRequests: true });

  it("shows the seeded active app and the one pending activation, with the service status in one HTTP call", async () => {
    const { backupRestore } = await expectData(t.url, ServiceOverviewDocument);
    expect(backupRestore.serviceStatus.status).toBe("ENABLED");
    expect(backupRestore.serviceApps.nodes.map((a) => [a.status, a.application?.displayName])).toEqual([
      ["ACTIVE", "Contoso Backup Connector"],
      ["PENDING_ACTIVE", "Fabrikam Cloud Backup"],
    ]);
    // Both reads ride one $batch: one HTTP call, two items.
    const calls = graphCalls(t);
    expect(calls.filter((c) => !c.batchId).map((c) => c.path)).toEqual(["/v1.0/$batch"]);
    expect(
      calls
        .filter((c) => c.batchId)
        .map((c) => c.path.split("?")[0])
        .sort(),
    ).toEqual(["/v1.0/solutions/backupRestore", "/v1.0/solutions/backupRestore/serviceApps"]);
  });
});
