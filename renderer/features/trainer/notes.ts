// Speaker notes for a slide: the scene's point, what the step shows, the rule being demonstrated, and which of the
// texts on screen are not yet checked against a real screen or are overridden by the trainer.
import type { Verdict } from '../../../simulator/index';
import { overrideKey, textStatus, type Language, type ScreenText } from '../../i18n/index';
import { buildFlow, refusalKey, type DeviceStep, type StepKind } from '../device/flow';
import { errorMessageKeys, rejectionKey } from '../device/portal-texts';
import type { Slide } from './script';

/** Catalogue keys drawn inside the Windows chrome on each step (what the unverified flags look at). */
const STEP_TEXTS: Record<StepKind, string[]> = {
  lock: [],
  chooseUser: ['legacy.chooseUser', 'screen.otherUser'],
  signIn: ['screen.passwordPlaceholder', 'screen.resetPassword', 'screen.signInOptions', 'screen.otherUser'],
  loopBack: ['screen.passwordPlaceholder', 'screen.resetPassword', 'screen.signInOptions'],
  pleaseWait: ['screen.pleaseWait'],
  somethingWentWrong: ['screen.somethingWentWrong'],
  signInRefused: ['screen.ok'],
  userId: [
    'portal.title',
    'portal.whoAreYou',
    'portal.whoAreYouHint',
    'portal.userId',
    'portal.userIdExample',
    'portal.next',
    'portal.cancel',
  ],
  verify1: ['portal.title', 'portal.verificationStep1', 'portal.chooseNewPassword', 'portal.chooseMethod'],
  verify2: ['portal.title', 'portal.verificationStep2', 'portal.chooseNewPassword', 'portal.chooseMethod'],
  newPassword: [
    'portal.newPassword',
    'portal.enterNewPassword',
    'portal.confirmNewPassword',
    'portal.strengthHint',
    // The live password checks are the simulator's note, drawn outside the Windows chrome: not on-screen text.
  ],
  passwordRejected: ['portal.newPassword', 'portal.enterNewPassword', 'portal.confirmNewPassword'],
  portalError: ['portal.title', 'portal.contactAdmin', 'portal.errorCode'],
  resetDone: ['portal.resetDone', 'portal.resetDoneDetail', 'portal.finish'],
  signInNew: ['screen.passwordPlaceholder'],
  deferred: ['screen.incorrectPassword', 'screen.ok'],
  desktop: ['screen.welcome'],
  pinSignIn: ['screen.pinPlaceholder', 'screen.forgotPin', 'screen.signInOptions'],
  pinPasswordFirst: ['pin.passwordFirst', 'screen.passwordPlaceholder'],
  pinVerify: ['pin.verifyTitle'],
  pinNew: ['pin.setUpPin', 'pin.setUpPinHint', 'pin.newPin', 'pin.confirmPin', 'pin.includeLetters'],
  pinDone: ['pin.doneTitle', 'pin.continue'],
  pinBlocked: ['screen.pinPageBlocked'],
  pinFailed: [],
};

const LEGACY_SIGN_IN = ['screen.passwordPlaceholder', 'screen.forgotPassword', 'legacy.switchUser'];

export interface DemonstratedRule {
  id: string;
  message: string;
}

export interface SpeakerNotes {
  lines: string[];
  rules: DemonstratedRule[];
  /** What stops the flow at its last step, when that is not the step shown (empty when the flow goes through). */
  atFlowEnd: DemonstratedRule[];
  unverified: string[];
  overridden: string[];
}

function methodKeys(verdict: Verdict): string[] {
  return verdict.verification.map((option) => `portal.${option.key}`);
}

export function stepTextKeys(step: DeviceStep, verdict: Verdict): string[] {
  if (verdict.legacy && (step.kind === 'signIn' || step.kind === 'loopBack')) return LEGACY_SIGN_IN;
  const keys = STEP_TEXTS[step.kind];
  switch (step.kind) {
    case 'verify1':
    case 'verify2':
    case 'pinVerify':
      return [...keys, ...methodKeys(verdict)];
    case 'portalError':
      return [...keys, ...errorMessageKeys(verdict.errorCode)];
    case 'passwordRejected':
      return [...keys, rejectionKey(step.rules)];
    case 'signInRefused':
      return [refusalKey(step.rules), ...keys];
    case 'pinDone':
      return [...keys, verdict.pin.mode === 'nonDestructive' ? 'pin.doneNonDestructive' : 'pin.doneDestructive'];
    case 'signIn':
    case 'loopBack':
      if (step.kind === 'signIn' && verdict.fired.some((rule) => rule.key === 'R-WSI-DEFAULT/selected'))
        return ['screen.webSignIn', 'screen.signInOptions', 'screen.optionWebSignIn', 'screen.otherUser'];
      return verdict.passwordLink === 'no' ? keys.filter((key) => key !== 'screen.resetPassword') : keys;
    case 'pinSignIn':
      return verdict.pinLink === 'no' ? keys.filter((key) => key !== 'screen.forgotPin') : keys;
    case 'pinFailed':
      return [
        step.rules.some((id) => id === 'P-HYB-DC' || id === 'P-HYB-KEY')
          ? 'pin.connectNetwork'
          : 'screen.somethingWentWrong',
      ];
    default:
      return keys;
  }
}

/** Rule messages in the slide's language; a split rule ("R-LICENSE/user") is translated by its own key. */
export function demonstratedRules(step: DeviceStep, verdict: Verdict, t: ScreenText): DemonstratedRule[] {
  const ids = step.rules.length > 0 ? step.rules : [];
  return ids.map((id) => {
    const fired = verdict.fired.find((rule) => rule.id === id) ?? verdict.undecided.find((rule) => rule.id === id);
    const key = fired && 'messageKey' in fired ? fired.messageKey : `rule.${id}`;
    return { id, message: t(key) };
  });
}

function stepLines(step: DeviceStep, verdict: Verdict, slide: Slide, t: ScreenText): string[] {
  switch (step.kind) {
    case 'pleaseWait':
      return [t('notes.defaultUser')];
    case 'verify1':
    case 'verify2':
    case 'pinVerify':
      return [t('notes.verification')];
    case 'newPassword':
    case 'passwordRejected':
      return slide.scenario.tenant.sspr.onPremises.writebackEnabled === true &&
        slide.scenario.user.authentication !== 'cloudOnly'
        ? [t('notes.passwordRules'), t('notes.passwordRulesOnPrem')]
        : [t('notes.passwordRules')];
    case 'pinDone':
      return [verdict.pin.mode === 'nonDestructive' ? t('notes.pinNonDestructive') : t('notes.pinDestructive')];
    case 'chooseUser':
      return [t('notes.legacy')];
    default:
      return [];
  }
}

export function speakerNotes(
  slide: Slide,
  step: DeviceStep,
  verdict: Verdict,
  language: Language,
  t: ScreenText,
): SpeakerNotes {
  const lines: string[] = [];
  if (slide.noteKey) lines.push(t(slide.noteKey));
  if (slide.note) lines.push(slide.note);
  const outcome = step.flow === 'pin' ? verdict.pinOutcome : verdict.outcome;
  lines.push(t(`notes.${outcome}`));
  lines.push(...stepLines(step, verdict, slide, t));
  const keys = stepTextKeys(step, verdict);
  const overrides = slide.scenario.stringOverrides;
  const overridden = keys.filter((key) => overrides[overrideKey(language, key)]);
  const unverified = keys.filter((key) => textStatus(language, key) === 'unverified' && !overridden.includes(key));
  const quote = (key: string) => `\u201c${t(key, { code: verdict.errorCode ?? '' })}\u201d`;
  const steps = buildFlow(step.flow, verdict, slide.scenario);
  const last = steps[steps.length - 1];
  return {
    lines,
    rules: demonstratedRules(step, verdict, t),
    atFlowEnd: last.kind === step.kind ? [] : demonstratedRules(last, verdict, t),
    unverified: unverified.map(quote),
    overridden: overridden.map((key) => `\u201c${overrides[overrideKey(language, key)]}\u201d`),
  };
}
