// Builds the executable schema from the type-graphql resolvers. Used by the server and by `schema:emit`.
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { PolicyMutationResolver } from "./policies/policy.mutation.js";
import { PolicyResolver } from "./policies/policy.resolver.js";
import { ExchangeProtectionPolicy, OneDriveForBusinessProtectionPolicy, SharePointProtectionPolicy } from "./policies/policy.type.js";
import { ServiceResolver } from "./service/service.resolver.js";
import { UnitChangeResolver } from "./units/unit-change.resolver.js";
import { UnitResolver } from "./units/unit.resolver.js";
import { DriveProtectionUnit, MailboxProtectionUnit, SiteProtectionUnit } from "./units/unit.type.js";

export type { Context, Logger } from "./context.js";
export { GatewayErrorCode, GATEWAY_ERROR_CODES, gatewayError } from "./shared/errors.js";

const resolvers = [ServiceResolver, PolicyResolver, PolicyMutationResolver, UnitResolver, UnitChangeResolver] as const;

// Implementations that no field names directly must be listed, or GraphQL would not know them.
const orphanedTypes = [
  ExchangeProtectionPolicy,
  SharePointProtectionPolicy,
  OneDriveForBusinessProtectionPolicy,
  MailboxProtectionUnit,
  DriveProtectionUnit,
  SiteProtectionUnit,
];

export async function buildGatewaySchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    orphanedTypes,
    // Inputs are validated by hand before any upstream call (shared/validate.ts), with field-naming errors.
    validate: false,
  });
}

/** The SDL as checked in at schema/schema.graphql: sorted, so only real changes show in a diff. */
export function printGatewaySchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
