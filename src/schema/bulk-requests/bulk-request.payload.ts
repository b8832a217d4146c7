import { Field, ObjectType } from "type-graphql";
import { RestoreArtifactsBulkAdditionRequest } from "./bulk-request.type.js";

@ObjectType({ description: "The submitted bulk request: ACTIVE until its session is activated, then resolved." })
export class RestoreBulkRequestPayload {
  @Field(() => RestoreArtifactsBulkAdditionRequest, { description: "The bulk addition request." })
  request!: RestoreArtifactsBulkAdditionRequest;
}
