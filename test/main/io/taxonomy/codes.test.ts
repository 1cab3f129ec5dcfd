import fc from 'fast-check';
import { Crosswalk, parseSocCode, toOnetSoc } from '../../../../src/main/io/taxonomy/codes';
import { readCrosswalk } from '../../../../src/main/io/taxonomy/exposure-read';
import { CROSSWALK, csvRecords } from './fixture';

describe('occupation codes', () => {
  it('reads O*NET-SOC, SOC-6 and undashed SOC codes, and nothing else', () => {
    expect(parseSocCode(' 15-1252.00 ')).toEqual({ soc6: '15-1252', onetSoc: '15-1252.00' });
    expect(parseSocCode('15-1252')).toEqual({ soc6: '15-1252', onetSoc: null });
    expect(parseSocCode('151252')).toEqual({ soc6: '15-1252', onetSoc: null });
    for (const bad of ['2512', '15-125', '15-1252.0', 'abc', '', null, undefined]) expect(parseSocCode(bad)).toBeNull();
    expect(toOnetSoc('15-1252')).toBe('15-1252.00');
    expect(toOnetSoc('15-1299.08')).toBe('15-1299.08');
  });

  it('any six digits with a dash parse to themselves, with or without an O*NET suffix', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 99 }), (n, suffix) => {
        const digits = String(n).padStart(6, '0');
        const soc6 = `${digits.slice(0, 2)}-${digits.slice(2)}`;
        expect(parseSocCode(soc6)?.soc6).toBe(soc6);
        expect(parseSocCode(`${soc6}.${String(suffix).padStart(2, '0')}`)?.soc6).toBe(soc6);
      }),
    );
  });

  it('translates both ways through the real crosswalk, one-to-many included', () => {
    const { crosswalk, rejected } = readCrosswalk(CROSSWALK);
    const rows = csvRecords(CROSSWALK);
    expect(rejected).toEqual([]);
    expect(crosswalk.size).toBe(new Set(rows.map((r) => r['2010 SOC Code'])).size);
    for (const r of rows) {
      expect(crosswalk.translate(r['2010 SOC Code'], 'soc2010')).toContain(r['2018 SOC Code']);
      expect(crosswalk.translate(r['2018 SOC Code'], 'soc2018')).toContain(r['2010 SOC Code']);
    }
    const splits = rows.filter((r) => r['2010 SOC Code'] === '15-1132').map((r) => r['2018 SOC Code']);
    expect(crosswalk.translate('15-1132', 'soc2010').sort()).toEqual(splits.sort());
    expect(new Crosswalk([{ soc2010: '11-1011', soc2018: '11-1011' }]).translate('99-9999', 'soc2018')).toEqual([]);
  });
});
