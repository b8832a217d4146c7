import { Directive, Field, ID, Int, InterfaceType } from "type-graphql";
import { Audited } from "../shared/audited.interface.js";
import { DateTimeScalar } from "../shared/scalars.type.js";
import { ArtifactCount, PublicError } from "../shared/common.type.js";
import { Workload } from "../shared/workload.enums.js";
import { RestoreJobType, RestoreSessionStatus } from "./session.enums.js";
import { INHERIT_CACHE_HINT } from "../shared/polling.hints.js";

@Directive(INHERIT_CACHE_HINT)
@InterfaceType("RestoreSession", {
  description: "A restore of mailboxes, OneDrive accounts or sites to chosen restore points. Changed only while DRAFT; poll it after activation until isTerminal.",
})
export abstract class RestoreSession extends Audited {
  @Field(() => ID)
  id!: string;

  @Field(() => Workload)
  workload!: Workload;

  @Field(() => RestoreSessionStatus)
  status!: RestoreSessionStatus;

  @Field(() => String, { nullable: true, description: "The status exactly as Graph sent it." })
  rawStatus!: string | null;

  @Field(() => RestoreJobType, { nullable: true })
  restoreJobType!: RestoreJobType | null;

  @Field(() => ArtifactCount, { nullable: true, description: "Graph's restoreSessionArtifactCount." })
  artifactCount!: ArtifactCount | null;

  @Field(() => PublicError, { nullable: true })
  error!: PublicError | null;

  @Field(() => DateTimeScalar, { nullable: true })
  completedDateTime!: Date | null;


  @Field(() => Boolean, { description: "No further status change will come." })
  isTerminal!: boolean;

  @Field(() => Int, { nullable: true, description: "Seconds after which a re-read is worth it; null once terminal." })
  pollAfterSeconds!: number | null;
}
