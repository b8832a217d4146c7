// The documentation a frontend developer copies from must stay true: every GraphQL block in the READMEs runs against
// today's schema, the scalar mapping covers every custom scalar, the error table covers the closed set of codes, links
// inside the README land on a heading, and the examples speak to someone who knows nothing of this project's history.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { buildSchema, isScalarType, parse, specifiedScalarTypes, validate, type GraphQLSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { scalars as codegenScalars } from "../../../examples/frontend-codegen/codegen.js";
import * as pollingOperations from "../../../examples/polling-client/operations.js";
import { GATEWAY_ERROR_CODES } from "../../../src/schema/shared/errors.codes.js";

const root = join(import.meta.dirname, "../../..");
const schema: GraphQLSchema = buildSchema(readFileSync(join(root, "schema/schema.graphql"), "utf8"));
const readme = readFileSync(join(root, "README.md"), "utf8");

function exampleReadmes(): string[] {
  const dir = join(root, "examples");
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((p) => p.endsWith("README.md") && !p.includes("node_modules"))
    .map((p) => join(dir, p));
}

/** Fenced blocks of one language, dedented (blocks inside list items are indented), with their line for messages. */
function fencedBlocks(markdown: string, language: string): { line: number; text: string }[] {
  const blocks: { line: number; text: string }[] = [];
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(\S*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const indent = open[1]!.length;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^\s*```\s*$/.test(lines[i]!); i++) body.push(lines[i]!.slice(indent));
    if (open[2] === language) blocks.push({ line: start + 1, text: body.join("\n") });
  }
  return blocks;
}

/** The README's own section, from its heading to the next heading of the same level. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) return "";
  const end = markdown.indexOf("\n## ", start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

function errorsOf(source: string): string[] {
  try {
    return validate(schema, parse(source)).map((e) => e.message);
  } catch (error) {
    return [String(error)];
  }
}

const customScalars = Object.values(schema.getTypeMap())
  .filter((t) => isScalarType(t) && !specifiedScalarTypes.some((s) => s.name === t.name))
  .map((t) => t.name)
  .sort();

describe("GraphQL in the documentation", () => {
  const files = [join(root, "README.md"), ...exampleReadmes()];
  const blocks = files.flatMap((file) =>
    fencedBlocks(readFileSync(file, "utf8"), "graphql").map((b) => ({
      where: `${relative(root, file)}:${b.line}`,
      text: b.text,
    })),
  );

  it("has GraphQL blocks in the README, the frontend section and the polling example", () => {
    expect(blocks.some((b) => b.where.startsWith("README.md"))).toBe(true);
    expect(fencedBlocks(section(readme, "Build a frontend"), "graphql").length).toBeGreaterThan(0);
    expect(blocks.some((b) => b.where.startsWith("examples/polling-client/"))).toBe(true);
  });

  it("validates every ```graphql block of README.md and examples/**/README.md against schema/schema.graphql", () => {
    const failures = blocks
      .map((b) => ({ where: b.where, errors: errorsOf(b.text) }))
      .filter((f) => f.errors.length > 0);
    expect(failures).toEqual([]);
  });

  it("validates every operation the polling example sends", () => {
    const operations = Object.entries(pollingOperations).filter(([, v]) => typeof v === "string");
    expect(operations.length).toBeGreaterThanOrEqual(5);
    expect(
      operations.map(([name, text]) => ({ name, errors: errorsOf(text as string) })).filter((o) => o.errors.length),
    ).toEqual([]);
  });
});

describe("the README's Build a frontend section", () => {
  const text = section(readme, "Build a frontend");

  it("maps every custom scalar of the schema to the TypeScript type the codegen example uses", () => {
    expect(customScalars.length).toBeGreaterThan(0);
    const rows = new Map([...text.matchAll(/^\| `(\w+)` \| `([^`]+)` \|/gm)].map((m) => [m[1]!, m[2]!]));
    for (const name of customScalars) {
      expect(rows.get(name), `README scalar row for ${name}`).toBeDefined();
      expect(rows.get(name), `README and codegen.ts agree on ${name}`).toBe(
        (codegenScalars as Record<string, string>)[name],
      );
    }
  });

  it("says what a UI does for every code of the closed set, and names no other", () => {
    const table = [...text.matchAll(/^\| (`[A-Z_]+`(?:, `[A-Z_]+`)*) \|/gm)].flatMap((m) =>
      [...m[1]!.matchAll(/`([A-Z_]+)`/g)].map((c) => c[1]!),
    );
    expect(new Set(table)).toEqual(new Set(GATEWAY_ERROR_CODES));
  });
});

describe("links in the README", () => {
  it("land only on headings that exist", () => {
    const slugs = new Set(
      [...readme.matchAll(/^#{1,6} (.+)$/gm)].map((m) =>
        m[1]!
          .trim()
          .toLowerCase()
          .replace(/[^\w\- ]/g, "")
          .replace(/ /g, "-"),
      ),
    );
    const anchors = [...readme.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(anchors.length).toBeGreaterThan(0);
    expect(anchors.filter((a) => !slugs.has(a))).toEqual([]);
  });

  it("name files and folders that exist", () => {
    const paths = [...readme.matchAll(/\]\(([^)#:]+)\)/g)].map((m) => m[1]!);
    expect(paths).toContain("examples/frontend-codegen/");
    expect(paths.filter((p) => !existsSync(join(root, p)))).toEqual([]);
  });
});

describe("the examples' READMEs", () => {
  it("use no word only this project's history explains", () => {
    const stale = /seed-\d{3}|\bthe contract\b|\bissue \d+|does not offer|not exist yet/i;
    const offenders = exampleReadmes()
      .filter((file) => stale.test(readFileSync(file, "utf8")))
      .map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });
});
