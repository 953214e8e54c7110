// Step 2 of import: bytes → text. Byte-order marks first, then strict UTF-8, then a statistical
// detector (chardet) for legacy code pages decoded by iconv-lite. Output is NFC with \n line endings.
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

const SNIFF_BYTES = 64 * 1024;

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const bom = byteOrderMark(bytes);
  if (bom) return finish(iconv.decode(Buffer.from(bytes.subarray(bom.length)), bom.encoding), bom.encoding);
  if (looksBinary(bytes)) return { ok: false, reason: 'binary file, not text' };
  const utf8 = asUtf8(bytes);
  if (utf8 !== undefined) return finish(utf8, 'UTF-8');
  // not UTF-8: a legacy code page, or damaged UTF-8 (told apart below)
  const damage = damagedUtf8(bytes);
  if (damage !== undefined) return { ok: false, reason: `invalid UTF-8 byte sequence at byte ${damage} (damaged file?)` };
  const detected = chardet.detect(bytes.subarray(0, SNIFF_BYTES));
  if (!detected || detected === 'UTF-8' || !iconv.encodingExists(detected)) return { ok: false, reason: 'unknown text encoding' };
  return finish(iconv.decode(Buffer.from(bytes), detected), detected);
}

/** The bytes as UTF-8 text, or undefined when they are not valid UTF-8. */
export function asUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function finish(raw: string, encoding: string): Decoded {
  const text = normaliseText(raw);
  if (text.trim() === '') return { ok: false, reason: 'no text (only whitespace)' };
  return { ok: true, text, encoding };
}

export function normaliseText(raw: string): string {
  return (
    raw
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      .replace(/[\u2028\u2029]/g, '\n')
      .replace(/\u00a0/g, ' ')
      // control characters other than tab and newline carry no text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f\ufeff]/g, '')
  );
}

function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'UTF-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'UTF-16LE', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'UTF-16BE', length: 2 };
  return undefined;
}

/**
 * Text that is UTF-8 but for a few broken sequences (a truncated download, a bad copy) is damaged, not
 * a legacy code page: decoding it as one would turn every valid letter into mojibake. Returns the offset
 * of the first broken sequence when valid multi-byte sequences far outnumber broken ones.
 */
function damagedUtf8(bytes: Uint8Array): number | undefined {
  let valid = 0;
  let invalid = 0;
  let first: number | undefined;
  for (let at = 0; at < bytes.length;) {
    const byte = bytes[at]!;
    const length =
      byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    let ok = length > 0 && at + length <= bytes.length;
    for (let next = 1; ok && next < length; next++) ok = (bytes[at + next]! & 0xc0) === 0x80;
    if (length === 1) at++;
    else if (ok) {
      valid++;
      at += length;
    } else {
      invalid++;
      first ??= at;
      at++;
    }
  }
  return valid >= 3 && invalid * 10 <= valid ? first : undefined;
}

/** Text in any 8-bit or UTF-8 encoding has no NUL bytes and few other control bytes. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  return control / sample.length > 0.1;
}
