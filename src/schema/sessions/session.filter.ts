import { Field, InputType } from "type-graphql";
import { Workload } from "../shared/workload.enums.js";
import { RestoreSessionStatus } from "./session.enums.js";

@InputType({ description: "Narrows restoreSessions. workload picks the Graph collection; status is applied by the gateway." })
export class RestoreSessionFilter {
  @Field(() => Workload, { nullable: true })
  workload?: Workload | null;

  @Field(() => [RestoreSessionStatus], { nullable: true, description: "Any of these statuses." })
  status?: RestoreSessionStatus[] | null;
}
