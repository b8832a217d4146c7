// `npm start` as a developer or a supervisor runs it: SIGTERM to the npm process (a container runtime, systemd,
// `kill`) and Ctrl-C in a terminal (SIGINT to the whole process group: npm forwards it too, so the gateway gets it
// twice) must both reach the gateway, which finishes the request in flight and exits 0, and no process npm started
// may outlive it. `npm run start:prod` is proven the same way in production-start.test.ts, after a build.
import { afterAll, describe, expect, it } from "vitest";
import { baseEnv, inFlightQuery, killLeftovers, readyUrls, start, survivors, waitFor } from "../helpers/processes.js";

afterAll(() => killLeftovers());

// NODE_ENV is left unset as a developer leaves it (vitest's "test" would switch off Apollo's own signal handling).
// LOG_LEVEL=info for main.ts's "stopped" line, written only once Graph's pool, the emulator and the stores are closed.
const ENV = baseEnv({ PORT: "0", LOG_LEVEL: "info", EMULATOR_TIME_SCALE: "0", SHUTDOWN_TIMEOUT_MS: "10000" });

const cases = [
  { name: "SIGTERM to npm", send: (pid: number) => process.kill(pid, "SIGTERM") },
  { name: "Ctrl-C (SIGINT to the process group)", send: (pid: number) => process.kill(-pid, "SIGINT") },
];

describe("signals to npm start", () => {
  for (const { name, send } of cases) {
    it(`drains the request in flight on ${name}, exits 0 and leaves no process running`, async () => {
      const npm = start("npm", ["start"], { cwd: process.cwd(), env: ENV });
      const { graphql, emulatorOrigin } = readyUrls(await waitFor(npm, "backup-graphql ready"));
      const tree = npm.tree();
      expect(tree.length).toBeGreaterThan(1); // npm and the gateway at least

      const { answer } = await inFlightQuery(graphql, emulatorOrigin!, 1_000);
      send(npm.child.pid!);

      expect(await answer).toEqual({
        status: 200,
        body: { data: { backupRestore: { serviceStatus: { status: "ENABLED" } } } },
      });
      expect(await npm.exited).toBe(0);
      expect(npm.output()).toContain('"msg":"stopped"');
      expect(await survivors(tree)).toEqual([]);
    }, 40_000);
  }
});
