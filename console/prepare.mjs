/* global process, console */
// `npm ci` / `npm install` run this (the `prepare` script): build the console into console/dist so that `npm start`
// serves it with no extra command. An install without dev dependencies (a production image installs the built
// files instead) has no Vite: say so and leave the gateway to answer / with how to build it.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
try {
  require.resolve("vite/package.json");
} catch {
  console.log("console: vite is not installed (production install); skipping the console build");
  process.exit(0);
}
const started = Date.now();
const run = spawnSync("npm", ["run", "--silent", "console:build"], { stdio: "inherit" });
if (run.status !== 0) process.exit(run.status ?? 1);
console.log(`console: built console/dist in ${((Date.now() - started) / 1000).toFixed(1)} s`);
