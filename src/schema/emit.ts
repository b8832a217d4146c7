// `npm run schema:emit` writes schema/schema.graphql; `npm run schema:check` fails when it has drifted.
import "reflect-metadata";
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { buildGatewaySchema, printGatewaySchema } from "./index.js";

const target = fileURLToPath(new URL("../../schema/schema.graphql", import.meta.url));
const sdl = printGatewaySchema(await buildGatewaySchema());

if (process.argv.includes("--check")) {
  const current = await readFile(target, "utf8").catch(() => "");
  if (current !== sdl) {
    console.error("schema/schema.graphql is out of date: run `npm run schema:emit` and commit the result.");
    process.exit(1);
  }
  console.log("schema/schema.graphql is up to date.");
} else {
  await writeFile(target, sdl);
  console.log(`wrote ${target}`);
}
