// Every answer of every backupRestore route, checked against the v1.0 CSDL extract: the expected type is resolved
// from the URL through the CSDL's navigation properties, casts and bound operations, never from a hand-kept list.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKUP_ROOT } from "../../../src/msgraph/models.js";
import { startEmulator, type RunningEmulator } from "../../../src/emulator/index.js";
import { graphRoutes } from "../../../src/emulator/http/routes/index.js";
import { isBetaOnlyPath } from "../../../src/emulator/http/version.js";
import { createStore } from "../../../src/emulator/state/store.js";
import { CSDL_PATH, loadCsdl, resolvePath, validateAnswer, type CsdlModel } from "../../helpers/csdl.js";
import { populate } from "./conformanceData.js";
import { T0 } from "./fixtures.js";
import { BACKUP, client, type Answer, type Call, type Json } from "./http.js";

const model = loadCsdl();
if (!model) console.warn(`[conformance] skipped: ${CSDL_PATH} is absent (CI has ../shared beside the clone)`);

let emulator: RunningEmulator;
let call: Call;
const problems: string[] = [];
let checkedCalls = 0;
/** Query options a listed path requires (the restore-point list needs $expand and $filter). */
const QUERIES: Record<string, string> = {};

/** Calls and, for a 2xx answer with a body, validates it against the type the CSDL gives the path. */
async function checked(
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
): Promise<Answer> {
  const res = await call(method, path, body, headers);
  checkedCalls += 1;
  if (method !== "GET" && res.status >= 300)
    problems.push(`${method} ${path}: answered ${res.status} ${JSON.stringify(res.body)}`);
  if (res.status < 300 && res.body !== undefined) problems.push(...check(model!, method, path, res.body));
  return res;
}

function check(csdl: CsdlModel, method: string, path: string, body: Json): string[] {
  const segments = new URL(path, "http://x").pathname
    .slice(BACKUP_ROOT.length)
    .split("/")
    .filter(Boolean)
    .map(decodeURIComponent);
  const resolved = resolvePath(csdl, segments);
  if (!resolved) return [`${path}: the CSDL has no type for this path`];
  // A POST to a collection (not to an operation) answers with one new item of it.
  const isOperation = csdl.operations.some((o) => o.name === segments.at(-1));
  const type = method === "POST" && !isOperation ? resolved.replace(/^Collection\((.+)\)$/, "$1") : resolved;
  // deleteAndUnprotect answers { value: rule } (its page's example), the one documented wrapper of a single entity.
  const payload = segments.at(-1) === "deleteAndUnprotect" ? body.value : body;
  return validateAnswer(csdl, payload, type).map((p) => `${path} (${type}): ${p}`);
}

describe.skipIf(!model)("CSDL conformance of every backupRestore answer", () => {
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, timeScale: 0, startTime: T0 });
    call = client(emulator);
    QUERIES[`${BACKUP}/restorePoints`] = await populate({ call, checked, emulator });
  });
  afterAll(() => emulator.close());

  it("answers the create and action calls made while populating with their CSDL types", () => {
    expect(checkedCalls).toBeGreaterThan(20);
    expect(problems.splice(0)).toEqual([]);
  });

  it("answers every GET route with names and values of its CSDL type", async () => {
    const routes = graphRoutes({ store: createStore(), pageSize: 100 }).filter(
      // The walk reads /v1.0 against the v1.0 CSDL: beta-only routes are refused there (versions.test.ts).
      (r) =>
        r.method === "GET" &&
        r.pattern.toLowerCase().startsWith(BACKUP_ROOT.toLowerCase()) &&
        !isBetaOnlyPath(r.pattern),
    );
    const unfilled: string[] = [];
    for (const route of routes) {
      const path = await fill(route.pattern);
      if (path === undefined) {
        unfilled.push(route.pattern);
        continue;
      }
      const query = QUERIES[route.pattern] ?? "";
      const res = await checked("GET", path + query);
      expect.soft(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(200);
      // $select on every answer: only id and annotations remain.
      const selected = await call("GET", `${path}${query ? `${query}&` : "?"}$select=id`);
      const items: Json[] = Array.isArray(selected.body?.value) ? selected.body.value : [selected.body];
      const extra = items.flatMap((item) => Object.keys(item ?? {}).filter((k) => k !== "id" && !k.startsWith("@")));
      expect.soft(extra, `${path}?$select=id`).toEqual([]);
    }
    expect(unfilled, "routes whose ids no listed item could supply").toEqual([]);
    expect(routes.length).toBeGreaterThan(60);
    expect(problems).toEqual([]);
  });
});

const listed = new Map<string, string[]>();

/**
 * The route's pattern with every `:param` taken from an item of the collection before it: the first item whose
 * id lets the rest of the pattern be filled too (a session with bulk requests, a policy with jobs, ...).
 */
async function fill(pattern: string, built = ""): Promise<string | undefined> {
  const [segment, ...rest] = pattern.split("/").filter(Boolean);
  if (segment === undefined) return built;
  if (!segment.startsWith(":")) return fill(rest.join("/"), `${built}/${segment}`);
  if (!listed.has(built)) {
    const res = await call("GET", built + (QUERIES[built] ?? ""));
    listed.set(
      built,
      ((res.body?.value ?? []) as Json[]).map((item) => item.id as string),
    );
  }
  for (const id of listed.get(built)!) {
    const path = await fill(rest.join("/"), `${built}/${encodeURIComponent(id)}`);
    if (path !== undefined) return path;
  }
  return undefined;
}
