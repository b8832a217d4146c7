// Single-flight: identical reads in the air at the same time share one promise. Flights are promises, so they
// live in the process; across replicas the shared cache does that job (the first replica's answer is stored, the
// others read it), with a short lock in Redis deciding which replica fetches (ReplicaFlights, redis/flights.ts).

export interface FlightRegistry {
  /** The flight under `key`, or undefined when none is in the air. */
  join<T>(key: string): Promise<T> | undefined;
  /** Starts `start()` as the flight under `key`; it is forgotten as soon as it settles. */
  lead<T>(key: string, start: () => Promise<T>): Promise<T>;
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
   * the holder's answer, and runs `refresh` itself when none comes.
   */
  run<T>(key: string, peek: () => Promise<T | undefined>, refresh: () => Promise<T>): Promise<T>;
}
