import { Field, ObjectType } from "type-graphql";
import { ProtectionUnit } from "./unit.interface.js";

@ObjectType({ description: "The unit as Graph returned it after the change." })
export class ProtectionUnitPayload {
  @Field(() => ProtectionUnit)
  unit!: ProtectionUnit;
}
