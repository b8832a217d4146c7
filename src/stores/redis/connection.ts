// The gateway's connections to Redis. Requests must never wait on a Redis that is gone, so commands fail fast while
// disconnected (no offline queue), in-flight commands fail as soon as the connection drops, and a slow command
// times out; callers then fall back to in-memory state (fallback.ts). ioredis keeps reconnecting in the background.
import { Redis, type RedisOptions } from "ioredis";

export type RedisState = "ok" | "down";

export interface RedisConnection {
  /** For commands; rejects at once while disconnected. */
  readonly client: Redis;
  /** A dedicated connection for SUBSCRIBE (a subscribed connection can run nothing else); resubscribes on reconnect. */
  subscriber(): Redis;
  state: () => RedisState;
  /** Called on every change between ok and down. */
  onState: (listener: (state: RedisState) => void) => void;
  /** Resolves true once connected, false after `ms` without a connection. */
  ready: (ms: number) => Promise<boolean>;
  close: () => Promise<void>;
}

export interface RedisConnectionOptions {
  url: string;
  /** A command slower than this fails (Redis hung or partitioned). */
  commandTimeoutMs: number;
  /** Connection errors (already retried by ioredis); without a listener ioredis would print them to stderr. */
  onError?: (error: Error) => void;
}

/** Reconnect quickly at first, then once a second: recovery is noticed within a second of Redis coming back. */
const retryStrategy = (attempt: number) => Math.min(50 * attempt, 1000);

export function createRedisConnection(options: RedisConnectionOptions): RedisConnection {
  const base: RedisOptions = { retryStrategy, connectTimeout: 2000, lazyConnect: false };
  const client = new Redis(options.url, {
    ...base,
    enableOfflineQueue: false,
    // 0: commands sent but unanswered when the connection drops fail right away instead of waiting for a reconnect.
    maxRetriesPerRequest: 0,
    commandTimeout: options.commandTimeoutMs,
  });
  let subscriber: Redis | undefined;
  let state: RedisState = "down";
  const listeners = new Set<(s: RedisState) => void>();
  const set = (next: RedisState) => {
    if (next === state) return;
    state = next;
    for (const l of [...listeners]) l(next);
  };
  const onError = (error: Error) => options.onError?.(error);
  client.on("ready", () => set("ok"));
  client.on("close", () => set("down"));
  client.on("end", () => set("down"));
  client.on("error", onError);

  return {
    client,
    subscriber() {
      // Queued while disconnected: a SUBSCRIBE is sent when the connection comes, and again after each reconnect.
      if (!subscriber) {
        subscriber = new Redis(options.url, { ...base, enableOfflineQueue: true, maxRetriesPerRequest: null });
        subscriber.on("error", onError);
      }
      return subscriber;
    },
    state: () => state,
    onState: (listener) => void listeners.add(listener),
    ready(ms) {
      if (state === "ok") return Promise.resolve(true);
      return new Promise((resolve) => {
        const onOk = (s: RedisState) => {
          if (s !== "ok") return;
          clearTimeout(timer);
          listeners.delete(onOk);
          resolve(true);
        };
        const timer = setTimeout(() => {
          listeners.delete(onOk);
          resolve(false);
        }, ms);
        listeners.add(onOk);
      });
    },
    async close() {
      // disconnect, not QUIT: a QUIT would queue behind a reconnect that may never succeed, holding up shutdown.
      // Nothing is lost: every command this gateway sends is awaited by the request that sent it.
      for (const c of [client, subscriber]) c?.disconnect();
    },
  };
}
