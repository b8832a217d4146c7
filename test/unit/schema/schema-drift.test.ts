import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { buildGatewaySchema, printGatewaySchema } from "../../../src/schema/index.js";

describe("schema/schema.graphql", () => {
  it("matches the schema the code builds (run `npm run schema:emit` after changing types)", async () => {
    const checkedIn = await readFile(new URL("../../../schema/schema.graphql", import.meta.url), "utf8");
    expect(printGatewaySchema(await buildGatewaySchema())).toBe(checkedIn);
  });
});
