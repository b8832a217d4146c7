// Builds the executable schema from the type-graphql resolvers. Used by the server and by `schema:emit`.
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { describeCommonFields } from "./shared/common-fields.describe.js";
import { BulkRequestPollingResolver, JobPollingResolver, SessionPollingResolver } from "./polling/polling.resolver.js";
import { PolicyMutationResolver } from "./policies/policy.mutation.js";
import { PolicyResolver } from "./policies/policy.resolver.js";
import { RuleMutationResolver } from "./rules/rule.mutation.js";
import { PolicyRulesResolver, RuleResolver } from "./rules/rule.resolver.js";
import { DriveRuleGroupsResolver, MailboxRuleGroupsResolver } from "./rules/rule-group.resolver.js";
import { DriveProtectionRule, MailboxProtectionRule, SiteProtectionRule } from "./rules/rule.type.js";
import { ExchangeProtectionPolicy, OneDriveForBusinessProtectionPolicy, SharePointProtectionPolicy, UnknownProtectionPolicy } from "./policies/policy.type.js";
import { ServiceMutationResolver } from "./service/service.mutation.js";
import { ServiceResolver } from "./service/service.resolver.js";
import { DriveOwnerResolver, MailboxOwnerResolver, SiteUnitResolver } from "./directory/directory.resolver.js";
import { DirectoryPickerResolver } from "./directory/directory.query.js";
import { GroupUnitsResolver, SiteUnitsResolver, UserUnitsResolver } from "./directory/directory.units.js";
import { DriveJobFieldsResolver, MailboxJobFieldsResolver, SiteJobFieldsResolver } from "./jobs/job.fields.js";
import { JobMutationResolver } from "./jobs/job.mutation.js";
import { JobResolver, PolicyJobsResolver } from "./jobs/job.resolver.js";
import { DriveProtectionUnitsBulkAdditionJob, MailboxProtectionUnitsBulkAdditionJob, SiteProtectionUnitsBulkAdditionJob } from "./jobs/job.type.js";
import { DriveRestoreArtifact, MailboxRestoreArtifact, SiteRestoreArtifact } from "./sessions/artifact.type.js";
import {
  DriveRestoreArtifactsBulkAdditionRequest,
  MailboxRestoreArtifactsBulkAdditionRequest,
  SiteRestoreArtifactsBulkAdditionRequest,
} from "./bulk-requests/bulk-request.type.js";
import { DriveRequestFieldsResolver, MailboxRequestFieldsResolver, SiteRequestFieldsResolver } from "./bulk-requests/bulk-request.fields.js";
import { RestorePointResolver, UnitRestorePointResolver } from "./restore-points/restore-point.resolver.js";
import { BulkRequestMutationResolver } from "./bulk-requests/bulk-request.mutation.js";
import { SessionBulkRequestsResolver } from "./bulk-requests/bulk-request.resolver.js";
import { SessionMutationResolver } from "./sessions/session.mutation.js";
import { SessionResolver } from "./sessions/session.resolver.js";
import { BrowseSessionResolver } from "./browse/browse-session.resolver.js";
import { GranularMailArtifactsResolver } from "./granular/granular-mail.resolver.js";
import { GranularItemMutationResolver } from "./granular/granular-items.mutation.js";
import { DriveGranularItemsResolver, SiteGranularItemsResolver } from "./granular/granular-items.resolver.js";
import { BulkRequestReadResolver } from "./bulk-requests/bulk-request.read.js";
import { ExchangeRestoreSession, OneDriveForBusinessRestoreSession, SharePointRestoreSession, UnknownRestoreSession } from "./sessions/session.type.js";
import { UnitChangeResolver } from "./units/unit-change.resolver.js";
import { UnitResolver } from "./units/unit.resolver.js";
import { DriveProtectionUnit, MailboxProtectionUnit, SiteProtectionUnit, UnknownProtectionUnit } from "./units/unit.type.js";

export type { Context, Logger } from "./context.js";
export { createStableFacts, type StableFacts } from "./shared/facts.store.js";
export { GatewayErrorCode, GATEWAY_ERROR_CODES, gatewayError } from "./shared/errors.codes.js";

const resolvers = [
  ServiceResolver,
  PolicyResolver,
  PolicyMutationResolver,
  RuleMutationResolver,
  PolicyRulesResolver,
  RuleResolver,
  MailboxRuleGroupsResolver,
  DriveRuleGroupsResolver,
  PolicyJobsResolver,
  UnitResolver,
  UnitChangeResolver,
  MailboxOwnerResolver,
  DriveOwnerResolver,
  SiteUnitResolver,
  DirectoryPickerResolver,
  UserUnitsResolver,
  GroupUnitsResolver,
  SiteUnitsResolver,
  UnitRestorePointResolver,
  JobResolver,
  MailboxJobFieldsResolver,
  DriveJobFieldsResolver,
  SiteJobFieldsResolver,
  SessionResolver,
  SessionBulkRequestsResolver,
  BrowseSessionResolver,
  GranularMailArtifactsResolver,
  DriveGranularItemsResolver,
  SiteGranularItemsResolver,
  MailboxRequestFieldsResolver,
  DriveRequestFieldsResolver,
  SiteRequestFieldsResolver,
  RestorePointResolver,
  SessionPollingResolver,
  JobPollingResolver,
  BulkRequestPollingResolver,
  JobMutationResolver,
  SessionMutationResolver,
  BulkRequestMutationResolver,
  BulkRequestReadResolver,
  GranularItemMutationResolver,
  ServiceMutationResolver,
] as const;

// Implementations that no field names directly must be listed, or GraphQL would not know them.
const orphanedTypes = [
  ExchangeProtectionPolicy,
  SharePointProtectionPolicy,
  OneDriveForBusinessProtectionPolicy,
  MailboxProtectionUnit,
  DriveProtectionUnit,
  SiteProtectionUnit,
  UnknownProtectionPolicy,
  UnknownProtectionUnit,
  UnknownRestoreSession,
  MailboxProtectionUnitsBulkAdditionJob,
  DriveProtectionUnitsBulkAdditionJob,
  SiteProtectionUnitsBulkAdditionJob,
  ExchangeRestoreSession,
  SharePointRestoreSession,
  OneDriveForBusinessRestoreSession,
  MailboxRestoreArtifact,
  DriveRestoreArtifact,
  SiteRestoreArtifact,
  MailboxRestoreArtifactsBulkAdditionRequest,
  DriveRestoreArtifactsBulkAdditionRequest,
  SiteRestoreArtifactsBulkAdditionRequest,
  MailboxProtectionRule,
  DriveProtectionRule,
  SiteProtectionRule,
];

export async function buildGatewaySchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    orphanedTypes,
    // Inputs are validated by hand before any upstream call (shared/input.validate.ts), with field-naming errors.
    validate: false,
  });
  return describeCommonFields(schema);
}

/** The SDL as checked in at schema/schema.graphql: sorted, so only real changes show in a diff. */
export function printGatewaySchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
