// The in-process FlightRegistry: a Map of promises (flights cannot leave the process; see flights.ts).
import type { FlightRegistry } from "./flights.js";

export function createMemoryFlightRegistry(): FlightRegistry {
  const flights = new Map<string, Promise<unknown>>();
  return {
    join: <T>(key: string) => flights.get(key) as Promise<T> | undefined,
    lead<T>(key: string, start: () => Promise<T>): Promise<T> {
      const flight = start().finally(() => {
        // A newer flight may have replaced this one under the same key; leave that one alone.
        if (flights.get(key) === flight) flights.delete(key);
      });
      flights.set(key, flight);
      return flight;
    },
    size: () => flights.size,
  };
}
