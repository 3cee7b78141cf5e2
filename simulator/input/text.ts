// Text files as Windows really writes them: UTF-8 with or without a BOM, UTF-16 LE with a BOM (regedit, `reg export`,
// PowerShell 5's `>` redirection, Excel's "Unicode text"), UTF-16 BE now and then, and binary files renamed `.txt`.
// One decoder for every reader (scenario files, device diagnostics, CSV exports, snapshots), so each one reports the
// same clear errors and none of them guesses.

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

export type DecodedText =
  | { ok: true; text: string; encoding: TextEncodingName }
  | { ok: false; reason: 'too-large' | 'binary' | 'invalid-encoding'; message: string };

export interface DecodeOptions {
  /** Refuse anything larger, before decoding a byte (default 20 MB). */
  maxBytes?: number;
  /** Name used in messages, e.g. the file name. */
  label?: string;
}

export const DEFAULT_MAX_TEXT_BYTES = 20 * 1024 * 1024;

/** UTF-16 without a BOM (e.g. `Out-File -Encoding Unicode` piped through other tools): every other byte zero. */
function looksLikeUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = Math.min(bytes.length - (bytes.length % 2), 512);
  if (sample < 4) return undefined;
  let zeroOdd = 0;
  let zeroEven = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = sample / 2;
  if (zeroOdd > pairs * 0.9 && zeroEven === 0) return 'utf-16le';
  if (zeroEven > pairs * 0.9 && zeroOdd === 0) return 'utf-16be';
  return undefined;
}

/** Control bytes other than tab, CR, LF and form feed mean this is not a text file. */
function hasBinaryControlBytes(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  return /[\u0000-\u0008\u000E-\u001A\u001C-\u001F]/.test(sample);
}

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Decodes a text file's bytes by its BOM (or UTF-16 byte pattern), strictly: bad bytes are an error, not U+FFFD. */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const label = options.label ?? 'The file';
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_TEXT_BYTES;
  if (bytes.length > maxBytes) {
    return {
      ok: false,
      reason: 'too-large',
      message: `${label} is ${formatBytes(bytes.length)}; at most ${formatBytes(maxBytes)} can be read.`,
    };
  }
  let encoding: TextEncodingName = 'utf-8';
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) [encoding, start] = ['utf-8-bom', 3];
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, start] = ['utf-16le', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, start] = ['utf-16be', 2];
  else encoding = looksLikeUtf16WithoutBom(bytes) ?? 'utf-8';

  const decoderName = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  let text: string;
  try {
    text = new TextDecoder(decoderName, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
  } catch {
    return {
      ok: false,
      reason: hasBinaryControlBytes(new TextDecoder('latin1').decode(bytes.subarray(0, 4096)))
        ? 'binary'
        : 'invalid-encoding',
      message: `${label} is not valid ${decoderName.toUpperCase()} text (is it a binary file, or saved in another encoding?).`,
    };
  }
  if (hasBinaryControlBytes(text)) {
    return { ok: false, reason: 'binary', message: `${label} is a binary file, not text.` };
  }
  return { ok: true, text, encoding };
}

/** Splits text into lines on CRLF, LF or a lone CR, without the line breaks. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}
