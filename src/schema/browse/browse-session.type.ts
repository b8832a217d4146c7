import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { PublicError } from "../shared/common.type.js";
import { INHERIT_CACHE_HINT } from "../shared/polling.hints.js";
import { DateTimeScalar } from "../shared/scalars.type.js";
import { Workload } from "../shared/workload.enums.js";
import { BrowseSessionStatus } from "./browse.enums.js";

@Directive(INHERIT_CACHE_HINT)
@ObjectType("BrowseSession", {
  description:
    "A browse session over one OneDrive's or site's restore point (FAST_RESTORE points only): poll it until isTerminal, then browse it until expirationDateTime.",
})
export class BrowseSession {
  @Field(() => ID)
  id!: string;

  @Field(() => Workload, { description: "ONEDRIVE_FOR_BUSINESS or SHAREPOINT." })
  workload!: Workload;

  @Field(() => BrowseSessionStatus)
  status!: BrowseSessionStatus;

  @Field(() => String, { nullable: true, description: "The status exactly as Graph sent it." })
  rawStatus!: string | null;

  @Field(() => ID, { nullable: true, description: "The restore point browsed." })
  restorePointId!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the restore point was taken." })
  restorePointDateTime!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  createdDateTime!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When Graph deletes the session; browse it before." })
  expirationDateTime!: Date | null;

  @Field(() => String, { nullable: true, description: "Size of the backup in bytes (Graph sends it as a string)." })
  backupSizeInBytes!: string | null;

  @Field(() => ID, { nullable: true, description: "The OneDrive's owner (OneDrive sessions)." })
  directoryObjectId!: string | null;

  @Field(() => ID, { nullable: true, description: "The site (SharePoint sessions)." })
  siteId!: string | null;

  @Field(() => PublicError, { nullable: true, description: "Why the session FAILED, as Graph reported it." })
  error!: PublicError | null;

  @Field(() => Boolean, { description: "No further status change will come (CREATED or FAILED)." })
  isTerminal!: boolean;

  /** The mapped hint; the field resolver raises it to Graph's latest Retry-After. */
  @Field(() => Int, { nullable: true, description: "Seconds to wait before polling again; null when isTerminal." })
  pollAfterSeconds!: number | null;
}
