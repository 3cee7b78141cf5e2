// Every catalogue rule fires in a scenario built for it and stays silent in its near miss; the catalogue covers every rule ID.
import { describe, expect, it } from 'vitest';
import { RULES, RULE_IDS, ruleById } from '../../../simulator/index';
import { RULE_CASES } from './rule-cases';
import { firedEntry, verdictOf } from './scenarios';

/** Every rule ID of the rule specification, copied by hand (R-BASELINE became a rule in revision 2). */
const SPEC_RULE_IDS = `
  R-OS R-VERSION R-EDITION R-JOIN R-POLICY R-POLICY-SRC R-POLICY-TYPE R-MDM R-ASSIGN R-ASSIGN-MIX R-SESSION-RDP
  R-SESSION-HV R-NOLOCK R-PWLESS
  R-LSNOTIF R-FUS R-DDLU R-APPX R-LOST R-SHELL R-SMARTCARD R-UAC R-3PCP R-8021X R-NET R-PROXY R-AV R-TEMPACCT R-CAD
  R-COMBO R-W11-LOCKED R-SYSPREP
  R-SSPR-NONE R-SSPR-SCOPE R-LICENSE R-REG R-METHODS R-APPONLY R-ADMIN R-ADMIN-OFF R-WRITEBACK R-ONPREM R-ONPREM-CONN
  R-CLOUDPW R-THROTTLE R-MSA-GUEST R-HYBRID-DC R-UNLOCK
  R-L-INSTALL R-L-OS R-L-TLS R-L-NET R-L-MULTICP R-L-LOG
  P-LINK P-SSPR-LIMITS P-MODE P-NONDESTR P-POLICY-SRC P-EDITION P-JOIN P-HYB-KEY P-HYB-DC P-HYB-PW P-FED P-GOV P-W11
  R-SSPR-NOPOLICY R-CLOUD-COMMIT R-SLOW P-MSA R-SECURE-ASSESS
  P-MSA-LOCK R-ADMIN-LIC R-LICENSE-TRIAL R-LOGONRIGHT P-SCRIL R-DU-PILE R-DU-CLEANUP R-PWLESS-DDLU R-EXCLCP
  R-WSI-DEFAULT R-CLOUDPC P-PASSKEY R-BASELINE
`
  .trim()
  .split(/\s+/);

/** Option rules that follow a reading of the docs rather than a documented row: the link after a failed attempt, and field reports. */
const READING_ONLY_IDS = ['R-AFTER-FAILURE', 'R-FIELD-REBOOT', 'R-FIELD-LOCKIMAGE', 'R-FIELD-DESKTOPSWITCH'];
/** Intune's documented handling of conflicting configuration settings (tenant import, issue 17). */
const CONFLICT_IDS = ['R-POLICY-CONFLICT', 'P-POLICY-CONFLICT'];

describe('rule catalogue', () => {
  it('has exactly the rule IDs of the specification, plus the option rules', () => {
    expect(new Set(SPEC_RULE_IDS).size).toBe(SPEC_RULE_IDS.length);
    expect([...RULE_IDS].sort()).toEqual([...SPEC_RULE_IDS, ...READING_ONLY_IDS, ...CONFLICT_IDS].sort());
  });

  it('says for every option rule which reading (and so which option) it follows', () => {
    for (const id of READING_ONLY_IDS) expect(ruleById(id)?.reading, id).toMatch(/Off by default|field-reports option/);
  });

  it('has unique keys, a message and at least one source per entry', () => {
    expect(new Set(RULES.map((entry) => entry.key)).size).toBe(RULES.length);
    for (const entry of RULES) {
      expect(entry.message.length, entry.key).toBeGreaterThan(0);
      expect(entry.sources.length, entry.key).toBeGreaterThan(0);
      expect(entry.messageKey).toBe(`rule.${entry.key}`);
    }
  });

  it('dates every rule: first documented (or null when no document states it), field reports where one exists', () => {
    const date = /^\d{4}(-\d{2}(-\d{2})?)?$/;
    for (const entry of RULES) {
      expect(entry.firstDocumented, entry.key).not.toBeUndefined();
      const marks = [entry.firstDocumented, entry.firstFieldReport].filter((mark) => mark != null);
      for (const mark of marks) {
        expect(mark!.source.length, entry.key).toBeGreaterThan(0);
        if (mark!.date !== undefined) expect(mark!.date, entry.key).toMatch(date);
        if (mark!.notBefore !== undefined) expect(mark!.notBefore < mark!.date!, entry.key).toBe(true);
      }
      // Undocumented rules are field reports: they name one and are tagged unofficial.
      if (entry.firstDocumented === null) {
        expect(entry.firstFieldReport, entry.key).toBeDefined();
        expect(entry.unofficial, entry.key).toBe(true);
      }
    }
  });

  it('has one firing scenario and one near miss for every rule key', () => {
    const covered = RULE_CASES.map((entry) => entry.key);
    expect(new Set(covered).size).toBe(covered.length);
    expect([...covered].sort()).toEqual(RULES.map((entry) => entry.key).sort());
  });
});

describe.each(RULE_CASES)('$key', (ruleCase) => {
  const rule = RULES.find((entry) => entry.key === ruleCase.key)!;

  it(`fires (${ruleCase.effect})`, () => {
    const verdict = verdictOf(ruleCase.fires, ruleCase.options);
    const fired = firedEntry(verdict, rule);
    expect(fired, `fired: ${verdict.fired.map((entry) => entry.id).join(', ')}`).toBeDefined();
    expect(fired!.id).toBe(rule.id);
    expect(fired!.effect).toBe(ruleCase.effect);
    expect(fired!.target).toBe(ruleCase.target ?? 'password');
    if (ruleCase.outcome) expect(verdict.outcome).toBe(ruleCase.outcome);
    if (ruleCase.pinOutcome) expect(verdict.pinOutcome).toBe(ruleCase.pinOutcome);
    if (ruleCase.effect === 'HIDE' && ruleCase.target !== 'pin') expect(verdict.passwordLink).toBe('no');
    if (verdict.outcome !== 'undecided' && verdict.outcome !== 'success')
      expect(verdict.deciding.length).toBeGreaterThan(0);
  });

  it('does not fire in the near miss', () => {
    const verdict = verdictOf(ruleCase.missesBy, ruleCase.options);
    expect(firedEntry(verdict, rule)).toBeUndefined();
    expect(verdict.undecided.map((entry) => entry.id)).not.toContain(rule.id);
  });
});

describe('P-LINK reads the credential provider', () => {
  // P-LINK: "WHfB PIN exists; PIN provider selected (via Sign-in options)" → "I forgot my PIN".
  // The scenario models the choice as session.credentialProvider ("Credential provider picked under Sign-in options
  // (P-LINK)").
  it('no "I forgot my PIN" link while the password provider is selected', () => {
    const verdict = verdictOf({ session: { credentialProvider: 'password' }, user: { pin: { hasPin: true } } });
    expect(verdict.fired.map((entry) => entry.id)).not.toContain('P-LINK');
    expect(verdict.pinLink).toBe('no');
  });

  it('the PIN link with the PIN provider selected', () => {
    const verdict = verdictOf({ session: { credentialProvider: 'pin' }, user: { pin: { hasPin: true } } });
    expect(verdict.fired.map((entry) => entry.id)).toContain('P-LINK');
    expect(verdict.pinLink).toBe('yes');
  });
});
