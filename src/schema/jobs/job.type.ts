import { Field, ObjectType } from "type-graphql";
import { ProtectionUnitsBulkAdditionJob } from "./job.interface.js";

// Graph omits the input arrays in job lists; the resolvers read the job itself when a list left them out.

@ObjectType("MailboxProtectionUnitsBulkAdditionJob", { implements: ProtectionUnitsBulkAdditionJob, description: "Adds mailboxes to an Exchange policy." })
export class MailboxProtectionUnitsBulkAdditionJob extends ProtectionUnitsBulkAdditionJob {
  @Field(() => [String], { description: "SMTP addresses submitted." })
  mailboxes!: string[];

  @Field(() => [String], { description: "Directory object ids submitted." })
  directoryObjectIds!: string[];
}

@ObjectType("DriveProtectionUnitsBulkAdditionJob", { implements: ProtectionUnitsBulkAdditionJob, description: "Adds OneDrive accounts to a OneDrive policy." })
export class DriveProtectionUnitsBulkAdditionJob extends ProtectionUnitsBulkAdditionJob {
  @Field(() => [String], { description: "User principal names / email addresses submitted." })
  drives!: string[];

  @Field(() => [String], { description: "Directory object ids submitted." })
  directoryObjectIds!: string[];
}

@ObjectType("SiteProtectionUnitsBulkAdditionJob", { implements: ProtectionUnitsBulkAdditionJob, description: "Adds sites to a SharePoint policy." })
export class SiteProtectionUnitsBulkAdditionJob extends ProtectionUnitsBulkAdditionJob {
  @Field(() => [String], { description: "Site ids submitted." })
  siteIds!: string[];

  @Field(() => [String], { description: "Site URLs submitted." })
  siteWebUrls!: string[];
}
