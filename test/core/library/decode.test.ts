import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../electron/core/library/decode';

const russian = 'Президент Беларуси Александр Лукашенко провёл переговоры с президентом Азербайджана в Баку.';
const french = 'Le président a rencontré son homologue à Genève ; l’accord économique a été signé.';

const decoded = (bytes: Uint8Array) => {
  const result = decodeText(bytes);
  if (!result.ok) throw new Error(result.reason);
  return result;
};

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decoded(Buffer.from(russian, 'utf8')).text).toBe(russian);
    expect(decoded(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(russian, 'utf8')])).text).toBe(russian);
  });

  it('reads UTF-16 little- and big-endian with a byte-order mark', () => {
    expect(decoded(iconv.encode(russian, 'utf-16le', { addBOM: true })).text).toBe(russian);
    expect(decoded(iconv.encode(russian, 'utf-16be', { addBOM: true })).text).toBe(russian);
  });

  it.each(['windows-1251', 'koi8-r'])('detects Russian in %s', (encoding) => {
    const text = `${russian}\n\n${russian.repeat(3)}`;
    expect(decoded(iconv.encode(text, encoding)).text).toBe(text);
  });

  it('detects French in ISO-8859-1 / windows-1252', () => {
    const text = `${french}\n${french}`;
    expect(decoded(iconv.encode(text, 'windows-1252')).text).toBe(text);
  });

  it('normalises to NFC and to \\n line endings', () => {
    const result = decoded(Buffer.from('Marti\u0301 said\r\nyes\rno', 'utf8'));
    expect(result.text).toBe('Martí said\nyes\nno');
  });

  it('refuses empty, blank and binary files with a reason', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, reason: 'empty file' });
    expect(decodeText(Buffer.from('  \n\n \t'))).toEqual({ ok: false, reason: 'no text (only whitespace)' });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(decodeText(png)).toEqual({ ok: false, reason: 'binary file, not text' });
  });
});
