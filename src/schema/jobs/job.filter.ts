import { Field, InputType } from "type-graphql";
import { Workload } from "../shared/workload.enums.js";
import { BulkJobStatus } from "./job.enums.js";

@InputType({ description: "Narrows protectionUnitsBulkAdditionJobs. workload picks the Graph collection; status is applied by the gateway." })
export class BulkAdditionJobFilter {
  @Field(() => Workload, { nullable: true })
  workload?: Workload | null;

  @Field(() => [BulkJobStatus], { nullable: true, description: "Any of these statuses." })
  status?: BulkJobStatus[] | null;
}
