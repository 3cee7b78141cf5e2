// The packaged app only: the fuses flipped in its binary are the ones electron-builder.yml asks for, read back with
// @electron/fuses (electronjs.org/docs/latest/tutorial/fuses).
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { validateBuilderConfig } from '../security/validate-builder-config.mjs';
import { isPackaged } from './launch';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** electron-builder's electronFuses keys → the fuse each one sets. */
/** The fuse wire's bytes: '1' and '0' (@electron/fuses' FuseState, which its index does not re-export). */
const ENABLED = 49;
const DISABLED = 48;

const FUSE_OF: Record<string, FuseV1Options> = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  loadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
};

test('the packaged binary carries the fuses electron-builder.yml asks for', async () => {
  test.skip(!isPackaged, 'fuses are flipped at package time: this check runs against the packaged app only');
  const config = (await validateBuilderConfig(`${root}electron-builder.yml`)) as {
    electronFuses: Record<string, boolean>;
  };
  const wire = await getCurrentFuseWire(process.env.SSPR_ELECTRON_RESOLVED as string);
  for (const [key, wanted] of Object.entries(config.electronFuses)) {
    const fuse = FUSE_OF[key];
    expect(fuse, `electron-builder.yml fuse ${key} is known to this test`).toBeDefined();
    expect(wire[fuse], key).toBe(wanted ? ENABLED : DISABLED);
  }
});
