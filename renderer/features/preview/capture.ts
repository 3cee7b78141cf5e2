// What "Export › Sign-in screen (PNG)" captures: the simulated screen itself, without the device's control strip.

/** Id given to the simulated device's screen element. */
export const PREVIEW_SCREEN_ID = 'sspr-preview-screen';

/** The screen element, or the whole preview frame while the device is still loading. */
export function findCaptureTarget(root: Document = document): HTMLElement | null {
  return root.getElementById(PREVIEW_SCREEN_ID) ?? root.querySelector<HTMLElement>('[data-capture="preview"]');
}

/**
 * The part of the element the window shows: in the sign-in box view the screen is drawn larger than its box and
 * clipped, so a window capture of its whole rectangle would take in the app around it.
 */
export function visibleBox(element: HTMLElement): DOMRect {
  const box = element.getBoundingClientRect();
  const stage = element.closest<HTMLElement>('.sd-stage')?.getBoundingClientRect();
  if (!stage) return box;
  const left = Math.max(box.left, stage.left);
  const top = Math.max(box.top, stage.top);
  const right = Math.min(box.right, stage.right);
  const bottom = Math.min(box.bottom, stage.bottom);
  return new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
}
