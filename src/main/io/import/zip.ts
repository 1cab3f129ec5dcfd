// Just enough of the zip format to read an XLSX safely: the central directory, and entries
// inflated with a hard cap on their real (not declared) size, so a zip bomb fails with a typed
// error instead of exhausting memory. Entries are read by offset; the archive is never loaded whole.
import fs from 'node:fs';
import zlib from 'node:zlib';
import { badFile, type ImportLimits } from './limits';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CEN = 0x02014b50;
const LOC = 0x04034b50;

export class ZipReader {
  readonly entries = new Map<string, ZipEntry>();
  private inflated = 0;

  constructor(
    private readonly path: string,
    private readonly file: string,
    private readonly limits: ImportLimits,
  ) {
    const fd = fs.openSync(path, 'r');
    try {
      this.readDirectory(fd, fs.fstatSync(fd).size);
    } finally {
      fs.closeSync(fd);
    }
  }

  private fail(problem: string, reason = 'bad-zip'): never {
    throw badFile({ file: this.file }, problem, reason);
  }

  private readDirectory(fd: number, size: number): void {
    const tailLen = Math.min(size, 65_557);
    const tail = Buffer.alloc(tailLen);
    fs.readSync(fd, tail, 0, tailLen, size - tailLen);
    let eocd = -1;
    for (let i = tailLen - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) this.fail('the workbook is damaged: its zip directory is missing (is the file truncated?)');
    const count = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
      this.fail('the workbook uses the zip64 format, which only files far larger than this importer accepts need', 'too-large');
    }
    if (count > this.limits.maxZipEntries) {
      this.fail(`the workbook has ${count} parts, more than the ${this.limits.maxZipEntries} allowed`, 'zip-bomb');
    }
    if (cdOffset + cdSize > size) this.fail('the workbook is damaged: its zip directory points past the end of the file');
    const cd = Buffer.alloc(cdSize);
    fs.readSync(fd, cd, 0, cdSize, cdOffset);
    let p = 0;
    for (let k = 0; k < count; k++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== CEN) this.fail('the workbook is damaged: bad zip directory entry');
      const nameLen = cd.readUInt16LE(p + 28);
      const entry: ZipEntry = {
        flags: cd.readUInt16LE(p + 8),
        method: cd.readUInt16LE(p + 10),
        compressedSize: cd.readUInt32LE(p + 20),
        size: cd.readUInt32LE(p + 24),
        localOffset: cd.readUInt32LE(p + 42),
        name: cd.toString('utf8', p + 46, p + 46 + nameLen),
      };
      if (entry.compressedSize > size) this.fail(`the workbook is damaged: part ${entry.name} is larger than the file`);
      this.entries.set(entry.name.replace(/^\/+/, ''), entry);
      p += 46 + nameLen + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  private compressed(entry: ZipEntry): Buffer {
    const fd = fs.openSync(this.path, 'r');
    try {
      const loc = Buffer.alloc(30);
      fs.readSync(fd, loc, 0, 30, entry.localOffset);
      if (loc.readUInt32LE(0) !== LOC) this.fail(`the workbook is damaged: part ${entry.name} is missing`);
      const start = entry.localOffset + 30 + loc.readUInt16LE(26) + loc.readUInt16LE(28);
      const data = Buffer.alloc(entry.compressedSize);
      const n = fs.readSync(fd, data, 0, data.length, start);
      if (n < data.length) this.fail(`the workbook is truncated inside part ${entry.name}`);
      return data;
    } finally {
      fs.closeSync(fd);
    }
  }

  /** The entry's bytes. Refuses anything that would expand past the caps, declared or actual. */
  read(name: string): Buffer {
    const entry = this.entries.get(name);
    if (!entry) this.fail(`the workbook has no part ${name}`);
    if (entry.flags & 1) this.fail('the workbook is encrypted: remove its password in Excel and save it again', 'encrypted');
    const cap = Math.min(this.limits.maxEntryBytes, this.limits.maxTotalUnzippedBytes - this.inflated);
    const bomb = (): never =>
      this.fail(
        `part ${name} expands to more than ${(cap / 1024 / 1024).toFixed(0)} MB when unzipped: refusing it as a possible zip bomb`,
        'zip-bomb',
      );
    if (entry.size > cap) bomb();
    const data = this.compressed(entry);
    let out: Buffer;
    if (entry.method === 0) {
      out = data;
    } else if (entry.method === 8) {
      try {
        out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, cap) });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) bomb();
        this.fail(`the workbook is damaged: part ${name} cannot be unzipped (${(e as Error).message})`);
      }
    } else {
      this.fail(`part ${name} uses zip compression method ${entry.method}, which Excel never writes`);
    }
    if (out.length > cap) bomb();
    this.inflated += out.length;
    return out;
  }

  /** The first bytes of an entry, without inflating the rest (for a sheet's dimension). */
  readHead(name: string, bytes = 4096): string {
    const entry = this.entries.get(name);
    if (!entry || entry.flags & 1) return '';
    const data = this.compressed({ ...entry, compressedSize: Math.min(entry.compressedSize, 16_384) });
    try {
      const out =
        entry.method === 0
          ? data
          : zlib.inflateRawSync(data, { finishFlush: zlib.constants.Z_SYNC_FLUSH, maxOutputLength: 1 << 20 });
      return out.subarray(0, bytes).toString('utf8');
    } catch {
      return '';
    }
  }
}

/** True when the file starts like a zip archive (as every .xlsx does). */
export function looksLikeZip(path: string): boolean {
  const fd = fs.openSync(path, 'r');
  try {
    const b = Buffer.alloc(4);
    return fs.readSync(fd, b, 0, 4, 0) === 4 && b.readUInt32LE(0) === LOC;
  } finally {
    fs.closeSync(fd);
  }
}
