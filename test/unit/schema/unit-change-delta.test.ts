import { describe, expect, it } from "vitest";
import { WORKLOAD_NAMES } from "../../../src/msgraph/models.js";
import { correlateDelta, deltaBody, type ChangeItem } from "../../../src/schema/units/unit-change.delta.js";

const exchange = WORKLOAD_NAMES.exchange;
const failure = (op: string, extra: Record<string, string>) => ({
  "@contentId": "c",
  "@Core.DataModificationException": { info: { code: "Invalid", message: "does not exist" }, failedOperation: op, responseCode: 409 },
  ...extra,
});

describe("@delta answer correlation", () => {
  const items: ChangeItem[] = [
    { operation: "add", target: "A" },
    { operation: "add", target: "B" },
    { operation: "remove", target: "U1" },
    { operation: "remove", target: "U2" },
  ];

  it("builds Graph's delta body with adds by key and removals with @removed", () => {
    expect(deltaBody(exchange, items.slice(1, 3))).toEqual({
      "mailboxProtectionUnits@delta": [{ directoryObjectId: "B" }, { "@removed": { reason: "changed" }, id: "U1" }],
    });
  });

  it("pairs units and per-item failures with their items even when the answer is reordered", () => {
    const answer = [
      failure("remove", { id: "U2" }),
      { id: "U1", status: "removeRequested", directoryObjectId: "X" },
      { id: "n2", status: "protectRequested", directoryObjectId: "b" },
      { id: "n1", status: "protectRequested", directoryObjectId: "A" },
    ];
    const out = correlateDelta(exchange, items, answer);
    expect(out.map((o) => [o.item.target, o.unit?.id ?? null, o.error?.code ?? null])).toEqual([
      ["A", "n1", null],
      ["B", "n2", null],
      ["U1", "U1", null],
      ["U2", null, "Invalid"],
    ]);
  });

  it("falls back to position when Graph's ids do not match the request (as in the docs' examples)", () => {
    const answer = [{ id: "n1", userId: "zz1" }, { id: "n2", userId: "zz2" }, { id: "r1", status: "removeRequested" }, failure("remove", { id: "other" })];
    const out = correlateDelta(exchange, items, answer);
    expect(out.map((o) => o.unit?.id ?? o.error?.code)).toEqual(["n1", "n2", "r1", "Invalid"]);
  });

  it("reports an item Graph's answer never mentions as failed, not as succeeded", () => {
    const out = correlateDelta(exchange, items, [{ id: "n1", directoryObjectId: "A" }]);
    expect(out.filter((o) => o.error?.code === "NoOutcomeReported").map((o) => o.item.target)).toEqual(["B", "U1", "U2"]);
  });
});
