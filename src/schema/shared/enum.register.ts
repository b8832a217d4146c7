import { registerEnumType } from "type-graphql";

type EnumValuesConfig<E extends object> = NonNullable<NonNullable<Parameters<typeof registerEnumType<E>>[1]>["valuesConfig"]>;

/** Registers a GraphQL enum with its description and per-value descriptions in one call. */
export function defineEnum<E extends Record<string, string>>(
  enumObj: E,
  name: string,
  description: string,
  values: Partial<Record<keyof E, string>> = {},
): E {
  const valuesConfig: EnumValuesConfig<E> = {};
  for (const key of Object.keys(values) as (keyof E)[]) {
    const text = values[key];
    if (text !== undefined) valuesConfig[key] = { description: text };
  }
  registerEnumType(enumObj, { name, description, valuesConfig });
  return enumObj;
}
