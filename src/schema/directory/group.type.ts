import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({
  description:
    "A security or Microsoft 365 group of the directory, as the groups picker finds it (Graph's /groups). protectionUnits: the group's own mailbox units, if any.",
})
export class Group {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  displayName!: string | null;

  @Field(() => String, { nullable: true })
  mail!: string | null;

  @Field(() => String, { nullable: true, description: "The group's description as its owners wrote it." })
  description!: string | null;

  @Field(() => Boolean, { nullable: true, description: "A security group (can be named in an inclusion rule's expression)." })
  securityEnabled!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "A mail-enabled group (Microsoft 365 groups are)." })
  mailEnabled!: boolean | null;
}
