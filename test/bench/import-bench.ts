// `npm run bench:import`: import a 50,000-device, 50,000-user tenant through the local HTTPS peers and print the
// time and the importer's peak memory. The peers run in a child process, so the numbers are the importer's alone.
import { fork } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SnapshotStore } from '../../main/tenant/snapshot-store';
import { TenantService } from '../../main/tenant/tenant-service';
import { createTestSecretStore, TEST_CLIENT_ID } from '../peers/harness';
import { AuthorityPeer, playBrowser } from '../peers/oauth-authority';
import { GraphPeer } from '../peers/graph-server';
import { FIXTURE_TENANT_ID, TenantFixture } from '../peers/tenant-fixture';
import { createPeerCertificate } from '../peers/tls';

const DEVICES = Number(process.env.BENCH_DEVICES ?? 50_000);
const USERS = Number(process.env.BENCH_USERS ?? 50_000);
/** Graph's largest page for these collections. */
const PAGE_SIZE = 999;

interface PeerInfo {
  certificate: string;
  authorityUrl: string;
  authorityHost: string;
  authorityMetadata: string;
  cloudDiscoveryMetadata: string;
  graphOrigin: string;
}

/** Child process: serve the tenant until told to stop, then report how many requests it answered. */
async function runPeers(): Promise<void> {
  const certificate = await createPeerCertificate();
  const fixture = new TenantFixture(DEVICES, USERS);
  const authority = await AuthorityPeer.start({ certificate, tenantId: FIXTURE_TENANT_ID, clientId: TEST_CLIENT_ID });
  const graph = await GraphPeer.start({
    certificate,
    fixture,
    pageSize: PAGE_SIZE,
    acceptToken: (t) => authority.isValidAccessToken(t),
  });
  const info: PeerInfo = {
    certificate: certificate.cert,
    authorityUrl: authority.authorityUrl,
    authorityHost: authority.host,
    authorityMetadata: authority.authorityMetadata,
    cloudDiscoveryMetadata: authority.cloudDiscoveryMetadata,
    graphOrigin: graph.origin,
  };
  process.send!({ type: 'ready', info });
  process.on('message', async (message: { type: string }) => {
    if (message.type !== 'stop') return;
    process.send!({ type: 'stats', requests: graph.requests.length });
    await graph.close();
    await authority.close();
    process.exit(0);
  });
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function runBenchmark(): Promise<void> {
  const child = fork(fileURLToPath(import.meta.url), ['--peers'], {
    env: process.env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const info = await new Promise<PeerInfo>((resolve) =>
    child.once('message', (message: { info: PeerInfo }) => resolve(message.info)),
  );
  const directory = await mkdtemp(path.join(os.tmpdir(), 'sspr-bench-'));
  try {
    const service = new TenantService({
      store: new SnapshotStore(path.join(directory, 'snapshots')),
      settingsFile: path.join(directory, 'settings.json'),
      cacheFile: path.join(directory, 'cache.bin'),
      secrets: createTestSecretStore(),
      openBrowser: async (url) => {
        await playBrowser(url, info.certificate);
      },
      authority: {
        url: info.authorityUrl,
        knownAuthorities: [info.authorityHost],
        authorityMetadata: info.authorityMetadata,
        cloudDiscoveryMetadata: info.cloudDiscoveryMetadata,
      },
      graphRoot: info.graphOrigin,
      transport: { ca: info.certificate },
    });
    await service.configure({ clientId: TEST_CLIENT_ID, tenant: FIXTURE_TENANT_ID, cloud: 'global' });
    await service.signIn();

    (globalThis as { gc?: () => void }).gc?.();
    const baseline = process.memoryUsage();
    let peakRss = baseline.rss;
    let peakHeap = baseline.heapUsed;
    /** Peak heap while reading Graph, before the snapshot is serialised and written. */
    let peakHeapReading = baseline.heapUsed;
    const sampler = setInterval(() => {
      const usage = process.memoryUsage();
      peakRss = Math.max(peakRss, usage.rss);
      peakHeap = Math.max(peakHeap, usage.heapUsed);
      if (service.progress()?.phase !== 'saving') peakHeapReading = Math.max(peakHeapReading, usage.heapUsed);
    }, 25);

    const started = performance.now();
    await service.startImport();
    const progress = await service.waitForImport();
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    if (progress?.state !== 'completed' || !progress.snapshot)
      throw new Error(`Import ${progress?.state}: ${progress?.error}`);

    child.send({ type: 'stop' });
    const stats = await new Promise<{ requests: number }>((resolve) =>
      child.once('message', (message: { requests: number }) => resolve(message)),
    );
    const fileSize = (await stat(path.join(directory, 'snapshots', `${progress.snapshot.id}.json`))).size;
    const counts = progress.counts;
    console.log(
      `tenant import benchmark — ${DEVICES.toLocaleString()} devices, ${USERS.toLocaleString()} users, pages of ${PAGE_SIZE}`,
    );
    console.log(
      `  read: devices ${counts.devices}, Intune devices ${counts.managedDevices}, users ${counts.users}, registration details ${counts.userRegistrationDetails}, group members ${counts.groups}`,
    );
    console.log(`  Graph requests answered: ${stats.requests}`);
    console.log(
      `  time: ${seconds.toFixed(2)} s (${Math.round((DEVICES + USERS) / seconds).toLocaleString()} devices+users per second), including the atomic save`,
    );
    console.log(
      `  peak memory of the importer: heap ${mb(peakHeap)} (baseline ${mb(baseline.heapUsed)}), RSS ${mb(peakRss)} (baseline ${mb(baseline.rss)})`,
    );
    console.log(`  peak heap while reading Graph (before serialising the snapshot): ${mb(peakHeapReading)}`);
    console.log(
      `  snapshot on disk: ${mb(fileSize)}; heap growth over baseline = ${(((peakHeap - baseline.heapUsed) / fileSize) * 1).toFixed(2)} × the snapshot's size`,
    );
  } finally {
    child.kill();
    await rm(directory, { recursive: true, force: true });
  }
}

if (process.argv.includes('--peers')) await runPeers();
else await runBenchmark();
