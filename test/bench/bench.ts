// `npm run bench`: single-threaded evaluation throughput over 1,000,000 generated scenarios, and a 100,000-scenario
// fleet aggregate with evaluateMany. The last line is machine-readable: "bench: <N> evaluations/s".
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { evaluate, evaluateMany, type Outcome, type Scenario } from '../../simulator/index';
import { generateScenarios } from './scenarios';

const { values } = parseArgs({
  options: {
    evaluations: { type: 'string', default: '1000000' },
    fleet: { type: 'string', default: '100000' },
    pool: { type: 'string', default: '4000' },
  },
  strict: true,
});
const EVALUATIONS = Number(values.evaluations);
const FLEET = Number(values.fleet);
const POOL = Number(values.pool);

// Pin to one CPU where the OS allows it, so the figure means "per core" even on a busy multi-core machine.
if (process.platform === 'linux' && !process.env.SSPR_BENCH_PINNED && spawnSync('taskset', ['-V'], { stdio: 'ignore' }).status === 0) {
  const pinned = spawnSync('taskset', ['-c', '0', process.execPath, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, SSPR_BENCH_PINNED: '1' },
  });
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
console.log(`Scenario pool: ${number(pool.length)} valid scenarios generated in ${seconds(performance.now() - started)} (${rejected} invalid mixes skipped; not timed below)`);

// Warm-up, so the JIT has compiled the rule predicates before the clock starts.
for (let i = 0; i < Math.min(50_000, EVALUATIONS); i++) evaluate(pool[i % pool.length]);

const outcomes: Record<Outcome, number> = { success: 0, hidden: 0, fails: 0, denied: 0, deferred: 0, undecided: 0 };
const cpuBefore = process.cpuUsage();
started = performance.now();
for (let i = 0, p = 0; i < EVALUATIONS; i++) {
  outcomes[evaluate(pool[p]).outcome]++;
  if (++p === pool.length) p = 0;
}
const evaluateMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
const cpuMs = (cpu.user + cpu.system) / 1000;
const wallPerSecond = (EVALUATIONS * 1000) / evaluateMs;
// CPU time of this process (JS thread plus any GC helpers) is what one core spent, whatever else the machine is
// running; wall-clock time on a busy machine also counts the time other programs held the core.
const perSecond = (EVALUATIONS * 1000) / cpuMs;
console.log(
  `evaluate(): ${number(EVALUATIONS)} evaluations in ${seconds(cpuMs)} of CPU time: ${number(perSecond)} evaluations/s ` +
    `(wall clock ${seconds(evaluateMs)}: ${number(wallPerSecond)}/s${cpuMs < evaluateMs * 0.9 ? '; the machine was busy' : ''})`,
);
console.log(`  outcomes: ${share(outcomes, EVALUATIONS)}`);

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
console.log(`  outcomes: ${share(summary.byOutcome, summary.total)}; link shown on ${number(summary.linkShown)}; most fired: ${topRules}`);
console.log(`bench: ${Math.round(perSecond)} evaluations/s`);
