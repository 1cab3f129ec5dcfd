// The few pieces of SpreadsheetML an import needs, read with regular expressions over parts
// that ZipReader has already size-capped: workbook sheet list, relationships, shared strings,
// which cell styles are dates, and (in xlsx-source.ts) the rows. Element names may carry a
// namespace prefix (`x:row`), which some generators write.

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  if (s.indexOf('&') < 0 && s.indexOf('_x') < 0) return s;
  return s
    .replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
      if (e[0] !== '#') return ENTITY[e];
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

const attrRes = new Map<string, RegExp>();

export function attr(attrs: string, name: string): string | null {
  let re = attrRes.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)(?:\\w+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attrRes.set(name, re);
  }
  const m = re.exec(attrs);
  return m ? decodeXml(m[1] ?? m[2]) : null;
}

/** Text of an `<si>` or `<is>` body: its `<t>` runs, leaving out phonetic guides (`<rPh>`). */
export function richText(body: string): string {
  const plain = body.indexOf('<rPh') >= 0 ? body.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '') : body;
  let out = '';
  const re = /<(?:\w+:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g;
  for (let m = re.exec(plain); m; m = re.exec(plain)) out += m[1] ?? '';
  return decodeXml(out);
}

export interface WorkbookSheet {
  name: string;
  relId: string;
}

export function parseWorkbook(xml: string): { sheets: WorkbookSheet[]; date1904: boolean } {
  const sheets: WorkbookSheet[] = [];
  const re = /<(?:\w+:)?sheet\b([^>]*?)\/?>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const name = attr(m[1], 'name');
    const relId = attr(m[1], 'id');
    if (name !== null && relId !== null) sheets.push({ name, relId });
  }
  const pr = /<(?:\w+:)?workbookPr\b([^>]*)>/.exec(xml);
  const d1904 = pr ? attr(pr[1], 'date1904') : null;
  return { sheets, date1904: d1904 === '1' || d1904 === 'true' };
}

/** Relationship id -> target path, resolved against the folder of the part that owns them. */
export function parseRels(xml: string, baseDir: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /<(?:\w+:)?Relationship\b([^>]*?)\/?>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const id = attr(m[1], 'Id');
    const target = attr(m[1], 'Target');
    if (id === null || target === null) continue;
    out.set(id, resolvePath(baseDir, target));
  }
  return out;
}

export function officeDocumentTarget(rootRels: string): string | null {
  const re = /<(?:\w+:)?Relationship\b([^>]*?)\/?>/g;
  for (let m = re.exec(rootRels); m; m = re.exec(rootRels)) {
    if ((attr(m[1], 'Type') ?? '').endsWith('/officeDocument')) return resolvePath('', attr(m[1], 'Target') ?? '');
  }
  return null;
}

function resolvePath(baseDir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : baseDir ? `${baseDir}/${target}` : target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

export function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  const re = /<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(m[1] ? richText(m[1]) : '');
  return out;
}

// Built-in number formats that show dates or times (ECMA-376 18.8.30, plus the CJK ones).
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?!h\]|m\]|s\])[^\]]*\]/gi, '')
    .split(';')[0];
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** For each cell style index (`s` attribute), whether it displays a date. */
export function parseDateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  const fmtRe = /<(?:\w+:)?numFmt\b([^>]*?)\/?>/g;
  for (let m = fmtRe.exec(xml); m; m = fmtRe.exec(xml)) {
    const id = Number(attr(m[1], 'numFmtId'));
    const code = attr(m[1], 'formatCode');
    if (Number.isFinite(id) && code !== null) custom.set(id, code);
  }
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml);
  if (!xfs) return [];
  const out: boolean[] = [];
  const xfRe = /<(?:\w+:)?xf\b([^>]*?)(?:\/>|>)/g;
  for (let m = xfRe.exec(xfs[1]); m; m = xfRe.exec(xfs[1])) {
    const id = Number(attr(m[1], 'numFmtId') ?? 0);
    const code = custom.get(id);
    out.push(code !== undefined ? isDateFormatCode(code) : BUILTIN_DATE_FORMATS.has(id));
  }
  return out;
}

/** Column letters of a cell reference ("AB12") as a 0-based index. */
export function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
  }
  return n - 1;
}

/** An Excel serial day number as a date at UTC midnight (1900 system, with Excel's leap-year bug). */
export function excelSerialToDate(serial: number, date1904 = false): Date | null {
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2_958_466) return null;
  const days = Math.floor(serial);
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : days >= 60 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  return new Date(epoch + days * 86_400_000);
}
