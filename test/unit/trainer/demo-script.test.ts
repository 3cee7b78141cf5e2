// The built-in ten-minute demo: every scene shows what the issue promises, and it is built from the presets.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../simulator/index';
import { buildDemoScript, demoScenes } from '../../../renderer/features/trainer/script';

const scenes = demoScenes();
const verdicts = new Map(scenes.map((scene) => [scene.id, evaluate(scene.scenario, scene.options)]));

describe('ten-minute demo', () => {
  it('runs the scenes in the order of the issue', () => {
    expect(scenes.map((scene) => scene.id)).toEqual(['happy', 'rdp', 'hyperv', 'fix', 'noMethods', 'synced', 'pin']);
  });

  it('starts with the seed happy path, which resets', () => {
    expect(verdicts.get('happy')?.outcome).toBe('success');
    expect(verdicts.get('happy')?.passwordLink).toBe('yes');
  });

  it('hides the link over Remote Desktop and in a Hyper-V enhanced session', () => {
    expect(verdicts.get('rdp')?.passwordLink).toBe('no');
    expect(verdicts.get('rdp')?.deciding).toContain('R-SESSION-RDP');
    expect(verdicts.get('hyperv')?.passwordLink).toBe('no');
    expect(verdicts.get('hyperv')?.deciding).toContain('R-SESSION-HV');
  });

  it('applies a verified fix that brings the link back', () => {
    const fix = scenes.find((scene) => scene.id === 'fix');
    expect(verdicts.get('fix')?.outcome).toBe('success');
    expect(fix?.scenario.session.kind).not.toBe('hyperVEnhanced');
  });

  it('denies a user without registered methods and a synced user without writeback, with their codes', () => {
    expect(verdicts.get('noMethods')?.outcome).toBe('denied');
    expect(verdicts.get('noMethods')?.errorCode).toBe('SSPR_0014');
    expect(verdicts.get('synced')?.outcome).toBe('denied');
    expect(verdicts.get('synced')?.errorCode).toBe('SSPR_0010');
  });

  it('ends with a non-destructive PIN reset', () => {
    expect(verdicts.get('pin')?.pinOutcome).toBe('success');
    expect(verdicts.get('pin')?.pin.mode).toBe('nonDestructive');
  });

  it('turns the scenes into slides: the full walk first, the error pages, and the PIN dialogs', () => {
    const script = buildDemoScript();
    const steps = script.slides.map((slide) => slide.step);
    expect(steps.slice(0, 9)).toEqual([
      'lock',
      'signIn',
      'pleaseWait',
      'userId',
      'verify1',
      'newPassword',
      'resetDone',
      'signInNew',
      'desktop',
    ]);
    expect(steps.filter((step) => step === 'portalError')).toHaveLength(2);
    expect(steps.slice(-4)).toEqual(['pinSignIn', 'pinVerify', 'pinNew', 'pinDone']);
    expect(
      script.slides.every((slide) => slide.titleKey?.startsWith('demo.') && slide.noteKey?.startsWith('demo.')),
    ).toBe(true);
    // roughly ten minutes at 20–30 seconds a slide
    expect(script.slides.length).toBeGreaterThanOrEqual(20);
    expect(script.slides.length).toBeLessThanOrEqual(35);
  });

  it("carries the trainer's screen-text overrides into every scene", () => {
    const script = buildDemoScript({ 'nl-NL:screen.resetPassword': 'Wachtwoord resetten' });
    expect(
      script.slides.every(
        (slide) => slide.scenario.stringOverrides['nl-NL:screen.resetPassword'] === 'Wachtwoord resetten',
      ),
    ).toBe(true);
  });
});
