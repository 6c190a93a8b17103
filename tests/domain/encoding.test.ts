/**
 * Reading a report file's bytes: each encoding Arabic news files come in gives back the same text, and says which
 * encoding was assumed; damaged UTF-8, Latin-1 and binary are not mistaken for Arabic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, describeEncoding } from '../../src/domain/encoding';
import { utf16, windows1256 } from '../cli/helpers';

const arabic = 'قُتل 12 مدنياً، بينهم ثلاثة أطفال، في قصف على بلدة كفرنبل (ريف إدلب) صباح اليوم.\n';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('reads plain UTF-8 as such, with no notice', () => {
    const d = decodeText(utf8(arabic));
    expect(d).toMatchObject({ text: arabic, encoding: 'utf-8', basis: 'valid-utf-8', bom: false, replaced: 0 });
    expect(describeEncoding(d)).toBeNull();
  });

  it('removes a UTF-8 byte order mark and says so', () => {
    const d = decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(arabic)]));
    expect(d).toMatchObject({ text: arabic, encoding: 'utf-8', basis: 'bom', bom: true });
    expect(describeEncoding(d)).toBe('UTF-8 (byte order mark)');
  });

  it.each([
    ['le', true, 'utf-16le', 'bom', 'UTF-16 LE (byte order mark)'],
    ['be', true, 'utf-16be', 'bom', 'UTF-16 BE (byte order mark)'],
    ['le', false, 'utf-16le', 'nul-pattern', 'UTF-16 LE (no byte order mark; told by its NUL bytes)'],
    ['be', false, 'utf-16be', 'nul-pattern', 'UTF-16 BE (no byte order mark; told by its NUL bytes)'],
  ] as const)('reads UTF-16 %s (BOM: %s) as %s', (order, bom, encoding, basis, notice) => {
    const d = decodeText(utf16(arabic, order, bom));
    expect(d).toMatchObject({ text: arabic, encoding, basis, bom, replaced: 0 });
    expect(describeEncoding(d)).toBe(notice);
  });

  it('reads Windows-1256 Arabic when the bytes are not UTF-8', () => {
    const d = decodeText(windows1256(arabic));
    expect(d).toMatchObject({ text: arabic, encoding: 'windows-1256', basis: 'arabic-letters', replaced: 0 });
    expect(describeEncoding(d)).toBe('Windows-1256 (not UTF-8; its Windows-1256 reading is Arabic)');
  });

  it('keeps damaged UTF-8 Arabic as UTF-8, with the bad byte counted, not re-read as Windows-1256', () => {
    const bytes = utf8(arabic.repeat(3));
    bytes[7] = 0xff;
    const d = decodeText(bytes);
    expect(d).toMatchObject({ encoding: 'utf-8', basis: 'fallback', replaced: 2 }); // the cut letter and the bad byte
    expect(d.text).toContain('مدنياً');
    expect(describeEncoding(d)).toMatch(/2 undecodable byte sequence/);
  });

  it('does not take Latin-1 French or binary bytes for Arabic', () => {
    const latin1 = Uint8Array.from([...'Un café à Alep: dégâts élevés, trois blessés.'].map((c) => c.charCodeAt(0)));
    expect(decodeText(latin1)).toMatchObject({ encoding: 'utf-8', basis: 'fallback' });
    let seed = 7;
    const binary = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 23);
    const d = decodeText(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, ...binary]));
    expect(d.encoding).toBe('utf-8');
    expect(d.basis).toBe('fallback');
  });

  it('reads empty and tiny files without throwing', () => {
    expect(decodeText(new Uint8Array())).toMatchObject({ text: '', encoding: 'utf-8' });
    expect(decodeText(Uint8Array.from([0xff]))).toMatchObject({ encoding: 'utf-8', replaced: 1 });
    expect(decodeText(Uint8Array.from([0xfe, 0xff]))).toMatchObject({ text: '', encoding: 'utf-16be' });
  });

  it('property: any text comes back whole from UTF-8 and from UTF-16 with a BOM; any bytes decode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
        expect(decodeText(utf8(s)).text).toBe(s);
        expect(decodeText(utf16(s, 'le', true)).text).toBe(s);
        expect(decodeText(utf16(s, 'be', true)).text).toBe(s);
      }),
      { numRuns: 200, seed: 11 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(typeof decodeText(bytes).text).toBe('string');
      }),
      { numRuns: 200, seed: 12 },
    );
  });
});
