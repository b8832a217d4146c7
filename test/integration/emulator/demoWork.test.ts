import { describe, expect, it } from "vitest";
import { demoWorkIds } from "../../../src/emulator/index.js";
import { BACKUP, type Json, useEmulator } from "./http.js";
import { DAY } from "./work.js";

const { emulator, call } = useEmulator({ seed: "demo", startTime: "2025-03-01T12:00:00Z" });

describe("the demo seed's restore history", () => {
  it("has a completed mailbox bulk job on the active Exchange policy", async () => {
    const job = await call("GET", `${BACKUP}/mailboxProtectionUnitsBulkAdditionJobs/${demoWorkIds().bulkJob}`);
    expect(job.body).toMatchObject({
      status: "completed",
      error: null,
      mailboxes: expect.any(Array),
      directoryObjectIds: expect.any(Array),
    });
    const policies = await call("GET", `${BACKUP}/exchangeProtectionPolicies`);
    const active = policies.body.value.find((p: Json) => p.status === "active");
    const underPolicy = await call(
      "GET",
      `${BACKUP}/exchangeProtectionPolicies/${active.id}/mailboxProtectionUnitsBulkAdditionJobs`,
    );
    expect(underPolicy.body.value.map((j: Json) => j.id)).toEqual([demoWorkIds().bulkJob]);
  });

  it("has restore points going back weeks for the protected mailboxes", async () => {
    const units = await call("GET", `${BACKUP}/mailboxProtectionUnits?$filter=status eq 'protected'`);
    const unitId = units.body.value[0].id;
    const oldest = await call(
      "GET",
      `${BACKUP}/restorePoints?$expand=protectionUnit($filter=id eq '${unitId}')&$filter=protectionDateTime lt 2025-03-01T12:00:00Z&$orderby=protectionDateTime asc`,
    );
    const first = Date.parse(oldest.body.value[0].protectionDateTime);
    expect(emulator.clock.now() - first).toBeGreaterThan(21 * DAY);
  });

  it("has a completed restore session with its artifacts", async () => {
    const { restoreSession } = demoWorkIds();
    const session = await call("GET", `${BACKUP}/restoreSessions/${restoreSession}`);
    expect(session.body).toMatchObject({
      "@odata.type": "#microsoft.graph.exchangeRestoreSession",
      status: "completed",
      completedDateTime: expect.any(String),
      restoreSessionArtifactCount: { total: 2, completed: 2, inProgress: 0, failed: 0 },
    });
    const artifacts = await call("GET", `${BACKUP}/exchangeRestoreSessions/${restoreSession}/mailboxRestoreArtifacts`);
    expect(artifacts.body.value.map((a: Json) => a.status)).toEqual(["succeeded", "succeeded"]);
  });

  it("is absent from the directory seed, where nothing is protected", async () => {
    emulator.reset("directory");
    expect((await call("GET", `${BACKUP}/restoreSessions`)).body.value).toEqual([]);
    expect((await call("GET", `${BACKUP}/mailboxProtectionUnitsBulkAdditionJobs`)).body.value).toEqual([]);
    emulator.reset("demo");
  });
});
