// The en-US and nl-NL catalogues must have the same keys, cover every rule of the simulator, and the Dutch one
// must never fall back to (or copy) the English text.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../simulator/index';
import { enUS } from '../../../renderer/i18n/en-US';
import { nlNL } from '../../../renderer/i18n/nl-NL';
import { catalogueText, flattenKeys, initI18n, screenText, textStatus } from '../../../renderer/i18n/index';

/** Keys whose Dutch text is rightly the same as the English one, with the reason. */
const SAME_IN_DUTCH: Record<string, string> = {
  'screen.ok': 'Windows uses "OK" in Dutch too',
  'device.portalAddress': 'a host name',
  'device.canReset': 'dsregcmd output is not translated',
  'header.help': 'Microsoft\'s nl-NL menus say "Help" too',
  'nav.start': 'Microsoft\'s nl-NL admin centers say "Start" too',
  'nav.tenant': 'Microsoft\'s nl-NL term is "Tenant"',
  'intuneProfile.type': 'the Dutch word is "Type" too',
  'tenantSettings.cloud': 'the Dutch word is "Cloud" too',
  'tenantSettings.azureUsGovernment': 'a product name',
  'commands.scenario': 'the Dutch word is "scenario" too',
  'preset.home-edition.title': 'a product name (Windows 11 Home)',
};

/** Words Microsoft's nl-NL admin centers write exactly as in English. */
const SAME_WORDS = new Set(['Tenant', 'Cloud', 'Help', 'Start', 'Type', 'Status', 'Proxy', 'scenario']);

/**
 * Same text in both languages on purpose: listed keys, product names (licences, trials excepted), the words above,
 * and texts with no words at all (only placeholders, numbers or symbols).
 */
function sameInDutch(key: string): boolean {
  const text = en.get(key) ?? '';
  return (
    key in SAME_IN_DUTCH ||
    (key.startsWith('labels.licence.') && !key.endsWith('Trial')) ||
    SAME_WORDS.has(text) ||
    !/[A-Za-z]{2,}/.test(text.replace(/\{\{[^}]+\}\}/g, ''))
  );
}

function leaves(catalogue: object): Map<string, string> {
  const map = new Map<string, string>();
  for (const key of flattenKeys(catalogue)) {
    // flattenKeys splits rule keys on no dots (rule IDs have none), so look each one up directly
    map.set(key, catalogueText(catalogue === enUS ? 'en-US' : 'nl-NL', key) ?? '');
  }
  return map;
}

const en = leaves(enUS);
const nl = leaves(nlNL);

describe('catalogues', () => {
  it('have exactly the same keys in en-US and nl-NL', () => {
    const missingInNl = [...en.keys()].filter((key) => !nl.has(key));
    const missingInEn = [...nl.keys()].filter((key) => !en.has(key));
    expect(missingInNl).toEqual([]);
    expect(missingInEn).toEqual([]);
  });

  it('translate the message of every rule in the simulator catalogue, in both languages', () => {
    const ruleKeys = RULES.map((rule) => rule.messageKey);
    expect(ruleKeys.length).toBeGreaterThan(50);
    expect(ruleKeys.filter((key) => !en.has(key))).toEqual([]);
    expect(ruleKeys.filter((key) => !nl.has(key))).toEqual([]);
    for (const rule of RULES) expect(en.get(rule.messageKey)).toBe(rule.message);
  });

  it('have no empty texts', () => {
    expect([...en].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
    expect([...nl].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it('never show English in nl-NL (no text identical to en-US unless listed with a reason)', () => {
    const identical = [...nl].filter(([key, text]) => text === en.get(key) && !sameInDutch(key)).map(([key]) => key);
    expect(identical).toEqual([]);
  });

  it('use the same {{placeholders}} in both languages', () => {
    const placeholders = (text: string) =>
      [...text.matchAll(/\{\{(\w+)(?:,[^}]*)?\}\}/g)].map((match) => match[1]).sort();
    const mismatched = [...en].filter(
      ([key, text]) => placeholders(text).join() !== placeholders(nl.get(key) ?? '').join(),
    );
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it('resolve every key through i18next in nl-NL without falling back to English', () => {
    const i18n = initI18n('nl-NL');
    const t = i18n.getFixedT('nl-NL');
    const fellBack = [...nl.keys()].filter((key) => {
      const shown = t(key, {
        code: 'SSPR_0014',
        count: 3,
        current: 1,
        total: 2,
        value: 'x',
        list: 'x',
        language: 'x',
        title: 'x',
        fields: 'x',
        problem: 'x',
      });
      return shown === key || (shown === en.get(key) && !sameInDutch(key));
    });
    expect(fellBack).toEqual([]);
  });
});

describe('screen text status (strings.md)', () => {
  it('marks the human-translated Dutch sign-in texts as verified and the portal texts as unverified', () => {
    expect(textStatus('nl-NL', 'screen.resetPassword')).toBe('human-nl');
    expect(textStatus('nl-NL', 'screen.forgotPassword')).toBe('unverified');
    expect(textStatus('nl-NL', 'portal.title')).toBe('unverified');
    expect(textStatus('en-US', 'portal.title')).toBe('doc');
    expect(textStatus('en-US', 'screen.passwordPlaceholder')).toBe('unverified');
    expect(textStatus('en-US', 'trainer.next')).toBe('app');
  });
});

describe('screen text status keys', () => {
  it('name only keys that exist in the catalogues', async () => {
    const source = await import('node:fs').then((fs) =>
      fs.readFileSync(new URL('../../../renderer/i18n/status.ts', import.meta.url), 'utf8'),
    );
    const listed = [...source.matchAll(/'((?:screen|portal|pin|legacy)\.[\w.]+)'/g)].map((match) => match[1]);
    expect(listed.length).toBeGreaterThan(30);
    expect(listed.filter((key) => !en.has(key))).toEqual([]);
  });
});

describe('trainer overrides', () => {
  it('replace a text in one language only, and keep {{placeholders}} working', () => {
    const overrides = {
      'nl-NL:screen.resetPassword': 'Wachtwoord resetten',
      'nl-NL:portal.errorCode': 'Code {{code}}',
    };
    const dutch = screenText('nl-NL', overrides);
    const english = screenText('en-US', overrides);
    expect(dutch('screen.resetPassword')).toBe('Wachtwoord resetten');
    expect(dutch('portal.errorCode', { code: 'SSPR_0010' })).toBe('Code SSPR_0010');
    expect(english('screen.resetPassword')).toBe('Reset password');
    expect(dutch('screen.signInOptions')).toBe('Aanmeldingsopties');
  });
});
