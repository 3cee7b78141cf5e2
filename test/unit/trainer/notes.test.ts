// Speaker notes: the point of the step, the rule demonstrated in the slide's language, and which on-screen texts
// are unverified (strings.md) or overridden by the trainer.
import { describe, expect, it } from 'vitest';
import { evaluate, presetById } from '../../../simulator/index';
import { screenText } from '../../../renderer/i18n/index';
import { buildFlow } from '../../../renderer/features/device/flow';
import { speakerNotes, stepTextKeys } from '../../../renderer/features/trainer/notes';
import type { Slide } from '../../../renderer/features/trainer/script';

function notesAt(
  presetId: string,
  stepKind: string,
  language: 'en-US' | 'nl-NL',
  overrides: Record<string, string> = {},
) {
  const preset = presetById(presetId)!;
  const scenario = { ...preset.scenario, stringOverrides: overrides };
  const verdict = evaluate(scenario, preset.options);
  const step = buildFlow('password', verdict, scenario).find((candidate) => candidate.kind === stepKind)!;
  const slide: Slide = { scenario, options: preset.options, flow: 'password', step: step.kind };
  return speakerNotes(slide, step, verdict, language, screenText(language, overrides));
}

describe('speaker notes', () => {
  it('name the deciding rule with its Dutch message on the screen where the user meets it', () => {
    const notes = notesAt('remote-desktop', 'signIn', 'nl-NL');
    expect(notes.rules).toEqual([{ id: 'R-SESSION-RDP', message: 'Niet ondersteund via Extern bureaublad.' }]);
    expect(notes.lines.join(' ')).toContain('De koppeling wordt niet getoond.');
  });

  it('flag the unverified Dutch portal texts that are on screen, and only those', () => {
    const notes = notesAt('no-methods', 'portalError', 'nl-NL');
    expect(notes.unverified).toContain('\u201cWe kunnen uw account niet verifiëren.\u201d');
    expect(notes.unverified).toContain('\u201cFoutcode: SSPR_0014\u201d');
    expect(notes.unverified.join()).not.toContain('Uw account is niet ingeschakeld');
  });

  it('do not flag texts quoted in the docs (en-US) or from human-translated pages (nl-NL)', () => {
    expect(notesAt('happy-path', 'signIn', 'en-US').unverified).toEqual(['\u201cPassword\u201d']);
    expect(notesAt('happy-path', 'signIn', 'nl-NL').unverified).toEqual(['\u201cWachtwoord\u201d']);
  });

  it("report a trainer's override instead of flagging it as unverified", () => {
    const notes = notesAt('happy-path', 'signIn', 'nl-NL', { 'nl-NL:screen.passwordPlaceholder': 'Uw wachtwoord' });
    expect(notes.unverified).toEqual([]);
    expect(notes.overridden).toEqual(['\u201cUw wachtwoord\u201d']);
  });

  it('list the verification methods offered on the verification step', () => {
    const preset = presetById('happy-path')!;
    const verdict = evaluate(preset.scenario, preset.options);
    const step = buildFlow('password', verdict, preset.scenario).find((candidate) => candidate.kind === 'verify1')!;
    const keys = stepTextKeys(step, verdict);
    expect(keys).toEqual(expect.arrayContaining(verdict.verification.map((option) => `portal.${option.key}`)));
  });
});
