// Trainer scripts: an ordered list of slides, each a scenario + flow + step. The built-in ten-minute demo is built
// from the simulator's presets plus small changes; trainers record, save and load their own.
import { z } from 'zod';
import {
  ERAS,
  applyChanges,
  describeSyntaxError,
  evaluate,
  fileProblem,
  fixes,
  formatInputPath,
  parseScenario,
  presetById,
  problemsFromIssues,
  type EvaluateOptions,
  type InputProblem,
  type Scenario,
  type Verdict,
} from '../../../simulator/index';
import { buildFlow, verdictForFlow, type FlowKind, type StepKind } from '../device/flow';

export interface Slide {
  scenario: Scenario;
  options: EvaluateOptions;
  flow: FlowKind;
  step: StepKind;
  /** Catalogue keys of the scene title and note (built-in demo), or the trainer's own words (recorded). */
  titleKey?: string;
  noteKey?: string;
  title?: string;
  note?: string;
}

export interface TrainerScript {
  kind: 'demo' | 'recorded';
  title: string;
  slides: Slide[];
}

export const SCRIPT_FORMAT = 'sspr-preview.trainer-script';

const STEP_KINDS = [
  'lock',
  'chooseUser',
  'signIn',
  'pleaseWait',
  'somethingWentWrong',
  'loopBack',
  'signInRefused',
  'userId',
  'verify1',
  'verify2',
  'newPassword',
  'passwordRejected',
  'portalError',
  'resetDone',
  'signInNew',
  'deferred',
  'desktop',
  'pinSignIn',
  'pinPasswordFirst',
  'pinVerify',
  'pinNew',
  'pinDone',
  'pinBlocked',
  'pinFailed',
] as const satisfies readonly StepKind[];

const slideFileSchema = z.strictObject({
  scenario: z.unknown(),
  options: z
    .strictObject({
      docsAsOf: z.enum(ERAS).optional(),
      strictLicensing: z.boolean().optional(),
      fieldReports: z.boolean().optional(),
      linkAfterFailedAttempt: z.boolean().optional(),
    })
    .default({}),
  flow: z.enum(['password', 'pin']),
  step: z.enum(STEP_KINDS),
  title: z.string().max(200).optional(),
  note: z.string().max(4000).optional(),
  titleKey: z.string().max(100).optional(),
  noteKey: z.string().max(100).optional(),
});

const scriptFileSchema = z.strictObject({
  format: z.literal(SCRIPT_FORMAT),
  version: z.literal(1),
  title: z.string().max(200),
  slides: z.array(slideFileSchema).min(1).max(500),
});

export function serializeScript(script: TrainerScript): string {
  const slides = script.slides.map(({ scenario, options, flow, step, title, note, titleKey, noteKey }) => ({
    scenario,
    options,
    flow,
    step,
    ...(title !== undefined && { title }),
    ...(note !== undefined && { note }),
    ...(titleKey !== undefined && { titleKey }),
    ...(noteKey !== undefined && { noteKey }),
  }));
  return `${JSON.stringify({ format: SCRIPT_FORMAT, version: 1, title: script.title, slides }, null, 2)}\n`;
}

/**
 * A script that does not load: `problem` in English (logs, tests), `detail` the first problem with its field path and
 * structured expected/found, for the app to show in its own language.
 */
export type ScriptParseResult =
  { ok: true; script: TrainerScript } | { ok: false; problem: string; detail: InputProblem };

/** A slide's scenario problem, its path prefixed with the slide's ("slides[2].scenario.device.os.build"). */
function inSlide(index: number, problem: InputProblem): InputProblem {
  const slide = formatInputPath(['slides', index, 'scenario']);
  const path = problem.path === '(root)' ? slide : `${slide}.${problem.path}`;
  return { ...problem, path, message: `${path}: expected ${problem.expected}, found ${problem.found}` };
}

/** Reads a saved script; every slide's scenario goes through the simulator's own validation. */
export function parseScript(text: string): ScriptParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const { found, foundAs } = describeSyntaxError(text, reason);
    const [detail] = fileProblem('valid JSON', { kind: 'file', need: 'json' }, found, foundAs).problems;
    return { ok: false, problem: `not valid JSON (${reason})`, detail };
  }
  const file = scriptFileSchema.safeParse(data);
  if (!file.success) {
    const issue = file.error.issues[0];
    const [detail] = problemsFromIssues([issue], data);
    return { ok: false, problem: `${issue.path.join('.') || '(file)'}: ${issue.message}`, detail };
  }
  const slides: Slide[] = [];
  for (const [index, slide] of file.data.slides.entries()) {
    const parsed = parseScenario(slide.scenario);
    if (!parsed.ok) {
      const first = parsed.problems[0];
      return { ok: false, problem: `slides.${index}.scenario: ${first.message}`, detail: inSlide(index, first) };
    }
    slides.push({ ...slide, scenario: parsed.scenario });
  }
  return { ok: true, script: { kind: 'recorded', title: file.data.title, slides } };
}

// ---------- the built-in demo ----------

interface Scene {
  id: string;
  scenario: Scenario;
  options: EvaluateOptions;
  flow: FlowKind;
  /** Steps to leave out (the lock screen is shown once, at the start). */
  skip: StepKind[];
}

function requirePreset(id: string): { scenario: Scenario; options: EvaluateOptions } {
  const preset = presetById(id);
  if (!preset) throw new Error(`The demo script needs the built-in preset "${id}".`);
  return { scenario: preset.scenario, options: preset.options };
}

function withSession(scenario: Scenario, kind: Scenario['session']['kind'], name: string): Scenario {
  return { ...scenario, name, session: { ...scenario.session, kind } };
}

/** The smallest verified fix that makes the reset work again (falls back to a console session). */
function fixed(scenario: Scenario, options: EvaluateOptions): Scenario {
  const best = fixes(scenario, options).find((fix) => fix.outcomeAfter === 'success');
  const repaired = best ? applyChanges(scenario, best.changes) : withSession(scenario, 'console', scenario.name);
  return { ...repaired, name: `${scenario.name} (fixed)` };
}

export function demoScenes(): Scene[] {
  const seed = requirePreset('seed-2017-intune');
  const hyperV = withSession(seed.scenario, 'hyperVEnhanced', 'Seed, Hyper-V enhanced session');
  const noMethods = requirePreset('no-methods');
  const synced = requirePreset('synced-no-writeback');
  const pin = requirePreset('pin-non-destructive');
  const later: StepKind[] = ['lock'];
  return [
    { id: 'happy', ...seed, flow: 'password', skip: [] },
    {
      id: 'rdp',
      scenario: withSession(seed.scenario, 'remoteDesktop', 'Seed over Remote Desktop'),
      options: seed.options,
      flow: 'password',
      skip: later,
    },
    { id: 'hyperv', scenario: hyperV, options: seed.options, flow: 'password', skip: later },
    {
      id: 'fix',
      scenario: fixed(hyperV, seed.options),
      options: seed.options,
      flow: 'password',
      skip: ['lock', 'pleaseWait', 'userId', 'verify1', 'verify2', 'newPassword', 'resetDone', 'signInNew', 'desktop'],
    },
    { id: 'noMethods', ...noMethods, flow: 'password', skip: later },
    { id: 'synced', ...synced, flow: 'password', skip: later },
    { id: 'pin', ...pin, flow: 'pin', skip: ['lock', 'desktop'] },
  ];
}

/** Slides of one scenario's flow (used for the demo scenes and for free play of the current scenario). */
export function slidesFor(
  scenario: Scenario,
  options: EvaluateOptions,
  flow: FlowKind,
  verdict: Verdict = evaluate(scenario, options),
): Slide[] {
  return buildFlow(flow, verdictForFlow(flow, scenario, verdict), scenario).map((step) => ({
    scenario,
    options,
    flow,
    step: step.kind,
  }));
}

/**
 * The ten-minute demo: seed happy path → Remote Desktop hides the link → Hyper-V enhanced hides it → the fix →
 * no registered methods (denied) → synced user without writeback (denied) → non-destructive PIN reset.
 * The trainer's string overrides are carried into every scene.
 */
export function buildDemoScript(stringOverrides: Scenario['stringOverrides'] = {}): TrainerScript {
  const slides = demoScenes().flatMap((scene) => {
    const scenario = { ...scene.scenario, stringOverrides: { ...scene.scenario.stringOverrides, ...stringOverrides } };
    return slidesFor(scenario, scene.options, scene.flow)
      .filter((slide) => !scene.skip.includes(slide.step))
      .map((slide) => ({ ...slide, titleKey: `demo.${scene.id}.title`, noteKey: `demo.${scene.id}.note` }));
  });
  return { kind: 'demo', title: 'demo.title', slides };
}
