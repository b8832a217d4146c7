// examples/frontend-codegen/codegen.ts is the setup the README's "Build a frontend" hands to a frontend developer: it
// must run against today's schema and produce types a strict TypeScript program accepts, with every custom scalar
// typed as the mapping says (an unmapped scalar would silently become `any`).
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { generate } from "@graphql-codegen/cli";
import { buildSchema, isScalarType, specifiedScalarTypes } from "graphql";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import config, { scalars } from "../../../examples/frontend-codegen/codegen.js";

const root = join(import.meta.dirname, "../../..");
const exampleSrc = join(root, "examples/frontend-codegen/src");
const customScalars = Object.values(buildSchema(readFileSync(join(root, "schema/schema.graphql"), "utf8")).getTypeMap())
  .filter((t) => isScalarType(t) && !specifiedScalarTypes.some((s) => s.name === t.name))
  .map((t) => t.name);

// A frontend's use of the generated code: typed documents, result types, and each scalar's type checked for equality.
function usage(): string {
  const scalarChecks = Object.entries(scalars)
    .map(([name, type]) => `const _${name}: Equals<Scalars["${name}"]["output"], ${type}> = true;`)
    .join("\n");
  return `import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { PollRestoreSessionDocument, CreateRestoreSessionDocument, type PollRestoreSessionQuery,
  type PollRestoreSessionQueryVariables, type PolicyRetentionQuery, type Scalars } from "./gql/graphql.js";
export * from "./gql/index.js";
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
${scalarChecks}
const poll: TypedDocumentNode<PollRestoreSessionQuery, PollRestoreSessionQueryVariables> = PollRestoreSessionDocument;
const vars: PollRestoreSessionQueryVariables = { id: "b36ba944-b0be-5383-90a9-aa53a3369d6e" };
declare const data: PollRestoreSessionQuery;
const session = data.restoreSession;
const wait: number | null | undefined = session?.pollAfterSeconds;
const terminal: boolean | undefined = session?.isTerminal;
const created: string | null | undefined = session?.createdDateTime;
declare const retention: PolicyRetentionQuery;
const period: string | undefined = retention.protectionPolicies.nodes[0]?.retentionSettings[0]?.period;
export { poll, vars, wait, terminal, created, period, CreateRestoreSessionDocument };
`;
}

let dir: string;
let files: { filename: string; content: string }[];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "frontend-codegen-"));
  files = await generate({ ...config, cwd: root, silent: true }, false);
  for (const file of files) {
    const target = join(dir, relative(exampleSrc, join(root, file.filename)));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
  // The generated code imports @graphql-typed-document-node/core, as a frontend that installed the preset would.
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  writeFileSync(join(dir, "usage.ts"), usage());
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the frontend codegen example", () => {
  it("maps every custom scalar of the schema", () => {
    expect(Object.keys(scalars).sort()).toEqual([...customScalars].sort());
  });

  it("generates typed documents for its operations into its output folder", () => {
    const names = files.map((f) => relative(exampleSrc, join(root, f.filename)).replaceAll("\\", "/")).sort();
    expect(names).toEqual(expect.arrayContaining(["gql/gql.ts", "gql/graphql.ts", "gql/index.ts"]));
    const types = files.find((f) => f.filename.endsWith("graphql.ts"))!.content;
    expect(types).toContain("export const PollRestoreSessionDocument");
    expect(types).toContain("export type SubmitMailboxRestoreMutation");
  });

  it("type-checks under strict TypeScript with each scalar typed as mapped", () => {
    const program = ts.createProgram([join(dir, "usage.ts")], {
      strict: true,
      noEmit: true,
      noUncheckedIndexedAccess: true,
      target: ts.ScriptTarget.ES2022,
      lib: ["lib.es2022.d.ts"],
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      types: [],
      skipLibCheck: true,
      verbatimModuleSyntax: true,
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(diagnostics).toEqual([]);
  }, 30_000);
});
