import { Field, ID, InputType } from "type-graphql";
import { Workload } from "../shared/workload.enums.js";
import { BrowseOrder, BrowseResourceType, BrowseSessionStatus } from "./browse.enums.js";

@InputType({ description: "Creates a browse session over a FAST_RESTORE restore point of a OneDrive or a site." })
export class CreateBrowseSessionInput {
  @Field(() => Workload, { description: "ONEDRIVE_FOR_BUSINESS or SHAREPOINT (Exchange backups are searched, not browsed)." })
  workload!: Workload;

  @Field(() => ID, { description: "A FAST_RESTORE restore point of a unit of that workload." })
  restorePointId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Sending the same key again within the retention window returns this session instead of creating another. After a lost connection the gateway adopts the one session of the workload on that restore point created during the lost attempt, if there is exactly one.",
  })
  idempotencyKey?: string | null;
}

@InputType({ description: "Narrows browseSessions. workload picks Graph's collection; status is applied by the gateway." })
export class BrowseSessionFilter {
  @Field(() => Workload, { nullable: true })
  workload?: Workload | null;

  @Field(() => [BrowseSessionStatus], { nullable: true, description: "Any of these statuses." })
  status?: BrowseSessionStatus[] | null;
}

@InputType({ description: "What to list in a CREATED browse session: the top-level locations, or the items inside itemKey." })
export class BrowseInput {
  @Field(() => ID, { description: "A CREATED browse session that has not expired." })
  sessionId!: string;

  @Field(() => String, { nullable: true, description: "The itemKey of a library or folder of this session; none lists the top-level locations." })
  itemKey?: string | null;

  @Field(() => BrowseResourceType, { nullable: true, description: "The kind of the item at itemKey." })
  resourceType?: BrowseResourceType | null;

  @Field(() => String, {
    nullable: true,
    description: "Only items whose name contains this text (Graph's `name -contains`): 1 to 255 characters, no quote or backslash.",
  })
  nameContains?: string | null;

  @Field(() => BrowseOrder, { nullable: true, description: "Default PATH_ASC." })
  orderBy?: BrowseOrder | null;
}
