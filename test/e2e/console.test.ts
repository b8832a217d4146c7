// The backup console (console/, served by the gateway at /) driven in a real headless Chromium over the embedded
// emulator's demo tenant: the overview within the Dashboard's budget, a policy created and units added with a failing
// item shown, a bulk job from a CSV file with its progress bar moving to the end, a throttled upstream shown as a
// sentence with a retry countdown, the activity and restore screens; axe-core on every screen finds no serious or
// critical violation, the strict Content-Security-Policy is never violated, and each screen is saved as a screenshot.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { browserUnavailable, launchBrowser } from "../helpers/browser.js";
import { startEmbedded, type TestGateway } from "../helpers/gateway.js";

const root = join(import.meta.dirname, "../..");
// The screenshots under docs/ are refreshed only on request (UPDATE_SCREENSHOTS=1), so a test run leaves the tree clean.
const docs = process.env.UPDATE_SCREENSHOTS ? join(root, "docs") : join(tmpdir(), "backup-graphql-console-screens");
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const MINUTE = 60_000;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core run in the page (evaluated, not injected as a script: the page's CSP allows no inline script). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const unavailable = browserUnavailable();

describe.skipIf(unavailable !== undefined)("the backup console in Chromium", () => {
  let browser: Browser;
  let t: TestGateway;
  let page: Page;
  const graphqlRequests: string[] = [];
  const cspViolations: string[] = [];

  beforeAll(async () => {
    // `npm ci` builds the console (prepare); build it here too when a checkout has not run it yet.
    if (!existsSync(join(root, "console/dist/index.html")))
      execFileSync("npm", ["run", "--silent", "console:build"], { cwd: root, stdio: "inherit" });
    mkdirSync(docs, { recursive: true });
    [browser, t] = await Promise.all([launchBrowser(), startEmbedded()]);
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(8_000);
    page.on("request", (r) => {
      if (new URL(r.url()).pathname === "/graphql") graphqlRequests.push(r.postData() ?? "");
    });
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
  }, 60_000);
  afterAll(async () => {
    await Promise.all([browser?.close(), t?.stop()]);
  });

  afterEach(async (ctx) => {
    if (ctx.task.result?.state === "fail")
      await page.screenshot({ path: join(tmpdir(), `console-fail-${ctx.task.id}.png`), fullPage: true });
  });

  async function expectAccessible() {
    expect(await seriousViolations(page)).toEqual([]);
    expect(cspViolations).toEqual([]);
  }

  async function users(count: number): Promise<{ id: string; mail: string }[]> {
    const res = await fetch(`${t.emulator.baseUrl}/users?$top=${count}`);
    return ((await res.json()) as { value: { id: string; mail: string }[] }).value;
  }

  it("serves index.html uncached and hashed assets immutable, under a strict CSP", async () => {
    const index = await fetch(new URL("/", t.url));
    expect(index.status).toBe(200);
    expect(index.headers.get("cache-control")).toBe("no-cache");
    expect(index.headers.get("content-security-policy")).toContain("script-src 'self'");
    const html = await index.text();
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const js = await fetch(new URL(asset!, t.url));
    expect(js.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(js.headers.get("content-type")).toContain("text/javascript");
  });

  it("renders the overview of the demo tenant in at most 3 GraphQL requests and 3 upstream waves", async () => {
    t.emulator.resetRequests();
    graphqlRequests.length = 0;
    await page.goto(new URL("/", t.url).href);
    await page.getByText("Backup service:").waitFor();
    await page.getByRole("heading", { name: "Exchange mailboxes" }).waitFor();
    await page.waitForLoadState("networkidle");
    expect(graphqlRequests.length).toBeGreaterThanOrEqual(1);
    expect(graphqlRequests.length).toBeLessThanOrEqual(3);
    // A wave is one upstream round trip: a direct call or a $batch POST (its items carry the batch's id).
    const waves = t.emulator.requests().filter((r) => !r.batchId);
    expect(waves.length).toBeLessThanOrEqual(3);
    await expect(page.getByRole("figure", { name: "Restore point freshness" }).first().isVisible()).resolves.toBe(true);
    // Nothing runs in the demo tenant: the overview does not poll.
    const settled = graphqlRequests.length;
    await page.waitForTimeout(2_500);
    expect(graphqlRequests.length).toBe(settled);
    await page.screenshot({ path: join(docs, "console-overview.png"), fullPage: true });
    await expectAccessible();
  });

  let policyUrl = "";

  it("creates a policy and adds units, showing the item that failed", async () => {
    const [first, second] = (await users(40)).slice(-2);
    await page.goto(new URL("/#/new-policy", t.url).href);
    await page.getByLabel("Name").fill("Console policy");
    // Exchange has its one active policy in the demo tenant: a second is refused (CONFLICT, with the hint saying why).
    await page.getByLabel("Workload").selectOption("ONEDRIVE_FOR_BUSINESS");
    await page.getByRole("button", { name: "Create policy" }).click();
    await page.getByRole("heading", { name: /Console policy/ }).waitFor();
    policyUrl = page.url();
    await page.getByRole("textbox", { name: /^Add \(/ }).fill(`${first!.id}\n${second!.id}`);
    await page.getByRole("textbox", { name: /^Remove/ }).fill("no-such-unit");
    await page.getByRole("button", { name: "Apply changes" }).click();
    const outcomes = page.getByRole("list", { name: "Outcome of each item" });
    await outcomes.waitFor();
    await expect(outcomes.locator("li.ok").count()).resolves.toBe(2);
    await expect(outcomes.locator("li.fail").count()).resolves.toBe(1);
    expect(await outcomes.locator("li.fail").innerText()).toContain("no-such-unit");
    // The mutation's payload updated the table through the cache: both units are listed without a reload.
    await page.locator("tbody tr").nth(1).waitFor();
    await page.screenshot({ path: join(docs, "console-policy.png"), fullPage: true });
    await expectAccessible();
  });

  it("runs a bulk job from a CSV file to completion with its progress bar moving", async () => {
    await page.goto(policyUrl);
    await page.getByRole("button", { name: "Activate", exact: true }).click();
    await page
      .getByText(/Updating/)
      .first()
      .waitFor();
    t.emulator.clock.advance(5 * MINUTE);
    await page.getByRole("button", { name: "Deactivate" }).waitFor({ state: "visible" });
    await expect
      .poll(() => page.getByRole("button", { name: "Deactivate" }).isEnabled(), { timeout: 10_000 })
      .toBe(true);

    const mails = (await users(40)).slice(-6, -3).map((u) => u.mail);
    const csv = ["email", ...mails, "nobody@contoso.com"].join("\n");
    await page
      .getByLabel("CSV file")
      .setInputFiles({ name: "leavers.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: /Submit job \(4 addresses\)/ }).click();
    const bar = page.getByRole("progressbar", { name: /Progress of job/ });
    await bar.waitFor();
    const value = async () => Number(await bar.getAttribute("value"));
    const max = async () => Number(await bar.getAttribute("max"));
    const seen = [await value()];
    t.emulator.clock.advance(2 * MINUTE);
    await expect.poll(value, { timeout: 10_000 }).toBeGreaterThan(seen[0]!);
    seen.push(await value());
    t.emulator.clock.advance(5 * MINUTE);
    await expect.poll(async () => (await value()) === (await max()), { timeout: 10_000 }).toBe(true);
    seen.push(await value());
    expect(new Set(seen).size).toBe(3);
    const failed = page.getByRole("list", { name: "Addresses that failed" });
    await failed.waitFor();
    expect(await failed.innerText()).toContain("nobody@contoso.com");
    await page.screenshot({ path: join(docs, "console-bulk-job.png"), fullPage: true });
    await expectAccessible();
  });

  it("finds a unit of the policy by email and protects a group's members by an inclusion rule", async () => {
    await page.goto(policyUrl);
    const mail = (await users(40)).at(-5)!.mail;
    await page.getByRole("textbox", { name: /Find a user or site/ }).fill(mail);
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await page.getByText("1 found").waitFor();
    expect(await page.locator("tbody tr").count()).toBe(1);

    const groups = (await (await fetch(`${t.emulator.baseUrl}/groups?$top=5`)).json()) as {
      value: { displayName: string }[];
    };
    const group = groups.value[0]!.displayName;
    await page.getByRole("textbox", { name: "Find groups" }).fill(group);
    await page.getByRole("checkbox", { name: group }).check();
    await page.getByRole("button", { name: "Create rule" }).click();
    await page.getByRole("list", { name: "Inclusion rules" }).locator("li code").first().waitFor();
    await expectAccessible();
  });

  it("shows a throttled upstream as a sentence with a retry countdown", async () => {
    t.emulator.injectFault({ path: /./, status: 429, retryAfterSeconds: 4, times: 50 });
    try {
      await page.goto(new URL("/#/activity", t.url).href);
      const alert = page.getByRole("alert");
      await alert.waitFor({ timeout: 15_000 });
      expect(await alert.innerText()).toContain("Microsoft Graph is throttling requests");
      const countdown = page.getByTestId("retry-countdown");
      await countdown.waitFor();
      expect(await countdown.innerText()).toMatch(/Retrying in [1-4] s/);
      await page.screenshot({ path: join(docs, "console-throttled.png") });
      await expectAccessible();
    } finally {
      t.emulator.clearFaults();
    }
    // When the countdown ends the console asks again, and the screen recovers by itself.
    await page.getByRole("alert").waitFor({ state: "detached", timeout: 15_000 });
    await page.locator("tbody tr").first().waitFor();
  });

  it("lists activity and walks the restore wizard to a running restore", async () => {
    await page.goto(new URL("/#/activity", t.url).href);
    await page.getByRole("heading", { name: "Bulk addition jobs" }).waitFor();
    await page.getByRole("heading", { name: "Browse sessions" }).waitFor();
    await page.locator("tbody tr").first().waitFor();
    await page.screenshot({ path: join(docs, "console-activity.png"), fullPage: true });
    await expectAccessible();

    await page.goto(new URL("/#/restore", t.url).href);
    await page.getByRole("group", { name: "Units with a restore point" }).getByRole("checkbox").first().check();
    await page.getByRole("button", { name: "Next: point in time" }).click();
    await page.getByRole("list", { name: "Restore points" }).getByRole("radio").first().check();
    await page.screenshot({ path: join(docs, "console-restore.png"), fullPage: true });
    await expectAccessible();
    await page.getByRole("button", { name: "Next: destination" }).click();
    await page.getByRole("button", { name: "Next: review" }).click();
    await page.getByRole("button", { name: "Start the restore" }).click();
    await page.getByRole("heading", { name: /Restore session/ }).waitFor();
    // The session polls at its pollAfterSeconds until it ends: scheduling, in progress, then completed.
    t.emulator.clock.advance(6 * MINUTE);
    await page.getByRole("heading", { name: /Restore session completed/ }).waitFor({ timeout: 15_000 });
    const bar = page.getByRole("progressbar", { name: "Restore progress" });
    expect(await bar.getAttribute("value")).toBe(await bar.getAttribute("max"));
    await page.screenshot({ path: join(docs, "console-restore-done.png"), fullPage: true });
    await expectAccessible();
  });

  it("restores one folder of a OneDrive backup, browsed as a folder tree, to COMPLETED", async () => {
    // An hour of backups later every protected drive has a fast-restore point, which can be browsed.
    t.emulator.clock.advance(60 * MINUTE);
    await page.goto(new URL("/#/overview", t.url).href);
    await page.getByRole("link", { name: "Restore" }).click();
    await page.getByLabel("Workload").selectOption("ONEDRIVE_FOR_BUSINESS");
    await page.getByRole("group", { name: "Units with a restore point" }).getByRole("checkbox").first().check();
    await page.getByRole("button", { name: "Next: point in time" }).click();
    await page.getByRole("radio", { name: /Chosen folders and files/ }).check();
    await page
      .getByRole("radio", { name: /fast restore/ })
      .first()
      .check();
    await page.getByRole("button", { name: "Next: choose items" }).click();
    await page.getByRole("status").filter({ hasText: "Opening the backup" }).waitFor();
    t.emulator.clock.advance(2 * MINUTE);
    const items = page.getByRole("list", { name: "Items in this folder" });
    await items
      .getByRole("button", { name: /^Open / })
      .first()
      .click({ timeout: 15_000 });
    await page.getByRole("navigation", { name: "Folder path" }).getByRole("button").nth(1).waitFor();
    await items
      .getByRole("checkbox", { name: /^Restore folder / })
      .first()
      .check();
    await page.screenshot({ path: join(docs, "console-granular.png"), fullPage: true });
    await expectAccessible();
    await page.getByRole("button", { name: "Next: review" }).click();
    await page.getByRole("button", { name: "Start the restore" }).click();
    await page.getByRole("heading", { name: /Restore session/ }).waitFor();
    t.emulator.clock.advance(6 * MINUTE);
    await page.getByRole("heading", { name: /Restore session completed/ }).waitFor({ timeout: 15_000 });
    const restored = page.getByRole("table", { name: "Items restored" });
    await restored.getByText("succeeded").waitFor();
    await page.screenshot({ path: join(docs, "console-granular-done.png"), fullPage: true });
    await expectAccessible();
  });

  it("restores mailboxes from a pasted list through one bulk request, the overview polling only while it runs", async () => {
    const mails = (await users(2)).map((u) => u.mail);
    await page.goto(new URL("/#/overview", t.url).href);
    await page.getByRole("link", { name: "Restore" }).click();
    await page.getByRole("textbox", { name: /Email addresses to restore/ }).fill(mails.join("\n"));
    await page.getByRole("button", { name: "Restore 2 addresses" }).click();
    await page.getByRole("heading", { name: /Restore session/ }).waitFor();

    // The overview shows the running restore with its progress bar and polls at its pollAfterSeconds...
    await page.getByRole("link", { name: "Overview" }).click();
    const running = page.getByRole("region", { name: "Running now" });
    await running.getByRole("progressbar", { name: /^Restore / }).waitFor();
    await page.screenshot({ path: join(docs, "console-overview-running.png"), fullPage: true });
    const before = graphqlRequests.length;
    await expect.poll(() => graphqlRequests.length, { timeout: 10_000 }).toBeGreaterThan(before);
    // ...until it ends, and then stops polling.
    t.emulator.clock.advance(8 * MINUTE);
    await running.getByText("Nothing is running.").waitFor({ timeout: 15_000 });
    const settled = graphqlRequests.length;
    await page.waitForTimeout(3_000);
    expect(graphqlRequests.length).toBe(settled);

    await page.getByRole("link", { name: "Activity" }).click();
    const sessions = page.getByRole("region", { name: "Restore sessions" });
    await sessions.getByText("2 / 2").first().waitFor();
    await expectAccessible();
  });

  it("restores the mail one search found in a mailbox's backups, to COMPLETED", async () => {
    await page.goto(new URL("/#/overview", t.url).href);
    await page.getByRole("link", { name: "Restore" }).click();
    await page.getByRole("group", { name: "Units with a restore point" }).getByRole("checkbox").first().check();
    await page.getByRole("button", { name: "Next: point in time" }).click();
    await page.getByRole("radio", { name: "Mail found by a search" }).check();
    await page.getByRole("button", { name: "Search mail" }).click();
    await page.getByRole("group", { name: "Backups with matching mail" }).getByRole("radio").first().check();
    await page.screenshot({ path: join(docs, "console-mail-search.png"), fullPage: true });
    await expectAccessible();
    await page.getByRole("button", { name: "Next: destination" }).click();
    await page.getByRole("button", { name: "Next: review" }).click();
    await page.getByRole("button", { name: "Start the restore" }).click();
    await page.getByRole("heading", { name: /Restore session/ }).waitFor();
    t.emulator.clock.advance(6 * MINUTE);
    await page.getByRole("heading", { name: /Restore session completed/ }).waitFor({ timeout: 15_000 });
    await page.getByRole("table", { name: "Mail restored" }).getByText("succeeded").waitFor();
    await expectAccessible();
  });

  it("with AUTH_MODE=entra shows sign-in from the gateway's settings, never a blank page", async () => {
    const entra = await startEmbedded({
      AUTH_MODE: "entra",
      AUTH_AUDIENCE: "api://backup-gateway",
      AUTH_TENANT_ID: "00000000-0000-4000-8000-000000000001",
      CONSOLE_CLIENT_ID: "11111111-2222-4333-8444-555555555555",
    });
    const tab = await browser.newPage();
    try {
      const errors: string[] = [];
      tab.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      await tab.goto(new URL("/", entra.url).href);
      await tab.getByRole("button", { name: "Sign in" }).waitFor();
      expect(await tab.getByRole("heading", { level: 1 }).innerText()).toBe("Microsoft 365 Backup console");
      await tab.evaluate(axeSource);
      const violations = await tab.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
        return (await axe.run()).violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      });
      expect(violations).toEqual([]);
      expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    } finally {
      await tab.close();
      await entra.stop();
    }
  });
});
