// Inline styles of the HTML report: the file must open offline with no external resource.
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #242424; --muted: #616161; --line: #e0e0e0; --accent: #0f6cbd; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 "Segoe UI", system-ui, -apple-system, sans-serif; color: var(--ink); background: #fafafa; }
main { max-width: 960px; margin: 0 auto; padding: 32px 24px 48px; background: #fff; }
h1 { font-size: 24px; font-weight: 600; margin: 0 0 4px; }
h2 { font-size: 18px; font-weight: 600; margin: 32px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.meta { color: var(--muted); margin: 0 0 16px; }
.badge { display: inline-block; padding: 2px 10px; border-radius: 12px; font-weight: 600; color: #fff; }
.outcome-success { background: #107c10; } .outcome-hidden { background: #616161; } .outcome-fails { background: #c50f1f; }
.outcome-denied { background: #bc2f32; } .outcome-deferred { background: #8a3707; } .outcome-undecided { background: #5c2e91; }
.effect { font-family: Consolas, "Cascadia Mono", monospace; font-size: 12px; font-weight: 600; }
table { width: 100%; border-collapse: collapse; margin: 8px 0; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
th { font-weight: 600; background: #f5f5f5; }
td.rule code { white-space: nowrap; }
tr.deciding td { background: #fdf3f4; font-weight: 600; }
code { font-family: Consolas, "Cascadia Mono", monospace; font-size: 12px; overflow-wrap: anywhere; }
.empty { color: var(--muted); font-style: italic; }
ol.steps li { margin: 4px 0; }
ul.sources { margin: 0; padding-left: 16px; } ul.sources li { margin: 0 0 4px; }
a { color: var(--accent); }
footer { margin-top: 40px; color: var(--muted); font-size: 12px; }
@media print { body { background: #fff; } main { padding: 0; } }
`;
