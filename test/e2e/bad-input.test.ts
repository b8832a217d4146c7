// Every bad input is refused with BAD_USER_INPUT naming the field (and, for lists, the offending item) before
// anything is sent upstream: the emulator's request log stays empty for each case.
import { describe, expect, it } from "vitest";
import { startExternal, useGateway } from "../helpers/gateway.js";
import { graphCalls } from "../helpers/tenant.js";
import { CASES, OPS } from "./bad-input-cases.js";

async function send(url: string, query: string, input: unknown) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables: { input } }),
  });
  return (await res.json()) as { errors?: { extensions?: Record<string, unknown> }[] };
}

describe("bad input, refused before any upstream call", () => {
  // Default body limits: the 50,001- and 10,001-entry cases are beyond the general 100 KB but are bulk submissions,
  // so what refuses them is the resolvers' own cap, not the body size.
  const t = useGateway(() => startExternal({}, { seed: "directory" }));

  it(`holds at least 100 cases (${CASES.length})`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(100);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it.each(CASES)("$name", async ({ op, input, field, item }) => {
    t.emulator.resetRequests();
    const res = await send(t.url, OPS[op], input);
    const extensions = res.errors?.[0]?.extensions;
    expect(extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    if (item !== undefined) expect(extensions?.item).toBe(item);
    expect(graphCalls(t)).toEqual([]);
  });
});
