import { Directive, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../shared/scalars.type.js";
import type { ProtectionUnit } from "../units/unit.interface.js";
import { ArtifactQueryInput } from "./artifact-query.input.js";
import { RestorePointPreference, RestorePointTag } from "./restore-point.enums.js";
import { INHERIT_CACHE_HINT } from "../shared/polling.hints.js";

@Directive(INHERIT_CACHE_HINT)
@ObjectType({ description: "A point in time a protection unit can be restored to." })
export class RestorePoint {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeScalar, { description: "When the backup was taken." })
  protectionDateTime!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the restore point expires." })
  expirationDateTime!: Date | null;

  @Field(() => [RestorePointTag])
  tags!: RestorePointTag[];

  @Field(() => ID, { nullable: true, description: "The protection unit it belongs to, when Graph reported it." })
  protectionUnitId!: string | null;

  /** The unit already read when the point was listed under it (no read for `protectionUnit`). */
  unit?: ProtectionUnit;
}

@ObjectType({ description: "One restore point a search found, with the number of matching items when searched by content." })
export class RestorePointSearchHit {
  @Field(() => RestorePoint)
  restorePoint!: RestorePoint;

  @Field(() => Int, { nullable: true, description: "With artifactQuery: how many items of this point the query matches." })
  artifactHitCount!: number | null;
}

@ObjectType({ description: "The answer of a restore point search: at most one point per unit." })
export class RestorePointSearchResult {
  @Field(() => String, { nullable: true, description: "Graph's id of this search (granular restores refer to it)." })
  searchResponseId!: string | null;

  @Field(() => [RestorePointSearchHit])
  results!: RestorePointSearchHit[];

  @Field(() => [ID], { description: "Units with no restore point matching the search." })
  noResultProtectionUnitIds!: string[];
}

@InputType({ description: "A closed span of time: start before end, neither in the future." })
export class TimePeriodInput {
  @Field(() => DateTimeScalar)
  startDateTime!: Date;

  @Field(() => DateTimeScalar)
  endDateTime!: Date;
}

@InputType({ description: "Finds restore points of up to 20 units per Graph call (larger lists are split)." })
export class SearchRestorePointsInput {
  @Field(() => [ID])
  protectionUnitIds!: string[];

  @Field(() => TimePeriodInput, { nullable: true, description: "Default: the last year." })
  protectionTimePeriod?: TimePeriodInput | null;

  @Field(() => RestorePointPreference, { nullable: true, description: "Default LATEST." })
  restorePointPreference?: RestorePointPreference | null;

  @Field(() => [RestorePointTag], { nullable: true })
  tags?: RestorePointTag[] | null;

  @Field(() => ArtifactQueryInput, {
    nullable: true,
    description: "Searches the mail of one mailbox unit (exactly one id): each result then has artifactHitCount, and searchResponseId feeds a granular mailbox restore.",
  })
  artifactQuery?: ArtifactQueryInput | null;
}
