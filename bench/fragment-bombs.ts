// 6. Fragment bombs (issue 12): how long the gateway takes to refuse a 40-level bomb (each fragment spreads the next
// one twice: 2 KB standing for 2^40 selections), and how /healthz answers while autocannon floods it with them.
// Before the fix, one 25-level bomb blocked the event loop for 69 s and a 30-level one for over 11 minutes.
import autocannon from "autocannon";
import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { startEmulator } from "../src/emulator/index.js";
import { bomb, BOMB_SHAPES } from "../test/helpers/fragment-bomb.js";
import { startGateway } from "./lib/processes.js";
import { startLatencyProxy } from "./lib/proxy.js";
import type { BenchResult } from "./lib/results.js";
import { round, summary } from "./lib/stats.js";

const LEVELS = 40;
const HEALTHZ_TARGET_MS = 100;

/** CPU time the process has used so far, in ms (Linux /proc; clock ticks of 10 ms). */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the command name.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** One POST, timed; the status must be the limit's 400. */
async function refuse(url: string, body: string): Promise<number> {
  const start = performance.now();
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  await res.arrayBuffer();
  const ms = performance.now() - start;
  if (res.status !== 400) throw new Error(`a bomb was answered ${res.status}, not refused`);
  return ms;
}

/** GETs /healthz one after another, `gapMs` apart, until `stop` resolves; each answer's time. */
async function probeHealth(
  origin: string,
  gapMs: number,
  stop: Promise<unknown>,
): Promise<{ ms: number[]; failures: number }> {
  let done = false;
  void stop.then(() => (done = true));
  const ms: number[] = [];
  let failures = 0;
  while (!done) {
    const start = performance.now();
    try {
      const res = await fetch(`${origin}/healthz`);
      await res.arrayBuffer();
      if (res.ok) ms.push(performance.now() - start);
      else failures++;
    } catch {
      failures++;
    }
    await sleep(gapMs);
  }
  return { ms, failures };
}

/**
 * Open loop: one POST every 1000/rate ms for `seconds`, whether or not earlier ones were answered, as independent
 * clients would send them (autocannon's fixed rates send each second's budget in one burst instead).
 */
async function pacedFlood(
  url: string,
  body: string,
  rate: number,
  seconds: number,
): Promise<{ ms: number[]; notRefused: number }> {
  const ms: number[] = [];
  let notRefused = 0;
  const pending: Promise<void>[] = [];
  const start = performance.now();
  for (let i = 0; i < rate * seconds; i++) {
    const wait = start + (i * 1000) / rate - performance.now();
    if (wait > 0) await sleep(wait);
    pending.push(
      refuse(url, body).then(
        (t) => void ms.push(t),
        () => void notRefused++,
      ),
    );
  }
  await Promise.all(pending);
  return { ms, notRefused };
}

export async function fragmentBombs({ latencyMs, quick }: { latencyMs: number; quick: boolean }): Promise<BenchResult> {
  const samples = quick ? 50 : 300;
  const seconds = quick ? 3 : 10;
  const connections = 50;
  const emulator = await startEmulator({ port: 0, timeScale: 0, seed: "demo" });
  const proxy = await startLatencyProxy(emulator.origin, latencyMs);
  const gateway = await startGateway(proxy.baseUrl);
  const origin = new URL(gateway.url).origin;
  try {
    const bodies = Object.fromEntries(
      Object.entries(BOMB_SHAPES).map(([shape, body]) => [shape, JSON.stringify({ query: bomb(LEVELS, body) })]),
    );
    const twice = bodies.twice!;
    for (let i = 0; i < 30; i++) await refuse(gateway.url, twice);
    proxy.reset();

    const refusalMs: Record<string, ReturnType<typeof summary>> = {};
    // The gateway's own CPU per refusal: what a flood costs it, whatever else runs on the machine.
    const refusalCpuMs: Record<string, number> = {};
    for (const [shape, body] of Object.entries(bodies)) {
      const times: number[] = [];
      const cpuBefore = cpuMsOf(gateway.pid);
      for (let i = 0; i < samples; i++) times.push(await refuse(gateway.url, body));
      refusalCpuMs[shape] = round((cpuMsOf(gateway.pid) - cpuBefore) / samples, 2);
      refusalMs[shape] = summary(times);
    }
    const idle = await probeHealth(origin, 10, sleep(quick ? 1000 : 3000));

    // 100 req/s is the rate of the attack run that found the bombs.
    const floods = [];
    for (const rate of [100, 300]) {
      const flood = pacedFlood(gateway.url, twice, rate, seconds);
      const health = await probeHealth(origin, 10, flood);
      const result = await flood;
      floods.push({
        rate,
        bombs: result.ms.length,
        notRefused: result.notRefused,
        bombMs: summary(result.ms),
        healthzMs: summary(health.ms),
        healthzFailures: health.failures,
      });
    }
    // Flat out: as many bombs as 50 connections can send, the load generator on the same two cores.
    const flatOut = autocannon({
      url: gateway.url,
      method: "POST",
      headers: { "content-type": "application/json" },
      body: twice,
      connections,
      duration: seconds,
    });
    const flatOutHealth = await probeHealth(origin, 10, flatOut);
    const flat = await flatOut;
    const flatRefused = flat.statusCodeStats?.["400"]?.count ?? 0;
    const flatOutHealthz = summary(flatOutHealth.ms);
    floods.push({
      rate: "max",
      requestsPerSecond: round(flat.requests.average),
      bombs: flat.requests.total,
      notRefused: flat.requests.total - flatRefused + flat.errors + flat.timeouts,
      bombMs: { p50: flat.latency.p50, p99: flat.latency.p99, max: flat.latency.max },
      healthzMs: flatOutHealthz,
      healthzFailures: flatOutHealth.failures,
    });
    const upstreamCalls = proxy.log.length;
    // For scale: the same document at 3 levels is an ordinary query, answered with one upstream page.
    const ordinary = JSON.stringify({ query: bomb(3) });
    const ordinaryTimes: number[] = [];
    const cpuBefore = cpuMsOf(gateway.pid);
    for (let i = 0; i < samples; i++) {
      const start = performance.now();
      const res = await fetch(gateway.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: ordinary,
      });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`the 3-level document was answered ${res.status}`);
      ordinaryTimes.push(performance.now() - start);
    }
    const ordinaryCpuMs = round((cpuMsOf(gateway.pid) - cpuBefore) / samples, 2);
    const at100 = floods[0]!;
    const notRefused = floods.reduce((n, f) => n + f.notRefused, 0);
    return {
      benchmark: "6-fragment-bombs",
      method: `Gateway in production mode over the emulator behind a ${latencyMs} ms proxy (which counts upstream calls). Refusal: ${samples} sequential POSTs of a ${LEVELS}-level fragment bomb (${twice.length} bytes for the \`twice\` shape) per shape of test/helpers/fragment-bomb.ts, each timed from send to the end of the 400, and the gateway process's CPU time over them (/proc) divided by their number. Floods: ${seconds} s of the ${LEVELS}-level \`twice\` bomb sent open-loop at a steady 100 and 300 req/s, then flat out by autocannon (${connections} connections), while one client GETs /healthz every 10 ms and times each answer; the same probe ran ${quick ? 1 : 3} s before the floods for comparison. For scale, the same document at 3 levels (an ordinary query, one upstream page) sent ${samples} times the same way. Load generator and gateway share this machine.`,
      settings: { latencyMs, levels: LEVELS, samples, floodSeconds: seconds, connections },
      results: {
        refusalMs,
        refusalCpuMs,
        healthzIdleMs: summary(idle.ms),
        floods,
        upstreamCalls,
        ordinary3Levels: { ms: summary(ordinaryTimes), cpuMs: ordinaryCpuMs },
      },
      targets: [
        {
          name: "/healthz max during a steady 100 req/s flood (ms)",
          target: `<= ${HEALTHZ_TARGET_MS}`,
          measured: at100.healthzMs.max,
          met: at100.healthzMs.max <= HEALTHZ_TARGET_MS && at100.healthzFailures === 0,
        },
        {
          name: "/healthz p99 during the flat-out flood (ms)",
          target: `<= ${HEALTHZ_TARGET_MS}`,
          measured: flatOutHealthz.p99,
          met: flatOutHealthz.p99 <= HEALTHZ_TARGET_MS && flatOutHealth.failures === 0,
        },
        { name: "bombs not refused with 400", target: "0", measured: notRefused, met: notRefused === 0 },
        { name: "upstream calls for all bombs", target: "0", measured: upstreamCalls, met: upstreamCalls === 0 },
        {
          name: `refusal of a ${LEVELS}-level bomb, p50 (ms)`,
          target: "recorded",
          measured: refusalMs.twice!.p50,
          met: true,
        },
        {
          name: `gateway CPU per ${LEVELS}-level bomb refused (ms)`,
          target: "recorded",
          measured: refusalCpuMs.twice!,
          met: true,
        },
      ],
    };
  } finally {
    await gateway.stop();
    await proxy.close();
    await emulator.close();
  }
}
