// Provenance of the simulated-screen texts (strings.md). Everything drawn inside the Windows chrome that is not
// quoted in a Microsoft doc (en-US) or taken from a human-translated Microsoft page (nl-NL) counts as unverified,
// and the trainer's speaker notes flag it.
import type { Language } from './languages';

/** Catalogue sections that hold texts drawn inside the simulated Windows screens. */
export const SCREEN_SECTIONS = ['screen', 'portal', 'pin', 'legacy'] as const;

const EN_DOC = new Set([
  'screen.resetPassword',
  'screen.forgotPassword',
  'screen.forgotPin',
  'screen.signInOptions',
  'screen.otherUser',
  'screen.somethingWentWrong',
  'screen.pinPageBlocked',
  'portal.title',
  'portal.userId',
  'portal.verificationStep1',
  'portal.verificationStep2',
  'portal.method.email',
  'portal.method.sms',
  'portal.method.call',
  'portal.method.office',
  'portal.method.questions',
  'portal.method.appNotify',
  'portal.method.appCode',
  'portal.action.email',
  'portal.action.sms',
  'portal.action.call',
  'portal.action.office',
  'portal.action.appNotify',
  'portal.next',
  'portal.finish',
  'portal.newPassword',
  'portal.strengthHint',
  'portal.cloudCommitLag',
  'portal.contactAdmin',
  'portal.pleaseContactAdmin',
  'portal.notEnabled',
  'portal.adminNotEnabledYou',
  'portal.couldNotVerify',
  'portal.mailSender',
]);

const NL_HUMAN = new Set(['screen.resetPassword', 'screen.forgotPin', 'screen.signInOptions', 'screen.otherUser']);

export type TextStatus = 'doc' | 'human-nl' | 'unverified' | 'app';

export function isScreenKey(key: string): boolean {
  return SCREEN_SECTIONS.some((section) => key.startsWith(`${section}.`));
}

export function textStatus(language: Language, key: string): TextStatus {
  if (!isScreenKey(key)) return 'app';
  if (language === 'en-US') return EN_DOC.has(key) ? 'doc' : 'unverified';
  return NL_HUMAN.has(key) ? 'human-nl' : 'unverified';
}
