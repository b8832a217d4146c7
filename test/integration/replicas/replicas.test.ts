// Two gateway replicas sharing one Redis and one emulator (fixtures.ts): an idempotency key sent to both at once
// creates one object, pollers split across both cost Graph what they cost one gateway, a 429 heard by one replica
// holds the other, and killing Redis mid-run fails no request. Counted in the emulator's request log.
import { describe, expect, it } from "vitest";
import { redisUnavailable } from "../../helpers/redis.js";
import { draftSession, gql, readyz, startReplicas, until, userIds } from "./fixtures.js";
import { useStarted } from "../../helpers/started.js";

const POLL = "query Poll($id: ID!) { restoreSession(id: $id) { id status isTerminal pollAfterSeconds } }";
const CREATE_POLICY = `mutation($name: String!, $ids: [ID!], $key: String) {
  createExchangeProtectionPolicy(input: { displayName: $name, directoryObjectIds: $ids, idempotencyKey: $key }) { policy { id } } }`;
const SUBMIT_JOB = `mutation($policyId: ID!, $name: String!, $mailboxes: [String!], $key: String) {
  submitMailboxProtectionUnitsBulkAdditionJob(input: { policyId: $policyId, displayName: $name, mailboxes: $mailboxes, idempotencyKey: $key }) { job { id } } }`;
const CREATE_SESSION = `mutation($key: String) { createRestoreSession(input: { workload: EXCHANGE, idempotencyKey: $key }) { session { id } } }`;

describe.skipIf(redisUnavailable() !== undefined)("two gateway replicas sharing Redis", () => {
  const posts = (part: string) =>
    r.emulator.requests().filter((q) => q.method === "POST" && q.path.split("?")[0]!.endsWith(part)).length;
  const sessionReads = (id: string) =>
    r.emulator.requests().filter((q) => q.method === "GET" && q.path.includes(id)).length;
  /** Drops the cached status reads, as their TTL running out would. */
  const expireCache = async () => {
    const keys = await r.inspect.keys(`${r.prefix}cache:*`);
    if (keys.length > 0) await r.inspect.del(...keys);
  };
  const r = useStarted(() => startReplicas({ CACHE_TTL_MS: "10000" }));

  it("creates one policy and one job when the same idempotency key reaches both replicas at once", async () => {
    const users = await userIds(r.emulator, 4);
    r.emulator.resetRequests();
    const policyVars = { name: "Replicated", ids: [users[0]!.id], key: "replicas-policy" };
    const policies = await Promise.all([r.a, r.b, r.a, r.b].map((g) => gql(g.url, CREATE_POLICY, policyVars)));
    expect(policies.map((p) => p.errors)).toEqual([undefined, undefined, undefined, undefined]);
    expect(new Set(policies.map((p) => p.data.createExchangeProtectionPolicy.policy.id)).size).toBe(1);
    expect(posts("exchangeProtectionPolicies")).toBe(1);

    const jobVars = {
      policyId: policies[0].data.createExchangeProtectionPolicy.policy.id,
      name: "Job",
      mailboxes: [users[1]!.mail, users[2]!.mail],
      key: "replicas-job",
    };
    const jobs = await Promise.all(
      Array.from({ length: 6 }, (_, i) => gql((i % 2 ? r.a : r.b).url, SUBMIT_JOB, jobVars)),
    );
    expect(jobs.map((j) => j.errors)).toEqual(Array(6).fill(undefined));
    expect(new Set(jobs.map((j) => j.data.submitMailboxProtectionUnitsBulkAdditionJob.job.id)).size).toBe(1);
    expect(posts("mailboxProtectionUnitsBulkAdditionJobs")).toBe(1);
  });

  it("answers 200 pollers split across both replicas with one upstream read per interval, as one gateway does", async () => {
    const id = await draftSession(r.emulator);
    const reads: number[] = [];
    for (let interval = 0; interval < 3; interval++) {
      await expireCache();
      r.emulator.resetRequests();
      const answers = await Promise.all(
        Array.from({ length: 200 }, (_, i) => gql((i % 2 ? r.a : r.b).url, POLL, { id })),
      );
      expect(answers.every((x) => x.data?.restoreSession?.status === "DRAFT")).toBe(true);
      reads.push(sessionReads(id));
    }
    expect(reads).toEqual([1, 1, 1]);
  });

  it("holds the other replica too when one hears a 429, until Retry-After", async () => {
    r.emulator.resetRequests();
    r.emulator.injectFault({
      method: "GET",
      path: "exchangeProtectionPolicies",
      status: 429,
      retryAfterSeconds: 1,
      times: 1,
    });
    const throttled = gql(r.a.url, "{ protectionPolicies(filter: { workload: EXCHANGE }) { nodes { id } } }");
    // Replica b has not called Graph: it learns of the hold through Redis.
    await until(() => r.b.graph.retryAfterMs() > 0, 2000);
    const other = await gql(r.b.url, "{ backupRestore { serviceStatus { status } } }", {}, { "x-upstream-cost": "1" });
    expect((await throttled).errors).toBeUndefined();
    expect(other.errors).toBeUndefined();
    expect(other.extensions.upstream).toMatchObject({ throttleWaits: 1 });
    const log = r.emulator.requests();
    const tooMany = log.filter((q) => q.status === 429);
    expect(tooMany).toHaveLength(1);
    // Not one call of replica b reached Graph before the Retry-After was over.
    const serviceCalls = log.filter((q) => q.path.includes("serviceStatus") || q.path.endsWith("/backupRestore"));
    expect(serviceCalls.length).toBeGreaterThan(0);
    expect(Math.min(...serviceCalls.map((q) => q.at))).toBeGreaterThanOrEqual(tooMany[0]!.at + 1000 - 5);
  });

  it("fails no request when Redis is killed mid-run, and shares again once it is back", async () => {
    const id = await draftSession(r.emulator);
    const failures: unknown[] = [];
    let requests = 0;
    let running = true;
    let n = 0;
    const worker = async (i: number) => {
      for (; running; requests++) {
        const g = (requests + i) % 2 ? r.a : r.b;
        const res = i === 0 ? await gql(g.url, CREATE_SESSION, { key: `kill-${n++}` }) : await gql(g.url, POLL, { id });
        if (res.status !== 200 || res.errors || !res.data) failures.push(res);
      }
    };
    const workers = [0, 1, 2, 3].map(worker);
    await until(() => requests > 40);
    await r.redis.kill();
    await until(async () => (await readyz(r.a)).redis === "down" && (await readyz(r.b)).redis === "down");
    const during = requests;
    await until(() => requests > during + 40);
    const metrics = await (await fetch(new URL("/metrics", r.a.url))).text();
    expect(metrics).toMatch(/^gateway_redis_fallback 1$/m);
    expect(metrics).toMatch(/^gateway_redis_fallback_total\{store="cache"\} [1-9]/m);
    expect((await readyz(r.a)).status).toBe("ready");

    await r.redis.restart();
    await until(async () => (await readyz(r.a)).redis === "ok" && (await readyz(r.b)).redis === "ok");
    const after = requests;
    await until(() => requests > after + 40);
    running = false;
    await Promise.all(workers);
    expect(failures).toEqual([]);
    expect(await (await fetch(new URL("/metrics", r.b.url))).text()).toMatch(/^gateway_redis_fallback 0$/m);

    // Shared again: one upstream read for pollers on both replicas, one session for a key sent to both.
    const fresh = await draftSession(r.emulator);
    r.emulator.resetRequests();
    await Promise.all(Array.from({ length: 20 }, (_, i) => gql((i % 2 ? r.a : r.b).url, POLL, { id: fresh })));
    expect(sessionReads(fresh)).toBe(1);
    const sessions = await Promise.all([r.a, r.b].map((g) => gql(g.url, CREATE_SESSION, { key: "after-recovery" })));
    expect(new Set(sessions.map((s) => s.data.createRestoreSession.session.id)).size).toBe(1);
    expect(posts("exchangeRestoreSessions")).toBe(1);
  });
});
