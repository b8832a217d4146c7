// A policy's `...ProtectionUnits@delta` PATCH: the body for one chunk, and its answer paired with the items
// through the generic correlation (shared/delta.patch.ts). Units are keyed by directoryObjectId or siteId (older pages:
// userId), and Graph echoes removed units, so a removal it does not mention is reported as failed.
import type { GraphDeltaRemove, GraphProtectionUnit, GraphUnitDeltaAdd, WorkloadNames } from "../../msgraph/models.js";
import { correlateDelta as correlate, deltaRemoval, type ChangeItem, type DeltaOutcome, type DeltaShape } from "../shared/delta.patch.js";

export type { ChangeItem, ChangeOperation } from "../shared/delta.patch.js";

export interface ItemOutcome {
  item: ChangeItem;
  unit: GraphProtectionUnit | null;
  error: { code: string; message: string; target: string } | null;
}

/** The request body elements for one chunk. */
export function deltaBody(names: WorkloadNames, items: readonly ChangeItem[]): Record<string, unknown> {
  return {
    [`${names.unitCollection}@delta`]: items.map((item): GraphUnitDeltaAdd | GraphDeltaRemove => {
      if (item.operation === "remove") return deltaRemoval(item.target);
      return names.unitKey === "siteId" ? { siteId: item.target } : { directoryObjectId: item.target };
    }),
  };
}

function unitShape(names: WorkloadNames): DeltaShape {
  const str = (v: unknown) => (typeof v === "string" && v ? v : undefined);
  return { addKeyOf: (e) => str(e[names.unitKey]) ?? str(e.userId), silentRemovalSucceeds: false };
}

export function correlateUnits(names: WorkloadNames, items: readonly ChangeItem[], answer: unknown): DeltaOutcome<GraphProtectionUnit>[] {
  return correlate<GraphProtectionUnit>(unitShape(names), items, answer);
}

/** The same, with the unit under its own name. */
export function correlateDelta(names: WorkloadNames, items: readonly ChangeItem[], answer: unknown): ItemOutcome[] {
  return correlateUnits(names, items, answer).map((o) => ({ item: o.item, unit: o.entity, error: o.error }));
}
