// Cleaning up bulk restore requests over HTTP against the demo tenant: one is read by id (its mailboxes too, which
// Graph's list answers print empty), refused deletion while ACTIVE with CONFLICT naming its status and no write sent,
// and deleted once its session has resolved it.
import { describe, expect, it } from "vitest";
import {
  ActivateRestoreSessionDocument,
  CreateRestoreSessionDocument,
  DeleteBulkRestoreRequestDocument,
  ListBulkRestoreRequestEntriesDocument,
  ReadBulkRestoreRequestDocument,
  SubmitMailboxRestoreRequestDocument,
  type ReadBulkRestoreRequestQueryVariables,
} from "../generated/graphql.js";
import { WORK_TIMINGS } from "../../src/emulator/index.js";
import { startExternal, useGateway } from "../helpers/gateway.js";
import { execute, expectData } from "../helpers/graphql.js";
import { graphCalls, lastDays, tenantUsers } from "../helpers/tenant.js";

describe("bulk restore request cleanup", () => {
  const t = useGateway(() => startExternal({ CACHE_TTL_MS: "0" }, { seed: "demo" }));

  it("reads a request by id, refuses to delete it while ACTIVE, and deletes it once completed", async () => {
    const mailboxes = (await tenantUsers(t, 2)).map((u) => u.mail);
    const sessionId = (await expectData(t.url, CreateRestoreSessionDocument, { workload: "EXCHANGE" }))
      .createRestoreSession.session.id;
    const { id } = (
      await expectData(t.url, SubmitMailboxRestoreRequestDocument, {
        sessionId,
        name: "cleanup",
        mailboxes,
        period: lastDays(7),
      })
    ).submitMailboxRestoreArtifactsBulkAdditionRequest.request;
    const ids = { workload: "EXCHANGE" as const, sessionId, id };

    // One GET of the request, mailboxes included.
    t.emulator.resetRequests();
    const read = (await expectData(t.url, ReadBulkRestoreRequestDocument, ids)).restoreArtifactsBulkAdditionRequest!;
    expect(read).toMatchObject({
      __typename: "MailboxRestoreArtifactsBulkAdditionRequest",
      id,
      sessionId,
      status: "ACTIVE",
      isTerminal: false,
      mailboxes,
    });
    expect(graphCalls(t).map((r) => r.method)).toEqual(["GET"]);
    // The list answer prints the mailboxes empty, as Graph's does; the field then reads the request itself.
    const listed = (await expectData(t.url, ListBulkRestoreRequestEntriesDocument, { id: sessionId })).restoreSession!;
    expect(listed.bulkAdditionRequests.nodes).toEqual([expect.objectContaining({ id, status: "ACTIVE", mailboxes })]);
    const raw = (await (
      await fetch(
        `${t.emulator.baseUrl}/solutions/backupRestore/exchangeRestoreSessions/${sessionId}/mailboxRestoreArtifactsBulkAdditionRequests`,
      )
    ).json()) as {
      value: { mailboxes: unknown }[];
    };
    expect(raw.value[0]!.mailboxes).toEqual([]);

    // Refused while ACTIVE: the request read, no DELETE sent, the request still there.
    t.emulator.resetRequests();
    const early = await execute(t.url, DeleteBulkRestoreRequestDocument, ids);
    expect(early.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      reason: "BulkRequestNotCompleted",
      status: "ACTIVE",
      field: "id",
    });
    expect(graphCalls(t).map((r) => r.method)).toEqual(["GET"]);
    expect(
      (await expectData(t.url, ReadBulkRestoreRequestDocument, ids)).restoreArtifactsBulkAdditionRequest!.status,
    ).toBe("ACTIVE");

    await expectData(t.url, ActivateRestoreSessionDocument, { id: sessionId });
    t.emulator.clock.advance(WORK_TIMINGS.bulkRestoreResolveMs);
    const done = (await expectData(t.url, ReadBulkRestoreRequestDocument, ids)).restoreArtifactsBulkAdditionRequest!;
    expect(done.isTerminal).toBe(true);
    expect(["COMPLETED", "COMPLETED_WITH_ERRORS"]).toContain(done.status);

    t.emulator.resetRequests();
    expect(
      (await expectData(t.url, DeleteBulkRestoreRequestDocument, ids)).deleteRestoreArtifactsBulkAdditionRequest.id,
    ).toBe(id);
    expect(graphCalls(t).map((r) => r.method)).toEqual(["GET", "DELETE"]);
    const gone = await execute(t.url, ReadBulkRestoreRequestDocument, ids);
    expect(gone.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses ids that are not GUIDs and the UNKNOWN workload before any call", async () => {
    t.emulator.resetRequests();
    const guid = "4b014d8c-71fe-4d00-a01a-31850bc5b32c";
    const cases: [ReadBulkRestoreRequestQueryVariables, string][] = [
      [{ workload: "EXCHANGE", sessionId: "x", id: guid }, "sessionId"],
      [{ workload: "EXCHANGE", sessionId: guid, id: "../x" }, "id"],
      [{ workload: "UNKNOWN", sessionId: guid, id: guid }, "workload"],
    ];
    for (const [variables, field] of cases) {
      const read = await execute(t.url, ReadBulkRestoreRequestDocument, variables);
      const deleted = await execute(t.url, DeleteBulkRestoreRequestDocument, variables);
      for (const res of [read, deleted])
        expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    expect(graphCalls(t)).toEqual([]);
  });
});
