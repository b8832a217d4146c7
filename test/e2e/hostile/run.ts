// Runs hostile cases against an isolated gateway and judges each answer. Cases expected to be refused run in
// small concurrent batches; a batch whose upstream log holds anything its cases may not cause is run again one
// case at a time, so the case that made the call is the one that fails. Cases that may legitimately reach Graph run
// alone, so their calls are theirs.
import type { RequestLogEntry } from "../../../src/emulator/index.js";
import { send, type RawResponse } from "../../helpers/http.js";
import { startIsolatedGateway, type IsolatedGateway } from "../../helpers/isolated-gateway.js";
import { CURSOR_TARGETS, parentId, type CaseEnv, type HostileCase, type RawRequest } from "./cases.js";

/** A request unanswered this long means the gateway's event loop is pinned (healthy answers take milliseconds). */
export const REQUEST_TIMEOUT_MS = 10_000;
const BATCH = 8;

export interface Answer {
  status: number;
  text: string;
  json?: any;
}

export interface Outcome {
  answers: Answer[];
  /** Why there is no answer (timeout, reset, or a gateway stalled by an earlier case). */
  failure?: string;
  /** Upstream calls the case made although it was refused, beyond what reading its parent object takes. */
  unexpectedCalls: string[];
  /** Upstream requests that left the version root, carried a traversal segment, or carried the case's payload. */
  pathProblems: string[];
}

export interface Harness {
  gateway: IsolatedGateway;
  env: CaseEnv;
}

const GATEWAY_ENV = { NODE_ENV: "production", GRAPH_BASE_URL: "emulator" };

async function post(url: string, req: RawRequest): Promise<RawResponse> {
  return send(`${url}${req.search ?? ""}`, {
    method: req.method,
    headers: req.headers,
    body: req.body,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
}

async function graphql(gateway: IsolatedGateway, req: RawRequest): Promise<any> {
  const res = await post(gateway.url, req);
  if (res.status !== 200 || res.json?.errors)
    throw new Error(`setup query failed: ${res.status} ${res.text.slice(0, 300)}`);
  return res.json.data;
}

/** Starts the gateway and finds the seeded ids and cursors the cases point at. */
export async function startHarness(): Promise<Harness> {
  const gateway = await startIsolatedGateway(GATEWAY_ENV);
  const json = (query: string) => ({
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  const data = await graphql(
    gateway,
    json(
      "{ protectionPolicies(first: 50) { nodes { __typename id } } restoreSessions(first: 50) { nodes { __typename id } } }",
    ),
  );
  const idOf = (list: { __typename: string; id: string }[], type: string) => {
    const found = list.find((n) => n.__typename === type);
    if (!found) throw new Error(`the seeded tenant has no ${type}`);
    return found.id;
  };
  const env: CaseEnv = {
    emulatorOrigin: gateway.emulatorOrigin,
    exchangePolicyId: idOf(data.protectionPolicies.nodes, "ExchangeProtectionPolicy"),
    oneDrivePolicyId: idOf(data.protectionPolicies.nodes, "OneDriveForBusinessProtectionPolicy"),
    exchangeSessionId: idOf(data.restoreSessions.nodes, "ExchangeRestoreSession"),
    genuineCursors: {},
  };
  for (const target of CURSOR_TARGETS) {
    const page = await graphql(gateway, target.request(env, null as never));
    // The connection is the root field, or the field of the root object it hangs from.
    const root = Object.values(page)[0] as any;
    const connection = root.pageInfo ? root : Object.values(root).find((v: any) => v?.pageInfo);
    env.genuineCursors[target.name] = connection?.pageInfo.endCursor ?? null;
  }
  await gateway.resetGraphCalls();
  return { gateway, env };
}

const callKey = (e: RequestLogEntry) => `${e.method} ${e.path}`;

/**
 * A nested field's arguments are looked at once its parent object is read: GETs of that object (its path ends
 * with the parent's id) and the $batch POST carrying them are allowed; every other call is not.
 */
function allowedFor(harness: Harness, c: HostileCase): (e: RequestLogEntry) => boolean {
  if (!c.parent) return () => false;
  const id = parentId(harness.env, c.parent);
  return (e) =>
    (e.method === "GET" && e.path.split("?")[0]!.endsWith(`/${id}`)) ||
    (e.method === "POST" && e.path === "/v1.0/$batch");
}

/** Graph itself refused: every error carries Graph's status (the call was the right thing to make). */
function refusedByGraph(answer: Answer): boolean {
  const errors = answer.json?.errors;
  return (
    Array.isArray(errors) && errors.length > 0 && errors.every((e: any) => e?.extensions?.upstreamStatus !== undefined)
  );
}

export function isRefused(answer: Answer): boolean {
  if (answer.status >= 400) return true;
  const errors = answer.json?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return false;
  const data = answer.json?.data;
  return data == null || Object.values(data).every((v) => v === null);
}

/** What is wrong with one upstream request: anything but one encoded segment per id inside /v1.0. */
export function pathProblems(entry: RequestLogEntry, payload?: string): string[] {
  const problems: string[] = [];
  const at = `${entry.method} ${entry.path.slice(0, 160)}`;
  const q = entry.path.indexOf("?");
  const pathPart = q === -1 ? entry.path : entry.path.slice(0, q);
  const query = q === -1 ? "" : entry.path.slice(q + 1);
  if (pathPart !== "/v1.0" && !pathPart.startsWith("/v1.0/")) problems.push(`left /v1.0: ${at}`);
  if (/[#\s\u0000-\u001f\u007f]/.test(entry.path)) problems.push(`raw '#', space or control character: ${at}`);
  const segments = pathPart.split("/").slice(1);
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  if (segments.some((s) => s === "" || [".", ".."].includes(decode(s)))) problems.push(`empty or dot segment: ${at}`);
  if (payload && payload.length >= 2) {
    if (/[/?#&]/.test(payload) && pathPart.includes(payload)) problems.push(`payload unencoded in the path: ${at}`);
    if (query && decode(query).includes(payload)) problems.push(`payload in the query string: ${at}`);
  }
  return problems;
}

async function answer(harness: Harness, c: HostileCase): Promise<Pick<Outcome, "answers" | "failure">> {
  const answers: Answer[] = [];
  let built: RawRequest | RawRequest[];
  try {
    built = c.build(harness.env);
  } catch (error) {
    return { answers, failure: `could not build the case: ${(error as Error).message}` };
  }
  try {
    for (const req of Array.isArray(built) ? built : [built]) {
      const res = await post(harness.gateway.url, req);
      answers.push({ status: res.status, text: res.text, json: res.json });
    }
    return { answers };
  } catch (error) {
    const e = error as Error & { cause?: { code?: string } };
    const why =
      e.name === "TimeoutError"
        ? `no answer within ${REQUEST_TIMEOUT_MS} ms`
        : `${e.name}: ${e.cause?.code ?? e.message}`;
    return { answers, failure: why };
  }
}

function judgeCalls(
  harness: Harness,
  c: HostileCase,
  answers: Answer[],
  calls: RequestLogEntry[],
): Pick<Outcome, "unexpectedCalls" | "pathProblems"> {
  const allowed = allowedFor(harness, c);
  const last = answers[answers.length - 1];
  // A case that must be refused is refused before any call; any other refusal by the gateway is held to the same.
  const mustNotCall = c.expect.kind === "refuse" || (last !== undefined && isRefused(last) && !refusedByGraph(last));
  return {
    unexpectedCalls: mustNotCall ? calls.filter((e) => !allowed(e)).map((e) => callKey(e).slice(0, 200)) : [],
    pathProblems: calls.flatMap((e) => pathProblems(e, c.payload)),
  };
}

async function runAlone(harness: Harness, c: HostileCase): Promise<Outcome> {
  await harness.gateway.resetGraphCalls();
  const got = await answer(harness, c);
  if (got.failure) return { ...got, unexpectedCalls: [], pathProblems: [] };
  return { ...got, ...judgeCalls(harness, c, got.answers, await harness.gateway.graphCalls()) };
}

async function runBatch(harness: Harness, batch: HostileCase[]): Promise<Outcome[]> {
  await harness.gateway.resetGraphCalls();
  const got = await Promise.all(batch.map((c) => answer(harness, c)));
  if (got.some((g) => g.failure)) return got.map((g) => ({ ...g, unexpectedCalls: [], pathProblems: [] }));
  const calls = await harness.gateway.graphCalls();
  const allowances = batch.map((c) => allowedFor(harness, c));
  const clean =
    calls.every((e) => allowances.some((allowed) => allowed(e))) &&
    batch.every((c) => calls.every((e) => pathProblems(e, c.payload).length === 0));
  if (clean) return got.map((g) => ({ ...g, unexpectedCalls: [], pathProblems: [] }));
  const alone: Outcome[] = [];
  for (const c of batch) alone.push(await runAlone(harness, c));
  return alone;
}

/**
 * Runs a family's cases. When one gets no answer the gateway is taken as stalled: it is replaced, and the family's
 * remaining cases are reported as not run (on a stalled gateway each would wait out the timeout).
 */
export async function runFamily(
  harness: Harness,
  cases: HostileCase[],
  restart: () => Promise<void>,
): Promise<Map<string, Outcome>> {
  const outcomes = new Map<string, Outcome>();
  const batched = cases.filter((c) => c.expect.kind === "refuse");
  const alone = cases.filter((c) => c.expect.kind !== "refuse");
  let stalledBy: string | undefined;
  const record = async (c: HostileCase, outcome: Outcome) => {
    outcomes.set(c.name, outcome);
    if (outcome.failure?.startsWith("no answer") && !stalledBy) {
      stalledBy = c.name;
      await restart();
    }
  };
  for (let i = 0; i < batched.length && !stalledBy; i += BATCH) {
    const batch = batched.slice(i, i + BATCH);
    const results = await runBatch(harness, batch);
    for (const [j, c] of batch.entries()) await record(c, results[j]!);
  }
  for (const c of alone) {
    if (stalledBy) break;
    await record(c, await runAlone(harness, c));
  }
  for (const c of cases) {
    if (!outcomes.has(c.name))
      outcomes.set(c.name, {
        answers: [],
        failure: `not run: the gateway stopped answering at "${stalledBy}"`,
        unexpectedCalls: [],
        pathProblems: [],
      });
  }
  return outcomes;
}
