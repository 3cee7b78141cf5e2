// What "Export › Sign-in screen (PNG)" captures: the simulated screen itself, without the device's control strip.

/** Id given to the simulated device's screen element. */
export const PREVIEW_SCREEN_ID = 'sspr-preview-screen';

/**
 * The screen element; in the sign-in box view (the screen drawn larger than its box, part of it clipped) the
 * visible box instead, so a capture of the element's rectangle never takes in the app around it. The whole
 * preview frame while the device is still loading.
 */
export function findCaptureTarget(root: Document = document): HTMLElement | null {
  const screen = root.getElementById(PREVIEW_SCREEN_ID);
  const stage = screen?.closest<HTMLElement>('.sd-stage');
  if (stage && screen?.closest('[data-zoom="signInBox"]')) return stage;
  return screen ?? root.querySelector<HTMLElement>('[data-capture="preview"]');
}
