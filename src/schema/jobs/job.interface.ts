import { Directive, Field, ID, Int, InterfaceType } from "type-graphql";
import { Audited } from "../shared/audited.interface.js";
import { PublicError } from "../shared/common.type.js";
import { Workload } from "../shared/workload.enums.js";
import { BulkJobStatus } from "./job.enums.js";
import { INHERIT_CACHE_HINT } from "../shared/polling.hints.js";

@Directive(INHERIT_CACHE_HINT)
@InterfaceType("ProtectionUnitsBulkAdditionJob", {
  description:
    "A bulk addition of mailboxes, OneDrive accounts or sites to a policy (up to 50,000 entries). Graph resolves the entries asynchronously; poll it until isTerminal.",
})
export abstract class ProtectionUnitsBulkAdditionJob extends Audited {
  @Field(() => ID)
  id!: string;

  @Field(() => Workload)
  workload!: Workload;

  @Field(() => String, { nullable: true })
  displayName!: string | null;

  @Field(() => BulkJobStatus)
  status!: BulkJobStatus;

  @Field(() => String, { nullable: true, description: "The status exactly as Graph sent it." })
  rawStatus!: string | null;

  @Field(() => PublicError, { nullable: true, description: "Set when some entries could not be added; details lists each." })
  error!: PublicError | null;


  @Field(() => Boolean, { description: "No further status change will come." })
  isTerminal!: boolean;

  @Field(() => Int, { nullable: true, description: "Seconds after which a re-read is worth it; null once terminal." })
  pollAfterSeconds!: number | null;
}
