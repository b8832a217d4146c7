// Single-flight across replicas for status reads: flights are promises and cannot leave a process, so replicas
// agree through a short lock instead. The replica that takes `<prefix>lock:<key>` (SET NX PX) refreshes the entry;
// the others wait briefly for its answer to land in the shared cache and read it from there.
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type { Redis } from "ioredis";
import type { ReplicaFlights } from "../flights.js";

export interface RedisReplicaFlightsOptions {
  prefix: string;
  /** How long a lock holds at most: a replica that dies while refreshing blocks nobody longer. Default 3000. */
  lockMs?: number;
  /**
   * How long the others wait for the holder's answer before fetching themselves. Default 1500. Never more than
   * half of what is left of a waiter's deadline, so it still has the time to fetch itself.
   */
  waitMs?: number;
}

/** Deletes the lock only if it is still ours (it may have expired and been taken by another replica). */
const UNLOCK = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

export function createRedisReplicaFlights(redis: Redis, options: RedisReplicaFlightsOptions): ReplicaFlights {
  const lockMs = options.lockMs ?? 3000;
  const waitMs = options.waitMs ?? 1500;
  const lockOf = (key: string) => `${options.prefix}lock:${key}`;
  return {
    async run(key, peek, refresh, { deadlineAt } = {}) {
      const lock = lockOf(key);
      const token = randomUUID();
      if ((await redis.set(lock, token, "PX", lockMs, "NX")) === "OK") {
        try {
          return await refresh();
        } finally {
          await redis.eval(UNLOCK, 1, lock, token).catch(() => undefined);
        }
      }
      const now = Date.now();
      const until = now + Math.min(waitMs, deadlineAt === undefined ? Infinity : Math.max(0, (deadlineAt - now) / 2));
      for (let pause = 5; Date.now() < until; pause = Math.min(pause * 2, 40)) {
        await sleep(pause);
        // Lock first, then the value: the holder stores before it unlocks, so a lock seen gone means the value (if
        // the holder got one) is there to read.
        const held = (await redis.exists(lock)) === 1;
        const value = await peek();
        if (value !== undefined) return value;
        if (!held) break; // the holder got nothing cacheable (an error, a 404): fetch ourselves
      }
      return refresh();
    },
  };
}
