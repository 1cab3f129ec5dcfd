import { z } from 'zod';
import { IsoDate } from '../../../../src/shared/domain/entities';
import { zodIssues } from '../../../../src/main/io/import/zod-issues';

// zodIssues remembers values a field has passed (a file repeats most of its values); the
// answers must stay exactly zod's, however often a value comes back.
describe('zodIssues', () => {
  const schema = z.object({ hired: IsoDate.nullable(), salary: z.number().min(0), fte: z.number().gt(0).max(1.5), name: z.string().trim().min(1) }).partial();
  const shape = schema.shape as Record<string, z.ZodType>;

  it('gives zod verdicts for repeated values, passing or failing', () => {
    const values: [string, unknown][] = [
      ['hired', '2020-02-29'],
      ['hired', '2021-02-29'],
      ['hired', null],
      ['hired', 20200229],
      ['salary', 0],
      ['salary', -0],
      ['salary', -1],
      ['salary', Number.NaN],
      ['fte', 0],
      ['fte', -0],
      ['fte', 1],
      ['fte', 2],
      ['name', '  '],
      ['name', 'Ann'],
    ];
    for (let round = 0; round < 3; round++) {
      for (const [field, v] of values) {
        const issues = zodIssues(schema, { [field]: v });
        const zod = shape[field].safeParse(v);
        expect({ field, v, ok: issues.length === 0 }).toEqual({ field, v, ok: zod.success });
        if (!zod.success) expect(issues[0]).toMatchObject({ field });
      }
    }
  });

  it('keeps what one field accepted to that field', () => {
    const other = z.object({ a: z.number().max(1), b: z.number().max(10) }).partial();
    expect(zodIssues(other, { b: 5 })).toEqual([]);
    expect(zodIssues(other, { a: 5 })).toMatchObject([{ field: 'a', code: 'out-of-range' }]);
  });
});
