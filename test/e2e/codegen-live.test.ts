// A frontend's first step: graphql-codegen pointed at the live URL of a development gateway introspects it and
// generates types for the whole schema, scalars mapped as the README says.
import { generate } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";
import { useGateway } from "../helpers/gateway.js";

const t = useGateway();

describe("graphql-codegen against the live gateway", () => {
  it("introspects http://127.0.0.1:<port>/graphql and generates the schema's types", async () => {
    t.emulator.resetRequests();
    const [output, ...rest] = await generate(
      {
        schema: t.url,
        silent: true,
        generates: {
          "schema-types.ts": {
            plugins: ["typescript"],
            config: { enumsAsTypes: true, scalars: { DateTime: "string", Duration: "string" } },
          },
        },
      },
      false,
    );
    expect(rest).toEqual([]);
    expect(output!.filename).toBe("schema-types.ts");
    const types = output!.content;
    expect(types).toMatch(/export type ProtectionPolicy = \{/);
    expect(types).toMatch(/export type Workload =[^;]*\| 'EXCHANGE'[^;]*\| 'SHAREPOINT'/);
    expect(types).toMatch(/DateTime: \{ input: string; output: string; \}/);
    // Learning the schema costs Graph nothing.
    expect(t.emulator.requests()).toEqual([]);
  });
});
