// Sandbox opens with the README's first query: one text in src/server/, held equal to the README's here.
import { readFileSync } from "node:fs";
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { SANDBOX_DOCUMENT } from "../../../src/server/sandbox-document.js";

const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");

describe("the Sandbox's initial document", () => {
  it("is the first GraphQL block of the README's Quick start, character for character", () => {
    const quickStart = readme.slice(readme.indexOf("## Quick start"));
    const block = /```graphql\n([\s\S]*?)```/.exec(quickStart);
    expect(block).not.toBeNull();
    expect(SANDBOX_DOCUMENT).toBe(block![1]);
  });

  it("parses as one anonymous query", () => {
    const document = parse(SANDBOX_DOCUMENT);
    expect(document.definitions).toHaveLength(1);
    expect(document.definitions[0]).toMatchObject({ kind: "OperationDefinition", operation: "query" });
  });
});
