// Single-flight: identical reads in the air at the same time share one promise. Flights are promises, so they
// live in the process; across replicas the shared cache does that job (the first replica's answer is stored, the
// others read it), with a short lock in Redis deciding which replica fetches (ReplicaFlights, redis/flights.ts).
// A flight is joined only while it can still be expected to answer: one lost in a black hole must not take down
// every request that comes after the outage ends.

/** Who starts or joins a flight, as far as waiting goes. */
export interface FlightOptions {
  /** Epoch ms the request gives up at (its upstream deadline); none: it waits as long as the flight does. */
  deadlineAt?: number;
}

export interface FlightRegistry {
  /**
   * The flight under `key`, or undefined when none is in the air that this request should wait for: the flight
   * is older than a healthy answer takes (it is probably lost; the caller leads a fresh one, which later
   * requests then join), or it runs under a later deadline than `options.deadlineAt` (it could outlive the joiner).
   */
  join<T>(key: string, options?: FlightOptions): Promise<T> | undefined;
  /**
   * Starts `start()` as the flight under `key` (replacing an older one, which runs on for those already on it);
   * it is forgotten as soon as it settles. `options.deadlineAt`: the deadline the call runs under.
   */
  lead<T>(key: string, start: () => Promise<T>, options?: FlightOptions): Promise<T>;
  /** Flights in the air (for tests and metrics). */
  size(): number;
}

/**
 * Single-flight across replicas (Redis: a short lock per key). Only for reads whose answer the holder stores in the
 * shared cache, since that is where the others find it.
 */
export interface ReplicaFlights {
  /**
   * Runs `refresh` when this replica takes the key; otherwise waits briefly, polling `peek` (the shared cache) for
   * the holder's answer, and runs `refresh` itself when none comes — at the latest when `options.deadlineAt` is
   * near, so a holder lost in a black hole costs the others a short wait, never their deadline.
   */
  run<T>(
    key: string,
    peek: () => Promise<T | undefined>,
    refresh: () => Promise<T>,
    options?: FlightOptions,
  ): Promise<T>;
}
