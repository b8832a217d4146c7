// Where replicas share state (src/stores/redis/): unset REDIS_URL keeps everything in memory, one process.
import { ConfigError, readInt, readStr, type Env } from "./read.js";

export interface RedisConfig {
  /**
   * REDIS_URL, default unset (in-memory stores: correct for one gateway process). `redis://` or `rediss://` (TLS),
   * with user, password and database as ioredis reads them, e.g. `redis://:secret@redis:6379/0`. Never logged.
   */
  url: string | undefined;
  /** REDIS_KEY_PREFIX, default `backup-graphql:`: put before every key and channel, so gateways can share a Redis. */
  keyPrefix: string;
  /**
   * REDIS_COMMAND_TIMEOUT_MS, default 500: a Redis command slower than this counts as Redis being down, and the
   * request goes on with the in-memory store (a hung Redis must not hang GraphQL requests).
   */
  commandTimeoutMs: number;
}

export const DEFAULT_REDIS_KEY_PREFIX = "backup-graphql:";

export function readRedis(env: Env): RedisConfig {
  const url = readStr(env, "REDIS_URL");
  if (url !== undefined) {
    let protocol: string;
    try {
      protocol = new URL(url).protocol;
    } catch {
      // The value may hold a password: name the variable, never echo it.
      throw new ConfigError("REDIS_URL must be an absolute redis:// or rediss:// URL");
    }
    if (protocol !== "redis:" && protocol !== "rediss:")
      throw new ConfigError(`REDIS_URL must use redis: or rediss:, got "${protocol}"`);
  }
  const keyPrefix = env["REDIS_KEY_PREFIX"] ?? DEFAULT_REDIS_KEY_PREFIX;
  if (/[\s\u0000-\u001f]/.test(keyPrefix) || keyPrefix.length > 100) {
    throw new ConfigError("REDIS_KEY_PREFIX must be at most 100 characters without spaces or control characters");
  }
  return { url, keyPrefix, commandTimeoutMs: readInt(env, "REDIS_COMMAND_TIMEOUT_MS", 500, 10, 60_000) };
}
