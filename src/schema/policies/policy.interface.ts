import { Field, ID, InterfaceType } from "type-graphql";
import { Audited } from "../shared/audited.interface.js";
import { ProtectionPolicyStatus } from "../shared/status.enums.js";
import { ArtifactCount, RetentionSetting } from "../shared/common.type.js";
import { Workload } from "../shared/workload.enums.js";

@InterfaceType("ProtectionPolicy", {
  description:
    "A backup policy for one workload: which mailboxes, drives or sites are protected and how long their restore points are kept. Graph allows one active policy per workload.",
})
export abstract class ProtectionPolicy extends Audited {
  @Field(() => ID)
  id!: string;

  @Field(() => Workload)
  workload!: Workload;

  @Field(() => String, { nullable: true })
  displayName!: string | null;

  @Field(() => ProtectionPolicyStatus)
  status!: ProtectionPolicyStatus;

  @Field(() => String, { nullable: true, description: "The status exactly as Graph sent it (useful when status is UNKNOWN)." })
  rawStatus!: string | null;

  @Field(() => Boolean, { description: "True while the policy is active or becoming active." })
  isEnabled!: boolean;

  @Field(() => [RetentionSetting])
  retentionSettings!: RetentionSetting[];

  @Field(() => ArtifactCount, { nullable: true, description: "Graph's protectionPolicyArtifactCount." })
  artifactCount!: ArtifactCount | null;

}
