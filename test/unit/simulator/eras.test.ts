// "Docs as of" eras and the evaluation options.
import { describe, expect, it } from 'vitest';
import { ERAS, ruleById, type Era } from '../../../simulator/index';
import { merge } from './rule-cases';
import { firedEntry, firedIds, verdictOf, windows10, type Partial } from './scenarios';

const withBuild = (build: number, extra: Partial = {}) =>
  merge(
    {
      device: { os: build >= 22000 ? { family: 'windows11', build, ubr: 0, edition: 'Enterprise' } : windows10(build) },
    },
    extra,
  );
const cadRequired = (build: number) => withBuild(build, { device: { settings: { DisableCAD: 0 } } });
const cadEffect = (build: number, era: Era) =>
  verdictOf(cadRequired(build), { docsAsOf: era }).fired.find((entry) => entry.id === 'R-CAD')?.effect ?? 'none';

describe('R-VERSION by era', () => {
  it('allows 1709 (16299) under the Nov 2017 docs only', () => {
    for (const era of ERAS) {
      const ids = firedIds(verdictOf(withBuild(16299), { docsAsOf: era }));
      if (era === '2017-11') expect(ids, era).not.toContain('R-VERSION');
      else expect(ids, era).toContain('R-VERSION');
    }
  });

  it('hides the link below 1709 even under the Nov 2017 docs', () => {
    expect(firedIds(verdictOf(withBuild(15063), { docsAsOf: '2017-11' }))).toContain('R-VERSION');
  });
});

describe('R-JOIN by era', () => {
  it('hides the link on hybrid joined devices under the Nov 2017 docs only (hybrid added Jul 2018)', () => {
    for (const era of ERAS) {
      const verdict = verdictOf(withBuild(17134, { device: { joinState: 'hybridJoined' } }), { docsAsOf: era });
      if (era === '2017-11') {
        expect(firedIds(verdict), era).toContain('R-JOIN');
        expect(verdict.passwordLink).toBe('no');
      } else expect(firedIds(verdict), era).not.toContain('R-JOIN');
    }
  });

  it('accepts Entra joined devices in every era', () => {
    for (const era of ERAS)
      expect(firedIds(verdictOf(withBuild(17134), { docsAsOf: era })), era).not.toContain('R-JOIN');
  });
});

describe('R-CAD by era (A-4)', () => {
  const table: { era: Era; build: number; effect: string }[] = [
    { era: '2017-11', build: 16299, effect: 'none' },
    { era: '2017-11', build: 26100, effect: 'none' },
    { era: '2018-07', build: 17134, effect: 'FAIL' },
    { era: '2018-07', build: 26100, effect: 'FAIL' },
    { era: '2019-02', build: 17134, effect: 'FAIL' },
    { era: '2019-02', build: 17763, effect: 'WARN' },
    { era: '2019-07', build: 17134, effect: 'FAIL' },
    { era: '2019-07', build: 17763, effect: 'WARN' },
    // no stored 2020 revision says "v1909"; the 2020 text still reads "before v1809".
    { era: '2020-07', build: 17134, effect: 'FAIL' },
    { era: '2020-07', build: 17763, effect: 'WARN' },
    { era: '2020-07', build: 18363, effect: 'WARN' },
    { era: '2021-02', build: 19045, effect: 'FAIL' },
    { era: '2021-02', build: 22000, effect: 'WARN' },
    { era: '2022-02', build: 19045, effect: 'FAIL' },
    { era: '2023-09', build: 17134, effect: 'WARN' },
    { era: '2023-09', build: 19045, effect: 'WARN' },
    { era: 'current', build: 17134, effect: 'WARN' },
    { era: 'current', build: 26100, effect: 'WARN' },
  ];
  it.each(table)('$era, build $build: $effect', ({ era, build, effect }) => {
    expect(cadEffect(build, era)).toBe(effect);
    const outcome = verdictOf(cadRequired(build), { docsAsOf: era }).outcome;
    // 16299 is below the minimum after 2017; elsewhere the Ctrl+Alt+Del line alone decides.
    if (build >= 17134) expect(outcome).toBe(effect === 'FAIL' ? 'fails' : 'success');
  });

  it('never fires when Ctrl+Alt+Del is not required', () => {
    for (const era of ERAS) {
      const ids = firedIds(verdictOf(withBuild(17134, { device: { settings: { DisableCAD: 1 } } }), { docsAsOf: era }));
      expect(ids, era).not.toContain('R-CAD');
    }
  });
});

describe('R-COMBO by doc revision (A-5, A-15)', () => {
  // Ctrl+Alt+Del required and lock-screen notifications off, plus the third item of the era's form.
  const combo = (build: number, extra: Partial = {}) =>
    merge(withBuild(build, { device: { settings: { DisableCAD: 0, DisableLockScreenAppNotifications: 1 } } }), extra);
  const comboEntry = (partial: Partial, era: Era) =>
    verdictOf(partial, { docsAsOf: era }).fired.find((entry) => entry.id === 'R-COMBO');
  const fires = (partial: Partial, era: Era) => comboEntry(partial, era) !== undefined;
  const edition = (name: string) => ({ device: { os: { edition: name } } });
  const contentDelivery = (value: 0 | 1) => ({ device: { settings: { IsContentDeliveryPolicyEnforced: value } } });

  it('Jul 2019: IsContentDeliveryPolicyEnforced = 1 on any supported build (1809 included)', () => {
    expect(fires(combo(17763, contentDelivery(1)), '2019-07')).toBe(true);
    expect(fires(combo(19045, contentDelivery(1)), '2019-07')).toBe(true);
    expect(fires(combo(17763, contentDelivery(0)), '2019-07')).toBe(false);
    expect(comboEntry(combo(17763, contentDelivery(1)), '2019-07')?.key).toBe('R-COMBO/2019');
  });

  it("the issue's case: 1809, Ctrl+Alt+Del required, notifications off, ICDPE = 1 under the July 2019 rules", () => {
    const verdict = verdictOf(combo(17763, contentDelivery(1)), { docsAsOf: '2019-07' });
    const ids = firedIds(verdict);
    expect(ids).toEqual(expect.arrayContaining(['R-LSNOTIF', 'R-CAD', 'R-COMBO']));
    expect(verdict.outcome).toBe('fails');
    // R-COMBO is a secondary finding: R-LSNOTIF decides.
    expect(verdict.deciding).toContain('R-LSNOTIF');
    expect(verdict.deciding).not.toContain('R-COMBO');
    expect(verdict.fired.find((entry) => entry.id === 'R-COMBO')?.secondary).toBe(true);
  });

  it.each(['2020-07', '2021-02'] as Era[])('%s: edition is not Home or Pro, any supported build', (era) => {
    expect(fires(combo(19041, edition('Enterprise')), era)).toBe(true);
    expect(fires(combo(17134, edition('Education')), era)).toBe(true);
    expect(fires(combo(19041, edition('Pro')), era)).toBe(false);
    expect(fires(combo(19041, edition('Home')), era)).toBe(false);
  });

  it('Feb 2022: Home edition, any build', () => {
    expect(fires(combo(19044, edition('Home')), '2022-02')).toBe(true);
    expect(fires(combo(19044, edition('Enterprise')), '2022-02')).toBe(false);
  });

  it.each(['2023-09', 'current'] as Era[])('%s: Home edition and build ≤ 16299 ("1710 and earlier")', (era) => {
    expect(fires(combo(16299, edition('Home')), era)).toBe(true);
    expect(fires(combo(17134, edition('Home')), era)).toBe(false);
    expect(fires(combo(16299, edition('Enterprise')), era)).toBe(false);
  });

  it('does not exist before Jul 2019', () => {
    for (const era of ['2017-11', '2018-07', '2019-02'] as Era[]) {
      expect(fires(combo(17763, merge(edition('Enterprise'), contentDelivery(1))), era), era).toBe(false);
      expect(fires(combo(16299, edition('Home')), era), era).toBe(false);
    }
  });

  it('is never the only deciding rule in any era: R-LSNOTIF fires with it', () => {
    for (const era of ERAS) {
      for (const partial of [combo(17763, contentDelivery(1)), combo(19041), combo(16299, edition('Home'))]) {
        const verdict = verdictOf(partial, { docsAsOf: era });
        if (!firedIds(verdict).includes('R-COMBO')) continue;
        expect(firedIds(verdict), era).toContain('R-LSNOTIF');
        expect(verdict.deciding, era).not.toContain('R-COMBO');
      }
    }
  });
});

describe('options', () => {
  const userLicence = ruleById('R-LICENSE/user')!;
  const unlicensedUser = { user: { licences: [] } };

  it('strictLicensing turns the user-licence R-LICENSE into a DENY', () => {
    const lenient = verdictOf(unlicensedUser);
    expect(firedEntry(lenient, userLicence)?.effect).toBe('WARN');
    expect(lenient.outcome).toBe('success');
    const strict = verdictOf(unlicensedUser, { strictLicensing: true });
    expect(firedEntry(strict, userLicence)?.effect).toBe('DENY');
    expect(strict.outcome).toBe('denied');
    expect(strict.errorCode).toBe('SSPR_0012');
    expect(strict.passwordLink).toBe('yes');
  });

  it('fieldReports enables R-SECURE-ASSESS and the R-FIELD-* rules', () => {
    const fieldInputs = {
      device: {
        settings: {
          secureAssessmentProfile: true,
          restartedSinceLastSignOut: true,
          customLockScreenImage: true,
          DelayedDesktopSwitchTimeout: 1,
        },
      },
    };
    const fieldIds = ['R-SECURE-ASSESS', 'R-FIELD-REBOOT', 'R-FIELD-LOCKIMAGE', 'R-FIELD-DESKTOPSWITCH'];
    const off = verdictOf(fieldInputs);
    for (const id of fieldIds) expect(firedIds(off), id).not.toContain(id);
    expect(off.outcome).toBe('success');
    const on = verdictOf(fieldInputs, { fieldReports: true });
    for (const id of fieldIds) expect(firedIds(on), id).toContain(id);
    expect(on.outcome).toBe('hidden');
    expect(on.fired.filter((entry) => fieldIds.includes(entry.id)).every((entry) => entry.unofficial)).toBe(true);
  });

  it('linkAfterFailedAttempt hides the link until session.failedAttempts > 0', () => {
    const option = { linkAfterFailedAttempt: true };
    expect(verdictOf({ session: { failedAttempts: 0 } }).passwordLink).toBe('yes');
    expect(verdictOf({ session: { failedAttempts: 0 } }, option).passwordLink).toBe('no');
    expect(verdictOf({ session: { failedAttempts: 1 } }, option).passwordLink).toBe('yes');
    expect(verdictOf({ session: { failedAttempts: 3 } }, option).outcome).toBe('success');
  });

  it('reports the resolved options on the verdict', () => {
    expect(verdictOf({}).options).toEqual({
      docsAsOf: 'current',
      strictLicensing: false,
      fieldReports: false,
      linkAfterFailedAttempt: false,
    });
  });
});
