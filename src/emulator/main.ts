// `npm run emulator`: the only place of the emulator program that reads process.env.
import { ADMIN_ENDPOINTS } from "./admin/handler.js";
import { EMULATOR_OPTIONAL_DEFAULTS } from "./config.js";
import { EMULATOR_DEFAULTS, parseEmulatorEnv, startEmulator, TIMINGS } from "./index.js";
import { LARGE_SEED } from "./seed/large.js";
import { RULE_APPLY_MS } from "./model/rules.js";
import { BROWSE_TIMINGS } from "./model/browse.js";
import { SERVICE_APP_DEACTIVATE_MS } from "./model/service.js";

const D = EMULATOR_OPTIONAL_DEFAULTS;

const HELP = `Microsoft Graph Backup Storage emulator (/solutions/backupRestore), serving /v1.0 and /beta.

Usage: npm run emulator            (environment variables below; no flags besides --help)

Environment:
  EMULATOR_HOST            interface to listen on                      default ${EMULATOR_DEFAULTS.host}
  EMULATOR_PORT            TCP port, 0 = any free port                 default ${EMULATOR_DEFAULTS.port}
  EMULATOR_SEED            demo | directory | large                    default ${EMULATOR_DEFAULTS.seed}
                           demo = directory + an active Exchange policy (10 protected mailboxes, two of
                                  departed users) + an inactive OneDrive policy (5 units)
                           directory = users, groups, deleted users and sites only
                           large = ${LARGE_SEED.users} users, ${LARGE_SEED.sites} sites, three active policies with thousands of units
  EMULATOR_PAGE_SIZE       items per page of every collection          default ${EMULATOR_DEFAULTS.pageSize}
  EMULATOR_TIME_SCALE      emulated seconds per real second;           default ${EMULATOR_DEFAULTS.timeScale}
                           0 = time moves only through /_emulator/clock/advance
  EMULATOR_REQUIRED_TOKEN  require "Authorization: Bearer <token>"     default unset (no check)
  EMULATOR_START_TIME      ISO instant the emulated clock starts at    default now
  EMULATOR_REQUIRE_AUTH    true = refuse requests without any          default ${D.requireAuth}
                           Authorization header (401), as Graph does; the gateway in emulator mode sends none
  EMULATOR_SERVICE_STATUS  enabled | disabled | protectionChangeLocked default ${D.serviceStatus}
                           | restoreLocked: the tenant's backup service status after seeding
  EMULATOR_THROTTLE_CAPACITY  token bucket per client, 0 = off         default ${D.throttleCapacity}
  EMULATOR_THROTTLE_REFILL    tokens per real second                   default ${D.throttleRefillPerSecond}
  EMULATOR_THROTTLE_KEY    token (bearer) | client (client-request-id  default ${D.throttleKey}
                           prefix): what a "client" is for throttling
  EMULATOR_FAULT_SEED      seed of the PRNG of probabilistic faults    default ${D.faultSeed}
  EMULATOR_STATE_FILE      JSON file the state is saved to (debounced) default unset (memory only)
                           and resumed from at start, clock included

Lifecycle timings (emulated): protect ${TIMINGS.protectMs / 60_000} min, unprotect ${TIMINGS.unprotectMs / 60_000} min, \
remove ${TIMINGS.removeMs / 60_000} min, offboard ${TIMINGS.offboardMs / 60_000} min,
inclusion rule apply ${RULE_APPLY_MS / 60_000} min, browse session ready ${BROWSE_TIMINGS.readyMs / 60_000} min \
(expires after ${BROWSE_TIMINGS.lifetimeMs / 86_400_000} days),
service app deactivate ${SERVICE_APP_DEACTIVATE_MS / 60_000} min (activate: at its effectiveDateTime).

Admin endpoints (JSON, never counted as requests):
${ADMIN_ENDPOINTS.map((line) => `  ${line}`).join("\n")}
`;

const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  process.stdout.write(HELP);
  process.exit(0);
}
if (args.length > 0) {
  process.stderr.write(`Unknown argument(s): ${args.join(" ")}\n\n${HELP}`);
  process.exit(1);
}

let options;
try {
  options = parseEmulatorEnv(process.env);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

const emulator = await startEmulator(options);

let closing = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    emulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`Failed to close: ${String(error)}\n`);
        process.exit(1);
      },
    );
  });
}

// Announced only once the handlers above are in place: whoever reads this line may signal at once.
process.stdout.write(
  `Graph Backup Storage emulator listening on ${emulator.baseUrl} (also ${emulator.origin}/beta); ` +
    `seed ${options.seed}, time scale ${options.timeScale}x\n`,
);
