import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { DateTimeScalar, DurationScalar } from "./scalars.type.js";
import { INHERIT_CACHE_HINT } from "./polling.hints.js";

@Directive(INHERIT_CACHE_HINT)
@ObjectType({ description: "A user, application or device, as Graph records who did something." })
export class Identity {
  @Field(() => ID, { nullable: true, description: "The identity's id in Microsoft Entra ID." })
  id?: string | null;

  @Field(() => String, { nullable: true, description: "Display name. Graph often omits it for app-only callers." })
  displayName?: string | null;
}

@Directive(INHERIT_CACHE_HINT)
@ObjectType({ description: "Who made a change: the user and/or application and/or device." })
export class IdentitySet {
  @Field(() => Identity, { nullable: true })
  user?: Identity | null;

  @Field(() => Identity, { nullable: true })
  application?: Identity | null;

  @Field(() => Identity, { nullable: true })
  device?: Identity | null;
}

@ObjectType({ description: "How often restore points are taken and how long they are kept." })
export class RetentionSetting {
  @Field(() => String, { description: "ISO 8601 repeating interval, e.g. R/PT10M (every 10 minutes)." })
  interval!: string;

  @Field(() => DurationScalar, { description: "ISO 8601 duration the restore points are kept, e.g. P2W." })
  period!: string;
}

@Directive(INHERIT_CACHE_HINT)
@ObjectType({ description: "Counts of artifacts by state." })
export class ArtifactCount {
  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  completed!: number;

  @Field(() => Int)
  inProgress!: number;

  @Field(() => Int)
  failed!: number;
}

@Directive(INHERIT_CACHE_HINT)
@ObjectType({ description: "One detail of an error, e.g. one bulk-job entry that could not be resolved." })
export class PublicErrorDetail {
  @Field(() => String, { nullable: true, description: "e.g. EmailNotFound, SiteUrlNotFound, UserNotBackedup." })
  code?: string | null;

  @Field(() => String, { nullable: true })
  message?: string | null;

  @Field(() => String, { nullable: true, description: "The entry the detail is about." })
  target?: string | null;
}

@Directive(INHERIT_CACHE_HINT)
@ObjectType({ description: "An error Graph reports on a resource or on one item of a change." })
export class PublicError {
  @Field(() => String, { nullable: true, description: "Graph's error code, e.g. ProtectionUnitAlreadyExists." })
  code?: string | null;

  @Field(() => String, { nullable: true })
  message?: string | null;

  @Field(() => String, { nullable: true, description: "The property or id the error is about." })
  target?: string | null;

  @Field(() => [PublicErrorDetail], { description: "Per-entry details (bulk jobs and requests list each unresolved entry)." })
  details!: PublicErrorDetail[];
}

@Directive(INHERIT_CACHE_HINT)
@ObjectType({ description: "A span of time; an open end is null." })
export class TimePeriod {
  @Field(() => DateTimeScalar, { nullable: true })
  startDateTime?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  endDateTime?: Date | null;
}
