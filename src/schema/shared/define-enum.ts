import { registerEnumType } from "type-graphql";

/** Registers a GraphQL enum with its description and per-value descriptions in one call. */
export function defineEnum<E extends Record<string, string>>(
  enumObj: E,
  name: string,
  description: string,
  values: Partial<Record<keyof E, string>> = {},
): E {
  registerEnumType(enumObj, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.entries(values).map(([k, d]) => [k, { description: d as string }])) as never,
  });
  return enumObj;
}
