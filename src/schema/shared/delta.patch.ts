// Graph changes collection membership (units of a policy, artifacts of a restore session) with an `...@delta`
// PATCH whose 200 answer carries one element per processed item — the child, or an @Core.DataModificationException
// stub. This pairs those elements with the items we sent and runs large changes in Graph's 50-item chunks.
// Graph's docs show answers whose ids differ from the request's, so pair by key first and by position last.
import { isGraphRequestError } from "../../msgraph/errors.js";
import { DATA_MODIFICATION_EXCEPTION, isDataModificationFailure, type GraphDeltaRemove, type GraphDeltaResult } from "../../msgraph/models.js";

export type ChangeOperation = "add" | "remove";

export interface ChangeItem {
  operation: ChangeOperation;
  /** What an add names (a directory object, site or restore point id) or the child id a removal names. */
  target: string;
}

export interface ItemError {
  code: string;
  message: string;
  target: string;
}

export interface DeltaOutcome<T> {
  item: ChangeItem;
  /** The child as Graph reported it (null for failures and for removals Graph does not echo). */
  entity: T | null;
  error: ItemError | null;
}

export interface DeltaShape {
  /** The key an answer element carries for an add (the unit's directoryObjectId, the artifact's restore point id). */
  addKeyOf(element: Record<string, unknown>): string | undefined;
  /** Graph echoes removed units but not removed restore artifacts; then a removal it does not mention succeeded. */
  silentRemovalSucceeds: boolean;
}

/** The body element that removes child `id` in an `...@delta` PATCH. */
export function deltaRemoval(id: string): GraphDeltaRemove {
  return { "@removed": { reason: "changed" }, id };
}

const lower = (v: unknown): string | undefined => (typeof v === "string" && v ? v.toLowerCase() : undefined);

function keyOf(element: Record<string, unknown>, shape: DeltaShape, removeTargets: Set<string>): [ChangeOperation, string] | undefined {
  const addKey = lower(shape.addKeyOf(element));
  if (isDataModificationFailure(element)) {
    const op = element[DATA_MODIFICATION_EXCEPTION].failedOperation === "remove" ? "remove" : "add";
    const target = op === "remove" ? lower(element.id) : (addKey ?? lower(element.id));
    return target ? [op, target] : undefined;
  }
  const id = lower(element.id);
  if (id && removeTargets.has(id) && (element.status === "removeRequested" || !addKey)) return ["remove", id];
  return addKey ? ["add", addKey] : undefined;
}

export function correlateDelta<T extends object>(shape: DeltaShape, items: readonly ChangeItem[], answer: unknown): DeltaOutcome<T>[] {
  const elements: readonly GraphDeltaResult<T>[] = Array.isArray(answer) ? answer : [];
  const outcomes = new Array<DeltaOutcome<T> | undefined>(items.length).fill(undefined);
  const waiting = new Map<string, number[]>();
  items.forEach((item, i) => {
    const k = `${item.operation}:${item.target.toLowerCase()}`;
    waiting.set(k, [...(waiting.get(k) ?? []), i]);
  });
  const removeTargets = new Set(items.filter((i) => i.operation === "remove").map((i) => i.target.toLowerCase()));

  elements.forEach((element, position) => {
    if (!element || typeof element !== "object") return;
    const key = keyOf(element as Record<string, unknown>, shape, removeTargets);
    let index = key ? waiting.get(`${key[0]}:${key[1]}`)?.shift() : undefined;
    if (index === undefined && elements.length === items.length && outcomes[position] === undefined) index = position;
    const item = index === undefined ? undefined : items[index];
    if (index === undefined || !item) return;
    outcomes[index] = outcomeOf<T>(item, element);
  });

  return items.map((item, i) => {
    const outcome = outcomes[i];
    if (outcome) return outcome;
    if (item.operation === "remove" && shape.silentRemovalSucceeds) return { item, entity: null, error: null };
    return { item, entity: null, error: { code: "NoOutcomeReported", message: "Graph's answer did not report this item", target: item.target } };
  });
}

function outcomeOf<T extends object>(item: ChangeItem, element: GraphDeltaResult<T>): DeltaOutcome<T> {
  if (isDataModificationFailure(element)) {
    const info = element[DATA_MODIFICATION_EXCEPTION].info;
    return { item, entity: null, error: { code: info?.code ?? "UnknownError", message: info?.message ?? "", target: item.target } };
  }
  return { item, entity: element, error: null };
}

/** Graph's limit of items per `@delta` PATCH (policies: 413 ProtectionUnitsLimitBreached; sessions: 400 RestoreArtifactsLimitBreached). */
export const DELTA_CHUNK = 50;

/**
 * Sends `items` in chunks of 50, in order, and merges the outcomes. A failure of the first chunk fails the whole
 * operation (nothing was applied); a later one leaves the earlier chunks standing, so their outcomes are reported
 * and every item not sent carries the failure.
 */
export async function patchInChunks<T>(
  items: readonly ChangeItem[],
  send: (chunk: readonly ChangeItem[]) => Promise<DeltaOutcome<T>[]>,
): Promise<DeltaOutcome<T>[]> {
  const outcomes: DeltaOutcome<T>[] = [];
  for (let start = 0; start < items.length; start += DELTA_CHUNK) {
    try {
      outcomes.push(...(await send(items.slice(start, start + DELTA_CHUNK))));
    } catch (error) {
      if (start === 0 || !isGraphRequestError(error)) throw error;
      const failure = { code: error.code, message: error.message };
      outcomes.push(...items.slice(start).map((item) => ({ item, entity: null, error: { ...failure, target: item.target } })));
      break;
    }
  }
  return outcomes;
}
