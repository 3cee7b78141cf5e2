// Saving and loading a recorded trainer script.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../../simulator/index';
import {
  buildDemoScript,
  parseScript,
  serializeScript,
  SCRIPT_FORMAT,
  type TrainerScript,
} from '../../../renderer/features/trainer/script';

const recorded: TrainerScript = {
  kind: 'recorded',
  title: 'Helpdesk training',
  slides: [
    {
      scenario: DEFAULT_SCENARIO,
      options: { docsAsOf: 'current' },
      flow: 'password',
      step: 'signIn',
      title: 'Start',
      note: 'Point at the link.',
    },
    {
      scenario: { ...DEFAULT_SCENARIO, session: { ...DEFAULT_SCENARIO.session, kind: 'remoteDesktop' } },
      options: {},
      flow: 'password',
      step: 'signIn',
      title: 'RDP',
    },
  ],
};

describe('trainer script files', () => {
  it('round-trip a recorded script', () => {
    const result = parseScript(serializeScript(recorded));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.script.title).toBe('Helpdesk training');
    expect(result.script.slides).toHaveLength(2);
    expect(result.script.slides[0]).toMatchObject({
      step: 'signIn',
      flow: 'password',
      title: 'Start',
      note: 'Point at the link.',
    });
    expect(result.script.slides[1].scenario.session.kind).toBe('remoteDesktop');
  });

  it('round-trip the built-in demo', () => {
    const demo = buildDemoScript();
    const result = parseScript(serializeScript(demo));
    expect(result.ok && result.script.slides.map((slide) => slide.step)).toEqual(
      demo.slides.map((slide) => slide.step),
    );
  });

  it('reject text that is not JSON', () => {
    const result = parseScript('{ nope');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(/not valid JSON/);
  });

  it('reject a file of another kind', () => {
    const result = parseScript(JSON.stringify({ format: 'something-else', version: 1, title: 'x', slides: [] }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(/^format/);
  });

  it('reject an unknown step, naming where it is', () => {
    const text = JSON.stringify({
      format: SCRIPT_FORMAT,
      version: 1,
      title: 'x',
      slides: [{ scenario: {}, flow: 'password', step: 'teleport' }],
    });
    const result = parseScript(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(/^slides\.0\.step/);
  });

  it("reject a slide whose scenario fails the simulator's validation, with the field path", () => {
    const text = JSON.stringify({
      format: SCRIPT_FORMAT,
      version: 1,
      title: 'x',
      slides: [{ scenario: { session: { kind: 'teleport' } }, flow: 'password', step: 'signIn' }],
    });
    const result = parseScript(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(/^slides\.0\.scenario: .*session\.kind/);
  });
});
