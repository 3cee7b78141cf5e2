// What "Export › Sign-in screen (PNG)" captures: the simulated screen itself, without the device's control strip.

/** Id given to the simulated device's screen element. */
export const PREVIEW_SCREEN_ID = 'sspr-preview-screen';

/** The screen element, or the whole preview frame while the device is still loading. */
export function findCaptureTarget(root: Document = document): HTMLElement | null {
  return root.getElementById(PREVIEW_SCREEN_ID) ?? root.querySelector<HTMLElement>('[data-capture="preview"]');
}
