// The three changing steps straight through the emulator's REST API (Graph's own calls), for gateways that do not
// offer the restore mutations yet (issue 6 builds createRestoreSession, submitMailboxRestoreArtifactsBulkAdditionRequest
// and activateRestoreSession). The polling, the point of this example, always goes through the gateway.
import type { RestoreSteps } from "./client.js";

const BACKUP = "/solutions/backupRestore";

/** `graphBaseUrl`: the emulator's Graph root, e.g. http://127.0.0.1:5050/v1.0. */
export function emulatorSteps(graphBaseUrl: string): RestoreSteps {
  async function call(path: string, body: unknown): Promise<any> {
    const res = await fetch(`${graphBaseUrl}${BACKUP}${path}`, {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body),
    });
    if (res.status >= 400) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
    return res.json();
  }
  return {
    createSession: async () => (await call("/exchangeRestoreSessions", {})).id,
    submitMailboxes: async (sessionId, mailboxes, period) =>
      (await call(`/exchangeRestoreSessions/${encodeURIComponent(sessionId)}/mailboxRestoreArtifactsBulkAdditionRequests`, {
        displayName: "Polling client example", mailboxes, protectionTimePeriod: period,
        destinationType: "new", tags: "fastRestore", restorePointPreference: "latest",
      })).id,
    activate: async (sessionId) => void (await call(`/restoreSessions/${encodeURIComponent(sessionId)}/activate`, {})),
  };
}
