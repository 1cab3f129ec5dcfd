// Every number, amount and date on screen goes through here, formatted with Intl for the
// engagement's locale and currency, so a German client sees "1.234,5 €" everywhere at once.
export interface Formatter {
  locale: string;
  currency: string;
  /** Whole numbers: 2,014 */
  integer(n: number): string;
  /** Up to `digits` decimals: 1,980.5 */
  decimal(n: number, digits?: number): string;
  /** Exactly `digits` decimals, for figures read down a column: 2.0, 2.1 */
  fixed(n: number, digits: number): string;
  /** Full amount without cents: €12,345,678 */
  money(n: number): string;
  /** Short amount for axes and cards: €12.3M */
  moneyCompact(n: number): string;
  /** Short number for axes: 12.3K */
  compact(n: number): string;
  /** A share 0-1 as a percentage: 42.5% */
  percent(share: number, digits?: number): string;
  /** ISO date (YYYY-MM-DD) or timestamp as a medium date: 31 Mar 2025 */
  date(iso: string | null | undefined): string;
  /** Timestamp with time: 31 Mar 2025, 14:05 */
  dateTime(iso: string | null | undefined): string;
  /** Name of a month 1-12: January */
  monthName(month: number): string;
  /** A file size: 1.2 MB */
  bytes(n: number): string;
}

const FALLBACK_LOCALE = 'en-GB';
const FALLBACK_CURRENCY = 'EUR';
const cache = new Map<string, Formatter>();

function safeLocale(locale: string | undefined): string {
  if (!locale) return FALLBACK_LOCALE;
  try {
    return Intl.NumberFormat.supportedLocalesOf([locale]).length > 0 ? locale : FALLBACK_LOCALE;
  } catch {
    return FALLBACK_LOCALE;
  }
}

function safeCurrency(currency: string | undefined): string {
  if (!currency) return FALLBACK_CURRENCY;
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency });
    return currency;
  } catch {
    return FALLBACK_CURRENCY;
  }
}

/** Dates without a time are calendar dates: format them in UTC so no time zone shifts the day. */
function parseDate(iso: string): Date | null {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

export function formatterFor(localeIn?: string, currencyIn?: string): Formatter {
  const locale = safeLocale(localeIn);
  const currency = safeCurrency(currencyIn);
  const key = `${locale}|${currency}`;
  const cached = cache.get(key);
  if (cached) return cached;

  const int = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 });
  const moneyCompact = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const month = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  const decimals = new Map<number, Intl.NumberFormat>();
  const percents = new Map<number, Intl.NumberFormat>();
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

  const f: Formatter = {
    locale,
    currency,
    integer: (n) => int.format(n),
    decimal(n, digits = 1) {
      let nf = decimals.get(digits);
      if (!nf) decimals.set(digits, (nf = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
      return nf.format(n);
    },
    fixed(n, digits) {
      const key = -1 - digits; // shares the cache with decimal() under a distinct key
      let nf = decimals.get(key);
      if (!nf) decimals.set(key, (nf = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })));
      return nf.format(n);
    },
    money: (n) => money.format(n),
    moneyCompact: (n) => moneyCompact.format(n),
    compact: (n) => compact.format(n),
    percent(share, digits = 1) {
      let nf = percents.get(digits);
      if (!nf) percents.set(digits, (nf = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits })));
      return nf.format(share);
    },
    date(iso) {
      const d = iso ? parseDate(iso) : null;
      return d ? date.format(d) : '—';
    },
    dateTime(iso) {
      const d = iso ? parseDate(iso) : null;
      return d ? dateTime.format(d) : '—';
    },
    monthName: (m) => month.format(new Date(Date.UTC(2000, m - 1, 1))),
    bytes(n) {
      let i = 0;
      let v = n;
      while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
      }
      return new Intl.NumberFormat(locale, { style: 'unit', unit: units[i], unitDisplay: 'short', maximumFractionDigits: 1 }).format(v);
    },
  };
  cache.set(key, f);
  return f;
}
