// The "throttled until" of a tenant shared by replicas: Graph throttles per app and tenant, so a 429 heard by one
// replica would be heard by all. The hold is a key whose PTTL is the time left (`<prefix>throttle:<scope>`), set
// only when it lengthens the hold, and PUBLISHed so the other replicas hold at once; a replica that starts or
// reconnects reads the PTTL. Times travel as "ms left", not as instants, so clock skew between hosts does not matter.
import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";

export interface SharedHolds {
  /** Holds the scope for `ms` from now on every replica (never shortens a longer hold). */
  hold(ms: number): Promise<void>;
  /** Ms left of the scope's hold in Redis (0 when none). */
  remaining(): Promise<number>;
  /** Called with the ms left whenever another replica holds the scope. */
  onHold: (listener: (ms: number) => void) => void;
}

export interface RedisHoldsOptions {
  prefix: string;
  /** Whose hold it is: the Graph tenant and origin the gateway calls. Not secret, never a token. */
  scope: string;
}

// KEYS[1] the hold; ARGV[1] ms, ARGV[2] channel, ARGV[3] message. PTTL is -2 (no key) or -1 (no expiry) when
// there is no hold to compare with.
const HOLD = `if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('SET', KEYS[1], '1', 'PX', ARGV[1]) redis.call('PUBLISH', ARGV[2], ARGV[3]) return 1 end return 0`;

export function createRedisHolds(redis: Redis, subscriber: Redis, options: RedisHoldsOptions): SharedHolds {
  const key = `${options.prefix}throttle:${options.scope}`;
  const channel = `${options.prefix}throttle`;
  // Our own messages come back through the subscription; the sender already holds.
  const self = randomUUID();
  const listeners: ((ms: number) => void)[] = [];
  void subscriber.subscribe(channel).catch(() => undefined);
  subscriber.on("message", (ch: string, message: string) => {
    if (ch !== channel) return;
    try {
      const { scope, ms, from } = JSON.parse(message) as { scope?: unknown; ms?: unknown; from?: unknown };
      if (scope !== options.scope || from === self || typeof ms !== "number" || !(ms > 0)) return;
      for (const l of listeners) l(ms);
    } catch {
      // Not ours (another program on the same channel): ignore.
    }
  });
  return {
    async hold(ms) {
      const whole = Math.ceil(ms);
      if (!(whole > 0)) return;
      await redis.eval(HOLD, 1, key, whole, channel, JSON.stringify({ scope: options.scope, ms: whole, from: self }));
    },
    async remaining() {
      return Math.max(0, await redis.pttl(key));
    },
    onHold: (listener) => void listeners.push(listener),
  };
}
