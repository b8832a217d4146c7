// An Exchange restore as a console would run it: create an empty restore session, submit one bulk request for some
// mailboxes, activate the session, then poll it until it is terminal, waiting what pollAfterSeconds says between polls
// (never a fixed interval: the gateway knows when a re-read is worth it).
import { randomUUID } from "node:crypto";
import { createGraphQLClient, type GraphQLClient } from "./graphql.js";
import {
  ACTIVATE_RESTORE_SESSION,
  CREATE_RESTORE_SESSION,
  POLL_RESTORE_SESSION,
  PROTECTED_MAILBOXES,
  SUBMIT_MAILBOX_RESTORE_REQUEST,
} from "./operations.js";

export interface TimePeriod {
  startDateTime: string;
  endDateTime: string;
}

export interface SessionStatus {
  id: string;
  status: string;
  isTerminal: boolean;
  pollAfterSeconds: number | null;
  artifactCount: { total: number; completed: number; inProgress: number; failed: number } | null;
  bulkAdditionRequests: { nodes: { id: string; status: string }[] };
}

/** The fields of the answers below that this client reads. */
type Created = { createRestoreSession: { session: { id: string } } };
type Submitted = { submitMailboxRestoreArtifactsBulkAdditionRequest: { request: { id: string } } };
type Mailboxes = {
  protectionPolicies: {
    nodes: {
      status: string;
      protectionUnits: { nodes: { status: string; owner?: { mail: string | null } | null }[] };
    }[];
  };
};

export interface RunOptions {
  /** The gateway's GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** Mailboxes to restore; default the first `count` protected ones the gateway lists. */
  mailboxes?: string[];
  count?: number;
  /** Scales every wait (tests and demos over a fast emulated clock); default 1. */
  waitScale?: number;
  /** Where progress lines go; default console.log. */
  print?: (line: string) => void;
  /** Stops after this many polls (a safety net for scripts); default 1,000. */
  maxPolls?: number;
}

/**
 * The three steps that change things. Creates and submits carry an idempotency key: a console keeps the key of the
 * user's action and resends it on a retry, so an answer lost on the way never creates a second session or request.
 */
async function startRestore(
  client: GraphQLClient,
  mailboxes: string[],
  period: TimePeriod,
): Promise<{ id: string; requestId: string }> {
  const created = await client.request<Created>(CREATE_RESTORE_SESSION, { workload: "EXCHANGE", key: randomUUID() });
  const id = created.createRestoreSession.session.id;
  const submitted = await client.request<Submitted>(SUBMIT_MAILBOX_RESTORE_REQUEST, {
    sessionId: id,
    name: "Polling client example",
    mailboxes,
    period,
    key: randomUUID(),
  });
  await client.request(ACTIVATE_RESTORE_SESSION, { id });
  return { id, requestId: submitted.submitMailboxRestoreArtifactsBulkAdditionRequest.request.id };
}

export async function protectedMailboxes(client: GraphQLClient, count: number): Promise<string[]> {
  const data = await client.request<Mailboxes>(PROTECTED_MAILBOXES);
  const mails: string[] = data.protectionPolicies.nodes
    .filter((p) => p.status === "ACTIVE")
    .flatMap((p) => p.protectionUnits.nodes.filter((u) => u.status === "PROTECTED").map((u) => u.owner?.mail))
    .filter((m: unknown): m is string => typeof m === "string");
  if (mails.length === 0) throw new Error("No protected mailbox to restore");
  return mails.slice(0, count);
}

function describe(s: SessionStatus, notModified: boolean): string {
  const c = s.artifactCount;
  const counts = c
    ? `${c.completed}/${c.total} restored, ${c.inProgress} in progress, ${c.failed} failed`
    : "no artifacts yet";
  const request = s.bulkAdditionRequests.nodes[0]?.status ?? "-";
  const next = s.pollAfterSeconds === null ? "done" : `next poll in ${s.pollAfterSeconds} s`;
  return `${new Date().toISOString()} ${s.status.padEnd(20)} bulk request ${request.padEnd(10)} ${counts}${notModified ? " (304)" : ""} — ${next}`;
}

/** Runs the whole flow; resolves with the terminal session and how many polls it took. */
export async function runRestoreFlow(options: RunOptions): Promise<{ session: SessionStatus; polls: number }> {
  const client = createGraphQLClient(options.url);
  const print = options.print ?? ((line: string) => console.log(line));
  const scale = options.waitScale ?? 1;
  const mailboxes = options.mailboxes ?? (await protectedMailboxes(client, options.count ?? 2));
  const end = new Date();
  const period = {
    startDateTime: new Date(end.getTime() - 7 * 86_400_000).toISOString(),
    endDateTime: end.toISOString(),
  };
  const { id, requestId } = await startRestore(client, mailboxes, period);
  print(`created restore session ${id}`);
  print(`submitted bulk request ${requestId} for ${mailboxes.join(", ")}`);
  print(`activated ${id}; polling until terminal`);
  for (let polls = 1; polls <= (options.maxPolls ?? 1000); polls++) {
    const { data, notModified } = await client.poll<{ restoreSession: SessionStatus }>(POLL_RESTORE_SESSION, { id });
    const session = data.restoreSession;
    print(describe(session, notModified));
    if (session.isTerminal) return { session, polls };
    await new Promise((r) => setTimeout(r, (session.pollAfterSeconds ?? 10) * 1000 * scale));
  }
  throw new Error(`Session ${id} still not terminal after ${options.maxPolls ?? 1000} polls`);
}
