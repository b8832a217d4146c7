import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "The outcome of a delete that happened; a delete Graph refused is an error, not a payload." })
export class DeletePayload {
  @Field(() => ID)
  id!: string;

  // Kept because the name is public contract; it cannot say false.
  @Field(() => Boolean, { deprecationReason: "Always true: a delete that did not happen is an error. Read id." })
  deleted!: boolean;
}
