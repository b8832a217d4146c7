// Every walk over a document is linear in its size, proven by counting, not timing: a fragment bomb (each fragment
// spreads the next one twice, so 40 fragments stand for 2^40 selections) costs each analysis a fixed number of reads
// per selection set however deep it goes. Each selection set counts the reads of its `selections` and throws past a
// cap, so an exponential walk fails here at once instead of hanging.
import {
  buildSchema,
  Kind,
  parse,
  specifiedRules,
  validate,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { prefetchSessionLists, rememberSessionWorkload } from "../../../src/schema/sessions/session.prefetch.js";
import { Workload } from "../../../src/schema/shared/workload.enums.js";
import type { Context } from "../../../src/schema/index.js";
import { fragmentsOf } from "../../../src/server/fragment-order.js";
import { DEFAULT_LIMITS } from "../../../src/config/query-limits.js";
import { limitRules, MAX_VALIDATION_ERRORS, operationCost } from "../../../src/server/limits.js";
import { bomb, BOMB_SHAPES, introspectionBomb } from "../../helpers/fragment-bomb.js";

const schema = buildSchema(readFileSync(new URL("../../../schema/schema.graphql", import.meta.url), "utf8"));

/** Reads of `selections` allowed per selection set of the document, for all of validation; graphql-js's rules take ~8. */
const VALIDATION_READS_PER_SET = 16;
/** Reads of `selections` allowed per selection set for one walk of ours. */
const WALK_READS_PER_SET = 3;

interface Size {
  /** Selection sets in the document as written. */
  sets: number;
  /** Fields, fragment spreads and inline fragments in the document as written. */
  selections: number;
  /** Reads of any selection set's `selections` since the document was counted. */
  reads: number;
}

/** Makes every selection set count the reads of its selections, throwing past `cap` reads in all. */
function counted(document: DocumentNode, cap: number): Size {
  const size: Size = { sets: 0, selections: 0, reads: 0 };
  const sets: SelectionSetNode[] = [];
  const selection = () => void size.selections++;
  visit(document, {
    SelectionSet: (node) => void sets.push(node),
    Field: selection,
    FragmentSpread: selection,
    InlineFragment: selection,
  });
  size.sets = sets.length;
  for (const set of sets) {
    const selections = set.selections;
    Object.defineProperty(set, "selections", {
      enumerable: true,
      get() {
        if (++size.reads > cap) throw new Error(`more than ${cap} reads of selections: the walk is not linear`);
        return selections;
      },
    });
  }
  return size;
}

const operationOf = (document: DocumentNode) =>
  document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;

describe("fragment bombs", () => {
  for (const [shape, body] of Object.entries(BOMB_SHAPES)) {
    for (const levels of [20, 30, 40]) {
      it(`${shape}, ${levels} levels: validation reads each selection set a fixed number of times and refuses it with a limit`, () => {
        const document = parse(bomb(levels, body), { maxTokens: DEFAULT_LIMITS.maxTokens });
        const size = counted(document, 100_000);
        const probe = { visited: 0 };
        const errors = validate(schema, document, [...specifiedRules, ...limitRules(DEFAULT_LIMITS, probe)], {
          maxErrors: MAX_VALIDATION_ERRORS,
        });
        expect(size.reads).toBeLessThanOrEqual(VALIDATION_READS_PER_SET * size.sets);
        // The limits' own analysis: every selection once to order the fragments, once to measure them.
        expect(probe.visited).toBeGreaterThanOrEqual(size.selections);
        expect(probe.visited).toBeLessThanOrEqual(2 * size.selections);
        expect(errors.map((e) => e.extensions)).toContainEqual({ code: "GRAPHQL_VALIDATION_FAILED", limit: true });
      });

      it(`${shape}, ${levels} levels: the cost estimate walks each fragment once`, () => {
        const document = parse(bomb(levels, body), { maxTokens: DEFAULT_LIMITS.maxTokens });
        const size = counted(document, 100_000);
        const probe = { visited: 0 };
        operationCost(schema, operationOf(document), fragmentsOf(document), {}, probe);
        expect(size.reads).toBeLessThanOrEqual(WALK_READS_PER_SET * size.sets);
        expect(probe.visited).toBeLessThanOrEqual(2 * size.selections);
      });
    }
  }

  it("a bomb that also nests fields is refused by depth and field count, and still costs only a fixed number of reads per set", () => {
    const source = bomb(30, (next) => `protectionUnits { nodes { policy { ...${next} ...${next} } } }`);
    const document = parse(source, { maxTokens: DEFAULT_LIMITS.maxTokens });
    const size = counted(document, 100_000);
    const errors = validate(schema, document, [...specifiedRules, ...limitRules(DEFAULT_LIMITS)], {
      maxErrors: MAX_VALIDATION_ERRORS,
    });
    expect(size.reads).toBeLessThanOrEqual(VALIDATION_READS_PER_SET * size.sets);
    expect(errors.filter((e) => e.extensions.limit === true)).toHaveLength(2);
  });

  it("an introspection bomb of 40 levels is refused by the limits too, every rule reading each selection set a fixed number of times", () => {
    const document = parse(introspectionBomb(40), { maxTokens: DEFAULT_LIMITS.maxTokens });
    const size = counted(document, 100_000);
    const errors = validate(schema, document, [...specifiedRules, ...limitRules(DEFAULT_LIMITS)], {
      maxErrors: MAX_VALIDATION_ERRORS,
    });
    expect(size.reads).toBeLessThanOrEqual(VALIDATION_READS_PER_SET * size.sets);
    expect(errors.filter((e) => e.extensions.limit === true).length).toBeGreaterThan(0);
  });

  it("with introspection answered, an introspection bomb is refused by introspection's own budget, as linearly", () => {
    for (const levels of [20, 40]) {
      const document = parse(introspectionBomb(levels), { maxTokens: DEFAULT_LIMITS.maxTokens });
      const size = counted(document, 100_000);
      const probe = { visited: 0 };
      const errors = validate(
        schema,
        document,
        [...specifiedRules, ...limitRules({ ...DEFAULT_LIMITS, introspection: true }, probe)],
        { maxErrors: MAX_VALIDATION_ERRORS },
      );
      expect(size.reads).toBeLessThanOrEqual(VALIDATION_READS_PER_SET * size.sets);
      expect(probe.visited).toBeLessThanOrEqual(2 * size.selections);
      expect(
        errors
          .filter((e) => e.extensions.limit === true)
          .map((e) => e.message)
          .join(),
      ).toMatch(/Introspection field selections limit/);
    }
  });

  it("a long chain of fragments, each spreading the next once, neither loops nor exhausts the stack", () => {
    const chain = Array.from({ length: 20_000 }, (_, i) => `fragment F${i} on ProtectionPolicy { ...F${i + 1} }`).join(
      "\n",
    );
    const document = parse(
      `{ protectionPolicies { nodes { ...F0 } } }\n${chain}\nfragment F20000 on ProtectionPolicy { id }`,
    );
    const probe = { visited: 0 };
    // Only our rules: graphql-js's cycle check recurses once per fragment, which the token limit keeps far from this.
    expect(validate(schema, document, limitRules(DEFAULT_LIMITS, probe))).toEqual([]);
    expect(probe.visited).toBeLessThanOrEqual(2 * 20_003);
    expect(operationCost(schema, operationOf(document), fragmentsOf(document), {})).toBe(1 + 50);
  });

  it("a fragment cycle is left to graphql-js to report: the analysis ends", () => {
    const document = parse(
      `{ protectionPolicies { nodes { ...A } } } fragment A on ProtectionPolicy { id ...B } fragment B on ProtectionPolicy { ...A ...A }`,
    );
    counted(document, 10_000);
    const errors = validate(schema, document, [...specifiedRules, ...limitRules(DEFAULT_LIMITS)]);
    expect(errors.map((e) => e.message).join()).toMatch(/Cannot spread fragment "A" within itself/);
    expect(errors.some((e) => e.extensions.limit)).toBe(false);
  });

  it("a fragment spread a few times counts its fields each time, and a legitimate document stays within the limits", () => {
    const fields =
      "id displayName isEnabled status createdDateTime lastModifiedDateTime retentionSettings { interval period }";
    const spreads = (n: number) =>
      `{ protectionPolicies { nodes { ...P protectionUnits { nodes { policy { ...P } } } bulkAdditionJobs { nodes { policy { ...P } } } } } }`.replace(
        /\.\.\.P/g,
        () => "...P ".repeat(n),
      );
    const document = (n: number) => parse(`${spreads(n)} fragment P on ProtectionPolicy { ${fields} }`);
    const limited = (n: number) =>
      validate(schema, document(n), [...specifiedRules, ...limitRules(DEFAULT_LIMITS)]).filter(
        (e) => e.extensions.limit === true,
      );
    // 9 fields a spread: 3 spreads of it are 27 selections, 3 × 10 are 270, over the 250 allowed.
    expect(limited(1)).toEqual([]);
    expect(
      limited(10)
        .map((e) => e.message)
        .join(),
    ).toMatch(/Field selections limit of 250/);
  });

  it("a restore session's prefetch reads each fragment once, however often it is spread", () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1
        ? `fragment F${i} on RestoreSession { id artifacts { nodes { id } } }`
        : `fragment F${i} on RestoreSession { ...F${i + 1} ...F${i + 1} }`,
    );
    const document = parse(`query($id: ID!) { restoreSession(id: $id) { ...F0 } }\n${fragments.join("\n")}`);
    let reads = 0;
    const byName = new Proxy(fragmentsOf(document) as Record<string, FragmentDefinitionNode>, {
      get(target, name, receiver) {
        if (++reads > 10_000) throw new Error("the prefetch walk is not linear");
        return Reflect.get(target, name, receiver);
      },
    });
    const operation = operationOf(document);
    const info = {
      fieldNodes: [operation.selectionSet.selections[0]],
      fragments: byName,
      variableValues: { id: "s1" },
    } as unknown as GraphQLResolveInfo;
    const loaded: string[] = [];
    const facts = new Map<string, unknown>();
    const ctx = {
      facts,
      loaders: { page: { load: async (path: string) => void loaded.push(path) } },
    } as unknown as Context;
    rememberSessionWorkload(ctx, "s1", Workload.EXCHANGE);
    prefetchSessionLists(ctx, "s1", info);
    expect(loaded).toHaveLength(1);
    expect(loaded[0]).toMatch(/\/s1\//);
    expect(reads).toBeLessThanOrEqual(levels);
  });
});
