// The contract's PollRestoreSession reads a session and, in the same request, its artifacts and bulk requests,
// whose paths depend on the session's workload. Once the gateway has seen the session, a poll costs one wave.
import { print } from "graphql";
import { describe, expect, it } from "vitest";
import { PollRestoreSessionDocument } from "../../generated/graphql.js";
import { gql, startPollingGateway } from "./fixtures.js";
import { useStarted } from "../../helpers/started.js";

const POLL_SESSION = print(PollRestoreSessionDocument);
const COST = { "x-upstream-cost": "1" };
const TTL_MS = 2000;

const g = useStarted(() => startPollingGateway());

/** $batch POSTs since the last reset (the emulator logs each of their items as a request too). */
const batches = () => g.emulator.requests().filter((r) => r.path.endsWith("/$batch")).length;

describe("PollRestoreSession", () => {
  it("reads the session and its two lists in one $batch once the session's workload is known", async () => {
    const id = await g.restorableSession();
    const first = await gql(g.url, POLL_SESSION, { id }, COST);
    expect(first.errors).toBeUndefined();
    expect(first.extensions.upstream.roundTrips).toBe(2);
    expect(first.data.restoreSession.bulkAdditionRequests.nodes).toHaveLength(1);

    g.advance(TTL_MS);
    g.emulator.resetRequests();
    const again = await gql(g.url, POLL_SESSION, { id }, COST);
    expect(again.errors).toBeUndefined();
    expect(again.extensions.upstream.roundTrips).toBe(1);
    expect([batches(), g.sessionReads(id)]).toEqual([1, 3]);
    expect(again.data).toEqual(first.data);
  });

  it("finds the lists inside fragments and reads none the query asks no items of", async () => {
    const id = await g.restorableSession();
    await gql(g.url, POLL_SESSION, { id });
    const query = `query($id: ID!, $n: Int) { restoreSession(id: $id) { id ...Lists ... on ExchangeRestoreSession { artifacts(first: $n) { nodes { id } } } } }
      fragment Lists on RestoreSession { bulkAdditionRequests { nodes { id } } }`;
    g.advance(TTL_MS);
    g.emulator.resetRequests();
    const both = await gql(g.url, query, { id, n: 5 }, COST);
    expect(both.errors).toBeUndefined();
    expect([both.extensions.upstream.roundTrips, batches(), g.sessionReads(id)]).toEqual([1, 1, 3]);

    g.advance(TTL_MS);
    g.emulator.resetRequests();
    const noArtifacts = await gql(g.url, query, { id, n: 0 }, COST);
    expect(noArtifacts.errors).toBeUndefined();
    expect([noArtifacts.extensions.upstream.roundTrips, g.sessionReads(id)]).toEqual([1, 2]);
  });

  it("reads a session never seen before in two waves, as it must", async () => {
    const id = await g.restorableSession();
    g.emulator.resetRequests();
    const answer = await gql(g.url, POLL_SESSION, { id }, COST);
    expect([answer.extensions.upstream.roundTrips, g.sessionReads(id)]).toEqual([2, 3]);
  });
});
