// compose.yaml and the Kubernetes example are documentation that runs: read as text (no YAML parser among our
// dependencies), they must name only variables the gateway or the emulator reads, wire the services to each other,
// and keep the shutdown and security promises the README makes.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const compose = readFileSync("compose.yaml", "utf8");
const k8s = readFileSync("examples/kubernetes/backup-graphql.yaml", "utf8");
const dockerfile = readFileSync("Dockerfile", "utf8");

/**
 * Every variable name in quotes in the configuration readers (every file of src/config/, and the emulator's): what the
 * programs can read. Node's own on top.
 */
const READERS = [
  "src/emulator/config.ts",
  ...readdirSync("src/config")
    .filter((f) => f.endsWith(".ts"))
    .map((f) => `src/config/${f}`),
];
const KNOWN = new Set([
  ...READERS.flatMap((f) => [...readFileSync(f, "utf8").matchAll(/"([A-Z][A-Z0-9_]{2,})"/g)].map((m) => m[1]!)),
  "NODE_OPTIONS",
]);
const SHUTDOWN_DEFAULT_S = 10;

/** The `environment:` block of one compose service (or of the x-gateway anchor), as a map. */
function composeEnv(service: string): Record<string, string> {
  const block = new RegExp(`^(  )?${service}:[^\\n]*\\n((?:\\1  .*\\n|\\s*\\n)*)`, "m").exec(compose)?.[2] ?? "";
  const env = /environment:\n((?:\s{4,}.*\n)*)/.exec(block)?.[1] ?? "";
  return Object.fromEntries(
    [...env.matchAll(/^\s+([A-Z][A-Z0-9_]*):\s*"?([^"\n#]*?)"?\s*(#.*)?$/gm)].map((m) => [m[1]!, m[2]!]),
  );
}

describe("compose.yaml", () => {
  const gateway = composeEnv("x-gateway");
  const emulator = composeEnv("emulator");

  it("names only variables the gateway or the emulator reads", () => {
    const names = [...compose.matchAll(/^\s+([A-Z][A-Z0-9_]*):/gm)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(3);
    expect(names.filter((n) => !KNOWN.has(n))).toEqual([]);
  });

  it("builds the repository's image for the gateways and runs the emulator from it, reachable from other containers", () => {
    expect(compose.match(/^\s+build: \.$/gm)?.length).toBeGreaterThanOrEqual(2);
    expect(compose).toMatch(/command: \["node", "dist\/emulator\/main\.js"\]/);
    expect(existsSync("src/emulator/main.ts")).toBe(true); // compiles to dist/emulator/main.js
    expect(emulator.EMULATOR_HOST).toBe("0.0.0.0");
  });

  it("points both gateways at the emulator service and at Redis", () => {
    expect(compose).toMatch(/gateway-a:\n\s+<<: \*gateway/);
    expect(compose).toMatch(/gateway-b:\n\s+<<: \*gateway/);
    expect(gateway.GRAPH_BASE_URL).toBe(`http://emulator:${emulator.EMULATOR_PORT}/v1.0`);
    expect(gateway.REDIS_URL).toMatch(/^redis:\/\/redis:6379/);
    expect(compose).toMatch(/^ {2}redis:\n\s+image: redis:\d+/m);
  });

  it("publishes on loopback only and gives the drain time before SIGKILL", () => {
    const ports = [...compose.matchAll(/ports: \[(.*)\]/g)].map((m) => m[1]!);
    expect(ports.length).toBe(3);
    for (const p of ports) expect(p).toMatch(/^"127\.0\.0\.1:/);
    expect(Number(/stop_grace_period: (\d+)s/.exec(compose)?.[1])).toBeGreaterThan(SHUTDOWN_DEFAULT_S);
  });
});

describe("examples/kubernetes", () => {
  it("names only variables the gateway reads, and sets no secret-looking one in plain text", () => {
    const names = [...k8s.matchAll(/- name: ([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((n) => !KNOWN.has(n))).toEqual([]);
    expect(names.filter((n) => /SECRET|PASSWORD|TOKEN|CLIENT_ID|TENANT_ID|REDIS_URL/.test(n))).toEqual([]);
    expect(k8s).toMatch(/envFrom:\n\s+(#.*\n\s+)?- secretRef:\n\s+name: backup-graphql/);
  });

  it("probes liveness on /healthz and readiness on /readyz, on the port the image EXPOSEs", () => {
    expect(k8s).toMatch(/readinessProbe:\n\s+httpGet:\n\s+path: \/readyz/);
    expect(k8s).toMatch(/livenessProbe:\n\s+httpGet:\n\s+path: \/healthz/);
    expect(/containerPort: (\d+)/.exec(k8s)?.[1]).toBe(/^EXPOSE (\d+)/m.exec(dockerfile)?.[1]);
  });

  it("waits before the listener closes, and the grace period covers that wait plus the drain", () => {
    const preStop = Number(/preStop:\n\s+exec:\n\s+command: \["sleep", "(\d+)"\]/.exec(k8s)?.[1]);
    expect(preStop).toBeGreaterThan(0);
    expect(Number(/terminationGracePeriodSeconds: (\d+)/.exec(k8s)?.[1])).toBeGreaterThan(preStop + SHUTDOWN_DEFAULT_S);
  });

  it("runs as non-root with resources requested and a memory limit", () => {
    for (const line of [
      "runAsNonRoot: true",
      "allowPrivilegeEscalation: false",
      "readOnlyRootFilesystem: true",
      'drop: ["ALL"]',
    ]) {
      expect(k8s).toContain(line);
    }
    expect(k8s).toMatch(/resources:\n\s+requests:\n\s+cpu: \S+\n\s+memory: \S+/);
    expect(k8s).toMatch(/limits:\n\s+memory: \S+/);
  });
});
