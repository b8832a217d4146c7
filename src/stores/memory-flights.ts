// The in-process FlightRegistry: a Map of promises (flights cannot leave the process; see flights.ts), each with
// when it started and the deadline it runs under, so a request never joins a call that is not going to answer.
import type { FlightOptions, FlightRegistry } from "./flights.js";

/**
 * How old a flight may be and still be joined, by default. A read Graph answers at all it answers well within
 * this; a flight older than it is probably lost (a black hole, a stalled connection), and a request that joins it
 * would fail with it at its deadline. Leading a fresh one costs at most one more upstream call per key and window.
 */
export const DEFAULT_MAX_JOIN_AGE_MS = 1000;

export interface MemoryFlightRegistryOptions {
  /** See {@link DEFAULT_MAX_JOIN_AGE_MS}. */
  maxJoinAgeMs?: number;
  /** Epoch ms; the same clock as the deadlines given (tests pass a fake one). Default Date.now. */
  now?: () => number;
}

interface Flight {
  promise: Promise<unknown>;
  startedAt: number;
  /** Infinity when the call runs under no deadline. */
  deadlineAt: number;
}

export function createMemoryFlightRegistry(options: MemoryFlightRegistryOptions = {}): FlightRegistry {
  const maxJoinAgeMs = Math.max(0, options.maxJoinAgeMs ?? DEFAULT_MAX_JOIN_AGE_MS);
  const now = options.now ?? Date.now;
  const flights = new Map<string, Flight>();
  return {
    join<T>(key: string, joiner: FlightOptions = {}) {
      const flight = flights.get(key);
      if (!flight) return undefined;
      if (now() - flight.startedAt > maxJoinAgeMs) return undefined;
      // The flight is aborted at its own deadline at the latest; a joiner that gives up earlier must not wait on it.
      if (flight.deadlineAt > (joiner.deadlineAt ?? Infinity)) return undefined;
      return flight.promise as Promise<T>;
    },
    lead<T>(key: string, start: () => Promise<T>, leader: FlightOptions = {}): Promise<T> {
      const startedAt = now();
      const promise = start().finally(() => {
        // A newer flight may have replaced this one under the same key; leave that one alone.
        if (flights.get(key)?.promise === promise) flights.delete(key);
      });
      flights.set(key, { promise, startedAt, deadlineAt: leader.deadlineAt ?? Infinity });
      return promise;
    },
    size: () => flights.size,
  };
}
