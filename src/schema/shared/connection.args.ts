import { ArgsType, Field, Int } from "type-graphql";

/**
 * `first`/`after` of every connection field; a field's own arguments (filter, status) stay beside `@Args()`.
 * `after` is declared first because type-graphql used to list the old per-field `@Arg`s last parameter first:
 * this keeps the introspected argument order (after, first, then the field's own) exactly as published.
 */
@ArgsType()
export class ConnectionArgs {
  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: "Page size, default 50." })
  first?: number | null;
}

/** The one connection whose `after` has always carried its own description; kept so the schema does not change. */
@ArgsType()
export class DescribedConnectionArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: "endCursor of the previous page." })
  declare after?: string | null;
}
