// Programs started the way an operator starts them (npm scripts, `node dist/main.js`), watched by pid: what they
// print, which processes they spawned, and whether any of those outlive a signal.
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

export interface Started {
  child: ChildProcess;
  /** Everything printed so far on stdout and stderr. */
  output(): string;
  /** Resolves with the exit code (or the signal's name) once the process is gone. */
  exited: Promise<number | string>;
  /** This process and every process below it, as seen now (Linux /proc); killLeftovers remembers them. */
  tree(): number[];
}

/** The environment of a spawned program: PATH and HOME only (npm needs both), so nothing of vitest's leaks in. */
export function baseEnv(extra: Record<string, string>): Record<string, string> {
  return { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...extra };
}

const started: Started[] = [];
const seenBy = new Map<Started, Set<number>>();

/** Spawns `command` in its own process group, so a signal to it reaches it alone, as `kill <pid>` would. */
export function start(command: string, args: string[], options: { cwd: string; env: Record<string, string> }): Started {
  const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += String(chunk)));
  child.stderr?.on("data", (chunk: Buffer) => (output += String(chunk)));
  const exited = new Promise<number | string>((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? signal ?? "unknown")),
  );
  const seen = new Set<number>();
  const tree = () => {
    const now = child.pid === undefined ? [] : [child.pid, ...descendants(child.pid)];
    for (const pid of now) seen.add(pid);
    return now;
  };
  const s: Started = { child, output: () => output, exited, tree };
  started.push(s);
  seenBy.set(s, seen);
  return s;
}

/** Waits until the output contains `text`, failing with the output if the process exits first or time runs out. */
export async function waitFor(s: Started, text: string | RegExp, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let gone = false;
  void s.exited.then(() => (gone = true));
  for (;;) {
    const out = s.output();
    const match = typeof text === "string" ? out.includes(text) : text.test(out);
    if (match) return out;
    if (gone || Date.now() > deadline)
      throw new Error(`never printed ${String(text)}${gone ? " (exited)" : ""}:\n${out}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The URLs main.ts prints once ready: the GraphQL endpoint and, when embedded, the emulator. */
export function readyUrls(output: string): { graphql: string; emulatorOrigin?: string } {
  const graphql = /GraphQL:\s+(http:\/\/\S+)/.exec(output)?.[1];
  if (!graphql) throw new Error(`no GraphQL URL in:\n${output}`);
  const emulator = /embedded emulator at (http:\/\/\S+)/.exec(output)?.[1];
  return { graphql, emulatorOrigin: emulator ? new URL(emulator).origin : undefined };
}

/** Pids still running (zombies count as gone: their parent merely has not reaped them yet). */
export function alive(pids: number[]): number[] {
  return pids.filter((pid) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
    } catch {
      return false;
    }
  });
}

/** Waits up to `ms` for every pid to be gone; returns those still running. */
export async function survivors(pids: number[], ms = 3_000): Promise<number[]> {
  const deadline = Date.now() + ms;
  while (alive(pids).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
  return alive(pids);
}

/** Kills (by pid) every process a test started, or saw below one, that is still running: a failed assertion must
 *  leave nothing behind. */
export function killLeftovers(): void {
  const pids = started.flatMap((s) => [...s.tree(), ...(seenBy.get(s) ?? [])]);
  for (const pid of alive([...new Set(pids)])) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
}

function descendants(root: number): number[] {
  const parentOf = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // Fields after the command (which may hold spaces and parentheses): state, ppid, ...
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parentOf.set(Number(name), ppid);
    } catch {
      // exited while we looked
    }
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const parent = queue.shift()!;
    for (const [pid, ppid] of parentOf) {
      if (ppid === parent && !found.includes(pid)) {
        found.push(pid);
        queue.push(pid);
      }
    }
  }
  return found;
}

/**
 * Sends a query that the emulator answers `latencyMs` late (a fault armed through its admin API), and resolves once
 * the emulator has received it: the request is then in flight in the gateway.
 */
export async function inFlightQuery(
  graphqlUrl: string,
  emulatorOrigin: string,
  latencyMs: number,
): Promise<{ answer: Promise<{ status: number; body: unknown }> }> {
  const admin = `${emulatorOrigin}/_emulator`;
  const armed = await fetch(`${admin}/faults`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ path: "/solutions/backupRestore", status: 200, latencyMs }),
  });
  if (armed.status !== 201) throw new Error(`arming the fault answered ${armed.status}: ${await armed.text()}`);
  await fetch(`${admin}/requests`, { method: "DELETE" });
  const answer = fetch(graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ backupRestore { serviceStatus { status } } }" }),
  }).then(async (res) => ({ status: res.status, body: (await res.json()) as unknown }));
  answer.catch(() => undefined); // observed by the caller; never an unhandled rejection if we give up below
  for (let i = 0; i < 400; i++) {
    const log = (await (await fetch(`${admin}/requests`)).json()) as { value: unknown[] };
    if (log.value.length > 0) return { answer };
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error("the emulator never received the query");
}
