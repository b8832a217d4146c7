// Automatic persisted queries as Apollo clients speak them (hash only → PERSISTED_QUERY_NOT_FOUND → text and hash →
// hash only), with every limit still applied to a document that arrives by hash; registered queries shared by two
// gateways through Redis; and PERSISTED_DOCUMENTS_ONLY, where nothing but the manifest's operations runs.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { parse } from "graphql";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { manifestFromDocuments } from "../../src/server/persisted-documents.js";
import { startEmbedded, startExternal, type TestGateway, useGateway } from "../helpers/gateway.js";
import { send } from "../helpers/http.js";
import { redisUnavailable, startRedis, type RedisServer } from "../helpers/redis.js";

const STATUS = "query Status { backupRestore { serviceStatus { status } } }";
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const apq = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });
const post = (url: string, body: unknown) =>
  send(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const codeOf = (res: { json?: any }) => res.json?.errors?.[0]?.extensions;

describe("automatic persisted queries", () => {
  const t = useGateway(
    () => startEmbedded({ NODE_ENV: "production", GRAPH_BASE_URL: "emulator", GRAPHQL_MAX_DEPTH: "4" }),
    { resetRequests: true },
  );

  it("miss, register, hit: the protocol Apollo clients follow", async () => {
    const query = `${STATUS} # round trip`;
    const hash = sha256(query);
    const miss = await post(t.url, { extensions: apq(hash) });
    expect(miss.status).toBe(200);
    expect(codeOf(miss)).toEqual({ code: "PERSISTED_QUERY_NOT_FOUND" });
    expect(t.emulator.requests()).toEqual([]);
    const register = await post(t.url, { query, extensions: apq(hash) });
    expect(register.json).toEqual({ data: { backupRestore: { serviceStatus: { status: "ENABLED" } } } });
    const hit = await post(t.url, { extensions: apq(hash) });
    expect(hit.json).toEqual(register.json);
    // Over GET too, the way Apollo's link sends hashed queries with useGETForHashedQueries.
    const get = await send(`${t.url}?extensions=${encodeURIComponent(JSON.stringify(apq(hash)))}`, {
      headers: { "apollo-require-preflight": "1" },
    });
    expect(get.json).toEqual(register.json);
  });

  it("a document over the depth limit is refused, and never registered", async () => {
    const deep = "query Deep { protectionPolicies { nodes { protectionUnits { nodes { id } } } } }";
    const hash = sha256(deep);
    const register = await post(t.url, { query: deep, extensions: apq(hash) });
    expect(register.status).toBe(400);
    expect(codeOf(register).code).toBe("BAD_USER_INPUT");
    expect(codeOf(await post(t.url, { extensions: apq(hash) }))).toEqual({ code: "PERSISTED_QUERY_NOT_FOUND" });
    expect(t.emulator.requests()).toEqual([]);
  });
});

describe("PERSISTED_DOCUMENTS_ONLY", () => {
  let t: TestGateway;
  let manifestPath: string;
  const statusId = sha256(manifestFromDocuments([parse(STATUS)]).operations[0]!.body);
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), "persisted-"));
    manifestPath = join(dir, "manifest.json");
    // The npm script, as a frontend build would run it.
    const ops = join(dir, "status.graphql");
    await writeFile(ops, STATUS);
    await promisify(execFile)("npx", [
      "tsx",
      "src/server/persisted-manifest.ts",
      "--out",
      manifestPath,
      ops,
      "test/operations/policies.graphql",
    ]);
    t = await startEmbedded({
      NODE_ENV: "production",
      GRAPH_BASE_URL: "emulator",
      PERSISTED_DOCUMENTS: manifestPath,
      PERSISTED_DOCUMENTS_ONLY: "true",
    });
  });
  afterAll(() => t?.stop());
  beforeEach(() => t.emulator.resetRequests());

  it("runs an operation of the manifest named by its id", async () => {
    const manifest = JSON.parse(await readFile(manifestPath, "utf8"));
    expect(manifest.operations.map((o: any) => o.id)).toContain(statusId);
    const byHash = await post(t.url, { extensions: apq(statusId) });
    expect(byHash.json).toEqual({ data: { backupRestore: { serviceStatus: { status: "ENABLED" } } } });
    const byDocumentId = await post(t.url, { documentId: `sha256:${statusId}` });
    expect(byDocumentId.json).toEqual(byHash.json);
  });

  it.each<[string, () => unknown, string]>([
    ["a free-text query", () => ({ query: STATUS }), "PERSISTED_QUERY_ID_REQUIRED"],
    ["an unknown hash", () => ({ extensions: apq(sha256("{ __typename }")) }), "PERSISTED_QUERY_NOT_IN_LIST"],
    [
      "an APQ registration of a new query",
      () => ({ query: "{ __typename }", extensions: apq(sha256("{ __typename }")) }),
      "PERSISTED_QUERY_NOT_IN_LIST",
    ],
    [
      "a known id with other text",
      () => ({ query: "{ __schema { types { name } } }", extensions: apq(statusId) }),
      "PERSISTED_QUERY_HASH_MISMATCH",
    ],
    ["a syntax error", () => ({ query: "{ {{{" }), "PERSISTED_QUERY_ID_REQUIRED"],
  ])("refuses %s before parsing, with no upstream call", async (_name, body, reason) => {
    const res = await post(t.url, body());
    expect(res.status).toBe(400);
    expect(codeOf(res)).toEqual({ code: "BAD_USER_INPUT", reason });
    expect(t.emulator.requests()).toEqual([]);
  });
});

describe.skipIf(redisUnavailable() !== undefined)("registered queries shared through Redis", () => {
  let redis: RedisServer;
  let a: TestGateway;
  let b: TestGateway;
  beforeAll(async () => {
    redis = await startRedis();
    a = await startExternal({ REDIS_URL: redis.url });
    b = await startExternal({ REDIS_URL: redis.url });
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.stop();
  });

  it("a query registered on one gateway is found by hash on the other", async () => {
    const query = `${STATUS} # shared`;
    const hash = sha256(query);
    expect((await post(b.url, { extensions: apq(hash) })).json.errors[0].extensions.code).toBe(
      "PERSISTED_QUERY_NOT_FOUND",
    );
    expect((await post(a.url, { query, extensions: apq(hash) })).json.data).toBeDefined();
    // Apollo files the query without awaiting the write: ask until it has landed.
    await expect
      .poll(async () => (await post(b.url, { extensions: apq(hash) })).json.data?.backupRestore?.serviceStatus?.status)
      .toBe("ENABLED");
  });
});
