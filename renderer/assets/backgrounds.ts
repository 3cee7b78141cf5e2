// Lock-screen backgrounds generated for this app as SVG (no Microsoft wallpapers): a dusk landscape for the
// Windows 10 look, soft translucent ribbons for Windows 11, and a blue glow for the Windows 7/8.1 add-in screens.

function dataUri(svg: string): string {
  return `url("data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.replace(/\s+/g, ' ').trim())}")`;
}

const WIDTH = 1600;
const HEIGHT = 900;

/** Ridge line for the dusk landscape: a gentle deterministic wave so every render is identical. */
function ridge(base: number, amplitude: number, phase: number, frequency: number): string {
  const points: string[] = [];
  for (let x = 0; x <= WIDTH; x += 40) {
    const y =
      base +
      amplitude * Math.sin((x / WIDTH) * Math.PI * frequency + phase) +
      amplitude * 0.45 * Math.sin((x / WIDTH) * Math.PI * frequency * 2.7 + phase * 1.7);
    points.push(`${x},${y.toFixed(1)}`);
  }
  return `M0,${HEIGHT} L${points.join(' L')} L${WIDTH},${HEIGHT} Z`;
}

const windows10Svg = `
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" preserveAspectRatio="xMidYMid slice">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#06142e"/>
      <stop offset="0.45" stop-color="#123a6b"/>
      <stop offset="0.72" stop-color="#2f6aa8"/>
      <stop offset="1" stop-color="#7fb2de"/>
    </linearGradient>
    <radialGradient id="glow" cx="0.68" cy="0.62" r="0.45">
      <stop offset="0" stop-color="#ffd9a8" stop-opacity="0.85"/>
      <stop offset="0.35" stop-color="#f2a86b" stop-opacity="0.35"/>
      <stop offset="1" stop-color="#f2a86b" stop-opacity="0"/>
    </radialGradient>
    <linearGradient id="lake" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#3d79b3"/>
      <stop offset="1" stop-color="#0b2447"/>
    </linearGradient>
  </defs>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#glow)"/>
  <path d="${ridge(470, 60, 0.6, 2.2)}" fill="#1d4a80" opacity="0.65"/>
  <path d="${ridge(540, 48, 2.1, 3.1)}" fill="#143a68" opacity="0.85"/>
  <path d="${ridge(610, 36, 4.0, 1.6)}" fill="#0c2a52"/>
  <rect y="660" width="${WIDTH}" height="${HEIGHT - 660}" fill="url(#lake)"/>
  <ellipse cx="1090" cy="668" rx="280" ry="5" fill="#ffd9a8" opacity="0.45"/>
  <ellipse cx="1090" cy="690" rx="190" ry="3" fill="#ffd9a8" opacity="0.28"/>
  <ellipse cx="1090" cy="716" rx="120" ry="2" fill="#ffd9a8" opacity="0.18"/>
</svg>`;

const windows11Svg = `
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" preserveAspectRatio="xMidYMid slice">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#cfe3f7"/>
      <stop offset="0.55" stop-color="#8fb8ea"/>
      <stop offset="1" stop-color="#5a86d6"/>
    </linearGradient>
    <linearGradient id="r1" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#1f5fd1" stop-opacity="0.95"/>
      <stop offset="1" stop-color="#6f3fd0" stop-opacity="0.75"/>
    </linearGradient>
    <linearGradient id="r2" x1="1" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#49a6ff" stop-opacity="0.9"/>
      <stop offset="1" stop-color="#1b3fa6" stop-opacity="0.85"/>
    </linearGradient>
    <linearGradient id="r3" x1="0" y1="1" x2="1" y2="0">
      <stop offset="0" stop-color="#a4d4ff" stop-opacity="0.85"/>
      <stop offset="1" stop-color="#2c6be0" stop-opacity="0.6"/>
    </linearGradient>
  </defs>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#bg)"/>
  <path d="M-100,720 C300,520 620,900 1000,640 S1500,420 1750,560 L1750,1000 L-100,1000 Z" fill="url(#r1)"/>
  <path d="M-100,610 C260,400 700,760 1040,520 S1480,300 1750,420 L1750,600 C1420,480 1200,720 900,760 S240,640 -100,800 Z" fill="url(#r2)"/>
  <path d="M-100,520 C330,330 720,640 1080,430 S1520,250 1750,330 L1750,400 C1460,330 1240,560 960,600 S300,470 -100,640 Z" fill="url(#r3)"/>
  <path d="M200,900 C520,700 860,860 1200,720 S1600,640 1750,700 L1750,1000 L200,1000 Z" fill="#1a3c9c" opacity="0.55"/>
</svg>`;

const legacySvg = `
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" preserveAspectRatio="xMidYMid slice">
  <defs>
    <radialGradient id="g" cx="0.5" cy="0.42" r="0.75">
      <stop offset="0" stop-color="#3f8fd8"/>
      <stop offset="0.55" stop-color="#1b5ca6"/>
      <stop offset="1" stop-color="#0a2a5c"/>
    </radialGradient>
  </defs>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#g)"/>
  <path d="M0,640 C400,560 900,720 1600,600" stroke="#9fd0ff" stroke-opacity="0.25" stroke-width="3" fill="none"/>
  <path d="M0,670 C420,600 880,760 1600,640" stroke="#9fd0ff" stroke-opacity="0.15" stroke-width="2" fill="none"/>
</svg>`;

export const BACKGROUNDS = {
  windows10: dataUri(windows10Svg),
  windows11: dataUri(windows11Svg),
  legacy: dataUri(legacySvg),
} as const;
