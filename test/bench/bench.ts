// `npm run bench`: single-threaded evaluation throughput over 1,000,000 generated scenarios, and a 100,000-scenario
// fleet aggregate with evaluateMany. The last line is machine-readable: "bench: <N> evaluations/s".
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { evaluate, evaluateMany, type Outcome, type Scenario } from '../../simulator/index';
import { generateScenarios } from './scenarios';
import { fleetBenchChild, runFleetBench } from './fleet-bench';

// The fleet benchmark measures each run in a fresh process of this same bundle.
if (process.env.SSPR_FLEET_BENCH_CHILD) {
  const [mode, devices, users] = process.env.SSPR_FLEET_BENCH_CHILD.split('|');
  fleetBenchChild(mode, devices, users);
  process.exit(0);
}

const { values } = parseArgs({
  options: {
    evaluations: { type: 'string', default: '1000000' },
    fleet: { type: 'string', default: '100000' },
    pool: { type: 'string', default: '4000' },
    'fleet-rows': { type: 'string', default: '1000000' },
  },
  strict: true,
});
const EVALUATIONS = Number(values.evaluations);
const FLEET = Number(values.fleet);
const POOL = Number(values.pool);

// Pin to one CPU where the OS allows it, so the figure means "per core" even on a busy multi-core machine.
if (
  process.platform === 'linux' &&
  !process.env.SSPR_BENCH_PINNED &&
  spawnSync('taskset', ['-V'], { stdio: 'ignore' }).status === 0
) {
  const pinned = spawnSync(
    'taskset',
    ['-c', '0', process.execPath, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    {
      stdio: 'inherit',
      env: { ...process.env, SSPR_BENCH_PINNED: '1' },
    },
  );
  process.exit(pinned.status ?? 1);
}

const number = (value: number) => Math.round(value).toLocaleString('en-US');
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const share = (counts: Record<Outcome, number>, total: number) =>
  Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([outcome, count]) => `${outcome} ${((100 * count) / total).toFixed(1)}%`)
    .join(', ');

console.log(
  `SSPR Preview benchmark: Node ${process.version}, ${process.platform} ${process.arch}, ` +
    `${process.env.SSPR_BENCH_PINNED ? 'pinned to CPU 0' : 'one thread'} (${cpus().length} CPUs present)`,
);

let started = performance.now();
const { scenarios: pool, rejected } = generateScenarios(POOL);
console.log(
  `Scenario pool: ${number(pool.length)} valid scenarios generated in ${seconds(performance.now() - started)} (${rejected} invalid mixes skipped; not timed below)`,
);

// Warm-up, so the JIT has compiled the engine before the clock starts.
for (let i = 0; i < Math.min(200_000, EVALUATIONS); i++) evaluate(pool[i % pool.length]);

const ROUNDS = 5;
const OUTCOMES: readonly Outcome[] = ['success', 'hidden', 'fails', 'denied', 'deferred', 'undecided'];
// Counted by index: a string-keyed counter object would add its own lookups to every timed evaluation.
const outcomeCounts = new Float64Array(OUTCOMES.length);

/** Evaluates `count` scenarios cycling through `scenarios`; returns CPU and wall-clock milliseconds. */
function timed(scenarios: readonly Scenario[], count: number, tally: boolean): { cpuMs: number; wallMs: number } {
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  for (let i = 0, p = 0; i < count; i++) {
    const outcome = evaluate(scenarios[p]).outcome;
    if (tally) outcomeCounts[OUTCOMES.indexOf(outcome)]++;
    if (++p === scenarios.length) p = 0;
  }
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  return { cpuMs: (cpu.user + cpu.system) / 1000, wallMs };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// CPU time of this process (JS thread plus any GC helpers) is what one core spent, whatever else the machine is
// running; wall-clock time on a busy machine also counts the time other programs held the core. The run is split
// into rounds because a shared virtual machine's memory speed drifts: the median round is the figure.
const rates: number[] = [];
let cpuMs = 0;
let wallMs = 0;
for (let round = 0; round < ROUNDS; round++) {
  const count = Math.floor(EVALUATIONS / ROUNDS) + (round < EVALUATIONS % ROUNDS ? 1 : 0);
  const result = timed(pool, count, true);
  rates.push((count * 1000) / result.cpuMs);
  cpuMs += result.cpuMs;
  wallMs += result.wallMs;
}
const perSecond = median(rates);
console.log(
  `evaluate(): ${number(EVALUATIONS)} evaluations over the ${number(pool.length)}-scenario pool in ${seconds(cpuMs)} of CPU time ` +
    `(wall clock ${seconds(wallMs)}${cpuMs < wallMs * 0.9 ? '; the machine was busy' : ''})`,
);
console.log(
  `  per round: ${rates.map(number).join(', ')} evaluations/s; median ${number(perSecond)}/s, overall ${number((EVALUATIONS * 1000) / cpuMs)}/s`,
);
const outcomes = Object.fromEntries(OUTCOMES.map((outcome, index) => [outcome, outcomeCounts[index]])) as Record<
  Outcome,
  number
>;
console.log(`  outcomes: ${share(outcomes, EVALUATIONS)}`);

// The same engine on 64 scenarios that stay in the CPU cache: what evaluation itself costs, without memory stalls.
const hot = pool.slice(0, Math.min(64, pool.length));
const hotRates: number[] = [];
for (let round = 0; round < ROUNDS; round++) hotRates.push((200_000 * 1000) / timed(hot, 200_000, false).cpuMs);
console.log(
  `  in cache (64 scenarios, ${number(ROUNDS * 200_000)} evaluations): median ${number(median(hotRates))} evaluations/s`,
);

function* fleet(size: number): Generator<Scenario> {
  for (let i = 0; i < size; i++) yield pool[i % pool.length];
}
const fleetCpuBefore = process.cpuUsage();
started = performance.now();
const summary = evaluateMany(fleet(FLEET));
const fleetMs = performance.now() - started;
const fleetCpu = process.cpuUsage(fleetCpuBefore);
const fleetCpuMs = (fleetCpu.user + fleetCpu.system) / 1000;
const topRules = Object.entries(summary.byRule)
  .sort((a, b) => b[1] - a[1])
  .slice(0, 5)
  .map(([id, count]) => `${id} ${number(count)}`)
  .join(', ');
console.log(
  `evaluateMany(): fleet of ${number(summary.total)} scenarios aggregated in ${seconds(fleetMs)} ` +
    `(${seconds(fleetCpuMs)} of CPU time: ${number((summary.total * 1000) / fleetCpuMs)} scenarios/s)`,
);
console.log(
  `  outcomes: ${share(summary.byOutcome, summary.total)}; link shown on ${number(summary.linkShown)}; most fired: ${topRules}`,
);
if (Number(values['fleet-rows']) > 0) runFleetBench(Number(values['fleet-rows']));
console.log(`bench: ${Math.round(perSecond)} evaluations/s`);
