// Fleet benchmark (part of `npm run bench`): a generated 1,000,000-row Intune "All devices" export (the documented
// 54-column header, written to the temp folder, not the repo) read with the same chunked Papa Parse reader twice,
// each in a fresh process: parse alone, then parse + map + classes + evaluate + aggregate. Prints the time ratio
// (target ≤ 1.5), the peak memory of the full run (target ≤ 1 GB) and the fleet what-if re-count time (< 50 ms).
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CsvByteStream,
  DEFAULT_FLEET_TEMPLATE,
  FleetRecounter,
  devicesCsvReader,
  readUsersCsv,
  whatIfChange,
} from '../../simulator/fleet';

const HEADER = [
  'Device ID',
  'Device name',
  'Enrollment date',
  'Last check-in',
  'Azure AD Device ID',
  'OS version',
  'Azure AD registered',
  'EAS activation ID',
  'Serial number',
  'Manufacturer',
  'Model',
  'EAS activated',
  'IMEI',
  'Last EAS sync time',
  'EAS reason',
  'EAS status',
  'Compliance grace period expiration',
  'Security patch level',
  'Wi-Fi MAC',
  'MEID',
  'Subscriber carrier',
  'Total storage',
  'Free storage',
  'Management name',
  'Category',
  'UserId',
  'Primary user UPN',
  'Primary user email address',
  'Primary user display name',
  'WiFiIPv4Address',
  'WiFiSubnetID',
  'Compliance',
  'Managed by',
  'Ownership',
  'Device state',
  'Intune registered',
  'Supervised',
  'Encrypted',
  'OS',
  'SkuFamily',
  'JoinType',
  'Phone number',
  'Jailbroken',
  'ICCID',
  'EthernetMAC',
  'CellularTechnology',
  'ProcessorArchitecture',
  'EID',
  'EnrollmentType',
  'PartnerFeaturesBitmask',
  'ManagementAgents',
  'CertExpirationDate',
  'IngestionSource',
  'EnrollmentProfileName',
];
const VERSIONS = [
  '10.0.26100.2605',
  '10.0.26100.2894',
  '10.0.26100.3194',
  '10.0.22631.4460',
  '10.0.22631.4602',
  '10.0.22631.4751',
  '10.0.22621.4460',
  '10.0.19045.5131',
  '10.0.19045.5247',
  '10.0.19045.5371',
  '10.0.19044.5131',
  '10.0.17763.6532',
  '10.0.17134.1304',
  '10.0.16299.2166',
];
const SKUS = ['Enterprise', 'Enterprise', 'Enterprise', 'Professional', 'Education', 'Core', ''];
const JOINS = [
  'Microsoft Entra joined',
  'Microsoft Entra joined',
  'Microsoft Entra hybrid joined',
  'Microsoft Entra registered',
  '',
];
const MANAGED = ['Intune', 'Intune', 'Co-managed', 'ConfigMgr'];
const MODELS = ['Surface Laptop 6', 'Latitude 7450', 'EliteBook 840 G10', 'ThinkPad T14 Gen 5', 'OptiPlex 7020'];
const USERS = 200_000;
const METHOD_SETS = [
  'microsoftAuthenticatorPush,email',
  'mobilePhone',
  '',
  'email',
  'mobilePhone,officePhone',
  'softwareOneTimePasscode',
];

const number = (value: number) => Math.round(value).toLocaleString('en-US');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function guid(i: number, salt: number): string {
  const hex = ((i * 2654435761 + salt) >>> 0).toString(16).padStart(8, '0');
  return `${hex}-${(i & 0xffff).toString(16).padStart(4, '0')}-4c1e-9b1a-${(i + salt).toString(16).padStart(12, '0')}`;
}

function row(i: number): string {
  // Facts spread by a multiplicative hash, so every combination occurs (as in a real tenant).
  const h = Math.imul(i + 1, 2654435761) >>> 0;
  const user = i % USERS;
  const upn = `user${user}@contoso.com`;
  const values: Record<string, string> = {
    'Device ID': guid(i, 1),
    'Device name': `PC-${String(i).padStart(7, '0')}`,
    'Enrollment date': `2025-0${(i % 9) + 1}-1${i % 10} 09:12:44.0000000`,
    'Last check-in': `2026-11-${10 + (i % 19)} 07:41:02.0000000`,
    'Azure AD Device ID': guid(i, 7),
    'OS version': VERSIONS[h % VERSIONS.length],
    'Azure AD registered': 'True',
    'Serial number': `SN${(i * 97) % 10_000_000}`,
    Manufacturer: 'Contoso Hardware',
    Model: MODELS[i % MODELS.length],
    'Total storage': '476940',
    'Free storage': String(100_000 + (i % 300_000)),
    'Management name': `user${user}_Windows_${i}`,
    UserId: guid(user, 3),
    'Primary user UPN': i % 50 === 0 ? '' : upn,
    'Primary user email address': upn,
    'Primary user display name': `User ${user}`,
    WiFiIPv4Address: `10.${i % 250}.${(i >> 8) % 250}.${i % 200}`,
    Compliance: i % 9 ? 'Compliant' : 'Noncompliant',
    'Managed by': MANAGED[(h >>> 24) % MANAGED.length],
    Ownership: i % 13 ? 'Corporate' : 'Personal',
    'Device state': 'Managed',
    'Intune registered': 'True',
    Supervised: 'False',
    Encrypted: 'True',
    OS: 'Windows',
    SkuFamily: SKUS[(h >>> 8) % SKUS.length],
    JoinType: JOINS[(h >>> 16) % JOINS.length],
    ProcessorArchitecture: 'x64',
    EnrollmentType: 'WindowsAzureADJoin',
    ManagementAgents: 'Mdm',
    IngestionSource: 'Intune',
  };
  return HEADER.map((name) => values[name] ?? '').join(',');
}

/** Writes the export once (reused while its size matches the row count asked for); not timed. */
function ensureFiles(rows: number): { devices: string; users: string } {
  const devices = join(tmpdir(), `sspr-fleet-bench-v2-${rows}.csv`);
  const users = join(tmpdir(), `sspr-fleet-bench-users-${USERS}.csv`);
  const marker = `${devices}.done`;
  if (!existsSync(marker) || !existsSync(devices)) {
    const fd = openSync(devices, 'w');
    writeSync(fd, HEADER.join(',') + '\r\n');
    for (let start = 0; start < rows; start += 10_000) {
      const lines: string[] = [];
      for (let i = start; i < Math.min(rows, start + 10_000); i++) lines.push(row(i));
      writeSync(fd, lines.join('\r\n') + '\r\n');
    }
    closeSync(fd);
    closeSync(openSync(marker, 'w'));
  }
  if (!existsSync(users)) {
    const fd = openSync(users, 'w');
    writeSync(fd, 'userPrincipalName,isAdmin,isSsprEnabled,isSsprRegistered,isSsprCapable,methodsRegistered\r\n');
    const lines: string[] = [];
    for (let u = 0; u < USERS; u++)
      lines.push(
        `user${u}@contoso.com,${u % 97 === 0 ? 'True' : 'False'},True,True,True,"${METHOD_SETS[u % METHOD_SETS.length]}"`,
      );
    writeSync(fd, lines.join('\r\n') + '\r\n');
    closeSync(fd);
  }
  return { devices, users };
}

function readSlices(path: string, push: (bytes: Uint8Array) => void): void {
  const fd = openSync(path, 'r');
  try {
    for (;;) {
      const buffer = new Uint8Array(4 * 1024 * 1024);
      const read = readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) return;
      push(buffer.subarray(0, read));
    }
  } finally {
    closeSync(fd);
  }
}

function cpuMs(before: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** In a child process: one measured run, printed as JSON on the last line. */
export function fleetBenchChild(mode: string, devices: string, users: string): void {
  const before = process.cpuUsage();
  const started = performance.now();
  if (mode === 'parse') {
    let records = 0;
    const stream = new CsvByteStream({
      label: 'bench',
      sink: { header() {}, rows: (rows) => void (records += rows.length) },
    });
    readSlices(devices, (bytes) => stream.push(bytes));
    stream.finish();
    console.log(
      JSON.stringify({
        cpuMs: cpuMs(before),
        wallMs: performance.now() - started,
        records,
        maxRssKb: process.resourceUsage().maxRSS,
      }),
    );
    return;
  }
  let usersFile = null;
  if (mode === 'full-users') {
    const chunks: Uint8Array[] = [];
    readSlices(users, (bytes) => chunks.push(bytes.slice()));
    const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
    const all = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) all.set(chunk, (at += chunk.length) - chunk.length);
    usersFile = readUsersCsv(all, 'users.csv');
  }
  const usersMs = cpuMs(before);
  const reader = devicesCsvReader({ label: 'bench.csv', users: usersFile, expectedBytes: statSync(devices).size });
  readSlices(devices, (bytes) => reader.push(bytes));
  const input = reader.finish();
  const recounter = new FleetRecounter(input, DEFAULT_FLEET_TEMPLATE);
  const evaluation = recounter.evaluate();
  const fullCpuMs = cpuMs(before) - usersMs;
  const wallMs = performance.now() - started;
  const whatIfs = [
    whatIfChange('session.kind', 'remoteDesktop', DEFAULT_FLEET_TEMPLATE),
    whatIfChange('tenant.sspr.methodsRequired', 2, DEFAULT_FLEET_TEMPLATE),
    whatIfChange('device.settings.DisableCAD', 0, DEFAULT_FLEET_TEMPLATE),
    whatIfChange('tenant.sspr.enabled', 'None', DEFAULT_FLEET_TEMPLATE),
    whatIfChange('policies.passwordReset', [], DEFAULT_FLEET_TEMPLATE),
  ];
  // A screen toggles what-ifs again and again: warm the engine up on these classes first, then time each what-if
  // three times by CPU time (the machine is shared; wall-clock time would count other programs).
  for (let round = 0; round < 3; round++) for (const change of whatIfs) recounter.evaluate([change]);
  const recountMs: number[] = [];
  let moved = 0;
  for (let round = 0; round < 3; round++)
    for (const change of whatIfs) {
      const start = process.cpuUsage();
      const after = recounter.evaluate([change]);
      recountMs.push(cpuMs(start));
      moved += after.summary.byOutcome.success;
    }
  console.log(
    JSON.stringify({
      cpuMs: fullCpuMs,
      usersMs,
      wallMs,
      rows: input.rowCount,
      classes: input.classes.length,
      byOutcome: evaluation.summary.byOutcome,
      linkShown: evaluation.summary.linkShown,
      recountMs,
      moved,
      maxRssKb: process.resourceUsage().maxRSS,
    }),
  );
}

function runChild(bundle: string, mode: string, files: { devices: string; users: string }): Record<string, unknown> {
  const result = spawnSync(process.execPath, ['--max-old-space-size=2048', bundle], {
    env: { ...process.env, SSPR_FLEET_BENCH_CHILD: `${mode}|${files.devices}|${files.users}` },
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`fleet bench child (${mode}) failed: ${result.stderr}`);
  const lines = result.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]) as Record<string, unknown>;
}

/** Runs from bench.ts (the parent); returns the printed ratio. */
export function runFleetBench(rows: number): void {
  const bundle = fileURLToPath(import.meta.url);
  let started = performance.now();
  const files = ensureFiles(rows);
  const size = statSync(files.devices).size;
  console.log(
    `Fleet: ${number(rows)}-row Intune export (${mb(size)}, ${HEADER.length} columns) and ${number(USERS)} users at ${files.devices} (ready in ${((performance.now() - started) / 1000).toFixed(1)} s; not timed)`,
  );
  // Warm the page cache for both runs alike.
  readSlices(files.devices, () => {});
  started = performance.now();
  const parse = runChild(bundle, 'parse', files) as {
    cpuMs: number;
    wallMs: number;
    records: number;
    maxRssKb: number;
  };
  const full = runChild(bundle, 'full', files) as {
    cpuMs: number;
    wallMs: number;
    rows: number;
    classes: number;
    byOutcome: Record<string, number>;
    linkShown: number;
    recountMs: number[];
    maxRssKb: number;
  };
  const withUsers = runChild(bundle, 'full-users', files) as typeof full & { usersMs: number };
  const ratio = full.cpuMs / parse.cpuMs;
  const ratioUsers = withUsers.cpuMs / parse.cpuMs;
  const recount = [...withUsers.recountMs].sort((a, b) => a - b);
  const middle = recount[Math.floor(recount.length / 2)];
  console.log(
    `  parse alone (same chunked Papa Parse reader, same decoder): ${number(parse.records)} records in ${(parse.cpuMs / 1000).toFixed(2)} s CPU (${mb(parse.maxRssKb * 1024)} peak)`,
  );
  console.log(
    `  parse + map + classes + evaluate + aggregate: ${number(full.rows)} rows, ${number(full.classes)} classes in ${(full.cpuMs / 1000).toFixed(2)} s CPU — ratio ${ratio.toFixed(2)} (target ≤ 1.5), peak memory ${mb(full.maxRssKb * 1024)} (target ≤ 1024 MB)`,
  );
  console.log(
    `  with the users file joined (${number(USERS)} users, read in ${(withUsers.usersMs / 1000).toFixed(2)} s, not in the ratio): ${number(withUsers.classes)} classes in ${(withUsers.cpuMs / 1000).toFixed(2)} s CPU — ratio ${ratioUsers.toFixed(2)}, peak memory ${mb(withUsers.maxRssKb * 1024)}`,
  );
  console.log(
    `  outcomes: ${Object.entries(withUsers.byOutcome)
      .filter(([, count]) => count > 0)
      .map(([outcome, count]) => `${outcome} ${number(count)}`)
      .join(', ')}; link shown on ${number(withUsers.linkShown)}`,
  );
  console.log(
    `  fleet what-if re-count over ${number(withUsers.rows)} rows (${number(withUsers.classes)} classes), 5 what-ifs × 3, CPU time: min ${recount[0].toFixed(1)} ms, median ${middle.toFixed(1)} ms, max ${recount[recount.length - 1].toFixed(1)} ms (target < 50 ms)`,
  );
  console.log(`  fleet benchmark took ${((performance.now() - started) / 1000).toFixed(1)} s of wall clock`);
}
