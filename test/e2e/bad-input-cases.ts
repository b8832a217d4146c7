// The table of bad inputs: each names the mutation (or query), the variables, and the field (and item) the
// BAD_USER_INPUT error must name. Every other part of each input is valid, so the case tests one rule.
export interface BadInputCase {
  name: string;
  op: keyof typeof OPS;
  input: unknown;
  field: string;
  item?: string;
}

export const OPS = {
  mailboxJob:
    "mutation($input: SubmitMailboxBulkAdditionJobInput!) { submitMailboxProtectionUnitsBulkAdditionJob(input: $input) { job { id } } }",
  driveJob:
    "mutation($input: SubmitDriveBulkAdditionJobInput!) { submitDriveProtectionUnitsBulkAdditionJob(input: $input) { job { id } } }",
  siteJob:
    "mutation($input: SubmitSiteBulkAdditionJobInput!) { submitSiteProtectionUnitsBulkAdditionJob(input: $input) { job { id } } }",
  exchangePolicy:
    "mutation($input: CreateExchangeProtectionPolicyInput!) { createExchangeProtectionPolicy(input: $input) { policy { id } } }",
  sitePolicy:
    "mutation($input: CreateSharePointProtectionPolicyInput!) { createSharePointProtectionPolicy(input: $input) { policy { id } } }",
  drivePolicy:
    "mutation($input: CreateOneDriveForBusinessProtectionPolicyInput!) { createOneDriveForBusinessProtectionPolicy(input: $input) { policy { id } } }",
  renamePolicy:
    "mutation($input: UpdateProtectionPolicyInput!) { updateProtectionPolicy(input: $input) { policy { id } } }",
  activatePolicy: "mutation($input: ID!) { activateProtectionPolicy(id: $input) { policy { id } } }",
  deletePolicy: "mutation($input: ID!) { deleteProtectionPolicy(id: $input) { id } }",
  changeUnits:
    "mutation($input: ChangeProtectionUnitsInput!) { changeProtectionUnits(input: $input) { results { target } } }",
  addMailboxes:
    "mutation($input: AddMailboxProtectionUnitsInput!) { addMailboxProtectionUnits(input: $input) { results { target } } }",
  addSites:
    "mutation($input: AddSiteProtectionUnitsInput!) { addSiteProtectionUnits(input: $input) { results { target } } }",
  removeUnits:
    "mutation($input: RemoveProtectionUnitsInput!) { removeProtectionUnits(input: $input) { results { target } } }",
  createSession:
    "mutation($input: CreateRestoreSessionInput!) { createRestoreSession(input: $input) { session { id } } }",
  addArtifacts:
    "mutation($input: AddRestoreArtifactsInput!) { addRestoreArtifacts(input: $input) { results { target } } }",
  removeArtifacts:
    "mutation($input: RemoveRestoreArtifactsInput!) { removeRestoreArtifacts(input: $input) { results { target } } }",
  mailboxRequest:
    "mutation($input: SubmitMailboxRestoreBulkRequestInput!) { submitMailboxRestoreArtifactsBulkAdditionRequest(input: $input) { request { id } } }",
  driveRequest:
    "mutation($input: SubmitDriveRestoreBulkRequestInput!) { submitDriveRestoreArtifactsBulkAdditionRequest(input: $input) { request { id } } }",
  siteRequest:
    "mutation($input: SubmitSiteRestoreBulkRequestInput!) { submitSiteRestoreArtifactsBulkAdditionRequest(input: $input) { request { id } } }",
  activateSession: "mutation($input: ID!) { activateRestoreSession(id: $input) { session { id } } }",
  deleteSession: "mutation($input: ID!) { deleteRestoreSession(id: $input) { id } }",
  enable: "mutation($input: ID!) { enableBackupRestore(appOwnerTenantId: $input) { serviceStatus { status } } }",
  activateApp:
    'mutation($input: ID!) { activateServiceApp(id: $input, effectiveDateTime: "2030-01-01T00:00:00Z") { serviceApp { id } } }',
  deactivateApp: "mutation($input: ID!) { deactivateServiceApp(id: $input) { serviceApp { id } } }",
  search:
    "query($input: SearchRestorePointsInput!) { searchRestorePoints(input: $input) { noResultProtectionUnitIds } }",
} as const;

const GUID = "11111111-1111-4111-8111-111111111111";
const GUID2 = "22222222-2222-4222-8222-222222222222";
const SITE = "contoso.sharepoint.com,33333333-3333-4333-8333-333333333333,44444444-4444-4444-8444-444444444444";
const URL = "https://contoso.sharepoint.com/sites/finance";
const LONG_ID = "x".repeat(513);
const FUTURE = new Date(Date.now() + 86_400_000).toISOString();
const HOUR_AGO = new Date(Date.now() - 3600_000).toISOString();
const DAY_AGO = new Date(Date.now() - 86_400_000).toISOString();

const job = (extra: object) => ({ policyId: GUID, displayName: "Job", mailboxes: ["amy@contoso.com"], ...extra });
const driveJob = (extra: object) => ({ policyId: GUID, displayName: "Job", drives: ["amy@contoso.com"], ...extra });
const siteJob = (extra: object) => ({ policyId: GUID, displayName: "Job", siteWebUrls: [URL], ...extra });
const request = (extra: object) => ({
  sessionId: GUID,
  displayName: "Restore",
  mailboxes: ["amy@contoso.com"],
  ...extra,
});
const siteRequest = (extra: object) => ({ sessionId: GUID, displayName: "Restore", siteWebUrls: [URL], ...extra });
const driveRequest = (extra: object) => ({
  sessionId: GUID,
  displayName: "Restore",
  drives: ["amy@contoso.com"],
  ...extra,
});

/** Addresses Graph would never resolve: each is refused with the address as the item. */
const BAD_EMAILS = [
  "not-an-email",
  "amy@",
  "@contoso.com",
  "amy@contoso",
  "amy smith@contoso.com",
  "amy@@contoso.com",
  "amy@contoso..com",
  "",
  "amy@-contoso.com",
  `${"a".repeat(250)}@contoso.com`,
];
const BAD_URLS = [
  "http://contoso.sharepoint.com/sites/x",
  "https://localhost/sites/x",
  "ftp://contoso.sharepoint.com/x",
  "not a url",
  "https://user:pw@contoso.sharepoint.com/sites/x",
  "https://contoso.sharepoint.com/sites/x?a=1",
  "https://contoso.sharepoint.com/sites/x#top",
  "contoso.sharepoint.com/sites/x",
];
const BAD_GUIDS = [
  "not-a-guid",
  "1234",
  "11111111-1111-4111-8111-11111111111",
  "11111111111141118111111111111111",
  "{11111111-1111-4111-8111-111111111111}",
  SITE,
];
const BAD_SITE_IDS = [
  "abc",
  "contoso.sharepoint.com,notaguid,notaguid",
  "contoso.sharepoint.com",
  "https://contoso.sharepoint.com/sites/x",
];

export const CASES: BadInputCase[] = [
  // Bulk addition jobs
  { name: "job: empty policy id", op: "mailboxJob", input: job({ policyId: " " }), field: "input.policyId" },
  { name: "job: policy id too long", op: "mailboxJob", input: job({ policyId: LONG_ID }), field: "input.policyId" },
  { name: "job: empty display name", op: "mailboxJob", input: job({ displayName: "  " }), field: "input.displayName" },
  {
    name: "job: display name over 1024",
    op: "mailboxJob",
    input: job({ displayName: "n".repeat(1025) }),
    field: "input.displayName",
  },
  {
    name: "job: display name leaves no room for the key's marker",
    op: "mailboxJob",
    input: job({ displayName: "n".repeat(1010), idempotencyKey: "k" }),
    field: "input.displayName",
  },
  {
    name: "job: empty idempotency key",
    op: "mailboxJob",
    input: job({ idempotencyKey: "" }),
    field: "input.idempotencyKey",
  },
  {
    name: "job: idempotency key over 255",
    op: "mailboxJob",
    input: job({ idempotencyKey: "k".repeat(256) }),
    field: "input.idempotencyKey",
  },
  {
    name: "job: idempotency key with a control character",
    op: "mailboxJob",
    input: job({ idempotencyKey: "a\u0001b" }),
    field: "input.idempotencyKey",
  },
  {
    name: "job: no entries",
    op: "mailboxJob",
    input: job({ mailboxes: [], directoryObjectIds: [] }),
    field: "input.mailboxes",
  },
  {
    name: "job: 50,001 entries",
    op: "mailboxJob",
    input: job({ mailboxes: Array.from({ length: 50_001 }, (_, i) => `u${i}@c.io`) }),
    field: "input.mailboxes",
  },
  {
    name: "job: no lists at all",
    op: "mailboxJob",
    input: { policyId: GUID, displayName: "Job" },
    field: "input.mailboxes",
  },
  ...BAD_EMAILS.map((m, i): BadInputCase => ({
    name: `job: mailbox #${i} "${m.slice(0, 24)}"`,
    op: "mailboxJob",
    input: job({ mailboxes: ["amy@contoso.com", m] }),
    field: "input.mailboxes",
    item: m,
  })),
  {
    name: "job: same mailbox twice (case differs)",
    op: "mailboxJob",
    input: job({ mailboxes: ["amy@contoso.com", "AMY@contoso.com"] }),
    field: "input.mailboxes",
    item: "AMY@contoso.com",
  },
  ...BAD_GUIDS.map((id, i): BadInputCase => ({
    name: `job: directory object id #${i} "${id.slice(0, 24)}"`,
    op: "mailboxJob",
    input: job({ directoryObjectIds: [id] }),
    field: "input.directoryObjectIds",
    item: id,
  })),
  {
    name: "job: same directory object twice",
    op: "mailboxJob",
    input: job({ directoryObjectIds: [GUID2, GUID2.toUpperCase()] }),
    field: "input.directoryObjectIds",
    item: GUID2.toUpperCase(),
  },
  {
    name: "drive job: drive not an address",
    op: "driveJob",
    input: driveJob({ drives: ["bob"] }),
    field: "input.drives",
    item: "bob",
  },
  {
    name: "drive job: same drive twice",
    op: "driveJob",
    input: driveJob({ drives: ["bob@contoso.com", "bob@contoso.com"] }),
    field: "input.drives",
    item: "bob@contoso.com",
  },
  {
    name: "drive job: id not a GUID",
    op: "driveJob",
    input: driveJob({ directoryObjectIds: ["bob"] }),
    field: "input.directoryObjectIds",
    item: "bob",
  },
  { name: "drive job: no entries", op: "driveJob", input: driveJob({ drives: [] }), field: "input.drives" },
  ...BAD_URLS.map((u, i): BadInputCase => ({
    name: `site job: URL #${i} "${u.slice(0, 30)}"`,
    op: "siteJob",
    input: siteJob({ siteWebUrls: [u] }),
    field: "input.siteWebUrls",
    item: u,
  })),
  {
    name: "site job: same URL twice (trailing slash)",
    op: "siteJob",
    input: siteJob({ siteWebUrls: [URL, `${URL}/`] }),
    field: "input.siteWebUrls",
    item: `${URL}/`,
  },
  ...BAD_SITE_IDS.map((id, i): BadInputCase => ({
    name: `site job: site id #${i} "${id.slice(0, 24)}"`,
    op: "siteJob",
    input: siteJob({ siteIds: [id] }),
    field: "input.siteIds",
    item: id,
  })),
  {
    name: "site job: same site id twice",
    op: "siteJob",
    input: siteJob({ siteIds: [SITE, SITE] }),
    field: "input.siteIds",
    item: SITE,
  },
  // Policies
  { name: "policy: empty name", op: "exchangePolicy", input: { displayName: "" }, field: "input.displayName" },
  {
    name: "policy: name over 1024",
    op: "exchangePolicy",
    input: { displayName: "p".repeat(1025) },
    field: "input.displayName",
  },
  {
    name: "policy: unit id not a GUID",
    op: "exchangePolicy",
    input: { displayName: "P", directoryObjectIds: ["nope"] },
    field: "input.directoryObjectIds",
    item: "nope",
  },
  {
    name: "policy: same unit twice",
    op: "exchangePolicy",
    input: { displayName: "P", directoryObjectIds: [GUID, GUID] },
    field: "input.directoryObjectIds",
    item: GUID,
  },
  {
    name: "policy: 51 units",
    op: "exchangePolicy",
    input: {
      displayName: "P",
      directoryObjectIds: Array.from(
        { length: 51 },
        (_, i) => `11111111-1111-4111-8111-${String(i).padStart(12, "0")}`,
      ),
    },
    field: "input.directoryObjectIds",
  },
  {
    name: "policy: empty idempotency key",
    op: "exchangePolicy",
    input: { displayName: "P", idempotencyKey: "" },
    field: "input.idempotencyKey",
  },
  {
    name: "site policy: bad site id",
    op: "sitePolicy",
    input: { displayName: "P", siteIds: ["abc"] },
    field: "input.siteIds",
    item: "abc",
  },
  {
    name: "drive policy: site id where a user id belongs",
    op: "drivePolicy",
    input: { displayName: "P", directoryObjectIds: [SITE] },
    field: "input.directoryObjectIds",
    item: SITE,
  },
  { name: "rename: empty name", op: "renamePolicy", input: { id: GUID, displayName: " " }, field: "input.displayName" },
  { name: "rename: nothing to change", op: "renamePolicy", input: { id: GUID }, field: "input.displayName" },
  { name: "activate policy: empty id", op: "activatePolicy", input: " ", field: "id" },
  { name: "delete policy: id too long", op: "deletePolicy", input: LONG_ID, field: "id" },
  // Unit changes
  { name: "change: empty policy id", op: "changeUnits", input: { policyId: "", add: [GUID] }, field: "input.policyId" },
  {
    name: "change: nothing to change",
    op: "changeUnits",
    input: { policyId: GUID, add: [], remove: [] },
    field: "input.add",
  },
  {
    name: "change: add neither a GUID nor a site id",
    op: "changeUnits",
    input: { policyId: GUID, add: ["x!"] },
    field: "input.add",
    item: "x!",
  },
  {
    name: "change: same add twice",
    op: "changeUnits",
    input: { policyId: GUID, add: [GUID2, GUID2] },
    field: "input.add",
    item: GUID2,
  },
  {
    name: "change: empty unit id to remove",
    op: "changeUnits",
    input: { policyId: GUID, remove: [""] },
    field: "input.remove",
    item: "",
  },
  {
    name: "change: same removal twice",
    op: "changeUnits",
    input: { policyId: GUID, remove: ["u1", "U1"] },
    field: "input.remove",
    item: "U1",
  },
  {
    name: "add mailboxes: site id",
    op: "addMailboxes",
    input: { policyId: GUID, directoryObjectIds: [SITE] },
    field: "input.directoryObjectIds",
    item: SITE,
  },
  {
    name: "add mailboxes: none",
    op: "addMailboxes",
    input: { policyId: GUID, directoryObjectIds: [] },
    field: "input.directoryObjectIds",
  },
  {
    name: "add sites: bad site id",
    op: "addSites",
    input: { policyId: GUID, siteIds: ["contoso"] },
    field: "input.siteIds",
    item: "contoso",
  },
  {
    name: "remove units: none",
    op: "removeUnits",
    input: { policyId: GUID, protectionUnitIds: [] },
    field: "input.protectionUnitIds",
  },
  {
    name: "remove units: id too long",
    op: "removeUnits",
    input: { policyId: GUID, protectionUnitIds: [LONG_ID] },
    field: "input.protectionUnitIds",
    item: LONG_ID,
  },
  // Restore sessions and artifacts
  { name: "session: UNKNOWN workload", op: "createSession", input: { workload: "UNKNOWN" }, field: "input.workload" },
  {
    name: "session: empty restore point id",
    op: "createSession",
    input: { workload: "EXCHANGE", artifacts: [{ restorePointId: "" }] },
    field: "input.artifacts.restorePointId",
    item: "",
  },
  {
    name: "session: same restore point twice",
    op: "createSession",
    input: { workload: "EXCHANGE", artifacts: [{ restorePointId: "rp1" }, { restorePointId: "RP1" }] },
    field: "input.artifacts.restorePointId",
    item: "RP1",
  },
  {
    name: "session: UNKNOWN destination",
    op: "createSession",
    input: { workload: "EXCHANGE", artifacts: [{ restorePointId: "rp1", destinationType: "UNKNOWN" }] },
    field: "input.artifacts.destinationType",
    item: "rp1",
  },
  {
    name: "session: mixed destinations",
    op: "createSession",
    input: {
      workload: "EXCHANGE",
      artifacts: [
        { restorePointId: "rp1", destinationType: "NEW" },
        { restorePointId: "rp2", destinationType: "IN_PLACE" },
      ],
    },
    field: "input.artifacts.destinationType",
    item: "rp2",
  },
  {
    name: "session: 51 artifacts",
    op: "createSession",
    input: { workload: "EXCHANGE", artifacts: Array.from({ length: 51 }, (_, i) => ({ restorePointId: `rp${i}` })) },
    field: "input.artifacts.restorePointId",
  },
  {
    name: "session: idempotency key over 255",
    op: "createSession",
    input: { workload: "EXCHANGE", idempotencyKey: "k".repeat(300) },
    field: "input.idempotencyKey",
  },
  {
    name: "add artifacts: empty session id",
    op: "addArtifacts",
    input: { sessionId: "", artifacts: [{ restorePointId: "rp1" }] },
    field: "input.sessionId",
  },
  {
    name: "add artifacts: none",
    op: "addArtifacts",
    input: { sessionId: GUID, artifacts: [] },
    field: "input.artifacts",
  },
  {
    name: "add artifacts: empty restore point id",
    op: "addArtifacts",
    input: { sessionId: GUID, artifacts: [{ restorePointId: " " }] },
    field: "input.artifacts.restorePointId",
    item: " ",
  },
  {
    name: "add artifacts: same restore point twice",
    op: "addArtifacts",
    input: { sessionId: GUID, artifacts: [{ restorePointId: "rp1" }, { restorePointId: "rp1" }] },
    field: "input.artifacts.restorePointId",
    item: "rp1",
  },
  {
    name: "add artifacts: UNKNOWN destination",
    op: "addArtifacts",
    input: { sessionId: GUID, artifacts: [{ restorePointId: "rp1", destinationType: "UNKNOWN" }] },
    field: "input.artifacts.destinationType",
    item: "rp1",
  },
  {
    name: "add artifacts: mixed destinations",
    op: "addArtifacts",
    input: {
      sessionId: GUID,
      artifacts: [{ restorePointId: "a", destinationType: "IN_PLACE" }, { restorePointId: "b" }],
    },
    field: "input.artifacts.destinationType",
    item: "b",
  },
  {
    name: "remove artifacts: none",
    op: "removeArtifacts",
    input: { sessionId: GUID, artifactIds: [] },
    field: "input.artifactIds",
  },
  {
    name: "remove artifacts: same id twice",
    op: "removeArtifacts",
    input: { sessionId: GUID, artifactIds: ["a1", "a1"] },
    field: "input.artifactIds",
    item: "a1",
  },
  {
    name: "remove artifacts: empty id",
    op: "removeArtifacts",
    input: { sessionId: GUID, artifactIds: [""] },
    field: "input.artifactIds",
    item: "",
  },
  { name: "activate session: empty id", op: "activateSession", input: "", field: "id" },
  { name: "delete session: id too long", op: "deleteSession", input: LONG_ID, field: "id" },
  // Bulk restore requests
  {
    name: "request: empty session id",
    op: "mailboxRequest",
    input: request({ sessionId: "" }),
    field: "input.sessionId",
  },
  {
    name: "request: empty name",
    op: "mailboxRequest",
    input: request({ displayName: "" }),
    field: "input.displayName",
  },
  {
    name: "request: name over 1024",
    op: "mailboxRequest",
    input: request({ displayName: "r".repeat(1025) }),
    field: "input.displayName",
  },
  { name: "request: no entries", op: "mailboxRequest", input: request({ mailboxes: [] }), field: "input.mailboxes" },
  {
    name: "request: mailbox not an address",
    op: "mailboxRequest",
    input: request({ mailboxes: ["contoso1"] }),
    field: "input.mailboxes",
    item: "contoso1",
  },
  {
    name: "request: same mailbox twice",
    op: "mailboxRequest",
    input: request({ mailboxes: ["a@contoso.com", "A@CONTOSO.COM"] }),
    field: "input.mailboxes",
    item: "A@CONTOSO.COM",
  },
  {
    name: "request: id not a GUID",
    op: "mailboxRequest",
    input: request({ directoryObjectIds: ["user1"] }),
    field: "input.directoryObjectIds",
    item: "user1",
  },
  {
    name: "request: 10,001 entries",
    op: "mailboxRequest",
    input: request({ mailboxes: Array.from({ length: 10_001 }, (_, i) => `u${i}@c.io`) }),
    field: "input.mailboxes",
  },
  {
    name: "request: period start after end",
    op: "mailboxRequest",
    input: request({ protectionTimePeriod: { startDateTime: HOUR_AGO, endDateTime: DAY_AGO } }),
    field: "input.protectionTimePeriod",
  },
  {
    name: "request: period start equals end",
    op: "mailboxRequest",
    input: request({ protectionTimePeriod: { startDateTime: DAY_AGO, endDateTime: DAY_AGO } }),
    field: "input.protectionTimePeriod",
  },
  {
    name: "request: period in the future",
    op: "mailboxRequest",
    input: request({ protectionTimePeriod: { startDateTime: DAY_AGO, endDateTime: FUTURE } }),
    field: "input.protectionTimePeriod",
  },
  {
    name: "request: UNKNOWN destination",
    op: "mailboxRequest",
    input: request({ destinationType: "UNKNOWN" }),
    field: "input.destinationType",
  },
  {
    name: "request: UNKNOWN preference",
    op: "mailboxRequest",
    input: request({ restorePointPreference: "UNKNOWN" }),
    field: "input.restorePointPreference",
  },
  {
    name: "request: UNKNOWN tag",
    op: "mailboxRequest",
    input: request({ tags: ["FAST_RESTORE", "UNKNOWN"] }),
    field: "input.tags",
    item: "UNKNOWN",
  },
  {
    name: "request: empty idempotency key",
    op: "mailboxRequest",
    input: request({ idempotencyKey: "" }),
    field: "input.idempotencyKey",
  },
  {
    name: "drive request: drive not an address",
    op: "driveRequest",
    input: driveRequest({ drives: ["x"] }),
    field: "input.drives",
    item: "x",
  },
  {
    name: "drive request: id not a GUID",
    op: "driveRequest",
    input: driveRequest({ directoryObjectIds: ["x"] }),
    field: "input.directoryObjectIds",
    item: "x",
  },
  {
    name: "site request: http URL",
    op: "siteRequest",
    input: siteRequest({ siteWebUrls: ["http://contoso.sharepoint.com"] }),
    field: "input.siteWebUrls",
    item: "http://contoso.sharepoint.com",
  },
  {
    name: "site request: bad site id",
    op: "siteRequest",
    input: siteRequest({ siteIds: ["abc"] }),
    field: "input.siteIds",
    item: "abc",
  },
  {
    name: "site request: no entries",
    op: "siteRequest",
    input: siteRequest({ siteWebUrls: null }),
    field: "input.siteWebUrls",
  },
  // Service and search
  { name: "enable: tenant id not a GUID", op: "enable", input: "contoso", field: "appOwnerTenantId", item: "contoso" },
  { name: "enable: empty tenant id", op: "enable", input: "", field: "appOwnerTenantId", item: "" },
  { name: "activate app: empty id", op: "activateApp", input: " ", field: "id" },
  { name: "deactivate app: id too long", op: "deactivateApp", input: LONG_ID, field: "id" },
  { name: "search: no units", op: "search", input: { protectionUnitIds: [] }, field: "input.protectionUnitIds" },
  {
    name: "search: same unit twice",
    op: "search",
    input: { protectionUnitIds: ["u", "u"] },
    field: "input.protectionUnitIds",
    item: "u",
  },
  {
    name: "search: period in the future",
    op: "search",
    input: { protectionUnitIds: ["u"], protectionTimePeriod: { startDateTime: DAY_AGO, endDateTime: FUTURE } },
    field: "input.protectionTimePeriod",
  },
];
