// The five seed pages' examples, replayed against the emulator: same status code, same response shape. Only the
// ids and addresses change (the pages' GUIDs name nothing in the emulated tenant).
import { describe, expect, it } from "vitest";
import { userId } from "../../../src/emulator/index.js";
import { T0 } from "./fixtures.js";
import { BACKUP, type Json, useEmulator } from "./http.js";
import { readSeed, SEEDS_DIR, shapeDiff, substitute, type SeedExample } from "./seedPages.js";

const present = readSeed("003") !== undefined;
if (!present) console.warn(`[seeds] skipped: ${SEEDS_DIR} is absent (CI has ../shared beside the clone)`);

const { emulator, call } = useEmulator({ startTime: T0 }, { beforeEach: (e) => e.reset() });

/** Sends the seed's request with `ids` substituted; checks status and shape; returns the answer body. */
async function replay(seed: SeedExample, ids: Record<string, string>): Promise<Json> {
  const path = `/${seed.version === "beta" ? "beta" : "v1.0"}${substitute(seed.path, ids)}`;
  const res = await call(
    seed.method,
    seed.version === "beta" ? path : path.slice("/v1.0".length),
    substitute(seed.requestBody, ids),
  );
  expect(res.status, JSON.stringify(res.body)).toBe(seed.status);
  expect(shapeDiff(seed.responseBody, res.body)).toEqual([]);
  for (const name of Object.keys(seed.headers).filter((h) => h !== "content-type"))
    expect(res.headers.get(name)).toBeTruthy();
  return res.body;
}

const firstPolicy = async (collection: string) =>
  (await call("GET", `${BACKUP}/${collection}`)).body.value[0].id as string;
const mailOf = async (index: number) => (await call("GET", `/users/${userId(index)}`)).body.mail as string;

describe.skipIf(!present)("seed page examples replayed", () => {
  it("004: creates an Exchange policy with three units; it starts inactive, with retention settings", async () => {
    await emulator.reset("directory");
    const seed = readSeed("004")!;
    const ids = {
      "cdd3a849-dcaf-4a85-af82-7e39fc14019a": userId(20),
      "9bc069da-b746-41a4-89ab-26125c6373c7": userId(21),
      "b218eb4a-ea72-42bd-8f0b-d0bbf794bec7": userId(22),
    };
    const body = await replay(seed, ids);
    expect(body).toMatchObject({
      status: "inactive",
      retentionSettings: (seed.responseBody as Json).retentionSettings,
    });
  });

  it("003: adds two mailboxes and removes two units in one PATCH, one removal failing inside the 200", async () => {
    const policyId = await firstPolicy("exchangeProtectionPolicies");
    const unitId = (await call("GET", `${BACKUP}/exchangeProtectionPolicies/${policyId}/mailboxProtectionUnits`)).body
      .value[0].id;
    const body = await replay(readSeed("003")!, {
      "845457dc-4bb2-4815-bef3-8628ebd1952e": policyId,
      "1b014d8c-71fe-4d00-a01a-31850bc5b32c": userId(20),
      "2b014d8c-71fe-4d00-a01a-31850bc5b32c": userId(21),
      "99954f18-c8ec-4b62-85bf-cdf3b70b140e": unitId,
    });
    const delta = body["mailboxProtectionUnits@delta"] as Json[];
    expect(delta.map((d) => d.status ?? d["@Core.DataModificationException"].info.code)).toEqual([
      "protectRequested",
      "protectRequested",
      "removeRequested",
      "Invalid",
    ]);
    expect(delta[3]["@Core.DataModificationException"]).toMatchObject({ failedOperation: "remove", responseCode: 409 });
  });

  it("000: creates a mailbox bulk addition job, active, that completes on the clock", async () => {
    const policyId = await firstPolicy("exchangeProtectionPolicies");
    const ids = {
      "71633878-8321-4950-bfaf-ed285bdd1461": policyId,
      "1fec4e78-bce4-4aaf-ab1b-5451cc387264": userId(30),
      "amala@contoso.com": await mailOf(31),
      "conrad@contoso.com": await mailOf(32),
      "lothar@contoso.com": await mailOf(33),
    };
    const job = await replay(readSeed("000")!, ids);
    expect(job.status).toBe("active");
    emulator.clock.advance(60 * 60_000);
    const later = await call("GET", `${BACKUP}/mailboxProtectionUnitsBulkAdditionJobs/${job.id}`);
    expect(later.body.status).toBe("completed");
  });

  it("001: creates a drive bulk addition job, active", async () => {
    const policyId = await firstPolicy("oneDriveForBusinessProtectionPolicies");
    const ids = {
      "71633878-8321-4950-bfaf-ed285bdd1461": policyId,
      "1fec4e78-bce4-4aaf-ab1b-5451cc387264": userId(40),
      "amala@contoso.com": await mailOf(41),
      "conrad@contoso.com": await mailOf(42),
      "lothar@contoso.com": await mailOf(43),
    };
    expect((await replay(readSeed("001")!, ids)).status).toBe("active");
  });

  it("002: adds a bulk restore request to an empty Exchange session; it stays active until the session is activated", async () => {
    const session = await call("POST", `${BACKUP}/exchangeRestoreSessions`, {});
    const ids = { "dc3a3fc8-eb4b-45eb-9ca6-4955696344b8": session.body.id };
    const request = await replay(readSeed("002")!, ids);
    expect(request.status).toBe("active");
    emulator.clock.advance(60 * 60_000);
    const path = `${BACKUP}/exchangeRestoreSessions/${session.body.id}/mailboxRestoreArtifactsBulkAdditionRequests/${request.id}`;
    expect((await call("GET", path)).body.status).toBe("active");
  });
});
