// The layer arrows of README's Architecture are lint rules: a wrong-way import fails `npm run lint`. These probes
// lint one import line as if it sat in a given folder, with the project's own eslint.config.js.
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";

// Only the import rules matter here; the type-checked rules would need the probe file in the TypeScript project.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: [{ files: ["**/*.ts"], ...tseslint.configs.disableTypeChecked }],
});

async function importProblems(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import "${source}";\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports" || m.fatal).map((m) => m.message);
}

describe("layer arrows", () => {
  it.each([
    ["src/msgraph/__probe.ts", "../schema/index.js"],
    ["src/msgraph/__probe.ts", "../loaders/index.js"],
    ["src/msgraph/__probe.ts", "graphql"],
    ["src/msgraph/__probe.ts", "@apollo/server"],
    ["src/loaders/__probe.ts", "../schema/index.js"],
    ["src/loaders/__probe.ts", "../server/gateway.js"],
    ["src/schema/jobs/__probe.ts", "../../server/gateway.js"],
    ["src/schema/__probe.ts", "@apollo/server"],
    ["src/stores/__probe.ts", "../msgraph/client.js"],
    ["src/config/__probe.ts", "../server/limits.js"],
    ["src/emulator/model/__probe.ts", "../../schema/index.js"],
    ["src/emulator/model/__probe.ts", "../../msgraph/client.js"],
    ["src/emulator/http/routes/__probe.ts", "../../../msgraph/paths.js"],
  ])("%s may not import %s", async (file, source) => {
    const problems = await importProblems(file, source);
    expect(problems).toHaveLength(1);
  });

  it.each([
    ["src/server/__probe.ts", "../schema/index.js"],
    ["src/server/__probe.ts", "@apollo/server"],
    ["src/schema/jobs/__probe.ts", "../../loaders/index.js"],
    ["src/schema/__probe.ts", "graphql"],
    ["src/loaders/__probe.ts", "../msgraph/client.js"],
    ["src/msgraph/__probe.ts", "../stores/index.js"],
    ["src/config/__probe.ts", "../msgraph/url.js"],
    ["src/emulator/model/__probe.ts", "../../msgraph/models.js"],
    ["src/emulator/http/routes/__probe.ts", "../../../msgraph/models.js"],
    ["src/emulator/http/routes/__probe.ts", "../../state/store.js"],
  ])("%s may import %s", async (file, source) => {
    expect(await importProblems(file, source)).toEqual([]);
  });

  it("reads process.env only in config/", async () => {
    const lint = async (filePath: string) =>
      (await eslint.lintText("export const port = process.env.PORT;\n", { filePath }))[0]?.messages.filter(
        (m) => m.ruleId === "no-restricted-properties",
      ).length;
    expect(await lint("src/msgraph/__probe.ts")).toBe(1);
    expect(await lint("src/config/__probe.ts")).toBe(0);
  });
});
