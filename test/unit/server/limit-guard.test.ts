// The limits checked before Apollo: the same verdicts as the validation rule, from the query text alone.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createLimitGuard } from "../../../src/server/limit-guard.js";
import { DEFAULT_LIMITS } from "../../../src/config/query-limits.js";
import { bomb, BOMB_SHAPES, introspectionBomb } from "../../helpers/fragment-bomb.js";

const operations = new URL("../../operations/", import.meta.url);

describe("the limit guard", () => {
  it("refuses fragment bombs of every shape by the field-selection limit", () => {
    const guard = createLimitGuard(DEFAULT_LIMITS);
    for (const shape of Object.values(BOMB_SHAPES)) {
      for (const levels of [20, 40])
        expect(guard(bomb(levels, shape))).toMatch(/^Field selections limit of 250 exceeded/);
    }
    expect(guard(introspectionBomb(40))).toMatch(/limit/);
  });

  it("refuses the other limits too, the same document again and again", () => {
    const guard = createLimitGuard(DEFAULT_LIMITS);
    const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: __typename`).join(" ")} }`;
    for (let i = 0; i < 3; i++) expect(guard(aliases)).toMatch(/^Aliases limit of 15/);
    expect(guard(`{ __typename ${"@skip(if: false) ".repeat(6)} }`)).toMatch(/^Directives limit of 5/);
  });

  it("lets every operation the tests and the contract send through, twice", () => {
    const guard = createLimitGuard(DEFAULT_LIMITS, { cacheSize: 2 });
    const files = readdirSync(operations).filter((f) => f.endsWith(".graphql"));
    expect(files.length).toBeGreaterThan(0);
    for (let i = 0; i < 2; i++) {
      for (const file of files) expect(guard(readFileSync(new URL(file, operations), "utf8"))).toBeUndefined();
    }
    expect(guard(bomb(3))).toBeUndefined();
  });

  it("leaves documents that do not parse, or pass the token limit, to Apollo's own answer", () => {
    const guard = createLimitGuard(DEFAULT_LIMITS);
    expect(guard("{ protectionPolicies { ")).toBeUndefined();
    expect(guard(`{ ${"__typename ".repeat(DEFAULT_LIMITS.maxTokens + 1)} }`)).toBeUndefined();
  });
});
