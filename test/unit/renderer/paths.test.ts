import { describe, expect, it } from 'vitest';
import { getAt, parsePath, setAt } from '../../../renderer/store/paths';
import { DEFAULT_SCENARIO } from '../../../simulator/index';

describe('scenario paths', () => {
  it('reads bracket and dotted array indices alike', () => {
    expect(parsePath('policies.passwordReset[0].value')).toEqual(['policies', 'passwordReset', 0, 'value']);
    expect(parsePath('policies.passwordReset.0.value')).toEqual(['policies', 'passwordReset', 0, 'value']);
    expect(getAt(DEFAULT_SCENARIO, 'policies.passwordReset[0].kind')).toBe('settingsCatalog');
    expect(getAt(DEFAULT_SCENARIO, 'device.os.nothing.deeper')).toBeUndefined();
  });

  it('writes immutably and keeps untouched branches', () => {
    const next = setAt(DEFAULT_SCENARIO, 'session.kind', 'remoteDesktop');
    expect(next.session.kind).toBe('remoteDesktop');
    expect(DEFAULT_SCENARIO.session.kind).toBe('console');
    expect(next.device).toBe(DEFAULT_SCENARIO.device);
    expect(next.tenant).toBe(DEFAULT_SCENARIO.tenant);
  });

  it('copies arrays it writes into', () => {
    const next = setAt(DEFAULT_SCENARIO, 'policies.passwordReset[0].value', 0);
    expect(next.policies.passwordReset).not.toBe(DEFAULT_SCENARIO.policies.passwordReset);
    expect(Array.isArray(next.policies.passwordReset)).toBe(true);
    expect(next.policies.passwordReset[0].value).toBe(0);
    expect(DEFAULT_SCENARIO.policies.passwordReset[0].value).toBe(1);
  });

  it('returns the same root when the value does not change', () => {
    expect(setAt(DEFAULT_SCENARIO, 'session.kind', 'console')).toBe(DEFAULT_SCENARIO);
  });
});
