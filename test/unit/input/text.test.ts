import { describe, expect, it } from 'vitest';
import { decodeText, splitLines } from '../../../simulator/input/text';

const utf16le = (text: string, bom = true) => {
  const body = Buffer.from(text, 'utf16le');
  return new Uint8Array(bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body);
};

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText(new Uint8Array(Buffer.from('\uFEFFAzureAdJoined : YES', 'utf8')))).toEqual({
      ok: true,
      text: 'AzureAdJoined : YES',
      encoding: 'utf-8-bom',
    });
    expect(decodeText(new Uint8Array(Buffer.from('naïve', 'utf8')))).toMatchObject({
      ok: true,
      text: 'naïve',
      encoding: 'utf-8',
    });
  });

  it('reads UTF-16 LE with a BOM (regedit, PowerShell 5 redirection) and without one', () => {
    const text = 'Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE]\r\n';
    expect(decodeText(utf16le(text))).toEqual({ ok: true, text, encoding: 'utf-16le' });
    expect(decodeText(utf16le(text, false))).toEqual({ ok: true, text, encoding: 'utf-16le' });
  });

  it('reads UTF-16 BE with a BOM', () => {
    const body = Buffer.from('Ja', 'utf16le').swap16();
    const result = decodeText(new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), body])));
    expect(result).toEqual({ ok: true, text: 'Ja', encoding: 'utf-16be' });
  });

  it('refuses a binary file, invalid UTF-8 and an oversized file with a message naming the file', () => {
    const binary = decodeText(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00]), {
      label: 'a.txt',
    });
    expect(binary).toMatchObject({ ok: false, reason: 'binary' });
    const invalid = decodeText(new Uint8Array([0x41, 0xc3, 0x28, 0x42]), { label: 'b.txt' });
    expect(invalid).toMatchObject({ ok: false, reason: 'invalid-encoding' });
    expect(!invalid.ok && invalid.message).toContain('b.txt');
    const large = decodeText(new Uint8Array(2048), { maxBytes: 1024, label: 'c.txt' });
    expect(large).toMatchObject({ ok: false, reason: 'too-large' });
    expect(!large.ok && large.message).toMatch(/c\.txt is 2 KB; at most 1 KB/);
  });
});

describe('splitLines', () => {
  it('splits on CRLF, LF and a lone CR', () => {
    expect(splitLines('a\r\nb\nc\rd')).toEqual(['a', 'b', 'c', 'd']);
  });
});
