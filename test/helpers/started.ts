// Something a test file or describe block runs against (a gateway, an emulator, a proxy): started before its tests,
// stopped after them, so each file says what it runs instead of repeating a `let` and its beforeAll/afterAll.
import { afterAll, beforeAll, beforeEach } from "vitest";

export interface Lifetime<T> {
  /** How to stop it; default its own `stop()`, else `close()`. */
  stop?: (running: T) => unknown;
  /** Run before each test, e.g. to clear a request log or reset state. */
  beforeEach?: (running: T) => unknown;
}

function stopOf(running: object): unknown {
  if ("stop" in running && typeof running.stop === "function") return running.stop();
  if ("close" in running && typeof running.close === "function") return running.close();
  throw new Error("useStarted: give a stop function, the value has neither stop() nor close()");
}

/**
 * Calls `start` in a beforeAll of the enclosing block and stops what it returned in the afterAll. The value returned
 * here stands in for it: reading or setting a property reaches the started one (its functions bound to it); before
 * the beforeAll ran either throws, as the `let` it replaces would have been undefined then.
 */
export function useStarted<T extends object>(start: () => Promise<T>, lifetime: Lifetime<T> = {}): T {
  let running: T | undefined;
  const current = (): T => {
    if (running === undefined) throw new Error("useStarted: read before its beforeAll ran, or its start failed");
    return running;
  };
  beforeAll(async () => {
    running = await start();
  });
  afterAll(async () => {
    // A start that failed leaves nothing to stop; its error is already the one vitest reports.
    if (running !== undefined) await (lifetime.stop ?? stopOf)(running);
  });
  const each = lifetime.beforeEach;
  if (each) beforeEach(() => each(current()));
  return new Proxy({} as T, {
    get(_, key) {
      const target = current();
      const value: unknown = Reflect.get(target, key);
      return typeof value === "function" ? value.bind(target) : value;
    },
    // Writes go through too: tests flip switches on what they started (an issuer's `up`, say).
    set: (_, key, value) => Reflect.set(current(), key, value),
    has: (_, key) => Reflect.has(current(), key),
  });
}
