// CacheStore over Redis: what one replica fetched, every replica reads; a write on one replica drops the entries
// for all. One string per entry (`<prefix>cache:<key>`, JSON, PX ttl) and one set per tag (`<prefix>tag:<tag>`)
// listing the entries that carry it. Keys hold tenant, caller scope and Graph path, never a token (shared-reads.ts).
import type { Redis } from "ioredis";
import type { CacheStore } from "../cache.js";

// KEYS[1] the entry, KEYS[2..] its tag sets; ARGV[1] the JSON value, ARGV[2] the TTL in ms. A tag set lives as long
// as its longest-lived entry (never shortened), so sets of tags nobody writes any more expire on their own.
const SET = `redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
local ttl = tonumber(ARGV[2])
for i = 2, #KEYS do
  redis.call('SADD', KEYS[i], KEYS[1])
  if redis.call('PTTL', KEYS[i]) < ttl then redis.call('PEXPIRE', KEYS[i], ttl) end
end
return 1`;
// KEYS: tag sets. Deletes their entries (in slices: Lua's unpack has a stack limit) and the sets; returns how many
// entries were dropped (members that had expired already do not count).
const INVALIDATE = `local dropped = 0
for i = 1, #KEYS do
  local members = redis.call('SMEMBERS', KEYS[i])
  for j = 1, #members, 500 do
    dropped = dropped + redis.call('DEL', unpack(members, j, math.min(j + 499, #members)))
  end
  redis.call('DEL', KEYS[i])
end
return dropped`;

export function createRedisCacheStore(redis: Redis, options: { prefix: string }): CacheStore {
  const entryKey = (key: string) => `${options.prefix}cache:${key}`;
  const tagKey = (tag: string) => `${options.prefix}tag:${tag}`;
  return {
    async get(key) {
      const raw = await redis.get(entryKey(key));
      return raw === null ? undefined : (JSON.parse(raw) as unknown);
    },
    async set(key, value, { ttlMs, tags }) {
      if (!(ttlMs > 0)) {
        await redis.del(entryKey(key));
        return;
      }
      const ttl = Math.max(1, Math.ceil(ttlMs));
      await redis.eval(SET, 1 + tags.length, entryKey(key), ...tags.map(tagKey), JSON.stringify(value), ttl);
    },
    async invalidateTags(tags) {
      if (tags.length === 0) return 0;
      return (await redis.eval(INVALIDATE, tags.length, ...tags.map(tagKey))) as number;
    },
  };
}
