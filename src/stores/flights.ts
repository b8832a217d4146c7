// Single-flight: identical reads in the air at the same time share one promise. Flights are promises, so they
// live in the process; across replicas the cache does that job (the first replica's answer is stored, the
// others read it), with a short lock in a shared store when a later issue adds one.

export interface FlightRegistry {
  /** The flight under `key`, or undefined when none is in the air. */
  join<T>(key: string): Promise<T> | undefined;
  /** Starts `start()` as the flight under `key`; it is forgotten as soon as it settles. */
  lead<T>(key: string, start: () => Promise<T>): Promise<T>;
  /** Flights in the air (for tests and metrics). */
  size(): number;
}
