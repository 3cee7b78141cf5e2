// Lock screen and sign-in screen of the Windows 10 and Windows 11 looks (as Windows draws them). The screen is laid out
// at 1280×720 logical pixels and scaled to fit, so proportions are the same in the admin pane and on a projector.
export const SCREEN_CSS = `
.sd-root { all: initial; display: block; position: relative; width: 100%; min-height: 0; }
.sd-root.sd-fill { height: 100%; }
.sd-root *, .sd-root *::before, .sd-root *::after { box-sizing: border-box; }
.sd-fit { position: absolute; inset: 0; overflow: hidden; display: flex; align-items: center; justify-content: center; }
.sd-screen {
  --sd-font: "Segoe UI Variable", "Segoe UI", Selawik, "Open Sans", "Noto Sans", sans-serif;
  --sd-accent: #0078d4;
  position: relative; width: 1280px; height: 720px; flex: none; overflow: hidden;
  font-family: var(--sd-font); color: #fff; background: #0b1d3a; transform-origin: center center;
  -webkit-font-smoothing: antialiased; user-select: none; line-height: 1.3;
}
.sd-w11 { --sd-accent: #4cc2ff; }
.sd-bg, .sd-bg-blur { position: absolute; inset: 0; background-size: cover; background-position: center; }
.sd-bg-blur { inset: -40px; filter: blur(26px) saturate(1.1); transform: scale(1.04); }
.sd-w11 .sd-bg-blur { filter: blur(40px) saturate(1.25); }
.sd-shade { position: absolute; inset: 0; background: rgba(0, 12, 32, 0.32); }
.sd-w11 .sd-shade { background: rgba(10, 20, 50, 0.22); }
.sd-layer { position: absolute; inset: 0; }
.sd-screen button { font: inherit; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; }
.sd-screen :focus { outline: none; }
.sd-screen :focus-visible { outline: 2px solid #fff; outline-offset: 2px; box-shadow: 0 0 0 4px rgba(0, 0, 0, 0.55); }

/* ---------- lock screen ---------- */
.sd-lock { position: absolute; inset: 0; cursor: pointer; transition: transform 420ms cubic-bezier(0.2, 0.7, 0.2, 1); }
.sd-lock.sd-leaving { transform: translateY(-100%); }
.sd-clock { position: absolute; text-shadow: 0 1px 12px rgba(0, 0, 0, 0.35); }
.sd-w10 .sd-clock { left: 48px; bottom: 64px; }
.sd-w10 .sd-time { font-size: 118px; font-weight: 200; letter-spacing: -1px; line-height: 1; }
.sd-w10 .sd-date { font-size: 38px; font-weight: 300; margin-top: 6px; }
.sd-w11 .sd-clock { left: 0; right: 0; top: 92px; text-align: center; }
.sd-w11 .sd-time { font-size: 112px; font-weight: 600; line-height: 1; letter-spacing: -1px; }
.sd-w11 .sd-date { font-size: 24px; font-weight: 500; margin-top: 12px; }
.sd-lock-status { position: absolute; right: 28px; bottom: 24px; display: flex; gap: 16px; opacity: 0.95; }

/* ---------- sign-in column ---------- */
.sd-column { position: absolute; left: 0; right: 0; top: 120px; display: flex; flex-direction: column; align-items: center; }
.sd-w11 .sd-column { top: 128px; }
.sd-avatar { width: 190px; height: 190px; border-radius: 50%; overflow: hidden; box-shadow: 0 2px 18px rgba(0, 0, 0, 0.18); }
.sd-avatar svg { display: block; width: 100%; height: 100%; }
.sd-name { margin-top: 22px; font-size: 40px; font-weight: 300; text-shadow: 0 1px 8px rgba(0, 0, 0, 0.25); }
.sd-w11 .sd-name { font-size: 30px; font-weight: 600; margin-top: 18px; }
.sd-field-row { margin-top: 26px; display: flex; align-items: stretch; height: 34px; }
.sd-field { position: relative; width: 296px; display: flex; align-items: center; background: rgba(255, 255, 255, 0.86);
  border: 2px solid rgba(255, 255, 255, 0.55); color: #1b1b1b; }
.sd-field input { all: unset; flex: 1; height: 100%; padding: 0 34px 0 10px; font-family: var(--sd-font); font-size: 15px; color: #111; }
.sd-field input::placeholder { color: #5c5c5c; }
.sd-field:focus-within { background: #fff; border-color: #fff; }
.sd-eye { position: absolute; right: 6px; top: 50%; transform: translateY(-50%); color: #333; display: flex; padding: 3px !important; }
.sd-submit { width: 34px; display: flex; align-items: center; justify-content: center; background: rgba(255, 255, 255, 0.26) !important;
  border: 2px solid rgba(255, 255, 255, 0.55) !important; border-left: 0 !important; color: #fff; }
.sd-submit:hover { background: rgba(255, 255, 255, 0.4) !important; }
.sd-w11 .sd-field-row { height: 36px; }
.sd-w11 .sd-field { width: 300px; border-radius: 4px; background: rgba(32, 32, 40, 0.42); border: 1px solid rgba(255, 255, 255, 0.2);
  border-bottom: 1px solid rgba(255, 255, 255, 0.62); color: #fff; }
.sd-w11 .sd-field input { color: #fff; padding-right: 66px; }
.sd-w11 .sd-field input::placeholder { color: rgba(255, 255, 255, 0.78); }
.sd-w11 .sd-field:focus-within { background: rgba(20, 20, 28, 0.62); border-bottom: 2px solid var(--sd-accent); }
.sd-w11 .sd-eye { right: 36px; color: #fff; }
.sd-w11 .sd-submit { position: absolute; right: 3px; top: 3px; bottom: 3px; width: 30px; border: 0 !important; border-radius: 3px;
  background: rgba(255, 255, 255, 0.12) !important; }
.sd-dots { letter-spacing: 3px; }
.sd-message { margin-top: 18px; font-size: 15px; max-width: 360px; text-align: center; }
.sd-ok { margin-top: 18px; min-width: 120px; height: 32px; background: rgba(255, 255, 255, 0.22) !important;
  border: 2px solid rgba(255, 255, 255, 0.5) !important; font-size: 15px; }
.sd-w11 .sd-ok { border-radius: 4px; border-width: 1px !important; }

.sd-link { margin-top: 16px; font-size: 15px; color: #fff; text-shadow: 0 1px 6px rgba(0, 0, 0, 0.35); padding: 2px 4px !important; }
.sd-link:hover { text-decoration: underline; }
.sd-w11 .sd-link { font-size: 14px; font-weight: 600; }
.sd-link-ghost { border: 1px dashed rgba(255, 255, 255, 0.85) !important; opacity: 0.62; border-radius: 2px; }
.sd-options-link { margin-top: 14px; font-size: 15px; padding: 2px 4px !important; text-shadow: 0 1px 6px rgba(0, 0, 0, 0.35); }
.sd-w11 .sd-options-link { font-size: 14px; }
.sd-options { margin-top: 12px; display: flex; gap: 10px; }
.sd-option { width: 52px; height: 52px; display: flex; align-items: center; justify-content: center; border: 2px solid transparent !important; }
.sd-option[aria-pressed="true"] { border-color: rgba(255, 255, 255, 0.8) !important; background: rgba(255, 255, 255, 0.16) !important; }
.sd-option:hover { background: rgba(255, 255, 255, 0.12) !important; }
.sd-w11 .sd-option { border-radius: 6px; border-width: 1px !important; }

/* ---------- bottom corners ---------- */
.sd-users { position: absolute; left: 22px; bottom: 22px; display: flex; flex-direction: column; gap: 6px; }
.sd-user { display: flex; align-items: center; gap: 12px; padding: 6px 18px 6px 6px !important; min-width: 210px; font-size: 15px; text-align: left; }
.sd-user[aria-current="true"] { background: rgba(255, 255, 255, 0.2) !important; }
.sd-w11 .sd-user { border-radius: 6px; }
.sd-user-avatar { width: 44px; height: 44px; border-radius: 50%; overflow: hidden; flex: none; }
.sd-user-avatar svg { width: 100%; height: 100%; display: block; }
.sd-corner { position: absolute; right: 24px; bottom: 22px; display: flex; gap: 6px; }
.sd-corner button { width: 44px; height: 40px; display: flex; align-items: center; justify-content: center; }
.sd-corner button:hover { background: rgba(255, 255, 255, 0.14) !important; }
.sd-w11 .sd-corner button { border-radius: 6px; }

/* ---------- waiting and welcome ---------- */
.sd-center { position: absolute; inset: 0; display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 26px; }
.sd-wait-text { font-size: 26px; font-weight: 300; }
.sd-w11 .sd-wait-text { font-size: 22px; font-weight: 600; }
.sd-spinner { position: relative; width: 58px; height: 58px; }
.sd-spinner i { position: absolute; inset: 0; animation: sd-orbit 4.2s infinite; }
.sd-spinner i::before { content: ""; position: absolute; left: 50%; top: 0; width: 7px; height: 7px; margin-left: -3.5px;
  border-radius: 50%; background: #fff; }
/* Resting positions draw an arc, so a still frame (screenshot, export, reduced motion) still reads as a spinner. */
.sd-spinner i:nth-child(1) { transform: rotate(84deg); }
.sd-spinner i:nth-child(2) { animation-delay: 0.17s; transform: rotate(56deg); }
.sd-spinner i:nth-child(3) { animation-delay: 0.34s; transform: rotate(28deg); }
.sd-spinner i:nth-child(4) { animation-delay: 0.51s; transform: rotate(0deg); }
.sd-spinner i:nth-child(5) { animation-delay: 0.68s; transform: rotate(-28deg); }
@keyframes sd-orbit {
  0% { transform: rotate(225deg); opacity: 1; animation-timing-function: ease-out; }
  7% { transform: rotate(345deg); animation-timing-function: linear; }
  30% { transform: rotate(455deg); animation-timing-function: ease-in-out; }
  39% { transform: rotate(690deg); animation-timing-function: linear; }
  70% { transform: rotate(815deg); opacity: 1; animation-timing-function: ease-out; }
  75% { transform: rotate(945deg); animation-timing-function: ease-out; }
  76%, 100% { transform: rotate(945deg); opacity: 0; }
}
@media (prefers-reduced-motion: reduce) { .sd-spinner i { animation-duration: 12s; } .sd-lock { transition: none; } }

/* ---------- Windows 7 / 8.1 add-in ---------- */
.sd-legacy .sd-column { top: 170px; }
.sd-legacy .sd-avatar { width: 128px; height: 128px; border-radius: 6px; border: 3px solid rgba(255, 255, 255, 0.7); background: linear-gradient(#d9dde3, #b8bec8);
  box-shadow: 0 4px 18px rgba(0, 0, 0, 0.4); }
.sd-legacy .sd-name { font-size: 26px; font-weight: 400; }
.sd-legacy .sd-field { width: 230px; border-radius: 3px; border: 1px solid #7aa6d6; background: #fff; }
.sd-legacy .sd-submit { border-radius: 3px; margin-left: 6px; border: 1px solid rgba(255, 255, 255, 0.6) !important;
  background: linear-gradient(#6fb4f2, #2a6fc0) !important; }
.sd-legacy .sd-tiles { position: absolute; left: 0; right: 0; top: 230px; display: flex; justify-content: center; gap: 48px; }
.sd-legacy .sd-tile { display: flex; flex-direction: column; align-items: center; gap: 12px; font-size: 18px; padding: 12px !important; border-radius: 6px; }
.sd-legacy .sd-tile:hover, .sd-legacy .sd-tile:focus-visible { background: rgba(255, 255, 255, 0.15) !important; }
.sd-legacy .sd-tile .sd-avatar { width: 128px; height: 128px; }
.sd-legacy .sd-title { position: absolute; top: 120px; left: 0; right: 0; text-align: center; font-size: 24px; font-weight: 300; }
.sd-legacy .sd-switch { position: absolute; left: 50%; transform: translateX(-50%); bottom: 150px; padding: 8px 20px !important;
  border: 1px solid rgba(255, 255, 255, 0.6) !important; border-radius: 3px; background: rgba(255, 255, 255, 0.12) !important; }
`;
