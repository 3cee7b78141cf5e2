import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateBuilderConfig } from '../../security/validate-builder-config.mjs';
import { tempDirs } from './temp-dirs';

const makeTempDir = tempDirs();

const root = fileURLToPath(new URL('../../..', import.meta.url));
const configFile = path.join(root, 'electron-builder.yml');

type Target = string | { target: string };
const targetNames = (targets: Target[]) => targets.map((entry) => (typeof entry === 'string' ? entry : entry.target));

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation (offline)", async () => {
    await expect(validateBuilderConfig(configFile)).resolves.toBeTypeOf('object');
  });

  it('rejects an unknown key, so the validation is real', async () => {
    const dir = makeTempDir('sspr-builder-');
    const broken = path.join(dir, 'electron-builder.yml');
    writeFileSync(broken, `${readFileSync(configFile, 'utf8')}\nbogusKey: true\n`);
    await expect(validateBuilderConfig(broken)).rejects.toThrow(/bogusKey/);
  });

  it('packs the app into asar with every fuse hardened', async () => {
    const config = await validateBuilderConfig(configFile);
    expect(config).toMatchObject({
      appId: expect.stringMatching(/^[a-z0-9.]+$/),
      productName: 'SSPR Preview',
      asar: true,
      npmRebuild: false,
    });
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
  });

  it('ships only the built bundles and package.json, without source maps', async () => {
    const files = (await validateBuilderConfig(configFile)).files as string[];
    expect(files.filter((pattern) => !pattern.startsWith('!')).sort()).toEqual(
      ['dist/main/**/*', 'dist/preload/**/*', 'dist/renderer/**/*', 'package.json'].sort(),
    );
    expect(files).toContain('!**/*.map');
  });

  it('targets nsis + portable on Windows, dmg on macOS, AppImage + deb on Linux', async () => {
    const config = (await validateBuilderConfig(configFile)) as Record<string, { target: Target[] }>;
    expect(targetNames(config.win.target)).toEqual(['nsis', 'portable']);
    expect(targetNames(config.mac.target)).toEqual(['dmg']);
    expect(targetNames(config.linux.target)).toEqual(['AppImage', 'deb']);
  });

  it('points package.json "main" at the bundled main process it packs', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.main).toBe('dist/main/main.cjs');
    for (const renderOnly of ['react', 'react-dom', '@fluentui/react-components', 'zustand', 'i18next']) {
      expect(pkg.dependencies?.[renderOnly], `${renderOnly} must stay a devDependency`).toBeUndefined();
    }
  });
});
