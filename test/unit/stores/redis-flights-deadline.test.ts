// Single-flight across replicas when the replica holding the lock is lost in a black hole (issue 12, defect 5): a
// waiting replica stops waiting for the holder's answer with half of its own deadline left, and fetches itself.
// Against a real redis-server; skipped, saying why, where one cannot be started.
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisReplicaFlights } from "../../../src/stores/redis/flights.js";
import { redisUnavailable, startRedis, type RedisServer } from "../../helpers/redis.js";

describe.skipIf(redisUnavailable() !== undefined)("replica flights and the waiter's deadline", () => {
  let server: RedisServer;
  const clients: Redis[] = [];
  beforeAll(async () => {
    server = await startRedis();
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.quit()));
    await server?.stop();
  });

  it("fetch for themselves when the holder has not answered by half of what is left of their deadline", async () => {
    const [a, b] = [new Redis(server.url), new Redis(server.url)];
    clients.push(a, b);
    // Waits measured on a long lock and wait, so only the deadline can end the wait early.
    const [holder, waiter] = [a, b].map((c) =>
      createRedisReplicaFlights(c, { prefix: "d:", lockMs: 60_000, waitMs: 60_000 }),
    );
    void holder!.run(
      "k",
      async () => undefined,
      () => new Promise<string>(() => {}),
    );
    await new Promise((r) => setTimeout(r, 20));
    const peeks: number[] = [];
    let refreshed = 0;
    const answer = await waiter!.run(
      "k",
      async () => void peeks.push(Date.now()),
      async () => (refreshed++, "own"),
      { deadlineAt: Date.now() + 400 },
    );
    expect(answer).toBe("own");
    expect(refreshed).toBe(1);
    // Polled the shared cache for the holder's answer meanwhile, then gave up: it did not wait out the 60 s.
    expect(peeks.length).toBeGreaterThan(1);
  });
});
