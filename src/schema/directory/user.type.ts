import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({
  description:
    "A person of the directory, as the users picker finds them (Graph's /users). protectionUnits tells whether and where they are already protected.",
})
export class User {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  displayName!: string | null;

  @Field(() => String, { nullable: true })
  mail!: string | null;

  @Field(() => String, { nullable: true })
  userPrincipalName!: string | null;
}
