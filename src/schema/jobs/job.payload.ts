import { Field, ObjectType } from "type-graphql";
import { ProtectionUnitsBulkAdditionJob } from "./job.interface.js";

@ObjectType({ description: "The submitted job, ACTIVE until Graph has resolved its entries; poll it until isTerminal." })
export class BulkAdditionJobPayload {
  @Field(() => ProtectionUnitsBulkAdditionJob, { description: "The job." })
  job!: ProtectionUnitsBulkAdditionJob;
}
