import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // type-graphql and graphql-scalars are inlined so that they and our code share one copy of graphql (its ESM build and
    // graphql's CJS entry would otherwise meet as two "different" graphql modules).
    server: { deps: { inline: ["type-graphql", "graphql-scalars"] } },
    setupFiles: ["./test/setup.ts"],
    // Every test talks to real servers on port 0; keep a generous ceiling for the 2-core CI machines.
    testTimeout: 20_000,
    hookTimeout: 20_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["test/unit/**/*.test.ts"] } },
      { extends: true, test: { name: "integration", include: ["test/integration/**/*.test.ts"] } },
      { extends: true, test: { name: "e2e", include: ["test/e2e/**/*.test.ts"] } },
    ],
  },
});
