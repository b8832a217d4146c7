// Rule errors carry Graph's innerError (an open publicInnerError) next to the fields every publicError has.
import { Directive, Field, ObjectType } from "type-graphql";
import type { GraphPublicError } from "../../msgraph/models.js";
import { mapPublicError } from "../shared/common.map.js";
import { PublicError, PublicErrorDetail } from "../shared/common.type.js";
import { INHERIT_CACHE_HINT } from "../shared/polling.hints.js";

@Directive(INHERIT_CACHE_HINT)
@ObjectType("ProtectionRuleInnerError", { description: "Graph's innerError of a rule error: the more specific cause." })
export class ProtectionRuleInnerError {
  @Field(() => String, { nullable: true, description: "Graph's inner error code." })
  code!: string | null;

  @Field(() => String, { nullable: true })
  message!: string | null;

  @Field(() => String, { nullable: true, description: "The group id or condition the inner error is about." })
  target!: string | null;

  @Field(() => [PublicErrorDetail], { description: "Per-item details of the inner error, when Graph lists any." })
  details!: PublicErrorDetail[];
}

@Directive(INHERIT_CACHE_HINT)
@ObjectType("ProtectionRuleError", {
  description: "Why applying a rule failed in part (code invalidGroupId names a group that does not exist in target).",
})
export class ProtectionRuleError extends PublicError {
  @Field(() => ProtectionRuleInnerError, { nullable: true, description: "Graph's innerError, when it sent one." })
  innerError!: ProtectionRuleInnerError | null;
}

const detail = (d: { code?: string | null; message?: string | null; target?: string | null }) =>
  Object.assign(new PublicErrorDetail(), { code: d.code ?? null, message: d.message ?? null, target: d.target ?? null });

export function mapRuleError(raw: GraphPublicError | null | undefined): ProtectionRuleError | null {
  const base = mapPublicError(raw);
  const inner = raw && typeof raw === "object" ? raw.innerError : null;
  const hasInner = Boolean(inner && typeof inner === "object" && (inner.code || inner.message || inner.details?.length));
  if (!base && !hasInner) return null;
  return Object.assign(new ProtectionRuleError(), base ?? { code: null, message: null, target: null, details: [] }, {
    innerError:
      hasInner && inner
        ? Object.assign(new ProtectionRuleInnerError(), { ...detail(inner), details: (inner.details ?? []).map(detail) })
        : null,
  });
}
