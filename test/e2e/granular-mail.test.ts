// Restoring single mail items end to end over HTTP against the demo tenant's protected mailboxes: a restore point
// search with an artifactQuery, a session holding the found items as granular mailbox artifacts, activation, and
// polls (the emulator's clock advanced) until COMPLETED; and every bad input refused before Graph hears of it.
import { beforeAll, describe, expect, it } from "vitest";
import {
  ActivateRestoreSessionDocument,
  CreateGranularOnWorkloadDocument,
  CreateMailItemsRestoreDocument,
  ExchangePoliciesDocument,
  PollMailItemsRestoreDocument,
  SearchMailItemsDocument,
  type GranularMailboxRestoreArtifactInput,
} from "../generated/graphql.js";
import { demoRestoreIds } from "../../src/emulator/seed/restoreDemo.js";
import { startExternal, useGateway } from "../helpers/gateway.js";
import { execute, expectData } from "../helpers/graphql.js";
import { graphCalls, MINUTE } from "../helpers/tenant.js";

interface MailSearch {
  searchResponseId: string;
  restorePointId: string;
  hits: number;
}

describe("restoring single mail items", () => {
  let unitIds: string[];
  // The clock jumps minutes between polls: no status read may be reused from the gateway's short-lived cache.
  const t = useGateway(() => startExternal({ CACHE_TTL_MS: "0" }, { seed: "demo" }));
  beforeAll(async () => {
    const policy = (await expectData(t.url, ExchangePoliciesDocument, { unitsFirst: 10 })).protectionPolicies.nodes[0]!;
    unitIds = policy.protectionUnits.nodes.filter((u) => u.status === "PROTECTED").map((u) => u.id);
  });

  /** A restore point search of one mailbox with an artifactQuery, over GraphQL (no period: up to Graph's now). */
  async function mailSearch(unitId: string, query: string): Promise<MailSearch> {
    const found = (await expectData(t.url, SearchMailItemsDocument, { unitId, query })).searchRestorePoints;
    const [hit] = found.results;
    return {
      searchResponseId: found.searchResponseId!,
      restorePointId: hit!.restorePoint.id,
      hits: hit!.artifactHitCount!,
    };
  }

  const granular = (
    s: MailSearch,
    destinationType: "NEW" | "IN_PLACE" = "NEW",
  ): GranularMailboxRestoreArtifactInput => ({
    searchResponseId: s.searchResponseId,
    restorePointId: s.restorePointId,
    destinationType,
  });
  /** Exchange restore sessions in the tenant, read from the emulator directly. */
  async function sessionCount(): Promise<number> {
    const res = await fetch(`${t.emulator.baseUrl}/solutions/backupRestore/exchangeRestoreSessions?$top=999`);
    return ((await res.json()) as { value: unknown[] }).value.length;
  }
  /** Upstream round trips since the last reset: direct calls and $batch POSTs, not the items inside a batch. */
  const roundTrips = () => graphCalls(t).filter((c) => c.batchId === undefined).length;

  // First, while the emulator's clock still agrees with the gateway's: adoption looks at sessions created meanwhile.
  it("after a connection lost once the create was sent, adopts the session Graph made with the same searches", async () => {
    const found = await mailSearch(unitIds[5]!, "(subject -contains 'budget')");
    const variables = { granular: [granular(found)], key: "mail-items-1" };
    t.emulator.injectFault({ method: "POST", path: "/exchangeRestoreSessions", kind: "reset-after-body", times: 1 });
    const lost = await execute(t.url, CreateMailItemsRestoreDocument, variables);
    expect(lost.errors?.[0]?.extensions).toMatchObject({ code: "UPSTREAM_OUTCOME_UNKNOWN" });
    // As if Graph had created the session before the connection dropped (the same body, straight to the emulator),
    // while someone else created a session with another search of the same mailbox: only the first is adopted.
    const direct = async (s: MailSearch) => {
      const res = await fetch(`${t.emulator.baseUrl}/solutions/backupRestore/exchangeRestoreSessions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          granularMailboxRestoreArtifacts: [
            { restorePoint: { id: s.restorePointId }, destinationType: "new", searchResponseId: s.searchResponseId },
          ],
        }),
      });
      return ((await res.json()) as { id: string }).id;
    };
    const madeId = await direct(found);
    await direct(await mailSearch(unitIds[5]!, "(subject -contains 'invoice')"));
    const before = await sessionCount();

    t.emulator.resetRequests();
    const retried = (await expectData(t.url, CreateMailItemsRestoreDocument, variables)).createRestoreSession.session;
    expect(retried.id).toBe(madeId);
    expect(graphCalls(t, "POST").filter((c) => c.path.endsWith("/exchangeRestoreSessions"))).toEqual([]);
    expect(await sessionCount()).toBe(before);
  });

  it("restores the mail a search found, from an empty session to COMPLETED, each poll one upstream call", async () => {
    const found = await mailSearch(unitIds[0]!, "(subject -contains 'invoice')");
    expect(found.hits).toBeGreaterThan(0);

    t.emulator.resetRequests();
    const { session } = (await expectData(t.url, CreateMailItemsRestoreDocument, { granular: [granular(found)] }))
      .createRestoreSession;
    expect(session).toMatchObject({
      __typename: "ExchangeRestoreSession",
      status: "DRAFT",
      artifactCount: { total: 1 },
    });
    if (session.__typename !== "ExchangeRestoreSession") throw new Error("not an Exchange session");
    expect(session.granularArtifacts.nodes).toEqual([
      { id: expect.any(String), status: "ADDED", searchResponseId: found.searchResponseId, artifactCount: found.hits },
    ]);
    expect(graphCalls(t, "POST").filter((c) => c.path.includes("exchangeRestoreSessions"))).toHaveLength(1);

    const activated = await expectData(t.url, ActivateRestoreSessionDocument, { id: session.id });
    expect(activated.activateRestoreSession.session.status).toBe("ACTIVATING");

    const seen: string[] = [];
    let poll = (await expectData(t.url, PollMailItemsRestoreDocument, { id: session.id })).restoreSession!;
    for (let i = 0; i < 20 && !poll.isTerminal; i++) {
      expect(poll.pollAfterSeconds).toEqual(expect.any(Number));
      if (poll.__typename === "ExchangeRestoreSession") seen.push(poll.granularArtifacts.nodes[0]!.status);
      t.emulator.clock.advance(MINUTE);
      t.emulator.resetRequests();
      poll = (await expectData(t.url, PollMailItemsRestoreDocument, { id: session.id })).restoreSession!;
      // The session was seen before: its granular list is read in the same $batch as the session itself.
      expect(roundTrips()).toBe(1);
    }
    expect([...new Set(seen)]).toEqual(["SCHEDULING", "SCHEDULED", "IN_PROGRESS"]);
    expect(poll).toMatchObject({
      status: "COMPLETED",
      isTerminal: true,
      pollAfterSeconds: null,
      artifactCount: { total: 1, completed: 1, inProgress: 0, failed: 0 },
    });
    if (poll.__typename !== "ExchangeRestoreSession") throw new Error("not an Exchange session");
    expect(poll.granularArtifacts.nodes[0]).toMatchObject({
      __typename: "GranularMailboxRestoreArtifact",
      status: "SUCCEEDED",
      destinationType: "NEW",
      searchResponseId: found.searchResponseId,
      artifactCount: found.hits,
      restoredItemCount: found.hits,
      restoredFolderName: expect.any(String),
      startDateTime: expect.any(String),
      completionDateTime: expect.any(String),
      error: null,
      restorePoint: { id: found.restorePointId },
    });
  });

  it("shows the demo tenant's finished mail restore through GraphQL", async () => {
    const done = (await expectData(t.url, PollMailItemsRestoreDocument, { id: demoRestoreIds().granularMail }))
      .restoreSession!;
    expect(done).toMatchObject({ status: "COMPLETED", isTerminal: true, artifactCount: { total: 1, completed: 1 } });
    if (done.__typename !== "ExchangeRestoreSession") throw new Error("not an Exchange session");
    const [items] = done.granularArtifacts.nodes;
    expect(items).toMatchObject({ status: "SUCCEEDED", restoredFolderName: expect.any(String) });
    expect(items!.restoredItemCount).toBe(items!.artifactCount);
  });

  it("lists a session's granular artifacts page by page, whole mailboxes counted with them", async () => {
    const searches = await Promise.all([
      mailSearch(unitIds[1]!, "(subject -contains 'budget')"),
      mailSearch(unitIds[1]!, "(subject -contains 'invoice')"),
      mailSearch(unitIds[2]!, "(subject -contains 'invoice')"),
    ]);
    const { session } = (
      await expectData(t.url, CreateMailItemsRestoreDocument, {
        granular: searches.map((s) => granular(s)),
        artifacts: [{ restorePointId: searches[2]!.restorePointId }],
      })
    ).createRestoreSession;
    expect(session.artifactCount).toMatchObject({ total: 4 });

    const ids: string[] = [];
    let after: string | null | undefined;
    for (let page = 0; page < 5; page++) {
      const read = (await expectData(t.url, PollMailItemsRestoreDocument, { id: session.id, first: 2, after }))
        .restoreSession!;
      if (read.__typename !== "ExchangeRestoreSession") throw new Error("not an Exchange session");
      ids.push(...read.granularArtifacts.nodes.map((n) => n.searchResponseId));
      after = read.granularArtifacts.pageInfo.endCursor;
      if (!read.granularArtifacts.pageInfo.hasNextPage) break;
    }
    expect(ids).toEqual(searches.map((s) => s.searchResponseId));
  });

  it("refuses bad granular inputs before any upstream call, and maps Graph's refusal of an unknown search", async () => {
    const found = await mailSearch(unitIds[3]!, "(subject -contains 'invoice')");
    const sessionsBefore = await sessionCount();
    const refusals: [string, Parameters<typeof execute>[2]][] = [
      ["duplicate search", { granular: [granular(found), granular(found)] }],
      ["empty search id", { granular: [{ ...granular(found), searchResponseId: " " }] }],
      ["empty restore point id", { granular: [{ ...granular(found), restorePointId: "" }] }],
      ["unknown destination", { granular: [granular(found, "UNKNOWN" as "NEW")] }],
      [
        "mixed destinations",
        {
          granular: [granular(found)],
          artifacts: [{ restorePointId: found.restorePointId, destinationType: "IN_PLACE" }],
        },
      ],
      [
        "too many",
        { granular: Array.from({ length: 51 }, (_, i) => ({ ...granular(found), searchResponseId: `s${i}` })) },
      ],
    ];
    t.emulator.resetRequests();
    for (const [name, variables] of refusals) {
      const res = await execute(t.url, CreateMailItemsRestoreDocument, variables as never);
      expect([name, res.errors?.[0]?.extensions?.code]).toEqual([name, "BAD_USER_INPUT"]);
      expect([name, res.errors?.[0]?.extensions?.field]).toEqual([name, expect.stringContaining("input.")]);
    }
    const absent = await execute(t.url, CreateMailItemsRestoreDocument, {
      granular: [{ restorePointId: found.restorePointId }],
    } as never);
    expect(absent.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const site = await execute(t.url, CreateGranularOnWorkloadDocument, {
      workload: "SHAREPOINT",
      granular: [granular(found)],
    });
    expect(site.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.granularMailboxArtifacts",
    });
    expect(graphCalls(t)).toEqual([]);

    // Well-formed but unknown to Graph, or a point the search did not answer: Graph's 400, mapped, nothing created.
    const other = await mailSearch(unitIds[4]!, "(subject -contains 'invoice')");
    t.emulator.resetRequests();
    for (const stub of [
      { ...granular(found), searchResponseId: "M2UyZDAwMDAwMDMxMzkzYTMyNj" },
      { ...granular(found), restorePointId: other.restorePointId },
    ]) {
      const res = await execute(t.url, CreateMailItemsRestoreDocument, { granular: [stub] });
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        graphCode: "InvalidArtifactRequest",
      });
    }
    expect(graphCalls(t, "POST")).toHaveLength(2);
    expect(await sessionCount()).toBe(sessionsBefore);
  });
});
