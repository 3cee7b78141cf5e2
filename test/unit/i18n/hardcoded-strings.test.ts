// Every text a person reads in the renderer goes through i18next: this scans renderer/**/*.ts(x) for prose written
// straight into JSX text, visible props (label, title, placeholder, aria-label…), option labels and notifications.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findHardcodedTexts, looksLikeProse } from './hardcoded';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Texts that are not prose in any language: product and brand names, setting names, sample values. */
const NOT_PROSE = new Map<string, string>([
  ['SSPR Preview', 'the product name'],
  ['Windows 10', 'product name, the same in Dutch'],
  ['Windows 11', 'product name, the same in Dutch'],
  ['Windows 8.1', 'product name'],
  ['Windows 8', 'product name'],
  ['Windows 7', 'product name'],
  ['Windows 7 / 8 / 8.1', 'product names'],
  ['Windows 10 / Windows 11', 'product names (the look toggles)'],
  ['sts.contoso.com', 'a sample host name'],
  ['true', 'a Graph property value, shown as Graph spells it (allowedToUseSSPR)'],
  ['false', 'a Graph property value, shown as Graph spells it (allowedToUseSSPR)'],
]);

/** Files that draw the simulated Windows screens use the fixed-language screen texts (t from useScreenText). */
function rendererFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(path);
    }
  };
  walk(join(root, 'renderer'));
  return files
    .map((file) => relative(root, file).split(sep).join('/'))
    .filter((file) => !file.startsWith('renderer/i18n/') && file !== 'renderer/vite.config.ts');
}

describe('hard-coded user-visible text in the renderer', () => {
  it('finds none: every label, title, message and JSX text comes from the catalogues', () => {
    const files = rendererFiles();
    expect(files.length).toBeGreaterThan(50);
    const found = files
      .flatMap((file) => findHardcodedTexts(file, readFileSync(join(root, file), 'utf8')))
      .filter((hit) => !NOT_PROSE.has(hit.text))
      .map((hit) => `${hit.file}:${hit.line} [${hit.where}] ${hit.text}`);
    expect(found).toEqual([]);
  });
});

describe('the scanner', () => {
  const scan = (source: string) => findHardcodedTexts('x.tsx', source).map((hit) => `${hit.where} ${hit.text}`);

  it('flags JSX text, visible props, option labels, template literals and notifications', () => {
    expect(scan('const a = <Button>Open file</Button>;')).toEqual(['JSX text Open file']);
    expect(scan('const a = <Input placeholder="Type a name" />;')).toEqual(['placeholder= Type a name']);
    expect(scan("const a = <Button aria-label={'Close dialog'} />;")).toEqual(['aria-label= Close dialog']);
    expect(scan('const a = <Tooltip content={`Undo ${x}`} />;')).toEqual(['content= Undo']);
    expect(scan("const o = [{ value: 'a', label: 'Remote Desktop' }];")).toEqual(['label: Remote Desktop']);
    expect(scan("notify('error', `Export failed: ${e}`);")).toEqual(['notify() Export failed:']);
    expect(scan("window.confirm('Discard changes?');")).toEqual(['confirm() Discard changes?']);
    expect(scan("const a = <b>{ok ? 'Saved' : 'Not saved'}</b>;")).toEqual(['JSX text Saved / Not saved']);
  });

  it('leaves translated text, identifiers, codes, shortcuts and test ids alone', () => {
    expect(scan("const a = <Button>{t('header.open')}</Button>;")).toEqual([]);
    expect(scan('const a = <Badge>{rule.id}</Badge>;')).toEqual([]);
    expect(scan('const a = <MenuItem secondaryContent="Ctrl+Shift+S" data-testid="menu-save-as" />;')).toEqual([]);
    expect(scan('const a = <Field label="AllowAadPasswordReset" />;')).toEqual([]);
    expect(scan('const a = <span>· {name} — 1 · 2</span>;')).toEqual([]);
    expect(looksLikeProse('https://aka.ms/ssprsetup')).toBe(false);
    expect(looksLikeProse('R-SESSION-RDP')).toBe(false);
    expect(looksLikeProse('SSPR_0014')).toBe(false);
    expect(looksLikeProse('Reset password')).toBe(true);
  });
});
