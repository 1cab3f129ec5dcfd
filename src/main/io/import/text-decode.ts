// Which text encoding a CSV file is in, and reading it as text in chunks. Clients' HRIS exports
// arrive as UTF-8 (with or without a BOM), UTF-16 (Excel's "Unicode text") or Windows-1252
// (older Excel "CSV" on Windows); a file that is not valid UTF-8 anywhere is read as
// Windows-1252 and the preview says why, so a mis-decoded name is never silent.
import { isAscii, isUtf8 } from 'node:buffer';
import fs from 'node:fs';
import type { StagedImport } from '../../../shared/import-types';
import { badFile } from './limits';

export type TextEncoding = NonNullable<StagedImport['encoding']>;

export interface EncodingInfo {
  encoding: TextEncoding;
  /** Bytes of byte-order mark to skip. */
  bomBytes: number;
  note: string | null;
}

const CHUNK = 1 << 20;

function bomOf(head: Buffer): EncodingInfo | null {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
    return { encoding: 'utf-8', bomBytes: 3, note: 'UTF-8 with a byte-order mark' };
  }
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) {
    return { encoding: 'utf-16le', bomBytes: 2, note: 'UTF-16 (little-endian) with a byte-order mark' };
  }
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) {
    return { encoding: 'utf-16be', bomBytes: 2, note: 'UTF-16 (big-endian) with a byte-order mark' };
  }
  return null;
}

/** UTF-16 without a BOM shows as a NUL in every other byte of ASCII text. */
function utf16WithoutBom(head: Buffer): TextEncoding | null {
  const n = Math.min(head.length, 4096) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenNul++;
    if (head[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Offset of the first byte that breaks UTF-8 in `buf`, or -1. */
function firstInvalidUtf8(buf: Buffer): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) if (i + k >= buf.length || (buf[i + k] & 0xc0) !== 0x80) return i;
    i += len;
  }
  return -1;
}

/** Length of `buf` without a trailing, incomplete UTF-8 sequence (at most 3 bytes). */
function completeUtf8Length(buf: Buffer): number {
  for (let back = 1; back <= Math.min(3, buf.length); back++) {
    const b = buf[buf.length - back];
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? buf.length - back : buf.length;
  }
  return buf.length;
}

/** Refuses content that is plainly not a text table, before anything tries to parse it. */
function refuseBinary(file: string, head: Buffer): void {
  const sig = head.subarray(0, 8).toString('hex');
  if (sig.startsWith('d0cf11e0')) {
    throw badFile({ file }, 'this is an old-format Excel (.xls) or Office file: save it as .xlsx or CSV and import that', 'legacy-office');
  }
  if (sig.startsWith('504b0304')) {
    throw badFile({ file }, 'this is a zip archive but not an Excel workbook (.xlsx)', 'not-xlsx');
  }
  if (sig.startsWith('25504446')) throw badFile({ file }, 'this is a PDF, not a table: export the data as CSV or XLSX', 'binary');
  let control = 0;
  const n = Math.min(head.length, 65536);
  for (let i = 0; i < n; i++) {
    const b = head[i];
    if (b === 0) {
      throw badFile({ file }, `this is not a text table: it contains binary data (a NUL byte at offset ${i})`, 'binary');
    }
    if ((b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) && b !== 0x1a) control++;
  }
  if (n > 0 && control / n > 0.01) {
    throw badFile({ file }, 'this is not a text table: it is full of control characters (binary data)', 'binary');
  }
}

/** Detects the encoding of a text file: BOM, then UTF-16 heuristics, then a full UTF-8 check. */
export function detectEncoding(path: string, displayName: string): EncodingInfo {
  const fd = fs.openSync(path, 'r');
  try {
    const head = Buffer.alloc(65536);
    const headLen = fs.readSync(fd, head, 0, head.length, 0);
    const h = head.subarray(0, headLen);
    const bom = bomOf(h);
    if (bom) return bom;
    const u16 = utf16WithoutBom(h);
    if (u16) return { encoding: u16, bomBytes: 0, note: `UTF-16 (${u16 === 'utf-16le' ? 'little' : 'big'}-endian) without a byte-order mark` };
    refuseBinary(displayName, h);
    // Whole-file check: one bad byte deep in the file decides the encoding of every row.
    const buf = Buffer.alloc(CHUNK + 3);
    let carry = 0;
    let pos = 0;
    for (;;) {
      const n = fs.readSync(fd, buf, carry, CHUNK, pos);
      const len = carry + n;
      const view = buf.subarray(0, n === 0 ? len : completeUtf8Length(buf.subarray(0, len)));
      if (!isUtf8(view) || (n === 0 && len > 0 && !isUtf8(buf.subarray(0, len)))) {
        const at = pos - carry + Math.max(0, firstInvalidUtf8(buf.subarray(0, len)));
        return {
          encoding: 'windows-1252',
          bomBytes: 0,
          note: `Not valid UTF-8 (first at byte ${at}): read as Windows-1252. Choose another encoding if names look wrong.`,
        };
      }
      if (n === 0) break;
      carry = len - view.length;
      buf.copy(buf, 0, view.length, len);
      pos += n;
    }
    return { encoding: 'utf-8', bomBytes: 0, note: null };
  } finally {
    fs.closeSync(fd);
  }
}

/** Bytes of BOM at the start of the file for the given encoding (0 when there is none). */
export function bomLength(path: string, encoding: TextEncoding): number {
  const fd = fs.openSync(path, 'r');
  try {
    const head = Buffer.alloc(3);
    const n = fs.readSync(fd, head, 0, 3, 0);
    const bom = bomOf(head.subarray(0, n));
    return bom && bom.encoding === encoding ? bom.bomBytes : 0;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Reads the file as text, synchronously, one chunk at a time: the import runs inside one
 * SQLite transaction, which cannot span an await. `onChunk` gets the text and the bytes read so far.
 */
export function readText(
  path: string,
  encoding: TextEncoding,
  skipBytes: number,
  onChunk: (text: string, bytesRead: number) => boolean | void,
  chunkBytes = CHUNK,
): void {
  const decoder = new TextDecoder(encoding, { fatal: false });
  const fd = fs.openSync(path, 'r');
  try {
    const buf = Buffer.alloc(chunkBytes);
    let pos = skipBytes;
    // Plain ASCII (most of an HRIS export) reads the same in UTF-8 and Windows-1252 and is copied
    // byte for byte, much faster than decoding; from the first other byte on, the decoder runs.
    let ascii = encoding === 'utf-8' || encoding === 'windows-1252';
    for (;;) {
      const n = fs.readSync(fd, buf, 0, buf.length, pos);
      pos += n;
      const chunk = buf.subarray(0, n);
      if (ascii && n > 0 && !isAscii(chunk)) ascii = false;
      const text = ascii ? chunk.toString('latin1') : n === 0 ? decoder.decode() : decoder.decode(chunk, { stream: true });
      if (text.length > 0 && onChunk(text, pos) === false) return;
      if (n === 0) return;
    }
  } finally {
    fs.closeSync(fd);
  }
}
