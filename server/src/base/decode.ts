// A letter file's bytes as text: UTF-8 (with or without a BOM) or UTF-16 with a BOM, or a PDF's
// bytes kept for the PDF reader; other encodings, binary files and empty files get a short reason
// naming what the file is, never what it holds. Read alike by imr-lint and the server's folder check.

import { looksLikePdf } from './pdf';

export type ReadResult = { text: string } | { problem: string };

/** A file's text, or its bytes when they are a PDF's (a copy of its own), or why it has neither. */
export type Decoded = ReadResult | { pdf: Buffer };

/** The text of a file's bytes: UTF-16 after its BOM, otherwise UTF-8 (a BOM dropped); a PDF's bytes copied. */
export function decode(bytes: Buffer): Decoded {
  // UTF-32's byte order marks: FF FE 00 00 would otherwise read as UTF-16's, then a NUL.
  if (bytes.length >= 4 && (bytes.readUInt32LE(0) === 0xfeff || bytes.readUInt32BE(0) === 0xfeff))
    return { problem: 'UTF-32 text, not read; save it as UTF-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs('utf-16be', bytes.subarray(2));
  if (looksLikePdf(bytes)) return { pdf: Buffer.from(bytes) };
  if (bytes.includes(0)) return { problem: 'binary file, not text (or UTF-16 without a byte order mark)' };
  return decodeAs('utf-8', bytes);
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

// Decoders that throw on invalid input, made when first needed and reused (decoding a whole text
// in one call leaves no state behind).
const decoders = new Map<Encoding, InstanceType<typeof TextDecoder>>();

function decodeAs(encoding: Encoding, bytes: Buffer): ReadResult {
  let decoder = decoders.get(encoding);
  if (!decoder) decoders.set(encoding, (decoder = new TextDecoder(encoding, { fatal: true })));
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { problem: encoding === 'utf-8' ? 'not UTF-8 or UTF-16 text; save it as UTF-8' : `invalid ${encoding.toUpperCase()} text` };
  }
  return text ? { text } : { problem: 'empty file' };
}
