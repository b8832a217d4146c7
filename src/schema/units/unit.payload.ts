import { Field, ObjectType } from "type-graphql";
import { ProtectionUnit } from "./unit.interface.js";

@ObjectType({ description: "The unit as Graph returned it after the change." })
export class ProtectionUnitPayload {
  @Field(() => ProtectionUnit, { description: "The unit in its new state (OFFBOARD_REQUESTED, CANCEL_OFFBOARD_REQUESTED, ...)." })
  unit!: ProtectionUnit;
}
