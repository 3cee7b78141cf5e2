// What part of the 1280×720 simulated screen the admin pane shows. The pane is about 460 px wide at 1440×900, so
// the whole screen would be drawn at a third of its size (the Reset password link about 5 px tall); the sign-in box
// view draws the part where the user acts, so its text reads at 11 px or more.
import type { StepKind } from './flow';

export type PreviewZoom = 'signInBox' | 'screen';

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const SCREEN_WIDTH = 1280;
export const SCREEN_HEIGHT = 720;

const WHOLE_SCREEN: Region = { x: 0, y: 0, width: SCREEN_WIDTH, height: SCREEN_HEIGHT };
/** The sign-in column of both looks and of the add-in: picture, name, password box, the links and sign-in options. */
const SIGN_IN_BOX: Region = { x: 380, y: 110, width: 520, height: 420 };
/** The reset web dialog (760 px wide) and the Windows Hello dialogs, centred, in the same proportions. */
const DIALOG: Region = { x: 240, y: 37, width: 800, height: 646 };

/** The stage's aspect ratio in the sign-in box view (so it keeps its size from step to step). */
export const ZOOM_ASPECT = SIGN_IN_BOX.width / SIGN_IN_BOX.height;

const SIGN_IN_STEPS: ReadonlySet<StepKind> = new Set([
  'chooseUser',
  'signIn',
  'loopBack',
  'signInRefused',
  'signInNew',
  'pinSignIn',
  'pinPasswordFirst',
]);

export function zoomRegion(zoom: PreviewZoom, step: StepKind): Region {
  if (zoom === 'screen' || step === 'lock') return WHOLE_SCREEN;
  return SIGN_IN_STEPS.has(step) ? SIGN_IN_BOX : DIALOG;
}

/** Scale and offset that fit `region` of the screen into `box`, centred (letterboxed if the shapes differ). */
export function fitRegion(region: Region, box: { width: number; height: number }) {
  const scale = Math.min(box.width / region.width, box.height / region.height);
  return {
    scale,
    x: (box.width - region.width * scale) / 2 - region.x * scale,
    y: (box.height - region.height * scale) / 2 - region.y * scale,
  };
}
