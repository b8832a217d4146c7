import { Field, ID, InterfaceType } from "type-graphql";
import { Audited } from "../shared/audited.interface.js";
import { DateTimeScalar } from "../shared/scalars.type.js";
import { ProtectionSource, ProtectionUnitStatus } from "../shared/status.enums.js";
import { PublicError } from "../shared/common.type.js";
import { Workload } from "../shared/workload.enums.js";

@InterfaceType("ProtectionUnit", {
  description: "One protected mailbox, OneDrive account or SharePoint site, and its protection state.",
})
export abstract class ProtectionUnit extends Audited {
  @Field(() => ID)
  id!: string;

  @Field(() => Workload)
  workload!: Workload;

  @Field(() => ID, { nullable: true, description: "The policy the unit belongs to; null once removed from it." })
  policyId!: string | null;

  @Field(() => ProtectionUnitStatus)
  status!: ProtectionUnitStatus;

  @Field(() => String, { nullable: true, description: "The status exactly as Graph sent it (useful when status is UNKNOWN)." })
  rawStatus!: string | null;

  @Field(() => [ProtectionSource], { description: "Why the unit is protected: MANUAL, DYNAMIC_RULE or both." })
  protectionSources!: ProtectionSource[];

  @Field(() => PublicError, { nullable: true, description: "Why protecting this unit failed, if it did." })
  error!: PublicError | null;

  @Field(() => DateTimeScalar, { nullable: true })
  offboardRequestedDateTime!: Date | null;

}
