// registerServiceApp's guard when Graph registers another application than the one asked for (Graph documents an
// empty create body and registers the caller): the app is reported, never activated. A stub Graph client stands in,
// since the emulator honours the application named in the body.
import { describe, expect, it, vi } from "vitest";
import type { Context } from "../../../src/schema/context.js";
import { registerServiceApp } from "../../../src/schema/service/service.register.js";

const ASKED = "5b4f0c1e-6a2d-4e8f-9c3b-2d1a0f9e8d7c";
const CALLER = "0f0e0d0c-0b0a-4909-8807-060504030201";

describe("registerServiceApp", () => {
  it("does not activate an app Graph registered for another application, and says so", async () => {
    const post = vi.fn(async () => ({ id: "a1", status: "inactive", application: { id: CALLER } }));
    const ctx = { graph: { post }, logger: { warn: () => undefined } } as unknown as Context;
    const payload = await registerServiceApp(ctx, { applicationId: ASKED, effectiveDateTime: new Date(Date.now() + 60_000) });
    expect(post).toHaveBeenCalledTimes(1);
    expect(payload.serviceApp).toMatchObject({ id: "a1", status: "INACTIVE" });
    expect(payload.activationError).toMatchObject({ code: "ApplicationMismatch" });
  });
});
