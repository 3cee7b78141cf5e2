// Dated revisions of the Microsoft documents the rules cite (ms.date, or the PR date where a PR changed the text).
// Rules point at these in `firstDocumented`; field reports carry their own dates.
import type { DocMark } from './types';

const mark = (source: string, date: string, notBefore?: string): DocMark =>
  Object.freeze(notBefore ? { source, date, notBefore } : { source, date });

export const DOC = {
  /** active-directory-passwords-getting-started.md (quick start). */
  QS17: mark('QS17', '2017-10-24'),
  /** active-directory-passwords-login.md: the first page on reset at the Windows 10 sign-in screen. */
  L17: mark('L17', '2017-11-16'),
  /** "Reset password at sign-in" for end users. */
  UH18: mark('UH18', '2018-01-11'),
  /** IntuneDocs device-windows-pin-reset.md. */
  INT18: mark('INT18', '2018-03-07'),
  /** tutorial-sspr-windows.md, July 2018. */
  T18: mark('T18', '2018-07-11'),
  /** tutorial-sspr-windows.md, February 2019. */
  T19: mark('T19', '2019-02-01'),
  /** howto-sspr-windows.md, July 2019 (merged with the Windows 7/8/8.1 add-in). */
  W19a: mark('W19a', '2019-07-11'),
  /** hello-feature-pin-reset.md, September 2019. */
  PIN19: mark('PIN19', '2019-09-09'),
  /** Two stored revisions bracket it: not in the 11/22/2019 one, present in the 03/27/2020 one. */
  W20early: mark('W20', '2020-03-27', '2019-11-22'),
  /** active-directory-passwords-update-your-own-password.md, January 2020. */
  UH20: mark('UH20', '2020-01-15'),
  /** howto-sspr-windows.md, July 2020. */
  W20: mark('W20', '2020-07-17'),
  /** azure-docs PR #69522: Ctrl+Alt+Del on any Windows 10, limits shared with the PIN reset. */
  GH69522: mark('GH#69522', '2021-01-26'),
  /** Present in the August 2021 translation, not in the March 2021 one. */
  mid2021: mark('W20', '2021-08', '2021-03'),
  /** hello-feature-pin-reset.md, May 2021. */
  PIN21: mark('PIN21', '2021-05-03'),
  /** azure-docs PR #87326. */
  GH87326: mark('GH#87326', '2022-02'),
  /** hello-feature-pin-reset.md, July 2023. */
  PIN23: mark('PIN23', '2023-07-03'),
  /** passwordless-experience/index.md. */
  PWL: mark('PWL', '2023-09-11'),
  /** howto-sspr-windows.md, September 2023. */
  W23: mark('W23', '2023-09-14'),
  /** concept-sspr-howitworks.md. */
  HOW: mark('HOW', '2023-09-14'),
  /** web-sign-in/index.md. */
  WSI: mark('WSI', '2023-12-11'),
  /** hello-for-business/pin-reset.md. */
  PIN: mark('PIN', '2024-04-23'),
  /** tutorial-enable-sspr.md. */
  TUT: mark('TUT', '2024-04-29'),
  /** concept-sspr-licensing.md. */
  LIC: mark('LIC', '2025-01-06'),
  /** policy-csp-authentication.md. */
  CSP: mark('CSP', '2025-02-13'),
  /** entra-docs howto-sspr-windows.md (current). */
  W25: mark('W25', '2025-03-04'),
  /** concept-sspr-policy.md. */
  POL: mark('POL', '2025-05-15'),
  /** troubleshoot-sspr.md. */
  TS: mark('TS', '2025-06-06'),
  /** entra-docs passkeys on Windows (preview). */
  PASSKEYS: mark('entra-docs passkeys on Windows', '2026-02-18'),
  /** memdocs device-profile-assign.md. */
  ASG: mark('ASG', '2026-02-10'),
  /** Intune's common questions on device profiles: conflicting configuration settings are resolved by hand. */
  CONFLICT: mark('CONFLICT', '2022-06-16'),
} as const;

/** A field report (GitHub issue or Q&A thread); `date` only where it is known. */
export const field = (source: string, date?: string): DocMark => Object.freeze(date ? { source, date } : { source });
