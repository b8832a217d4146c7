// Just enough of the Dockerfile syntax to check ours and to replay its steps: comments, `\` continuations,
// instructions with their flags, stages. Not a general parser (no heredocs, no escape directive, no ARG expansion).
import { readFileSync } from "node:fs";

export interface Instruction {
  /** Upper-case keyword: FROM, RUN, COPY, ... */
  op: string;
  /** `--name=value` flags before the arguments (`COPY --from=build`, `HEALTHCHECK --interval=15s`). */
  flags: Record<string, string>;
  /** The rest of the line, continuations joined. */
  args: string;
  /** The JSON array when `args` is in exec form. */
  exec?: string[];
  line: number;
}

export interface Stage {
  /** `AS <name>`, or the stage's index. */
  name: string;
  /** The base image reference. */
  image: string;
  /** Everything after FROM, up to the next FROM. */
  instructions: Instruction[];
}

export function parseDockerfile(text: string): { stages: Stage[]; all: Instruction[] } {
  const all: Instruction[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let line = lines[i]!;
    if (/^\s*(#|$)/.test(line)) continue;
    while (/\\\s*$/.test(line) && i + 1 < lines.length) {
      i++;
      const next = lines[i]!;
      if (/^\s*#/.test(next)) continue; // comments inside a continuation are dropped, as Docker does
      line = line.replace(/\\\s*$/, " ") + next.trim();
    }
    const m = /^\s*([A-Za-z]+)\s*(.*)$/.exec(line);
    if (!m) throw new Error(`Dockerfile line ${start + 1}: cannot read "${line}"`);
    let rest = m[2]!.trim();
    const flags: Record<string, string> = {};
    for (let f = /^--([a-z-]+)=(\S+)\s*/.exec(rest); f; f = /^--([a-z-]+)=(\S+)\s*/.exec(rest)) {
      flags[f[1]!] = f[2]!;
      rest = rest.slice(f[0].length);
    }
    const instruction: Instruction = { op: m[1]!.toUpperCase(), flags, args: rest, line: start + 1 };
    // HEALTHCHECK's command sits after its own CMD keyword.
    const execText = instruction.op === "HEALTHCHECK" ? rest.replace(/^CMD\s+/i, "") : rest;
    if (execText.startsWith("[")) {
      try {
        instruction.exec = JSON.parse(execText) as string[];
      } catch {
        // shell form that happens to start with "["
      }
    }
    all.push(instruction);
  }
  const stages: Stage[] = [];
  for (const instruction of all) {
    if (instruction.op === "FROM") {
      const [image = "", as, name] = instruction.args.split(/\s+/);
      stages.push({ name: as?.toUpperCase() === "AS" && name ? name : String(stages.length), image, instructions: [] });
    } else {
      const stage = stages.at(-1);
      if (!stage) throw new Error(`Dockerfile line ${instruction.line}: ${instruction.op} before any FROM`);
      stage.instructions.push(instruction);
    }
  }
  return { stages, all };
}

export function readDockerfile(path = "Dockerfile"): { stages: Stage[]; all: Instruction[] } {
  return parseDockerfile(readFileSync(path, "utf8"));
}

/** `KEY=value KEY2=value2` (or the legacy `KEY value`) of ENV and ARG, quotes removed. */
export function assignments(instruction: Instruction): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([A-Za-z_][A-Za-z0-9_]*)(?:=("[^"]*"|'[^']*'|\S*))?/g;
  if (!instruction.args.includes("=") && instruction.op === "ENV") {
    const [key = "", ...value] = instruction.args.split(/\s+/);
    out[key] = value.join(" ");
    return out;
  }
  for (let m = re.exec(instruction.args); m; m = re.exec(instruction.args))
    out[m[1]!] = (m[2] ?? "").replace(/^["']|["']$/g, "");
  return out;
}
