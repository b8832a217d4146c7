// One JSON file per benchmark in bench/results/, with the machine, the date and the targets it was held to.
import { writeFileSync } from "node:fs";
import { cpus, totalmem, release, platform } from "node:os";
import { ROOT } from "./processes.js";

export interface Target {
  name: string;
  target: string;
  measured: number | string;
  met: boolean;
}

export interface BenchResult {
  benchmark: string;
  /** What was measured and how, in one paragraph. */
  method: string;
  settings: Record<string, unknown>;
  results: Record<string, unknown>;
  targets: Target[];
}

export function machine() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model ?? "unknown",
    cores: cpu.length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
  };
}

export function writeResult(result: BenchResult, mode: "full" | "quick"): string {
  const file = `${ROOT}bench/results/${result.benchmark}.json`;
  const doc = { ...result, mode, date: new Date().toISOString(), machine: machine() };
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
  return file;
}
