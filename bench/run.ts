// npm run bench [-- --quick] [--only economy,overhead,throughput,pollers,lists,bombs] [--latency 50] [--tsx]
// Compiles the servers under test (dist/bench-build/, plain node as in production; --tsx runs the sources), then runs the benchmarks one
// after the other (each starts its own emulator, latency proxy and gateway process), writes
// bench/results/<name>.json and prints the targets each met or missed.
import "reflect-metadata";
import { parseArgs } from "node:util";
import { economy } from "./economy.js";
import { fragmentBombs } from "./fragment-bombs.js";
import { largeLists } from "./large-lists.js";
import { overhead } from "./overhead.js";
import { pollers } from "./pollers.js";
import { throughput } from "./throughput.js";
import { buildServers } from "./lib/processes.js";
import { writeResult, type BenchResult } from "./lib/results.js";

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    only: { type: "string" },
    latency: { type: "string", default: "50" },
    tsx: { type: "boolean", default: false },
  },
});
if (!values.tsx) buildServers();
const options = { quick: values.quick, latencyMs: Number(values.latency) };
const BENCHMARKS: Record<string, (o: typeof options) => Promise<BenchResult>> = {
  economy,
  overhead,
  throughput,
  pollers,
  lists: largeLists,
  bombs: fragmentBombs,
};
const chosen = values.only ? values.only.split(",") : Object.keys(BENCHMARKS);

for (const name of chosen) {
  const bench = BENCHMARKS[name];
  if (!bench) throw new Error(`Unknown benchmark "${name}"; one of ${Object.keys(BENCHMARKS).join(", ")}`);
  const started = performance.now();
  const result = await bench(options);
  const file = writeResult(result, options.quick ? "quick" : "full");
  console.log(`${result.benchmark}: ${Math.round((performance.now() - started) / 1000)} s → ${file}`);
  for (const t of result.targets)
    console.log(`  ${t.met ? "met " : "MISS"} ${t.name}: ${t.measured} (target ${t.target})`);
}
