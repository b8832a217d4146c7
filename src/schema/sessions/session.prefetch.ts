// A poll of a session reads the session and then its lists, whose paths depend on the session's workload. The
// workload never changes, so once a request has seen it, later polls start the first pages of the lists they select
// in the same tick as the session itself: one $batch instead of two waves. The list resolvers then find those
// pages in the request's loader cache.
import { Kind, type GraphQLResolveInfo, type SelectionSetNode, type ValueNode } from "graphql";
import type { WorkloadKey } from "../../msgraph/models.js";
import * as paths from "../../msgraph/paths.js";
import type { Context } from "../context.js";
import { Workload, workloadNamesOrNone } from "../shared/workload.enums.js";

type ListField = "artifacts" | "bulkAdditionRequests" | "granularArtifacts";
const LIST_PATH: Record<ListField, (key: WorkloadKey, sessionId: string) => string | undefined> = {
  artifacts: paths.sessionArtifacts,
  bulkAdditionRequests: paths.sessionBulkRequests,
  // Exchange sessions' granular mailbox artifacts; OneDrive and SharePoint sessions' items picked while browsing.
  granularArtifacts: (key, sessionId) =>
    key === "exchange" ? paths.sessionGranularMailboxArtifacts(sessionId) : paths.sessionGranularItems(key, sessionId),
};
const LIST_FIELDS: ReadonlySet<string> = new Set(Object.keys(LIST_PATH));

function factKey(ctx: Context, sessionId: string): string {
  return `restoreSession.workload:${ctx.caller?.tenantId ?? ""}:${sessionId}`;
}

export function rememberSessionWorkload(ctx: Context, sessionId: string, workload: Workload): void {
  if (workload !== Workload.UNKNOWN) ctx.facts?.set(factKey(ctx, sessionId), workload);
}

/** The first-page path of a session's list, or undefined for a kind this gateway cannot list. */
export function sessionListPath(sessionId: string, workload: Workload, field: ListField): string | undefined {
  const names = workloadNamesOrNone(workload);
  if (!names) return undefined;
  return LIST_PATH[field](names.key, sessionId);
}

/** Starts the first pages of the lists this field selects, when the session's workload is known from before. */
export function prefetchSessionLists(ctx: Context, sessionId: string, info: GraphQLResolveInfo): void {
  const workload = ctx.facts?.get(factKey(ctx, sessionId)) as Workload | undefined;
  if (!workload) return;
  for (const field of firstPagesSelected(info)) {
    const path = sessionListPath(sessionId, workload, field);
    // Errors reach the list resolver through the loader's cache; nobody may be waiting here.
    if (path) ctx.loaders.page.load(path).catch(() => undefined);
  }
}

function firstPagesSelected(info: GraphQLResolveInfo): Set<ListField> {
  const found = new Set<ListField>();
  const value = (node: ValueNode | undefined): unknown => {
    if (!node) return undefined;
    if (node.kind === Kind.VARIABLE) return info.variableValues[node.name.value];
    if (node.kind === Kind.NULL) return null;
    if (node.kind === Kind.INT) return Number(node.value);
    return node.kind === Kind.STRING ? node.value : true;
  };
  // What a fragment contributes does not depend on where it is spread, so each is read once: following every spread
  // is exponential in a document whose fragments spread the next one twice. A stack, not recursion, for long chains.
  const pending: SelectionSetNode[] = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  const entered = new Set<string>();
  for (let set = pending.pop(); set; set = pending.pop()) {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (!LIST_FIELDS.has(name)) continue;
        const arg = (n: string) => value(selection.arguments?.find((a) => a.name.value === n)?.value);
        // A later page starts at its cursor's link, and first: 0 reads nothing: neither is a first page.
        if (arg("after") == null && arg("first") !== 0) found.add(name as ListField);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        pending.push(selection.selectionSet);
      } else if (!entered.has(selection.name.value)) {
        entered.add(selection.name.value);
        const fragment = Object.hasOwn(info.fragments, selection.name.value) ? info.fragments[selection.name.value] : undefined;
        if (fragment) pending.push(fragment.selectionSet);
      }
    }
  }
  return found;
}
