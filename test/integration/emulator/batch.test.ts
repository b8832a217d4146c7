import { describe, expect, it } from "vitest";
import { userId } from "../../../src/emulator/index.js";
import { BACKUP, type Json, useEmulator } from "./http.js";

const { emulator, call } = useEmulator({}, { beforeEach: (e) => e.reset() });

const batch = (requests: Json[]) => call("POST", "/$batch", { requests });
const byId = (res: Json) => Object.fromEntries(res.body.responses.map((r: Json) => [r.id, r]));

describe("POST /$batch", () => {
  it("answers each item on its own: a success, a 404 and a throttled item", async () => {
    emulator.injectFault({ path: "/users", status: 429, retryAfterSeconds: 0.25 });
    const res = await batch([
      { id: "1", method: "GET", url: `${BACKUP}/protectionPolicies` },
      { id: "2", method: "GET", url: `${BACKUP}/protectionPolicies/00000000-0000-4000-8000-000000000000` },
      { id: "3", method: "GET", url: "/users?$top=1" },
    ]);
    expect(res.status).toBe(200);
    expect(res.body.responses.map((r: Json) => r.id)).toEqual(["1", "2", "3"]);
    const items = byId(res);
    expect(items["1"].status).toBe(200);
    expect(items["1"].headers["content-type"]).toMatch(/^application\/json;odata\.metadata=minimal;/);
    expect(items["1"].body.value).toHaveLength(3);
    expect([items["2"].status, items["2"].body.error.code]).toEqual([404, "PolicyNotFound"]);
    expect(items["3"].status).toBe(429);
    expect(items["3"].headers["retry-after"]).toBe("0.25");
    expect(items["3"].body.error.code).toBe("TooManyRequests");
  });

  it("logs the $batch POST and each item with the batch's request id", async () => {
    const res = await batch([
      { id: "a", method: "GET", url: "/users?$top=1" },
      { id: "b", method: "GET", url: `/users/${userId(0)}` },
    ]);
    const batchId = res.headers.get("request-id");
    expect(emulator.requests()).toEqual([
      { method: "POST", path: "/v1.0/$batch", status: 200, at: expect.any(Number) },
      { method: "GET", path: "/v1.0/users?$top=1", status: 200, batchId, at: expect.any(Number) },
      { method: "GET", path: `/v1.0/users/${userId(0)}`, status: 200, batchId, at: expect.any(Number) },
    ]);
  });

  it("runs writes with bodies and answers 424 to dependents of a failed item", async () => {
    const res = await batch([
      {
        id: "create",
        method: "POST",
        url: `${BACKUP}/oneDriveForBusinessProtectionPolicies`,
        headers: { "Content-Type": "application/json" },
        body: { displayName: "" },
      },
      { id: "after", method: "GET", url: `${BACKUP}/protectionPolicies`, dependsOn: ["create"] },
      { id: "later", method: "GET", url: "/users?$top=1", dependsOn: ["after"] },
    ]);
    const items = byId(res);
    expect(items["create"].body.error.code).toBe("InvalidDisplayName");
    expect(items["after"].status).toBe(424);
    expect(items["later"].status).toBe(424);
  });

  it("creates through a batch item like a direct call", async () => {
    const res = await batch([
      {
        id: "1",
        method: "POST",
        url: `${BACKUP}/oneDriveForBusinessProtectionPolicies`,
        headers: { "content-type": "application/json" },
        body: { displayName: "Via batch" },
      },
    ]);
    expect(byId(res)["1"].status).toBe(201);
  });

  it.each([
    ["more than 20 requests", Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: "GET", url: "/users" }))],
    [
      "ids repeated in another case",
      [
        { id: "x", method: "GET", url: "/users" },
        { id: "X", method: "GET", url: "/users" },
      ],
    ],
    ["a body without Content-Type", [{ id: "1", method: "POST", url: "/users", body: {} }]],
    ["an absolute url", [{ id: "1", method: "GET", url: "https://graph.microsoft.com/v1.0/users" }]],
    [
      "a dependency cycle",
      [
        { id: "1", method: "GET", url: "/users", dependsOn: ["2"] },
        { id: "2", method: "GET", url: "/users", dependsOn: ["1"] },
      ],
    ],
  ])("answers 400 for %s", async (_, requests) => {
    const res = await batch(requests);
    expect([res.status, res.body.error.code]).toEqual([400, "BadRequest"]);
  });

  it("can throttle the $batch POST itself", async () => {
    emulator.injectFault({ path: "/$batch", status: 429, retryAfterSeconds: 2 });
    const res = await batch([{ id: "1", method: "GET", url: "/users" }]);
    expect([res.status, res.headers.get("retry-after")]).toEqual([429, "2"]);
    expect(emulator.requests()).toHaveLength(1);
  });
});
