import { startEmulator, type RunningEmulator } from "../../../src/emulator/index.js";
import { useStarted, type Lifetime } from "../../helpers/started.js";

// Test answers are read loosely on purpose: the assertions are the type checks.
export type Json = any;

export interface Answer {
  status: number;
  headers: Headers;
  body: Json;
}

export type Call = (method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<Answer>;

/** fetch against the emulator: `path` is relative to baseUrl (/v1.0) unless it is absolute or starts with /_emulator. */
export function client(emulator: RunningEmulator, defaultHeaders: Record<string, string> = {}): Call {
  return async (method, path, body, headers = {}) => {
    const url = /^https?:/.test(path)
      ? path
      : path.startsWith("/_emulator") || path.startsWith("/beta")
        ? `${emulator.origin}${path}`
        : `${emulator.baseUrl}${path}`;
    const res = await fetch(url, {
      method,
      headers: { ...(body === undefined ? {} : { "Content-Type": "application/json" }), ...defaultHeaders, ...headers },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text === "" ? undefined : JSON.parse(text) };
  };
}

export const BACKUP = "/solutions/backupRestore";

/** A unit stub list as create bodies take it. */
export const stubs = (ids: readonly string[], key = "directoryObjectId") => ids.map((id) => ({ [key]: id }));

/**
 * An emulator for the test file (started before its tests at port 0 with a frozen clock, closed after them) and a
 * client of it; `lifetime.beforeEach` resets it between tests where a file wants that.
 */
export function useEmulator(
  options: Parameters<typeof startEmulator>[0] = {},
  lifetime: Lifetime<RunningEmulator> = {},
): { emulator: RunningEmulator; call: Call } {
  const emulator = useStarted(() => startEmulator({ port: 0, timeScale: 0, ...options }), {
    stop: (running) => running.close(),
    ...lifetime,
  });
  return { emulator, call: client(emulator) };
}
