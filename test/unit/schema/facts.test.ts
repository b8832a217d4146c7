import { describe, expect, it } from "vitest";
import { createStableFacts } from "../../../src/schema/shared/facts.store.js";

describe("stable facts", () => {
  it("forgets the least recently learned fact beyond its bound", () => {
    const facts = createStableFacts(2);
    facts.set("a", "1");
    facts.set("b", "2");
    facts.set("a", "1");
    facts.set("c", "3");
    expect([facts.get("a"), facts.get("b"), facts.get("c")]).toEqual(["1", undefined, "3"]);
  });

  it("keeps a fact learned again with a new value, as the newest", () => {
    const facts = createStableFacts(2);
    facts.set("a", "1");
    facts.set("b", "2");
    facts.set("a", "9");
    facts.set("c", "3");
    expect([facts.get("a"), facts.get("b"), facts.get("c")]).toEqual(["9", undefined, "3"]);
  });
});
