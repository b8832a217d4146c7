import { describe, expect, it } from "vitest";
import { GraphRequestError } from "../../../src/msgraph/errors.js";
import { formatError } from "../../../src/server/errors.js";

const format = (status: number, code: string) =>
  formatError(
    { message: "x" },
    new GraphRequestError(`Graph says ${code}`, { status, code, method: "POST", path: "/p", requestId: "r" }),
  ).extensions;

describe("Backup Storage error codes", () => {
  it.each([
    [500, "TooManyActiveRestoreSessions", "CONFLICT"],
    [403, "RestoreSessionActionNotAllowed", "CONFLICT"],
    [403, "PolicyActionNotAllowed", "CONFLICT"],
    [400, "invalidStateForActivation", "CONFLICT"],
    [409, "PolicyCreationNotAllowed", "CONFLICT"],
    [409, "ProtectionUnitAlreadyExists", "CONFLICT"],
    [400, "InvalidRestoreTime", "BAD_USER_INPUT"],
    [404, "RestoreSessionNotFound", "NOT_FOUND"],
    [500, "PolicySaveFailed", "UPSTREAM_UNAVAILABLE"],
    [402, "InvalidBillingProfile", "FORBIDDEN"],
  ])("%i %s → %s with graphCode and a hint", (status, code, expected) => {
    expect(format(status, code)).toMatchObject({
      code: expected,
      graphCode: code,
      requestId: "r",
      hint: expect.any(String),
    });
  });

  it("looks codes up ignoring case, and leaves unknown codes to the status with no hint", () => {
    expect(format(403, "restoresessionactionnotallowed")).toMatchObject({ code: "CONFLICT" });
    const unknown = format(503, "SomethingNew");
    expect(unknown).toMatchObject({ code: "UPSTREAM_UNAVAILABLE" });
    expect(unknown).not.toHaveProperty("hint");
  });

  it("keeps transport outcomes first: a lost write stays UPSTREAM_OUTCOME_UNKNOWN", () => {
    expect(format(0, "OutcomeUnknown")).toMatchObject({ code: "UPSTREAM_OUTCOME_UNKNOWN" });
    expect(format(429, "TooManyRequests")).toMatchObject({ code: "UPSTREAM_THROTTLED", hint: expect.any(String) });
  });
});
