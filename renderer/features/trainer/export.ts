// Export for slides: each step's simulated screen as PNG (html-to-image, loaded on demand) and the whole script as
// a self-contained HTML handout with the screenshots as data URIs and the speaker notes.
import type { SpeakerNotes } from './notes';

export const SCREEN_WIDTH = 1280;
export const SCREEN_HEIGHT = 720;

/** JPEG quality of the handout's pictures: the blurred wallpapers compress about tenfold with no visible loss. */
export const HANDOUT_JPEG_QUALITY = 0.82;

/**
 * Data URL of the 1280×720 simulated screen, unscaled, whatever size it is drawn at: PNG for slides (lossless),
 * JPEG for the handout (one self-contained file that has to stay small enough to mail).
 */
export async function captureScreen(element: HTMLElement, format: 'png' | 'jpeg' = 'png'): Promise<string> {
  const { toJpeg, toPng } = await import('html-to-image');
  const options = {
    width: SCREEN_WIDTH,
    height: SCREEN_HEIGHT,
    pixelRatio: 1,
    skipFonts: true, // system fonts only; nothing to embed
    style: { transform: 'none', position: 'relative' },
  };
  return format === 'jpeg' ? toJpeg(element, { ...options, quality: HANDOUT_JPEG_QUALITY }) : toPng(element, options);
}

export function dataUrlToBlob(dataUrl: string): Blob {
  const [header, body] = dataUrl.split(',', 2);
  const mime = /data:([^;]+)/.exec(header)?.[1] ?? 'application/octet-stream';
  const bytes = Uint8Array.from(atob(body), (char) => char.charCodeAt(0));
  return new Blob([bytes], { type: mime });
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string,
  );
}

export interface HandoutEntry {
  heading: string;
  step: string;
  image: string;
  notes: SpeakerNotes;
}

export interface HandoutLabels {
  title: string;
  rule: string;
  notes: string;
  unverified: (list: string) => string;
  overridden: (list: string) => string;
}

export function handoutHtml(language: string, labels: HandoutLabels, entries: readonly HandoutEntry[]): string {
  const sections = entries
    .map((entry, index) => {
      const rules = entry.notes.rules
        .map((rule) => `<li><code>${escapeHtml(rule.id)}</code> ${escapeHtml(rule.message)}</li>`)
        .join('');
      const flags = [
        entry.notes.unverified.length > 0
          ? `<p class="flag">${escapeHtml(labels.unverified(entry.notes.unverified.join(', ')))}</p>`
          : '',
        entry.notes.overridden.length > 0
          ? `<p class="flag">${escapeHtml(labels.overridden(entry.notes.overridden.join(', ')))}</p>`
          : '',
      ].join('');
      return `<section>
  <h2>${index + 1}. ${escapeHtml(entry.heading)} <small>${escapeHtml(entry.step)}</small></h2>
  <img src="${entry.image}" width="${SCREEN_WIDTH}" height="${SCREEN_HEIGHT}" alt="${escapeHtml(entry.step)}">
  ${rules ? `<h3>${escapeHtml(labels.rule)}</h3><ul>${rules}</ul>` : ''}
  <h3>${escapeHtml(labels.notes)}</h3>
  ${entry.notes.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n  ')}
  ${flags}
</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(language)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(labels.title)}</title>
<style>
  body { font-family: "Segoe UI", Selawik, "Open Sans", "Noto Sans", sans-serif; margin: 32px auto; max-width: 1000px; color: #1b1b1b; }
  section { page-break-inside: avoid; margin-bottom: 40px; }
  img { width: 100%; height: auto; border: 1px solid #ccc; border-radius: 6px; }
  h2 small { font-weight: 400; color: #666; font-size: 0.7em; margin-left: 8px; }
  code { background: #f3f3f3; padding: 1px 4px; border-radius: 3px; }
  .flag { color: #8a6d00; font-size: 0.9em; }
</style>
</head>
<body>
<h1>${escapeHtml(labels.title)}</h1>
${sections}
</body>
</html>
`;
}

export function stepFileName(index: number, step: string): string {
  return `step-${String(index + 1).padStart(2, '0')}-${step}.png`;
}
