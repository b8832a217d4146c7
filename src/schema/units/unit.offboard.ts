// Offboarding (Graph's billing stop for a unit no policy protects any more) and its cancellation. Graph allows
// offboard only on a detached unit that is UNPROTECTED and cancelOffboard only while OFFBOARD_REQUESTED: the gateway
// reads the unit first and refuses locally with CONFLICT, naming the status and what is allowed instead, so a doomed
// call costs Graph no write. Graph keeps the last word when two requests race (its 403 OperationNotAllowed is CONFLICT too).
import { workloadOfODataType, type GraphProtectionUnit } from "../../msgraph/models.js";
import * as paths from "../../msgraph/paths.js";
import type { Context } from "../context.js";
import { GatewayErrorCode, gatewayError } from "../shared/errors.codes.js";
import { requireGuid } from "../shared/input.validate.js";
import { ProtectionUnitStatus } from "../shared/status.enums.js";
import type { ProtectionUnit } from "./unit.interface.js";
import { mapUnit } from "./unit.map.js";

export type OffboardAction = "offboard" | "cancelOffboard";

function refuse(unit: ProtectionUnit, message: string, reason: string, hint: string, allowed: string[]) {
  return gatewayError(GatewayErrorCode.CONFLICT, message, { field: "id", status: unit.status, reason, hint, allowed });
}

/** Why Graph would refuse offboarding `unit`, or undefined when it allows it. */
function offboardRefusal(unit: ProtectionUnit) {
  if (unit.policyId) {
    return refuse(
      unit,
      `Protection unit ${unit.id} belongs to policy ${unit.policyId}; only units removed from their policy can be offboarded`,
      "ProtectionUnitAttached",
      "Remove it from its policy first (removeProtectionUnits); offboard it once it is UNPROTECTED with no policy.",
      ["removeProtectionUnits"],
    );
  }
  if (unit.status === ProtectionUnitStatus.UNPROTECTED) return undefined;
  const [hint, allowed]: [string, string[]] =
    unit.status === ProtectionUnitStatus.OFFBOARD_REQUESTED
      ? ["It is already being offboarded; cancelOffboardProtectionUnit stops that.", ["cancelOffboardProtectionUnit"]]
      : unit.status === ProtectionUnitStatus.OFFBOARDED
        ? ["It is offboarded already; nothing is left to do.", []]
        : [`Wait until it is UNPROTECTED, then offboard it.`, []];
  return refuse(unit, `Protection unit ${unit.id} is ${unit.status}; only UNPROTECTED units with no policy can be offboarded`, "InvalidUnitStateForOffboard", hint, allowed);
}

function cancelRefusal(unit: ProtectionUnit) {
  if (unit.status === ProtectionUnitStatus.OFFBOARD_REQUESTED) return undefined;
  const allowed = !unit.policyId && unit.status === ProtectionUnitStatus.UNPROTECTED ? ["offboardProtectionUnit"] : [];
  return refuse(
    unit,
    `Protection unit ${unit.id} is ${unit.status}; only an OFFBOARD_REQUESTED offboarding can be cancelled`,
    "InvalidUnitStateForCancelOffboard",
    unit.status === ProtectionUnitStatus.OFFBOARDED
      ? "The offboarding has completed and can no longer be cancelled."
      : "There is no offboarding in progress to cancel.",
    allowed,
  );
}

/** Reads the unit afresh, checks Graph's state rule, then calls the action; the unit as Graph answered. */
export async function changeOffboarding(ctx: Context, id: string, action: OffboardAction): Promise<ProtectionUnit> {
  const unitId = requireGuid("id", id);
  ctx.upstream.readFresh();
  ctx.loaders.unit.clear(unitId);
  const raw = await ctx.loaders.unit.load(unitId);
  const before = mapUnit(raw);
  const refusal = action === "offboard" ? offboardRefusal(before) : cancelRefusal(before);
  if (refusal) throw refusal;
  const answer = await ctx.graph.post<GraphProtectionUnit>(paths.unitAction(unitId, action));
  // An action answer may leave @odata.type out; the unit's kind is the one just read.
  const unit = mapUnit(answer, workloadOfODataType(raw["@odata.type"])?.key);
  ctx.loaders.unit.clear(unitId).prime(unitId, answer);
  return unit;
}
