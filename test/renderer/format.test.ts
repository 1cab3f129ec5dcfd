// One formatter per engagement locale and currency; calendar dates never shift with time zones.
import { describe, expect, it } from 'vitest';
import { formatterFor } from '../../src/renderer/format';

// Intl separates some currency amounts with a no-break space; compare on plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatterFor', () => {
  it('formats for en-GB with EUR', () => {
    const f = formatterFor('en-GB', 'EUR');
    expect(f.integer(2014)).toBe('2,014');
    expect(f.decimal(1923.456, 1)).toBe('1,923.5');
    expect(f.money(123456789)).toBe('€123,456,789');
    expect(f.moneyCompact(123456789)).toBe('€123.5m') // British usage: lower-case m;
    expect(f.percent(0.75)).toBe('75%');
    expect(f.date('2025-03-31')).toBe('31 Mar 2025');
    expect(f.monthName(4)).toBe('April');
  });

  it('formats for de-DE with EUR', () => {
    const f = formatterFor('de-DE', 'EUR');
    expect(f.integer(2014)).toBe('2.014');
    expect(f.decimal(1923.456, 1)).toBe('1.923,5');
    expect(plain(f.money(123456789))).toBe('123.456.789 €');
    expect(plain(f.percent(0.75))).toBe('75 %');
    expect(f.date('2025-03-31')).toBe('31.03.2025');
  });

  it('formats US dollars for en-US', () => {
    const f = formatterFor('en-US', 'USD');
    expect(f.money(1500)).toBe('$1,500');
    expect(f.date('2025-01-01')).toBe('Jan 1, 2025');
  });

  it('falls back rather than throwing on a bad locale or currency, and shows missing dates as a dash', () => {
    const f = formatterFor('not a locale', 'euro');
    expect(f.locale).toBe('en-GB');
    expect(f.currency).toBe('EUR');
    expect(f.date(null)).toBe('—');
    expect(f.date('garbage')).toBe('—');
  });

  it('reuses one formatter per locale and currency', () => {
    expect(formatterFor('en-GB', 'GBP')).toBe(formatterFor('en-GB', 'GBP'));
  });
});

describe('fixed decimals', () => {
  it('keeps trailing zeros so a column of levels lines up', () => {
    expect(formatterFor('en-GB', 'EUR').fixed(2, 1)).toBe('2.0');
    expect(formatterFor('de-DE', 'EUR').fixed(2.25, 1)).toBe('2,3');
  });
});
