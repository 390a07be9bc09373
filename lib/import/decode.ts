/**
 * Which text encoding a file is in, from its first bytes: a byte-order mark (UTF-8, UTF-16 LE/BE),
 * UTF-16 without one (every other byte zero), valid UTF-8, else Shift_JIS when it reads as
 * Japanese (Amazon .co.jp downloads), else Windows-1252 (Excel's "CSV" on a Western Windows).
 * Decoding uses TextDecoder only, so it runs in a Web Worker.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis' | 'windows-1252';

export interface SniffedEncoding {
  encoding: TextEncodingName;
  bom: boolean;
}

const SAMPLE_BYTES = 256 * 1024;

export function sniffEncoding(bytes: Uint8Array): SniffedEncoding {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', bom: true };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bom: true };

  const probe = bytes.subarray(0, Math.min(bytes.length, 4096));
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < probe.length; i++) {
    if (probe[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const pairs = probe.length / 2;
  if (pairs > 0 && oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return { encoding: 'utf-16le', bom: false };
  if (pairs > 0 && evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return { encoding: 'utf-16be', bom: false };

  const sample = bytes.subarray(0, Math.min(bytes.length, SAMPLE_BYTES));
  if (decodes(sample, 'utf-8')) return { encoding: 'utf-8', bom: false };
  if (decodes(sample, 'shift_jis') && /[\u3040-\u30ff\u4e00-\u9fff]/.test(new TextDecoder('shift_jis').decode(sample))) {
    return { encoding: 'shift_jis', bom: false };
  }
  return { encoding: 'windows-1252', bom: false };
}

function decodes(sample: Uint8Array, encoding: string): boolean {
  try {
    // stream: a multi-byte character cut at the end of the sample is not an error.
    new TextDecoder(encoding, { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Said to the seller when the file is not plain UTF-8. */
export function encodingNote(sniffed: SniffedEncoding): string | undefined {
  switch (sniffed.encoding) {
    case 'utf-16le':
    case 'utf-16be':
      return `The file is in UTF-16 (${sniffed.encoding === 'utf-16le' ? 'little' : 'big'}-endian), as Excel's "Unicode text" saves it; it was read as such.`;
    case 'shift_jis':
      return 'The file is in Shift_JIS (Japanese Windows), not UTF-8; it was read as such.';
    case 'windows-1252':
      return 'The file is not UTF-8; it was read as Windows-1252 (Western European). If accented letters look wrong, save it from Excel as "CSV UTF-8" and import again.';
    default:
      return undefined;
  }
}
