// A Dockerfile lint without hadolint (in neither Debian's nor npm's registry): the rules that matter for this image,
// most of them hadolint's own (DL3000 absolute WORKDIR, DL3002 last USER not root, DL3003 no cd, DL3004 no sudo,
// DL3007 no :latest, DL3020 COPY not ADD, DL3025 exec-form CMD, DL3060-ish npm ci), the rest an operator's
// expectations. Each rule is shown to fire on a careless Dockerfile. test/e2e/production-start.test.ts replays the
// steps themselves.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assignments, parseDockerfile, type Instruction, type Stage } from "../../helpers/dockerfile.js";

type Parsed = ReturnType<typeof parseDockerfile>;
type Rule = { name: string; broken: (df: Parsed) => string | undefined };

const SECRETISH = /SECRET|PASSWORD|PASSWD|TOKEN|PRIVATE|CREDENTIAL|API_?KEY|CLIENT_ID|TENANT_ID|REDIS_URL|CERTIFICATE/i;
const engineMajor = /(\d+)/.exec(
  (JSON.parse(readFileSync("package.json", "utf8")) as { engines: { node: string } }).engines.node,
)![1]!;

const final = (df: Parsed): Stage => df.stages.at(-1)!;
const ops = (list: Instruction[], op: string) => list.filter((i) => i.op === op);
const env = (list: Instruction[]) => Object.assign({}, ...ops(list, "ENV").map(assignments)) as Record<string, string>;
const first = <T>(list: T[], test: (x: T) => boolean) => list.find(test);

const RULES: Rule[] = [
  {
    name: "multi-stage, the runtime taking the build's output from an earlier stage",
    broken: (df) => {
      const names = df.stages.slice(0, -1).map((s) => s.name);
      const copies = ops(final(df).instructions, "COPY").filter((c) => c.flags.from);
      return df.stages.length < 2 || copies.length === 0 || copies.some((c) => !names.includes(c.flags.from!))
        ? "single stage"
        : undefined;
    },
  },
  {
    name: "base images pinned (no :latest, no bare name), Node on package.json's engines major",
    broken: (df) =>
      first(
        df.stages,
        (s) =>
          !df.stages.some((o) => o.name === s.image) &&
          (!/^[^:@]+(:[^:@]+|@sha256:[0-9a-f]{64})$/.test(s.image) ||
            /:latest$/.test(s.image) ||
            (s.image.startsWith("node:") && !new RegExp(`^node:${engineMajor}([.-]|$)`).test(s.image))),
      )?.image,
  },
  {
    name: "final stage runs as a non-root USER set after its last RUN",
    broken: (df) => {
      const user = ops(final(df).instructions, "USER").at(-1);
      const lastRun = ops(final(df).instructions, "RUN").at(-1);
      if (!user || /^(root|0)(:|$)/.test(user.args)) return user?.args ?? "no USER";
      return lastRun && lastRun.line > user.line ? `RUN at line ${lastRun.line} after USER` : undefined;
    },
  },
  {
    name: "npm ci everywhere (no npm install), --omit=dev in the final stage, the lockfile copied",
    broken: (df) => {
      const runs = ops(df.all, "RUN").map((r) => r.args);
      if (runs.some((r) => /\bnpm (install|i)\b|\byarn\b/.test(r))) return "npm install";
      const installs = ops(final(df).instructions, "RUN").filter((r) => /\bnpm ci\b/.test(r.args));
      if (installs.length !== 1 || !/--omit=dev\b/.test(installs[0]!.args)) return "runtime install";
      return ops(final(df).instructions, "COPY").some((c) => /\bpackage-lock\.json\b/.test(c.args))
        ? undefined
        : "no lockfile";
    },
  },
  {
    name: "NODE_ENV=production, HOST=0.0.0.0 and the PORT EXPOSEd",
    broken: (df) => {
      const e = env(final(df).instructions);
      const exposed = ops(final(df).instructions, "EXPOSE").map((x) => x.args);
      return e.NODE_ENV === "production" && e.HOST === "0.0.0.0" && exposed.includes(e.PORT ?? "4000")
        ? undefined
        : JSON.stringify(e);
    },
  },
  { name: "no ADD (COPY only)", broken: (df) => first(df.all, (i) => i.op === "ADD")?.args },
  {
    name: "no cd or sudo in RUN",
    broken: (df) => first(ops(df.all, "RUN"), (r) => /(^|[;&|]\s*)(sudo|cd)\s/.test(r.args))?.args,
  },
  { name: "absolute WORKDIR", broken: (df) => first(ops(df.all, "WORKDIR"), (w) => !w.args.startsWith("/"))?.args },
  {
    name: "no secret baked in: no secret-looking ENV or ARG, no secret file copied",
    broken: (df) =>
      first(
        df.all,
        (i) => (i.op === "ENV" || i.op === "ARG") && Object.keys(assignments(i)).some((k) => SECRETISH.test(k)),
      )?.args ?? first(ops(df.all, "COPY"), (c) => /\.env\b|\.pem\b|\.pfx\b|\.npmrc\b|\.git\b/.test(c.args))?.args,
  },
  {
    name: "exec-form HEALTHCHECK with node (no curl in slim images) on /healthz at $PORT, with a timeout",
    broken: (df) => {
      const check = ops(final(df).instructions, "HEALTHCHECK")[0];
      const cmd = check?.exec?.join(" ") ?? "";
      return check?.exec?.[0] === "node" &&
        cmd.includes("/healthz") &&
        cmd.includes("process.env.PORT") &&
        check.flags.timeout
        ? undefined
        : "healthcheck";
    },
  },
  {
    name: "exec-form CMD starting node itself (no npm, no shell between it and SIGTERM)",
    broken: (df) => {
      const cmds = ops(final(df).instructions, "CMD");
      const entry = ops(final(df).instructions, "ENTRYPOINT");
      return cmds.length === 1 &&
        JSON.stringify(cmds[0]!.exec) === JSON.stringify(["node", "dist/main.js"]) &&
        entry.every((e) => e.exec)
        ? undefined
        : "CMD";
    },
  },
];

const CARELESS = `FROM node:latest
WORKDIR app
ENV AZURE_CLIENT_SECRET=hunter2 \\
    NODE_ENV=development
ADD https://example.com/tools.tgz /tools
COPY . .
RUN cd /app && sudo npm install
USER root
CMD npm start
`;

describe("Dockerfile", () => {
  const ours = parseDockerfile(readFileSync("Dockerfile", "utf8"));
  for (const rule of RULES) {
    it(`follows the rule: ${rule.name}`, () => {
      expect(rule.broken(ours)).toBeUndefined();
    });
  }

  it("each rule fires on a careless Dockerfile", () => {
    const careless = parseDockerfile(CARELESS);
    expect(RULES.filter((rule) => rule.broken(careless) === undefined).map((r) => r.name)).toEqual([]);
  });

  it("keeps the host's node_modules, build output, history and local secrets out of the build context", () => {
    const ignored = readFileSync(".dockerignore", "utf8")
      .split("\n")
      .map((l) => l.trim());
    for (const entry of ["node_modules", "dist", ".git", ".env", "coverage"]) expect(ignored).toContain(entry);
  });
});
