// Who created and last changed an object, and when: the same four fields on policies, units, jobs, restore
// sessions and bulk requests, declared and mapped once.
import { Field, InterfaceType } from "type-graphql";
import type { GraphDateTime, GraphIdentitySet } from "../../msgraph/models.js";
import { parseGraphDate } from "./dates.parse.js";
import { mapIdentitySet } from "./common.map.js";
import { DateTimeScalar } from "./scalars.type.js";
import { IdentitySet } from "./common.type.js";

// Never referenced by a field, so it is not emitted; type-graphql copies its fields into every class that extends it.
@InterfaceType("Audited")
export abstract class Audited {
  @Field(() => IdentitySet, { nullable: true })
  createdBy!: IdentitySet | null;

  @Field(() => DateTimeScalar, { nullable: true })
  createdDateTime!: Date | null;

  @Field(() => IdentitySet, { nullable: true })
  lastModifiedBy!: IdentitySet | null;

  @Field(() => DateTimeScalar, { nullable: true })
  lastModifiedDateTime!: Date | null;
}

interface GraphAudit {
  createdBy?: GraphIdentitySet | string | null;
  createdDateTime?: GraphDateTime | null;
  lastModifiedBy?: GraphIdentitySet | string | null;
  lastModifiedDateTime?: GraphDateTime | null;
}

export function mapAudit(raw: GraphAudit): Pick<Audited, "createdBy" | "createdDateTime" | "lastModifiedBy" | "lastModifiedDateTime"> {
  return {
    createdBy: mapIdentitySet(raw.createdBy),
    createdDateTime: parseGraphDate(raw.createdDateTime),
    lastModifiedBy: mapIdentitySet(raw.lastModifiedBy),
    lastModifiedDateTime: parseGraphDate(raw.lastModifiedDateTime),
  };
}
