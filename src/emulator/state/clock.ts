/** The emulated clock: lifecycles (protect, unprotect, remove) run on it instead of real timers. */
export interface EmulatedClock {
  /** Emulated epoch milliseconds. */
  now: () => number;
  /** Moves emulated time forward by `ms` (never backwards: clients may cache timestamps). */
  advance(ms: number): void;
  readonly timeScale: number;
}

export interface ClockOptions {
  /** Emulated epoch ms at the moment the clock is created. */
  startMs: number;
  /** Emulated seconds per real second; 0 freezes time except for advance(). */
  timeScale: number;
  /** Real-time source, injected so tests can be deterministic. Default Date.now. */
  realNow?: () => number;
}

export function createClock({ startMs, timeScale, realNow = Date.now }: ClockOptions): EmulatedClock {
  if (!Number.isFinite(startMs)) throw new RangeError(`clock startMs must be a finite number, got ${startMs}`);
  if (!Number.isFinite(timeScale) || timeScale < 0) {
    throw new RangeError(`clock timeScale must be a finite number >= 0, got ${timeScale}`);
  }
  const realStart = realNow();
  let advanced = 0;
  return {
    timeScale,
    // Floored so every timestamp the emulator prints is a whole millisecond.
    now: () => Math.floor(startMs + (realNow() - realStart) * timeScale + advanced),
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`clock advance needs a finite ms >= 0, got ${ms}`);
      advanced += ms;
    },
  };
}

/** DateTimeOffset.MinValue: what Graph prints for "never requested". */
export const NEVER = "0001-01-01T00:00:00Z";

/** An emulated instant as Graph prints it. */
export const iso = (ms: number): string => new Date(ms).toISOString();
