import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType } from "graphql";
import { describe, expect, it } from "vitest";
import { buildGatewaySchema } from "../../../src/schema/index.js";

describe("schema descriptions (what Sandbox users read)", () => {
  it("describe every type, field and argument", async () => {
    const schema = await buildGatewaySchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || (isScalarType(type) && ["String", "Boolean", "Int", "Float", "ID"].includes(type.name))) continue;
      if (!type.description) missing.push(type.name);
      if (isEnumType(type)) continue;
      if (!(isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))) continue;
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of "args" in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
