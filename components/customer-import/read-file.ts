/**
 * Bytes → text for the import, or the one clear reason it cannot be read. No parsing here: this decides
 * whether the file is text at all, and in which encoding, before PapaParse is asked to split it.
 */

/** Larger files are refused before they are read: a 50 MB sheet is not something to parse in a tab. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

export type FileProblem =
  | { kind: 'empty' }
  | { kind: 'too-large'; bytes: number; max: number }
  | { kind: 'not-text'; format: 'pdf' | 'zip' | 'image' | 'binary' }
  | { kind: 'nul'; rows: number[] }
  | { kind: 'mixed-encoding'; rows: number[] };

export type ReadFile =
  { ok: true; text: string; encoding: 'utf-8' | 'utf-16' | 'windows-1252' } | { ok: false; problem: FileProblem };

const startsWith = (bytes: Uint8Array, ...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);

function formatOf(bytes: Uint8Array): 'pdf' | 'zip' | 'image' | 'binary' | undefined {
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return 'pdf'; // %PDF
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06)) return 'zip'; // .xlsx too
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return 'binary'; // old .xls
  if (
    startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) ||
    startsWith(bytes, 0xff, 0xd8, 0xff) ||
    startsWith(bytes, 0x47, 0x49, 0x46)
  )
    return 'image';
  // Text has almost no control bytes besides tab and line breaks; a few NULs are reported as such below.
  const head = bytes.subarray(0, 4096);
  let control = 0;
  for (const byte of head) if (byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 0) control++;
  return control > head.length / 20 ? 'binary' : undefined;
}

/** 1-based line numbers (header = 1) of the given byte offsets, at most `limit` distinct ones. */
function linesOf(bytes: Uint8Array, offsets: readonly number[], limit = 10): number[] {
  const lines: number[] = [];
  let line = 1;
  let at = 0;
  for (const offset of offsets) {
    for (; at < offset; at++) if (bytes[at] === 10) line++;
    if (lines[lines.length - 1] !== line) lines.push(line);
    if (lines.length >= limit) break;
  }
  return lines;
}

/** Offsets of bytes that break UTF-8, and whether any valid multi-byte sequence was seen (then it is mixed). */
function utf8Scan(bytes: Uint8Array): { invalid: number[]; multibyte: boolean } {
  const invalid: number[] = [];
  let multibyte = false;
  for (let i = 0; i < bytes.length && invalid.length < 1000; i++) {
    const byte = bytes[i]!;
    if (byte < 0x80) continue;
    const length = byte >= 0xf0 && byte <= 0xf4 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc2 && byte <= 0xdf ? 2 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      multibyte = true;
      i += length - 1;
    } else invalid.push(i);
  }
  return { invalid, multibyte };
}

/**
 * Reads a chosen file: too large, empty or not text (PDF, ZIP/.xlsx, images, other binaries) is refused;
 * UTF-16 with a BOM is read; UTF-8 (with or without BOM) when it is valid; Windows-1252 when it has no valid
 * UTF-8 sequence at all; a file with both is "mixed" and refused with the rows that are not UTF-8. NUL bytes
 * are refused with their rows: they mean a damaged file, and the API would refuse them in any cell.
 */
export async function readImportFile(file: Blob): Promise<ReadFile> {
  if (file.size === 0) return { ok: false, problem: { kind: 'empty' } };
  if (file.size > IMPORT_MAX_BYTES)
    return { ok: false, problem: { kind: 'too-large', bytes: file.size, max: IMPORT_MAX_BYTES } };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) {
    const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { ok: true, text: stripBom(new TextDecoder(label).decode(bytes)), encoding: 'utf-16' };
  }
  const format = formatOf(bytes);
  if (format) return { ok: false, problem: { kind: 'not-text', format } };
  const nuls: number[] = [];
  for (let i = bytes.indexOf(0); i !== -1 && nuls.length < 1000; i = bytes.indexOf(0, i + 1)) nuls.push(i);
  if (nuls.length) return { ok: false, problem: { kind: 'nul', rows: linesOf(bytes, nuls) } };
  try {
    return { ok: true, text: stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), encoding: 'utf-8' };
  } catch {
    const scan = utf8Scan(bytes);
    if (scan.multibyte) return { ok: false, problem: { kind: 'mixed-encoding', rows: linesOf(bytes, scan.invalid) } };
    // The WHATWG "windows-1252" decoder is what browsers use for Latin-1 text too.
    return { ok: true, text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
