// Spreadsheet formula injection (OWASP "CSV Injection"): a text cell a spreadsheet would read
// as a formula (it starts with =, +, -, @, a tab or a carriage return) is prefixed with a single
// quote, which spreadsheets show as text. Only text is touched: a number stays a number, so a
// numeric -5 is written as -5 and stays numeric in XLSX.
//
// To stay reversible, text that already looks neutralised (one or more quotes followed by a
// trigger, e.g. "'=x") gets one more quote too; `restoreText` then removes exactly one quote
// from any text matching that shape and gives back the original for every input.

const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** Whether `s` would run as a formula in a spreadsheet. */
export const startsWithTrigger = (s: string): boolean => s.length > 0 && TRIGGERS.has(s[0]);

/** Quotes, then a trigger: what neutralised text looks like. */
function looksNeutralised(s: string): boolean {
  let i = 0;
  while (i < s.length && s[i] === "'") i++;
  return i > 0 && i < s.length && TRIGGERS.has(s[i]);
}

export function neutraliseText(s: string): string {
  return startsWithTrigger(s) || looksNeutralised(s) ? `'${s}` : s;
}

/** The inverse of `neutraliseText`: for every string s, restoreText(neutraliseText(s)) === s. */
export function restoreText(s: string): string {
  return looksNeutralised(s) ? s.slice(1) : s;
}
