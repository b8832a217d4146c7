import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { EmulatorStore } from "./store.js";

/** What the state file holds: every store field, the id counter, and where the emulated clock stood. */
export interface SavedState {
  version: 1;
  /** Real time of the save, for humans. */
  savedAt: string;
  /** Emulated epoch ms at the save: the clock resumes from here. */
  clockNow: number;
  seed: string;
  idCounter: number;
  store: Record<string, unknown>;
}

// Maps and Sets survive JSON as tagged arrays, wherever they sit (records of other modules may hold them).
const replacer = (_key: string, value: unknown): unknown => {
  if (value instanceof Map) return { $map: [...value.entries()] };
  if (value instanceof Set) return { $set: [...value.values()] };
  return value;
};
const reviver = (_key: string, value: unknown): unknown => {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const tagged = value as { $map?: [unknown, unknown][]; $set?: unknown[] };
    if (Array.isArray(tagged.$map) && Object.keys(value).length === 1) return new Map(tagged.$map);
    if (Array.isArray(tagged.$set) && Object.keys(value).length === 1) return new Set(tagged.$set);
  }
  return value;
};

/** The store's data fields, found generically so fields other modules add are saved too (functions are skipped). */
export function snapshot(store: EmulatorStore, clockNow: number, seed: string): SavedState {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(store)) {
    if (typeof value === "function" || key === "idCounter") continue;
    fields[key] = value;
  }
  return {
    version: 1,
    savedAt: new Date().toISOString(),
    clockNow,
    seed,
    idCounter: store.idCounter.get(),
    store: fields,
  };
}

export function writeState(path: string, state: SavedState): void {
  mkdirSync(dirname(path), { recursive: true });
  // Write then rename, so a crash mid-write never leaves a half file behind.
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, JSON.stringify(state, replacer));
  renameSync(tmp, path);
}

/** The saved state, or undefined when the file does not exist; a corrupt file throws naming it. */
export function readState(path: string): SavedState | undefined {
  if (!existsSync(path)) return undefined;
  let state: SavedState;
  try {
    state = JSON.parse(readFileSync(path, "utf8"), reviver) as SavedState;
  } catch (error) {
    throw new Error(`EMULATOR_STATE_FILE ${path} is not a readable state file: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (state?.version !== 1 || typeof state.clockNow !== "number" || typeof state.store !== "object") {
    throw new Error(`EMULATOR_STATE_FILE ${path} is not a state file of this emulator (version 1).`);
  }
  return state;
}

/** Puts a saved state back: Maps are refilled in place, other data fields replaced; unknown fields are ignored. */
export function restoreStore(store: EmulatorStore, state: SavedState): void {
  store.clear();
  const target = store as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(state.store)) {
    const current = target[key];
    if (current instanceof Map && value instanceof Map) for (const [k, v] of value) current.set(k, v);
    else if (current !== undefined && typeof current !== "function" && !(current instanceof Map)) target[key] = value;
  }
  store.idCounter.set(state.idCounter);
}

export interface Saver {
  /** Saves soon (debounced), so a burst of changes costs one write. */
  schedule(): void;
  /** Saves now if a save is pending. */
  flush(): void;
}

export function createSaver(save: () => void, debounceMs = 200): Saver {
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    save();
  };
  return {
    schedule() {
      if (timer !== undefined) return;
      timer = setTimeout(flush, debounceMs);
      timer.unref(); // never keeps the process alive; close() flushes
    },
    flush,
  };
}
