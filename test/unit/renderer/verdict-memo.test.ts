import { describe, expect, it } from 'vitest';
import { fixesFor, verdictFor } from '../../../renderer/store/verdict';
import { DEFAULT_SCENARIO, evaluate } from '../../../simulator/index';
import { setAt } from '../../../renderer/store/paths';

describe('derived verdict', () => {
  it('is computed once per scenario/options identity', () => {
    const options = { docsAsOf: 'current' as const };
    const first = verdictFor(DEFAULT_SCENARIO, options);
    expect(verdictFor(DEFAULT_SCENARIO, options)).toBe(first);
    expect(first).toEqual(evaluate(DEFAULT_SCENARIO, options));
    const rdp = setAt(DEFAULT_SCENARIO, 'session.kind', 'remoteDesktop');
    const second = verdictFor(rdp, options);
    expect(second).not.toBe(first);
    expect(second.passwordLink).toBe('no');
    expect(second.fired.map((rule) => rule.id)).toContain('R-SESSION-RDP');
  });

  it('offers a fix that brings the link back over Remote Desktop', () => {
    const rdp = setAt(DEFAULT_SCENARIO, 'session.kind', 'remoteDesktop');
    const fixes = fixesFor(rdp, {});
    expect(fixes.some((fix) => fix.clears.includes('R-SESSION-RDP') && fix.outcomeAfter === 'success')).toBe(true);
  });
});
