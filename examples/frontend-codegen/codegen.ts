// GraphQL Code Generator config for a frontend of the gateway: typed documents (client preset) from the checked-in
// SDL. Run from the repository root: npx graphql-codegen --config examples/frontend-codegen/codegen.ts
// In your own app, point `schema` at a copy of schema/schema.graphql (or at http://localhost:4000/graphql while a
// development gateway runs: introspection is on there) and `documents` at your sources.
import type { CodegenConfig } from "@graphql-codegen/cli";

/** Every custom scalar of the schema travels as a string: ISO 8601 instants (DateTime) and durations (Duration). */
export const scalars = {
  DateTime: "string",
  Duration: "string",
} as const;

const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: ["examples/frontend-codegen/src/**/*.graphql"],
  // A typo in an operation fails the run instead of producing types for a query the gateway would refuse.
  ignoreNoDocuments: false,
  // Imports between the generated files end in .js, which both Node's ESM resolution and bundlers accept.
  emitLegacyCommonJSImports: false,
  generates: {
    "examples/frontend-codegen/src/gql/": {
      preset: "client",
      config: { scalars, useTypeImports: true, enumsAsTypes: true },
    },
  },
};

export default config;
