// What the user sees: the steps up to where the flow stops, and the verification options offered.
import type { Method, Scenario } from '../model/scenario';
import { METHODS, UNKNOWN } from '../model/scenario';
import { PHONE_CALL, PHONE_TEXT, type Derived } from './derive';
import type { FlowStep, Outcome, VerificationOption } from './types';

const ALL_STEPS: Record<FlowStep['id'], Omit<FlowStep, 'id'>> = {
  lockScreen: { title: 'Lock screen', detail: 'The user dismisses the lock screen (click or key).' },
  signIn: {
    title: 'Sign-in screen',
    detail: 'User tile selected; the Reset password link sits under the password box.',
  },
  pleaseWait: {
    title: 'Please wait',
    detail: 'Windows starts the temporary defaultuser1 session and opens passwordreset.microsoftonline.com.',
  },
  userId: { title: 'Get back into your account', detail: 'The user confirms the user ID and selects Next.' },
  verify1: { title: 'Verification step 1', detail: 'One registered, enabled method.' },
  verify2: { title: 'Verification step 2', detail: 'A second, different method (two are required).' },
  newPassword: { title: 'Create a new password', detail: 'Enter and confirm the new password, then Next.' },
  done: { title: 'Your password has been reset', detail: 'Finish; a notification email may follow.' },
  signInNew: { title: 'Sign in with the new password', detail: 'Back at the sign-in screen with the new password.' },
};

function steps(ids: FlowStep['id'][]): readonly FlowStep[] {
  return Object.freeze(ids.map((id) => Object.freeze({ id, ...ALL_STEPS[id] })));
}

// Shared, frozen step lists: verdicts reference them instead of rebuilding them on every evaluation.
const UNTIL_SIGN_IN = Object.freeze([
  steps(['lockScreen'])[0],
  Object.freeze({
    id: 'signIn' as const,
    title: 'Sign-in screen',
    detail: 'User tile selected; no Reset password link is drawn under the password box.',
  }),
]);
const UNDECIDED_SIGN_IN = Object.freeze([
  steps(['lockScreen'])[0],
  Object.freeze({
    id: 'signIn' as const,
    title: 'Sign-in screen',
    detail: 'Whether the Reset password link is drawn, or the reset completes, depends on inputs that are unknown.',
  }),
]);
const UNTIL_WAIT = steps(['lockScreen', 'signIn', 'pleaseWait']);
const UNTIL_USER_ID = steps(['lockScreen', 'signIn', 'pleaseWait', 'userId']);
const ONE_METHOD = steps([
  'lockScreen',
  'signIn',
  'pleaseWait',
  'userId',
  'verify1',
  'newPassword',
  'done',
  'signInNew',
]);
const TWO_METHODS = steps([
  'lockScreen',
  'signIn',
  'pleaseWait',
  'userId',
  'verify1',
  'verify2',
  'newPassword',
  'done',
  'signInNew',
]);

export function buildSteps(
  outcome: Outcome,
  optionCount: number,
  required: 1 | 2 | typeof UNKNOWN,
): readonly FlowStep[] {
  switch (outcome) {
    case 'hidden':
      return UNTIL_SIGN_IN;
    case 'undecided':
      return UNDECIDED_SIGN_IN;
    case 'fails':
      return UNTIL_WAIT;
    case 'denied':
      return UNTIL_USER_ID;
    default:
      return required === 2 && optionCount > 0 ? TWO_METHODS : ONE_METHOD;
  }
}

/** Screen order of the verification methods: email, text, call, office, questions, app notification, app code. */
const METHOD_OPTIONS: { method: Method; key: VerificationOption['key'] }[] = [
  { method: 'email', key: 'method.email' },
  { method: 'mobilePhone', key: 'method.sms' },
  { method: 'mobilePhone', key: 'method.call' },
  { method: 'officePhone', key: 'method.office' },
  { method: 'securityQuestions', key: 'method.questions' },
  { method: 'mobileAppNotification', key: 'method.appNotify' },
  { method: 'mobileAppCode', key: 'method.appCode' },
];

const NONE: readonly VerificationOption[] = Object.freeze([]);
/**
 * Option lists built on first use, keyed by the usable-method mask, plus 64 for the code-only case and 128 × the
 * mobile phone's channels (text 1, call 2).
 */
const optionsByMask: (readonly VerificationOption[] | undefined)[] = [];

export function verificationOptions(scenario: Scenario, d: Derived): readonly VerificationOption[] {
  const usable = d.usableMethods;
  if (usable === UNKNOWN) return NONE;
  // HOW §Mobile app and SSPR: under the legacy policy with one method required, the app offers a code only.
  const codeOnly = scenario.tenant.sspr.methodsPolicyMigrated === false && d.methodsRequired === 1;
  const channels = d.phoneChannels;
  const key = d.usableMask + (codeOnly ? 1 << METHODS.length : 0) + (channels << (METHODS.length + 1));
  let options = optionsByMask[key];
  if (!options) {
    options = Object.freeze(
      METHOD_OPTIONS.filter(
        (option) =>
          usable.includes(option.method) &&
          !(codeOnly && option.key === 'method.appNotify') &&
          !(option.key === 'method.sms' && (channels & PHONE_TEXT) === 0) &&
          !(option.key === 'method.call' && (channels & PHONE_CALL) === 0),
      ),
    );
    optionsByMask[key] = options;
  }
  return options;
}
