// A gateway over a separately started demo emulator, with a hand-moved clock for the gateway's cache (and the
// emulator's lifecycles), and small helpers to make sessions and count the upstream calls that read them.
import { loadConfig, type Env } from "../../../src/config/index.js";
import { demoWorkIds, startEmulator, type RunningEmulator } from "../../../src/emulator/index.js";
import { createGateway, type Gateway } from "../../../src/server/gateway.js";

export const BACKUP = "/solutions/backupRestore";
export const POLL = "query Poll($id: ID!) { restoreSession(id: $id) { id status isTerminal pollAfterSeconds } }";

export interface PollingGateway {
  gateway: Gateway;
  emulator: RunningEmulator;
  url: string;
  /** Moves the gateway's clock (cache TTLs, Retry-After) by hand. */
  advance(ms: number): void;
  /** Upstream GETs of the session so far (single calls and $batch items alike). */
  sessionReads(id: string): number;
  /** A new empty (DRAFT) Exchange restore session, made through the emulator's REST API. */
  draftSession(): Promise<string>;
  /** A DRAFT Exchange session holding a bulk restore request for two protected demo mailboxes (seed 002). */
  restorableSession(): Promise<string>;
  /** The demo's restore session, completed two days ago. */
  terminalSession: string;
  stop(): Promise<void>;
}

export async function startPollingGateway(env: Env = {}): Promise<PollingGateway> {
  const emulator = await startEmulator({ port: 0, timeScale: 0, seed: "demo" });
  let now = Date.now();
  const gateway = await createGateway(
    loadConfig({
      PORT: "0",
      LOG_LEVEL: "silent",
      GRAPH_RETRY_BASE_DELAY_MS: "1",
      ...env,
      GRAPH_BASE_URL: emulator.baseUrl,
    }),
    { graph: { now: () => now } },
  );
  const draftSession = async () => (await rest(emulator, "POST", `${BACKUP}/exchangeRestoreSessions`, {})).id as string;
  return {
    gateway,
    emulator,
    url: gateway.url,
    advance: (ms) => void (now += ms),
    sessionReads: (id) => emulator.requests().filter((r) => r.method === "GET" && r.path.includes(id)).length,
    draftSession,
    async restorableSession() {
      const id = await draftSession();
      await rest(
        emulator,
        "POST",
        `${BACKUP}/exchangeRestoreSessions/${id}/mailboxRestoreArtifactsBulkAdditionRequests`,
        {
          displayName: "Two mailboxes",
          mailboxes: await protectedMailboxes(emulator, 2),
          destinationType: "new",
          protectionTimePeriod: {
            startDateTime: new Date(Date.now() - 7 * 86_400_000).toISOString(),
            endDateTime: new Date().toISOString(),
          },
        },
      );
      return id;
    },
    terminalSession: demoWorkIds().restoreSession,
    stop: async () => {
      await gateway.stop();
      await emulator.close();
    },
  };
}

export async function gql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<any> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

/** A GET query as a browser or CDN would send it (the preflight header satisfies Apollo's CSRF check). */
export function getQuery(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
  extensions?: string,
): Promise<Response> {
  const search = new URLSearchParams({
    query,
    variables: JSON.stringify(variables),
    ...(extensions ? { extensions } : {}),
  });
  return fetch(`${url}?${search}`, { headers: { "apollo-require-preflight": "true", ...headers } });
}

/** One call to the emulator's REST API (what a test does behind the gateway's back). */
export async function rest(emulator: RunningEmulator, method: string, path: string, body?: unknown): Promise<any> {
  const res = await fetch(`${emulator.baseUrl}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (res.status >= 400) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.status === 204 ? undefined : res.json();
}

/** Mail addresses of the demo's protected mailboxes (the active Exchange policy's units). */
export async function protectedMailboxes(emulator: RunningEmulator, count: number): Promise<string[]> {
  const policies = await rest(emulator, "GET", `${BACKUP}/exchangeProtectionPolicies`);
  const active = policies.value.find((p: any) => p.status === "active");
  const units = await rest(emulator, "GET", `${BACKUP}/exchangeProtectionPolicies/${active.id}/mailboxProtectionUnits`);
  const ids = units.value
    .filter((u: any) => u.status === "protected")
    .slice(0, count)
    .map((u: any) => u.directoryObjectId);
  return Promise.all(ids.map(async (id: string) => (await rest(emulator, "GET", `/users/${id}`)).mail as string));
}
