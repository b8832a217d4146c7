import { describe, expect, it } from "vitest";
import { GraphRequestError, isGraphRequestError, parseGraphError } from "../../../src/msgraph/errors.js";

const ctx = { method: "POST", path: "/solutions/backupRestore/protectionPolicies/p1/activate", clientRequestId: "c-1" };

describe("parseGraphError", () => {
  it("reads the standard envelope and takes request-id from the header first", () => {
    const body = {
      error: {
        code: "invalidStateForActivation",
        message: "Policy in already active state",
        innerError: { date: "2023-03-03T07:15:31", "request-id": "inner-id", "client-request-id": "c-1" },
      },
    };
    const err = parseGraphError(400, body, new Headers({ "request-id": "header-id" }), ctx);
    expect(err).toBeInstanceOf(GraphRequestError);
    expect(err).toMatchObject({
      name: "GraphRequestError",
      status: 400,
      code: "invalidStateForActivation",
      message: "Policy in already active state",
      requestId: "header-id",
      clientRequestId: "c-1",
      date: "2023-03-03T07:15:31",
      method: "POST",
      path: ctx.path,
    });
  });

  it("falls back to innerError request-id and parses a JSON string body", () => {
    const body = JSON.stringify({
      error: { code: "PolicyNotFound", message: "nope", innerError: { "request-id": "inner-id" } },
    });
    const err = parseGraphError(404, body, {}, ctx);
    expect(err).toMatchObject({ status: 404, code: "PolicyNotFound", requestId: "inner-id" });
  });

  it("reads Retry-After from the headers of a throttled answer, any header casing", () => {
    const body = {
      error: { code: "TooManyRequests", message: "Please retry again later.", innerError: { code: "429" } },
    };
    expect(parseGraphError(429, body, { "Retry-After": "2.128" }, ctx).retryAfterMs).toBe(2128);
    expect(parseGraphError(429, body, new Headers({ "retry-after": "3" }), ctx).retryAfterMs).toBe(3000);
  });

  it("reads the bare publicError shape", () => {
    const body = {
      code: "OperationNotAllowed",
      message: "Only protection units removed from backup policies are allowed for this API.",
      target: "billingPolicyId",
      innerError: { code: "OperationNotAllowed", message: "The protection unit is attached to a backup policy." },
    };
    const err = parseGraphError(403, body, undefined, ctx);
    expect(err).toMatchObject({ status: 403, code: "OperationNotAllowed", target: "billingPolicyId" });
    expect(err.message).toMatch(/Only protection units/);
  });

  it.each([
    ["an HTML page", "<html><body>Bad gateway</body></html>"],
    ["an empty body", ""],
    ["no body", undefined],
    ["JSON without an error", { hello: "world" }],
    ["a JSON array", [1, 2]],
  ])("gives code HttpError for %s", (_label, body) => {
    const err = parseGraphError(502, body, {}, ctx);
    expect(err).toMatchObject({ status: 502, code: "HttpError", method: "POST", path: ctx.path });
    expect(err.message).toContain("502");
  });

  it("is recognised by isGraphRequestError, also by name", () => {
    expect(isGraphRequestError(parseGraphError(500, "", {}, ctx))).toBe(true);
    expect(isGraphRequestError(Object.assign(new Error("x"), { name: "GraphRequestError" }))).toBe(true);
    expect(isGraphRequestError(new Error("x"))).toBe(false);
    expect(isGraphRequestError("GraphRequestError")).toBe(false);
  });
});
