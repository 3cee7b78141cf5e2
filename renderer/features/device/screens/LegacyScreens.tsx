// Windows 7 / 8.1 with the SSPR add-in (the add-in for Windows 7, 8 and 8.1): the user tiles first; Forgot password? appears after a user
// is chosen (drawn by the sign-in screen in its legacy look).
import { Avatar, Backdrop, CornerButtons, type ScreenContext } from './common';

export function ChooseUserScreen({ ctx, onChoose }: { ctx: ScreenContext; onChoose(): void }) {
  return (
    <div className="sd-layer" data-testid="device-choose-user">
      <Backdrop ctx={ctx} blurred={false} />
      <div className="sd-title">{ctx.t('legacy.chooseUser')}</div>
      <div className="sd-tiles">
        <button type="button" className="sd-tile" onClick={onChoose} data-testid="device-user-tile">
          <Avatar />
          <span>{ctx.scenario.user.displayName}</span>
        </button>
        <button type="button" className="sd-tile" tabIndex={-1}>
          <Avatar />
          <span>{ctx.t('screen.otherUser')}</span>
        </button>
      </div>
      <CornerButtons ctx={ctx} />
    </div>
  );
}
