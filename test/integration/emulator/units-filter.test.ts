// What the gateway asks the emulator when it looks for one resource's units and when it offboards one: $filter on the
// typed unit lists, a site by URL, and the offboard statuses moving on the emulated clock.
import { describe, expect, it } from "vitest";
import { siteId, TIMINGS, userId } from "../../../src/emulator/index.js";
import { BACKUP, stubs, type Json, useEmulator } from "./http.js";

const MAILBOXES = `${BACKUP}/protectionUnits/microsoft.graph.mailboxProtectionUnit`;
const DRIVES = `${BACKUP}/protectionUnits/microsoft.graph.driveProtectionUnit`;
const SITES = `${BACKUP}/protectionUnits/microsoft.graph.siteProtectionUnit`;
const EVOLVABLE = { Prefer: "include-unknown-enum-members" };
const filtered = (collection: string, filter: string) => `${collection}?$filter=${encodeURIComponent(filter)}`;

describe("unit lists filtered by the resource they protect (large seed)", () => {
  const { call } = useEmulator({ seed: "large" });

  it("finds one user's mailbox among 5,000 with directoryObjectId eq", async () => {
    const res = await call("GET", filtered(MAILBOXES, `directoryObjectId eq '${userId(4321)}'`));
    expect(res.status).toBe(200);
    expect(res.body.value.map((u: Json) => u.directoryObjectId)).toEqual([userId(4321)]);
    expect(res.body["@odata.nextLink"]).toBeUndefined();
  });

  it("answers directoryObjectId in (...) with exactly the units of the listed users, ignoring case", async () => {
    const ids = [userId(1), userId(4999), userId(5001).toUpperCase(), userId(9999)];
    const list = `directoryObjectId in (${ids.map((id) => `'${id}'`).join(",")})`;
    const mailboxes = await call("GET", filtered(MAILBOXES, list));
    const drives = await call("GET", filtered(DRIVES, list));
    expect(mailboxes.body.value.map((u: Json) => u.directoryObjectId)).toEqual([userId(1), userId(4999)]);
    expect(drives.body.value.map((u: Json) => u.directoryObjectId)).toEqual([userId(5001)]);
  });

  it("finds a site's unit with siteId eq, commas inside the quoted id", async () => {
    const res = await call("GET", filtered(SITES, `siteId eq '${siteId(7)}'`));
    expect(res.body.value.map((u: Json) => u.siteId)).toEqual([siteId(7)]);
  });

  it("combines a resource and a status condition with and", async () => {
    const hit = await call(
      "GET",
      filtered(MAILBOXES, `directoryObjectId eq '${userId(2)}' and status in ('protected','unprotected')`),
    );
    const miss = await call(
      "GET",
      filtered(MAILBOXES, `directoryObjectId eq '${userId(2)}' and status eq 'offboarded'`),
    );
    expect(hit.body.value).toHaveLength(1);
    expect(miss.body.value).toEqual([]);
  });

  it("reads a site by its URL, /sites/{host}:/sites/{name}, and 404s a URL no site has", async () => {
    const site = await call("GET", `/sites/${siteId(3)}?$select=id,webUrl`);
    const path = new URL(site.body.webUrl as string).pathname;
    const byUrl = await call("GET", `/sites/contoso.sharepoint.com:${path}?$select=id`);
    expect(byUrl.status).toBe(200);
    expect(byUrl.body.id).toBe(siteId(3));
    expect((await call("GET", "/sites/contoso.sharepoint.com:/sites/no-such-site")).status).toBe(404);
  });
});

describe("offboarding on the emulated clock", () => {
  const { emulator, call } = useEmulator(
    { seed: "directory", startTime: "2025-01-01T00:00:00Z" },
    { beforeEach: (e) => e.reset("directory") },
  );

  /** A unit of a deleted (so never active) policy: detached and unprotected, the one state offboard accepts. */
  async function detachedUnit(index: number): Promise<string> {
    const policy = await call("POST", `${BACKUP}/exchangeProtectionPolicies`, {
      displayName: "Leavers",
      mailboxProtectionUnits: stubs([userId(index)]),
    });
    const units = await call("GET", `${BACKUP}/exchangeProtectionPolicies/${policy.body.id}/mailboxProtectionUnits`);
    expect((await call("DELETE", `${BACKUP}/protectionPolicies/${policy.body.id}`)).status).toBe(204);
    return units.body.value[0].id as string;
  }
  const unit = (id: string) => call("GET", `${BACKUP}/protectionUnits/${id}`, undefined, EVOLVABLE);

  it("moves a detached unit offboardRequested → offboarded, with offboardRequestedDateTime set", async () => {
    const id = await detachedUnit(1);
    expect((await unit(id)).body).toMatchObject({
      policyId: null,
      status: "unprotected",
      offboardRequestedDateTime: "0001-01-01T00:00:00Z",
    });
    const res = await call("POST", `${BACKUP}/protectionUnits/${id}/offboard`, undefined, EVOLVABLE);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: "offboardRequested",
      offboardRequestedDateTime: "2025-01-01T00:00:00.000Z",
    });
    emulator.clock.advance(TIMINGS.offboardMs);
    expect((await unit(id)).body).toMatchObject({
      status: "offboarded",
      offboardRequestedDateTime: "2025-01-01T00:00:00.000Z",
    });
    const offboarded = await call("GET", filtered(MAILBOXES, "status eq 'offboarded'"), undefined, EVOLVABLE);
    expect(offboarded.body.value.map((u: Json) => u.id)).toEqual([id]);
  });

  it("cancels an offboarding: cancelOffboardRequested, then unprotected again with the date cleared", async () => {
    const id = await detachedUnit(2);
    await call("POST", `${BACKUP}/protectionUnits/${id}/offboard`);
    const res = await call("POST", `${BACKUP}/protectionUnits/${id}/cancelOffboard`, undefined, EVOLVABLE);
    expect(res.body.status).toBe("cancelOffboardRequested");
    emulator.clock.advance(TIMINGS.offboardMs);
    expect((await unit(id)).body).toMatchObject({
      status: "unprotected",
      offboardRequestedDateTime: "0001-01-01T00:00:00Z",
    });
  });

  it("answers 403 OperationNotAllowed for an attached unit and for cancelling what is not offboarding", async () => {
    const policy = await call("POST", `${BACKUP}/exchangeProtectionPolicies`, {
      displayName: "Stays",
      mailboxProtectionUnits: stubs([userId(3)]),
    });
    const units = await call("GET", `${BACKUP}/exchangeProtectionPolicies/${policy.body.id}/mailboxProtectionUnits`);
    const id = units.body.value[0].id as string;
    const offboard = await call("POST", `${BACKUP}/protectionUnits/${id}/offboard`);
    expect(offboard.status).toBe(403);
    expect(offboard.body.error.code).toBe("OperationNotAllowed");
    const cancel = await call("POST", `${BACKUP}/protectionUnits/${id}/cancelOffboard`);
    expect(cancel.status).toBe(403);
    expect(cancel.body.error.code).toBe("OperationNotAllowed");
    expect((await unit(id)).body).toMatchObject({ status: "unprotected", policyId: policy.body.id });
  });

  it("hides the offboard statuses from clients that do not opt into evolvable enum members", async () => {
    const id = await detachedUnit(4);
    await call("POST", `${BACKUP}/protectionUnits/${id}/offboard`);
    expect((await call("GET", `${BACKUP}/protectionUnits/${id}`)).body.status).toBe("unknownFutureValue");
  });
});
