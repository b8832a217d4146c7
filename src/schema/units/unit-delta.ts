// Graph's `...@delta` PATCH answers with one element per processed item — the unit, or an
// @Core.DataModificationException stub — inside a 200. This pairs those elements with the items we sent.
// Graph's docs show answers whose ids differ from the request's, so pair by key first and by position last.
import {
  DATA_MODIFICATION_EXCEPTION,
  isDataModificationFailure,
  type GraphProtectionUnit,
  type WorkloadNames,
} from "../../msgraph/models.js";

export type ChangeOperation = "add" | "remove";

export interface ChangeItem {
  operation: ChangeOperation;
  target: string;
}

export interface ItemOutcome {
  item: ChangeItem;
  unit: GraphProtectionUnit | null;
  error: { code: string; message: string; target: string } | null;
}

/** The request body elements for one chunk. */
export function deltaBody(names: WorkloadNames, items: readonly ChangeItem[]): Record<string, unknown> {
  return {
    [`${names.unitCollection}@delta`]: items.map((item) =>
      item.operation === "add" ? { [names.unitKey]: item.target } : { "@removed": { reason: "changed" }, id: item.target },
    ),
  };
}

function keyOf(element: Record<string, unknown>, names: WorkloadNames, removeTargets: Set<string>): [ChangeOperation, string] | undefined {
  const str = (v: unknown) => (typeof v === "string" && v ? v.toLowerCase() : undefined);
  const addKey = str(element[names.unitKey]) ?? str(element.userId);
  if (isDataModificationFailure(element)) {
    const op = element[DATA_MODIFICATION_EXCEPTION].failedOperation === "remove" ? "remove" : "add";
    const target = op === "remove" ? str(element.id) : (addKey ?? str(element.id));
    return target ? [op, target] : undefined;
  }
  const id = str(element.id);
  if (id && removeTargets.has(id) && (element.status === "removeRequested" || !addKey)) return ["remove", id];
  return addKey ? ["add", addKey] : undefined;
}

export function correlateDelta(names: WorkloadNames, items: readonly ChangeItem[], answer: unknown): ItemOutcome[] {
  const elements = Array.isArray(answer) ? (answer as Record<string, unknown>[]) : [];
  const outcomes: (ItemOutcome | undefined)[] = new Array(items.length).fill(undefined);
  const waiting = new Map<string, number[]>();
  items.forEach((item, i) => {
    const k = `${item.operation}:${item.target.toLowerCase()}`;
    waiting.set(k, [...(waiting.get(k) ?? []), i]);
  });
  const removeTargets = new Set(items.filter((i) => i.operation === "remove").map((i) => i.target.toLowerCase()));

  elements.forEach((element, position) => {
    if (!element || typeof element !== "object") return;
    const key = keyOf(element, names, removeTargets);
    let index = key ? waiting.get(`${key[0]}:${key[1]}`)?.shift() : undefined;
    if (index === undefined && elements.length === items.length && outcomes[position] === undefined) index = position;
    const item = index === undefined ? undefined : items[index];
    if (index === undefined || !item) return;
    outcomes[index] = outcomeOf(item, element);
  });

  return items.map((item, i) => outcomes[i] ?? {
    item,
    unit: null,
    error: { code: "NoOutcomeReported", message: "Graph's answer did not report this item", target: item.target },
  });
}

function outcomeOf(item: ChangeItem, element: Record<string, unknown>): ItemOutcome {
  if (isDataModificationFailure(element)) {
    const info = element[DATA_MODIFICATION_EXCEPTION].info;
    return { item, unit: null, error: { code: info?.code ?? "UnknownError", message: info?.message ?? "", target: item.target } };
  }
  return { item, unit: element as unknown as GraphProtectionUnit, error: null };
}
