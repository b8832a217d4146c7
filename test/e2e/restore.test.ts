// Restore end to end over HTTP against the demo tenant's protected mailboxes: seed 002 (empty session → bulk
// request → activate → monitor) to its terminal state, the manual artifact flow, and the DRAFT-only rules refused
// before anything is sent to Graph.
import { beforeAll, describe, expect, it } from "vitest";
import {
  ActivateRestoreSessionDocument,
  AddArtifactsDocument,
  CreateRestoreSessionDocument,
  CreateRestoreSessionWithDocument,
  DeleteRestoreSessionDocument,
  ExchangePoliciesDocument,
  PollRestoreSessionDocument,
  RemoveArtifactsDocument,
  SearchPointsDocument,
  SubmitMailboxRestoreRequestDocument,
  SubmitMailboxRestoreRequestKeyedDocument,
} from "../generated/graphql.js";
import { startExternal, useGateway } from "../helpers/gateway.js";
import { execute, expectData } from "../helpers/graphql.js";
import { callsTo, graphCalls, lastDays, MINUTE, tenantUsers } from "../helpers/tenant.js";

describe("restore sessions over the demo tenant's protected mailboxes", () => {
  let mailboxes: string[];
  let unitIds: string[];
  // The clock jumps minutes between polls: no status read may be reused from the gateway's short-lived cache.
  const t = useGateway(() => startExternal({ CACHE_TTL_MS: "0" }, { seed: "demo" }));
  beforeAll(async () => {
    const policy = (await expectData(t.url, ExchangePoliciesDocument, { unitsFirst: 10 })).protectionPolicies.nodes[0]!;
    const units = policy.protectionUnits.nodes.flatMap((u) => (u.__typename === "MailboxProtectionUnit" ? [u] : []));
    const mailOf = new Map((await tenantUsers(t)).map((u) => [u.id, u.mail]));
    mailboxes = units.map((u) => mailOf.get(u.directoryObjectId ?? "")!).filter(Boolean);
    unitIds = units.map((u) => u.id);
  });

  it("runs seed 002: the request stays ACTIVE until activation, then COMPLETED with the artifacts restored", async () => {
    const { session } = (await expectData(t.url, CreateRestoreSessionDocument, { workload: "EXCHANGE" }))
      .createRestoreSession;
    expect(session).toMatchObject({ __typename: "ExchangeRestoreSession", status: "DRAFT", workload: "EXCHANGE" });
    const period = lastDays(7);
    const { request } = (
      await expectData(t.url, SubmitMailboxRestoreRequestDocument, {
        sessionId: session.id,
        name: "Usermailbox-BulkRestoreArtifacts",
        mailboxes: mailboxes.slice(0, 3),
        period,
      })
    ).submitMailboxRestoreArtifactsBulkAdditionRequest;
    expect(request).toMatchObject({
      status: "ACTIVE",
      destinationType: "NEW",
      restorePointPreference: "LATEST",
      tags: ["FAST_RESTORE"],
    });

    t.emulator.clock.advance(10 * MINUTE);
    const waiting = (await expectData(t.url, PollRestoreSessionDocument, { id: session.id })).restoreSession!;
    expect(waiting.bulkAdditionRequests.nodes.map((r) => r.status)).toEqual(["ACTIVE"]);
    expect(waiting.status).toBe("DRAFT");

    expect(
      (await expectData(t.url, ActivateRestoreSessionDocument, { id: session.id })).activateRestoreSession.session
        .status,
    ).toBe("ACTIVATING");
    t.emulator.clock.advance(MINUTE);
    const resolved = (await expectData(t.url, PollRestoreSessionDocument, { id: session.id })).restoreSession!;
    expect(resolved.bulkAdditionRequests.nodes.map((r) => r.status)).toEqual(["COMPLETED"]);
    expect(resolved.artifacts.nodes).toHaveLength(3);

    t.emulator.clock.advance(10 * MINUTE);
    const done = (await expectData(t.url, PollRestoreSessionDocument, { id: session.id })).restoreSession!;
    expect(done).toMatchObject({
      status: "COMPLETED",
      isTerminal: true,
      pollAfterSeconds: null,
      artifactCount: { total: 3, completed: 3 },
    });
    expect(done.artifacts.nodes.every((a) => a.status === "SUCCEEDED" && a.restorePoint?.id)).toBe(true);

    // Past DRAFT, every change is refused by the gateway after one read: nothing else goes to Graph.
    t.emulator.resetRequests();
    const refusals = await Promise.all([
      execute(t.url, AddArtifactsDocument, {
        sessionId: session.id,
        artifacts: [{ restorePointId: done.artifacts.nodes[0]!.restorePoint!.id }],
      }),
      execute(t.url, DeleteRestoreSessionDocument, { id: session.id }),
      execute(t.url, ActivateRestoreSessionDocument, { id: session.id }),
      execute(t.url, SubmitMailboxRestoreRequestKeyedDocument, {
        sessionId: session.id,
        name: "again",
        mailboxes: [mailboxes[4]!],
      }),
    ]);
    for (const res of refusals)
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: "CONFLICT",
        reason: "RestoreSessionNotDraft",
        field: expect.any(String),
      });
    expect(graphCalls(t).filter((c) => c.method !== "GET" && c.path !== "/v1.0/$batch")).toEqual([]);
  });

  it("adds and removes artifacts one by one, each with its outcome, then deletes the DRAFT session", async () => {
    const hits = (await expectData(t.url, SearchPointsDocument, { ids: unitIds.slice(3, 6), period: lastDays(3) }))
      .searchRestorePoints.results;
    const points = hits.map((h) => h.restorePoint.id);
    expect(points).toHaveLength(3);
    const { session } = (
      await expectData(t.url, CreateRestoreSessionWithDocument, {
        workload: "EXCHANGE",
        artifacts: [{ restorePointId: points[0]!, destinationType: "IN_PLACE" }],
      })
    ).createRestoreSession;
    expect(session).toMatchObject({ status: "DRAFT", artifactCount: { total: 1 } });

    const added = (
      await expectData(t.url, AddArtifactsDocument, {
        sessionId: session.id,
        artifacts: points.slice(1).map((restorePointId) => ({ restorePointId, destinationType: "IN_PLACE" as const })),
      })
    ).addRestoreArtifacts;
    expect(added.results.map((r) => [r.operation, r.target, r.succeeded])).toEqual([
      ["ADD", points[1], true],
      ["ADD", points[2], true],
    ]);
    expect(added.results.map((r) => r.artifact?.restorePoint?.id)).toEqual(points.slice(1));
    expect(added.session.artifactCount?.total).toBe(3);

    const artifactId = added.results[0]!.artifact!.id;
    const unknown = "5a2ee0cb-1b5c-4e2b-a4e7-2ab4e12d8b41";
    const removed = (
      await expectData(t.url, RemoveArtifactsDocument, { sessionId: session.id, ids: [artifactId, unknown] })
    ).removeRestoreArtifacts;
    expect(removed.results.map((r) => [r.target, r.succeeded])).toEqual([
      [artifactId, true],
      [unknown, false],
    ]);
    expect(removed.results[1]!.error?.code).toEqual(expect.any(String));
    expect(removed.session.artifactCount?.total).toBe(2);

    // Bulk and manual additions never mix: refused before the POST.
    t.emulator.resetRequests();
    const mixed = await execute(t.url, SubmitMailboxRestoreRequestKeyedDocument, {
      sessionId: session.id,
      name: "bulk",
      mailboxes: [mailboxes[7]!],
    });
    expect(mixed.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "RestoreSessionFilledManually" });
    expect(callsTo(t, "POST", "BulkAdditionRequests")).toEqual([]);

    expect((await expectData(t.url, DeleteRestoreSessionDocument, { id: session.id })).deleteRestoreSession).toEqual({
      id: session.id,
      deleted: true,
    });
    const gone = await execute(t.url, PollRestoreSessionDocument, { id: session.id });
    expect(gone.errors?.[0]?.extensions).toMatchObject({
      code: "NOT_FOUND",
      graphCode: "RestoreSessionNotFound",
      hint: expect.any(String),
    });
  });

  it("accepts one bulk request per session", async () => {
    const { session } = (await expectData(t.url, CreateRestoreSessionDocument, { workload: "EXCHANGE" }))
      .createRestoreSession;
    await expectData(t.url, SubmitMailboxRestoreRequestKeyedDocument, {
      sessionId: session.id,
      name: "first",
      mailboxes: [mailboxes[5]!],
    });
    t.emulator.resetRequests();
    const second = await execute(t.url, SubmitMailboxRestoreRequestKeyedDocument, {
      sessionId: session.id,
      name: "second",
      mailboxes: [mailboxes[6]!],
    });
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "BulkRequestAlreadySubmitted" });
    expect(callsTo(t, "POST", "BulkAdditionRequests")).toEqual([]);
  });
});
