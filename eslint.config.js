// Lint: typescript-eslint's type-checked rules for the program, and the layer arrows of README's Architecture
// (server/ → schema/ → loaders/ → msgraph/ → stores/; a folder imports only from folders to its right) as
// no-restricted-imports rules, so a wrong-way import fails `npm run lint` rather than a review.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

// .tsx: the backup console (console/src), type-checked by `tsc -p console` in `npm run lint`.
const TS = ["**/*.ts", "**/*.tsx"];
const PROGRAM = ["src/**/*.ts", "bench/**/*.ts", "examples/**/*.ts"];

/** A sibling folder of `src/` by name, at any depth of `../` (folder names inside one layer never repeat these). */
const layer = (names, why) => ({ regex: `^(\\.\\./)+(${names.join("|")})(/|\\.js$|$)`, message: why });

const GRAPHQL = {
  regex: "^(graphql|type-graphql|graphql-scalars|@apollo/.*)$",
  message: "msgraph/ speaks Graph's REST, not GraphQL: only schema/ and server/ import GraphQL libraries.",
};
const APOLLO = { regex: "^@apollo/", message: "Only server/ knows Apollo Server; schema/ stays type-graphql only." };

/** One block per folder: a later block replaces, not merges, a rule's options, so each lists all its bans. */
const restrict = (files, patterns) => ({ files, rules: { "no-restricted-imports": ["error", { patterns }] } });

/** The emulator is a program of its own: from the rest of src/ it reads only the wire types of msgraph/models.ts. */
const emulatorDepth = (depth) => {
  const up = "\\.\\./".repeat(depth);
  return restrict(
    [`src/emulator/${"*/".repeat(depth - 1)}*.ts`],
    [
      {
        regex: `^${up}(?!msgraph/models\\.js$)`,
        message: "The emulator imports from the rest of src/ only the wire types, ../msgraph/models.js.",
      },
      APOLLO,
    ],
  );
};

export default defineConfig(
  {
    ignores: [
      "dist/",
      "node_modules/",
      "test/generated/",
      "examples/frontend-codegen/src/gql/",
      "bench/results/",
      "console/dist/",
      "console/src/gql/",
    ],
  },
  js.configs.recommended,
  {
    files: TS,
    extends: [tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, sourceType: "module" },
  },
  {
    files: PROGRAM,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  // test/ reads JSON off the wire and asserts on it: typed as `any` by design, the type-checked rules would flag
  // ~1,400 no-unsafe-* lines that a cast per assertion would only hide. The untyped recommended set above applies,
  // without no-explicit-any for the same reason.
  {
    files: ["test/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  // bench/ measures the gateway over the wire and reads its JSON answers the way the tests do; typing each answer
  // would add declarations no benchmark reads. The other type-checked rules (promises, assertions, …) still apply.
  {
    files: ["bench/**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
    },
  },
  {
    files: TS,
    rules: {
      // Async methods here implement interfaces that return promises (Apollo plugin hooks, the cache and store
      // contracts): `async` keeps a throw a rejection, which dropping it to satisfy the rule would change.
      "@typescript-eslint/require-await": "off",
      // The header, URL and log guards match control characters on purpose.
      "no-control-regex": "off",
      // `_`-prefixed names are the convention for a parameter a signature needs but the body does not read.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },

  // The layer arrows.
  restrict(
    ["src/schema/**/*.ts"],
    [layer(["server", "config", "emulator"], "schema/ imports only from loaders/, msgraph/ and stores/."), APOLLO],
  ),
  restrict(
    ["src/loaders/**/*.ts"],
    [layer(["server", "schema", "config", "emulator"], "loaders/ imports only from msgraph/."), APOLLO, GRAPHQL],
  ),
  restrict(
    ["src/msgraph/**/*.ts"],
    [
      layer(
        ["server", "schema", "loaders", "config", "emulator"],
        "msgraph/ is the bottom layer: it imports only stores/.",
      ),
      GRAPHQL,
    ],
  ),
  restrict(
    ["src/stores/**/*.ts"],
    [
      layer(
        ["server", "schema", "loaders", "msgraph", "config", "emulator"],
        "stores/ depends on nothing else in src/.",
      ),
      GRAPHQL,
    ],
  ),
  restrict(
    ["src/config/**/*.ts"],
    [
      layer(
        ["server", "schema", "loaders", "stores"],
        "config/ sits beside server/: it reads msgraph/ types, never the layers above.",
      ),
      APOLLO,
      GRAPHQL,
    ],
  ),
  emulatorDepth(1),
  emulatorDepth(2),
  emulatorDepth(3),

  // Configuration is read from the environment in one place, so every variable is documented and validated there.
  {
    files: ["src/**/*.ts"],
    ignores: ["src/config/**", "src/emulator/main.ts", "src/emulator/config.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message: "Read configuration through src/config/ (the emulator: main.ts).",
        },
      ],
    },
  },
);
