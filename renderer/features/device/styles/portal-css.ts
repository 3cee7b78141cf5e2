// The reset web dialog that Windows opens in the temporary defaultuser1 session, the Windows Hello PIN dialogs,
// and the strip outside the Windows chrome (badges such as "Undecided").
export const PORTAL_CSS = `
.sd-dim { position: absolute; inset: 0; background: rgba(0, 10, 28, 0.55); }
.sd-dialog { position: absolute; left: 50%; top: 50%; transform: translate(-50%, -50%); width: 760px; min-height: 500px;
  background: #fff; color: #1b1b1b; box-shadow: 0 18px 60px rgba(0, 0, 0, 0.45); display: flex; flex-direction: column; user-select: text; }
.sd-w11 .sd-dialog { border-radius: 8px; overflow: hidden; }
.sd-dialog-bar { height: 32px; display: flex; align-items: center; padding: 0 14px; font-size: 12px; color: #444; background: #f3f3f3;
  border-bottom: 1px solid #e2e2e2; gap: 8px; }
.sd-dialog-bar .sd-lockdot { width: 10px; height: 10px; border-radius: 2px; background: #3a8f3a; }
.sd-dialog-body { padding: 28px 44px 26px; flex: 1; display: flex; flex-direction: column; }
.sd-org { font-size: 20px; font-weight: 600; color: #2a2a2a; letter-spacing: 0.2px; }
.sd-org small { display: block; font-size: 12px; font-weight: 400; color: #6b6b6b; margin-top: 2px; }
.sd-h1 { font-size: 30px; font-weight: 300; margin: 18px 0 6px; color: #1b1b1b; }
.sd-crumbs { font-size: 13px; color: #6b6b6b; margin-bottom: 18px; }
.sd-crumbs b { color: #0067b8; font-weight: 600; }
.sd-h2 { font-size: 18px; font-weight: 600; margin: 4px 0 8px; }
.sd-p { font-size: 14px; color: #333; margin: 6px 0; max-width: 640px; }
.sd-label { font-size: 14px; margin: 12px 0 6px; color: #222; }
.sd-input { all: unset; display: block; width: 360px; height: 32px; padding: 0 10px; border: 1px solid #8a8a8a; font-family: var(--sd-font);
  font-size: 15px; color: #111; background: #fff; box-sizing: border-box; }
.sd-input:focus { border-color: #0067b8; box-shadow: 0 0 0 1px #0067b8; }
.sd-hint { font-size: 12px; color: #6b6b6b; margin-top: 6px; }
.sd-actions { margin-top: auto; padding-top: 22px; display: flex; gap: 10px; }
.sd-dialog .sd-btn { min-width: 108px; height: 32px; padding: 0 16px !important; font-size: 14px; border: 1px solid #8a8a8a !important;
  background: #e6e6e6 !important; color: #1b1b1b; }
.sd-dialog .sd-btn-primary { background: #0067b8 !important; border-color: #0067b8 !important; color: #fff; }
.sd-dialog .sd-btn-primary:disabled { background: #9fbfe0 !important; border-color: #9fbfe0 !important; cursor: default; }
.sd-dialog .sd-btn:focus-visible { outline: 2px solid #111; outline-offset: 2px; box-shadow: none; }
.sd-w11 .sd-dialog .sd-btn { border-radius: 4px; }
.sd-verify { display: grid; grid-template-columns: 300px 1fr; gap: 24px; }
.sd-methods { display: flex; flex-direction: column; gap: 8px; }
.sd-method { display: flex; align-items: center; gap: 10px; font-size: 14px; color: #1b1b1b; padding: 4px 0; cursor: pointer; }
.sd-method input { accent-color: #0067b8; width: 16px; height: 16px; margin: 0; }
.sd-method-panel { border-left: 1px solid #e2e2e2; padding-left: 24px; }
.sd-checks { list-style: none; margin: 12px 0 0; padding: 0; display: grid; gap: 4px; }
.sd-checks li { display: flex; gap: 8px; align-items: center; font-size: 13px; color: #a4262c; }
.sd-checks li.sd-ok-check { color: #107c10; }
.sd-error-box { margin-top: 10px; padding: 12px 14px; background: #fde7e9; border-left: 4px solid #a4262c; font-size: 14px; color: #5c1015; max-width: 620px; }
.sd-info-box { margin-top: 10px; padding: 12px 14px; background: #fff4ce; border-left: 4px solid #c19c00; font-size: 14px; color: #3d3100; max-width: 620px; }
.sd-code { margin-top: 12px; font-size: 12px; color: #6b6b6b; font-family: Consolas, "DejaVu Sans Mono", monospace; }
.sd-a { color: #0067b8; text-decoration: underline; font-size: 14px; }
.sd-done-mark { width: 44px; height: 44px; border-radius: 50%; background: #107c10; color: #fff; display: flex; align-items: center; justify-content: center; }

/* ---------- Windows Hello dialogs ---------- */
.sd-hello { position: absolute; left: 50%; top: 50%; transform: translate(-50%, -50%); width: 460px; background: #fff; color: #1b1b1b;
  box-shadow: 0 18px 60px rgba(0, 0, 0, 0.45); padding: 26px 28px 22px; user-select: text; }
.sd-w11 .sd-hello { border-radius: 8px; background: #f9f9f9; }
.sd-hello .sd-h2 { font-size: 22px; font-weight: 600; margin: 0 0 10px; }
.sd-hello .sd-input { width: 100%; }
.sd-hello .sd-actions { justify-content: flex-end; }
.sd-hello .sd-btn { min-width: 110px; height: 32px; padding: 0 16px !important; font-size: 14px; border: 1px solid #8a8a8a !important; background: #e6e6e6 !important; color: #1b1b1b; }
.sd-hello .sd-btn-primary { background: #0067b8 !important; border-color: #0067b8 !important; color: #fff; }
.sd-hello .sd-btn-primary:disabled { background: #9fbfe0 !important; border-color: #9fbfe0 !important; }
.sd-w11 .sd-hello .sd-btn { border-radius: 4px; }
.sd-check-row { display: flex; align-items: center; gap: 8px; font-size: 13px; margin-top: 10px; }
.sd-mode { margin-top: 14px; padding: 10px 12px; font-size: 13px; border-radius: 4px; }
.sd-mode-nd { background: #dff6dd; color: #0b3d0b; }
.sd-mode-d { background: #fff4ce; color: #3d3100; }

/* ---------- annotation drawn over the screen (not Windows UI: dashed, like the undecided badge) ---------- */
.sd-annotation { position: absolute; left: 50%; top: 22px; transform: translateX(-50%); max-width: 820px; padding: 10px 18px; border-radius: 8px;
  background: rgba(58, 48, 0, 0.92); border: 1px dashed #e8c64a; color: #ffe38a; font-size: 16px; font-weight: 600; text-align: center;
  font-family: "Segoe UI Variable", "Segoe UI", Selawik, "Open Sans", "Noto Sans", sans-serif; }

/* ---------- outside the Windows chrome ---------- */
/* Simulator notes: a strip between the screen and the controls, never drawn inside the simulated Windows UI. */
.sd-notes { flex: none; display: flex; flex-direction: column; gap: 6px; padding: 8px 12px; background: #2b2600;
  border-top: 1px dashed #e8c64a; color: #ffe38a; font-family: "Segoe UI Variable", "Segoe UI", Selawik, "Open Sans", "Noto Sans", sans-serif;
  font-size: 13px; line-height: 1.4; }
.sd-notes:empty { display: none; }
/* Trainer stage: the strip always takes the same room, so the screen keeps its size at every step. */
.sd-fill .sd-notes { height: 76px; overflow-y: auto; }
.sd-fill .sd-notes:empty { display: flex; background: #1c1c1c; border-top-color: transparent; }
.sd-note strong { color: #fff2b8; }
.sd-note .sd-note-ok { color: #b6f0b6; }
.sd-note .sd-note-warn { color: #ffd27a; }
.sd-notes .sd-checks { margin-top: 4px; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); column-gap: 16px; }
.sd-notes .sd-checks li { color: #ffb3b8; font-size: 12px; }
.sd-notes .sd-checks li.sd-ok-check { color: #a6e9a6; }

.sd-frame { display: flex; flex-direction: column; width: 100%; }
.sd-fill .sd-frame { position: absolute; inset: 0; }
.sd-stage { position: relative; width: 100%; aspect-ratio: 16 / 9; background: #000; }
.sd-fill .sd-stage { flex: 1; min-height: 0; aspect-ratio: auto; }
.sd-strip { flex: none; display: flex; flex-wrap: wrap; align-items: center; gap: 6px 8px; min-height: 36px; padding: 6px 10px;
  background: #1c1c1c; font-family: "Segoe UI Variable", "Segoe UI", Selawik, "Open Sans", "Noto Sans", sans-serif; font-size: 12px; color: #f0f0f0; }
.sd-chip { display: inline-block; min-width: 0; flex: 0 1 auto; overflow-wrap: anywhere; white-space: normal;
  line-height: 18px; padding: 3px 10px; border-radius: 12px;
  background: rgba(255, 255, 255, 0.08); border: 1px solid rgba(255, 255, 255, 0.22); color: #f0f0f0; }
.sd-chip-undecided { background: #3a3000; border: 1px dashed #e8c64a; color: #ffe38a; font-weight: 600; }
.sd-chip-legacy { background: #0b2f57; border-color: #4f8fd1; color: #d6e9ff; }
.sd-chip-hidden { background: #45201f; border-color: #c2585d; color: #ffd1d4; }
.sd-strip button { all: unset; flex: none; cursor: pointer; height: 24px; padding: 0 10px; border-radius: 4px; border: 1px solid rgba(255, 255, 255, 0.35);
  color: #f0f0f0; font-size: 12px; display: inline-flex; align-items: center; }
.sd-strip button:hover { background: rgba(255, 255, 255, 0.1); }
.sd-strip button:focus-visible { outline: 2px solid #4cc2ff; outline-offset: 1px; }
.sd-spacer { flex: 1; }
`;
