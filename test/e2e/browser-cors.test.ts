// A page on another loopback origin calls /graphql with fetch from a real headless Chromium, as a frontend would: the
// call succeeds when its origin is allowed (listed in CORS_ORIGINS, or any loopback origin by the development
// default) and the browser refuses it ("Failed to fetch") when not, without the query ever reaching the gateway.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { browserUnavailable, launchBrowser, servePage, type ServedPage } from "../helpers/browser.js";
import { startEmbedded, type TestGateway } from "../helpers/gateway.js";

const QUERY = "{ backupRestore { serviceStatus { status } } }";

// What a frontend's GraphQL client does: POST JSON (which alone makes the browser send a preflight), with a
// correlation id it then reads back from the answer.
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>frontend</title></head><body><script>
window.callGateway = async (url, query) => {
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "browser-call-0001" },
      body: JSON.stringify({ query }),
    });
    return { ok: true, status: res.status, body: await res.json(), requestId: res.headers.get("x-request-id") };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
};
</script></body></html>`;

interface CallResult {
  ok: boolean;
  status?: number;
  body?: { data?: { backupRestore: { serviceStatus: { status: string } } } };
  requestId?: string | null;
  error?: string;
}

const unavailable = browserUnavailable();

describe.skipIf(unavailable !== undefined)("a page on another origin calls the gateway from Chromium", () => {
  let browser: Browser;
  let allowed: ServedPage;
  let other: ServedPage;
  let listed: TestGateway;
  let byDefault: TestGateway;

  beforeAll(async () => {
    [browser, allowed, other] = await Promise.all([launchBrowser(), servePage(PAGE), servePage(PAGE)]);
    [listed, byDefault] = await Promise.all([startEmbedded({ CORS_ORIGINS: allowed.origin }), startEmbedded()]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), allowed?.close(), other?.close(), listed?.stop(), byDefault?.stop()]);
  });

  async function callFrom(page: ServedPage, gateway: TestGateway): Promise<CallResult> {
    const tab = await browser.newPage();
    try {
      await tab.goto(page.url);
      return await tab.evaluate(
        ([url, query]) =>
          (globalThis as unknown as { callGateway(u: string, q: string): Promise<CallResult> }).callGateway(url, query),
        [gateway.url, QUERY] as const,
      );
    } finally {
      await tab.close();
    }
  }

  it("succeeds from an origin listed in CORS_ORIGINS, reading the data and x-request-id", async () => {
    listed.emulator.resetRequests();
    const result = await callFrom(allowed, listed);
    expect(result).toMatchObject({ ok: true, status: 200, requestId: "browser-call-0001" });
    expect(result.body?.data?.backupRestore.serviceStatus.status).toBeTypeOf("string");
    expect(listed.emulator.requests().length).toBeGreaterThan(0);
  });

  it("is refused by the browser from an origin that is not listed, and the query never runs", async () => {
    listed.emulator.resetRequests();
    const result = await callFrom(other, listed);
    expect(result).toEqual({ ok: false, error: "TypeError: Failed to fetch" });
    expect(listed.emulator.requests()).toEqual([]);
  });

  it("succeeds from any loopback origin by the development default", async () => {
    const result = await callFrom(other, byDefault);
    expect(result).toMatchObject({ ok: true, status: 200 });
    expect(result.body?.data?.backupRestore.serviceStatus.status).toBeTypeOf("string");
  });
});
