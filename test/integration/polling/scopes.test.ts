// Who shares what: delegated callers never share an entry, a lone GET and a $batch item share one call, and a
// write through a request's Graph client drops the entry of the session it changed.
import type { IncomingMessage } from "node:http";
import { graphql, type GraphQLSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGraphClient, type GraphClient } from "../../../src/msgraph/client.js";
import { createSharedReads, type SharedReads } from "../../../src/msgraph/shared-reads.js";
import { buildGatewaySchema } from "../../../src/schema/index.js";
import { createContext } from "../../../src/server/context.js";
import { createLogger } from "../../../src/server/logger.js";
import { createMemoryCacheStore, createMemoryFlightRegistry } from "../../../src/stores/index.js";
import { BACKUP, gql, POLL, startPollingGateway, type PollingGateway } from "./fixtures.js";
import { useStarted } from "../../helpers/started.js";

describe("delegated callers (GRAPH_AUTH_MODE=passthrough)", () => {
  const g = useStarted(() => startPollingGateway({ GRAPH_AUTH_MODE: "passthrough" }));

  it("never share a cached status: each caller's first poll reads Graph with its own token", async () => {
    const id = await g.draftSession();
    g.emulator.resetRequests();
    const as = (token: string) => gql(g.url, POLL, { id }, { authorization: `Bearer ${token}` });
    await Promise.all([as("token-of-alice"), as("token-of-bob")]);
    expect(g.sessionReads(id)).toBe(2);
    await Promise.all([as("token-of-alice"), as("token-of-bob")]);
    expect(g.sessionReads(id)).toBe(2);
  });
});

describe("inside the gateway's layers", () => {
  let g: PollingGateway;
  let schema: GraphQLSchema;
  let graph: GraphClient;
  const logger = createLogger("silent");
  const contextOf = (reads: SharedReads) =>
    createContext({ graph, logger, maxPageSize: 500, requestDeadlineMs: 25_000, reads }, {
      headers: {},
    } as IncomingMessage);
  const sharedReads = (statusMs: number) =>
    createSharedReads({
      cache: createMemoryCacheStore(),
      flights: createMemoryFlightRegistry(),
      statusMs,
      terminalMs: statusMs,
    });
  beforeAll(async () => {
    [g, schema] = await Promise.all([startPollingGateway(), buildGatewaySchema()]);
    graph = createGraphClient({ baseUrl: g.emulator.baseUrl });
  });
  afterAll(async () => {
    await graph.close();
    await g.stop();
  });

  it("lets a $batch item and a lone GET of two requests share one call (cache off: single-flight alone)", async () => {
    const id = await g.draftSession();
    const reads = sharedReads(0);
    const withService = `query($id: ID!) { restoreSession(id: $id) { status } backupRestore { serviceStatus { status } } }`;
    g.emulator.resetRequests();
    // The first request sends the session in a $batch with the service root; the second only joins it.
    const [batched, lone] = await Promise.all([
      graphql({ schema, source: withService, variableValues: { id }, contextValue: contextOf(reads) }),
      graphql({ schema, source: POLL, variableValues: { id }, contextValue: contextOf(reads) }),
    ]);
    expect([batched.errors, lone.errors]).toEqual([undefined, undefined]);
    expect(g.sessionReads(id)).toBe(1);
    expect(g.emulator.requests().filter((r) => r.path.endsWith("/$batch"))).toHaveLength(1);
    // And the other way round: the lone GET leads, the $batch of the second request carries only the service root.
    g.emulator.resetRequests();
    await Promise.all([
      graphql({ schema, source: POLL, variableValues: { id }, contextValue: contextOf(reads) }),
      graphql({ schema, source: withService, variableValues: { id }, contextValue: contextOf(reads) }),
    ]);
    expect(g.sessionReads(id)).toBe(1);
  });

  it("drops a session's cached status when a request's Graph client writes to it (as a mutation resolver does)", async () => {
    const id = await g.restorableSession();
    const reads = sharedReads(60_000);
    const poll = async () =>
      (await graphql({ schema, source: POLL, variableValues: { id }, contextValue: contextOf(reads) })).data as any;
    expect((await poll()).restoreSession.status).toBe("DRAFT");
    g.emulator.resetRequests();
    expect((await poll()).restoreSession.status).toBe("DRAFT");
    expect(g.sessionReads(id)).toBe(0);
    await contextOf(reads).graph.post(`${BACKUP}/restoreSessions/${id}/activate`);
    expect((await poll()).restoreSession.status).toBe("ACTIVATING");
    expect(g.sessionReads(id)).toBe(1);
  });
});
