// Every analysis of a document must cost time in proportion to the document's size. Following fragment spreads as
// they come is not: when each fragment spreads the next one twice, 40 fragments (2 KB, 400 tokens) mean 2^40 visits.
// So an analysis computes each fragment once, from the results of the fragments it spreads, in the order given here.
import { Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from "graphql";

/** Counts the selection nodes an analysis visits, so tests can hold the count proportional to the document's size. */
export interface WalkProbe {
  visited: number;
}

/** The fragments a document defines, by name. */
export function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  return Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
}

/** The fragment of that name; a spread of `constructor` must not find Object's. */
export function fragmentNamed(
  fragments: Record<string, FragmentDefinitionNode>,
  name: string,
): FragmentDefinitionNode | undefined {
  return Object.hasOwn(fragments, name) ? fragments[name] : undefined;
}

/** Names of the fragments a selection set spreads, at any nesting inside it but without entering those fragments. */
function spreadsIn(set: SelectionSetNode, probe: WalkProbe | undefined): string[] {
  const names: string[] = [];
  const pending: SelectionSetNode[] = [set];
  for (let next = pending.pop(); next; next = pending.pop()) {
    for (const selection of next.selections) {
      if (probe) probe.visited++;
      if (selection.kind === Kind.FRAGMENT_SPREAD) names.push(selection.name.value);
      else if (selection.selectionSet) pending.push(selection.selectionSet);
    }
  }
  return names;
}

/**
 * Each fragment after every fragment it spreads (unknown names left out). A spread that closes a cycle is left out
 * too: graphql-js reports the cycle, and the analysis sees no result for a fragment still open. Iterative, so a long
 * chain of fragments cannot exhaust the stack.
 */
export function fragmentOrder(
  fragments: Record<string, FragmentDefinitionNode>,
  probe?: WalkProbe,
): FragmentDefinitionNode[] {
  const order: FragmentDefinitionNode[] = [];
  const entered = new Set<string>();
  for (const root of Object.values(fragments)) {
    if (entered.has(root.name.value)) continue;
    entered.add(root.name.value);
    const stack = [{ fragment: root, spreads: spreadsIn(root.selectionSet, probe), next: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.next < top.spreads.length) {
        const child = fragmentNamed(fragments, top.spreads[top.next++]!);
        if (child && !entered.has(child.name.value)) {
          entered.add(child.name.value);
          stack.push({ fragment: child, spreads: spreadsIn(child.selectionSet, probe), next: 0 });
        }
        continue;
      }
      stack.pop();
      order.push(top.fragment);
    }
  }
  return order;
}
