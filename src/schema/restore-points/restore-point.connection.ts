import { ArgsType, Field } from "type-graphql";
import { ConnectionArgs } from "../shared/connection.args.js";
import { connectionType } from "../shared/connection.type.js";
import { DateTimeScalar } from "../shared/scalars.type.js";
import { RestorePoint } from "./restore-point.type.js";

export const RestorePointConnection = connectionType(RestorePoint, "RestorePoint");

@ArgsType()
export class RestorePointsArgs extends ConnectionArgs {
  @Field(() => DateTimeScalar, { nullable: true, description: "Only points protected before this instant (default: the newest)." })
  protectedBefore?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Only points protected at or after this instant." })
  protectedAfter?: Date | null;
}
