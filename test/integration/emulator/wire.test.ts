import { describe, expect, it } from "vitest";
import { TIMINGS, startEmulator } from "../../../src/emulator/index.js";
import { BACKUP, client, type Json, useEmulator } from "./http.js";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const { emulator, call } = useEmulator({}, { beforeEach: (e) => e.reset() });

describe("Graph wire conventions", () => {
  it("answers unknown paths with 404 in Graph's envelope, request ids in headers and body", async () => {
    const res = await call("GET", `${BACKUP}/nothingHere`, undefined, { "client-request-id": "my-correlation-id" });
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toBe(
      "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8",
    );
    expect(res.headers.get("request-id")).toMatch(GUID);
    expect(res.headers.get("client-request-id")).toBe("my-correlation-id");
    expect(res.body).toEqual({
      error: {
        code: "ResourceNotFound",
        message: expect.any(String),
        innerError: {
          date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/),
          "request-id": res.headers.get("request-id"),
          "client-request-id": "my-correlation-id",
        },
      },
    });
  });

  it("gives every answer a fresh request-id and a client-request-id", async () => {
    const a = await call("GET", "/users?$top=1");
    const b = await call("GET", "/users?$top=1");
    expect(a.headers.get("request-id")).not.toBe(b.headers.get("request-id"));
    expect(a.headers.get("client-request-id")).toMatch(GUID);
  });

  it("answers 404 outside /v1.0 and /beta, and serves /beta like /v1.0", async () => {
    expect((await fetch(`${emulator.origin}/v2/users`)).status).toBe(404);
    const beta = await call("GET", "/beta/solutions/backupRestore/protectionPolicies");
    expect(beta.body["@odata.context"]).toContain("/beta/");
    expect(beta.body.value).toHaveLength(3);
  });

  it("answers 405 for a known path with an unsupported method", async () => {
    expect((await call("PUT", "/users")).status).toBe(405);
  });

  it("serves units from the root collections, the policy, and the polymorphic view with type casts", async () => {
    const root = await call("GET", `${BACKUP}/driveProtectionUnits`);
    expect(root.body.value).toHaveLength(5);
    const all = await call("GET", `${BACKUP}/protectionUnits`);
    expect(all.body.value).toHaveLength(19);
    const cast = await call("GET", `${BACKUP}/protectionUnits/microsoft.graph.mailboxProtectionUnit`);
    expect(cast.body.value.every((u: Json) => u["@odata.type"] === "#microsoft.graph.mailboxProtectionUnit")).toBe(
      true,
    );
    const one = await call("GET", `${BACKUP}/protectionUnits/${cast.body.value[0].id}`);
    expect(one.body).toMatchObject({
      id: cast.body.value[0].id,
      status: "protected",
      protectionSources: "manual",
      error: null,
      offboardRequestedDateTime: "0001-01-01T00:00:00Z",
    });
    const wrongType = await call("GET", `${BACKUP}/driveProtectionUnits/${cast.body.value[0].id}`);
    expect([wrongType.status, wrongType.body.error.code]).toEqual([404, "ProtectionUnitNotFound"]);
  });

  it("sends evolvable unit statuses as unknownFutureValue unless the client opts in", async () => {
    const units = await call("GET", `${BACKUP}/driveProtectionUnits`);
    const unitId = units.body.value[0].id;
    const policyId = units.body.value[0].policyId;
    await call("PATCH", `${BACKUP}/oneDriveForBusinessProtectionPolicies/${policyId}`, {
      "driveProtectionUnits@delta": [{ "@removed": { reason: "changed" }, id: unitId }],
    });
    const attached = await call("POST", `${BACKUP}/protectionUnits/${unitId}/offboard`);
    expect([attached.status, attached.body.error.code, attached.body.error.details]).toEqual([
      403,
      "OperationNotAllowed",
      [],
    ]);
    emulator.clock.advance(TIMINGS.removeMs);
    const offboarded = await call("POST", `${BACKUP}/protectionUnits/${unitId}/offboard`);
    expect([offboarded.status, offboarded.body.status]).toEqual([200, "unknownFutureValue"]);
    const optedIn = await call("GET", `${BACKUP}/protectionUnits/${unitId}`, undefined, {
      Prefer: "include-unknown-enum-members",
    });
    expect(optedIn.body.status).toBe("offboardRequested");
    expect(optedIn.body.offboardRequestedDateTime).not.toBe("0001-01-01T00:00:00Z");
  });
});

describe("requiredToken", () => {
  it("answers 401 without the expected bearer token and serves with it", async () => {
    const secured = await startEmulator({ port: 0, timeScale: 0, requiredToken: "letmein" });
    try {
      const anonymous = await client(secured)("GET", "/users");
      expect([anonymous.status, anonymous.body.error.code]).toEqual([401, "InvalidAuthenticationToken"]);
      const wrong = await client(secured, { Authorization: "Bearer nope" })("GET", "/users");
      expect(wrong.status).toBe(401);
      const right = await client(secured, { Authorization: "Bearer letmein" })("GET", "/users");
      expect(right.status).toBe(200);
      expect(secured.requests().map((r) => r.status)).toEqual([401, 401, 200]);
    } finally {
      await secured.close();
    }
  });
});
