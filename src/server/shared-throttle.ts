// The Graph client's throttle gate, shared by replicas: a hold this replica hears (a 429's Retry-After) is also
// published through Redis, and a hold another replica heard is adopted locally, so calls wait on every replica.
import { createThrottleGate, type ThrottleGate } from "../msgraph/throttle.js";
import type { SharedHolds } from "../stores/redis/index.js";

export interface SharedThrottleGate extends ThrottleGate {
  /** Adopts what Redis holds now (at start and after a reconnect, when a published hold may have been missed). */
  sync(): Promise<void>;
}

export function createSharedThrottleGate(holds: SharedHolds, now: () => number): SharedThrottleGate {
  const local = createThrottleGate();
  const adopt = (ms: number) => {
    if (ms > 0) local.holdUntil(now() + ms);
  };
  holds.onHold(adopt);
  return {
    until: local.until,
    advise: local.advise,
    advisedUntil: local.advisedUntil,
    holdUntil(at) {
      const before = local.until();
      local.holdUntil(at);
      // Only a longer hold is news; publishing is best effort (Redis down: this replica still holds for itself).
      if (at > before) void holds.hold(at - now());
    },
    sync: async () => adopt(await holds.remaining()),
  };
}
