// One employee row at a time: name, pay, tenure, age and part-time status drawn so that the
// figures hang together (pay follows the role, the site's cost index and tenure; tenure never
// exceeds working age). The last person's tenure and hire day stay readable on the generator
// because the proficiency generator dates assessments after the hire.
import type { WritableDB } from '../db/types';
import type { Structure } from './catalogue';
import { NAMES } from './catalogue/names';
import type { DayCache } from './dates';
import type { Rng } from './rng';
import type { Workforce } from './workforce';
import type { BatchInsert } from './writer';

export const EMPLOYEE_COLUMNS = [
  'id', 'ref', 'client_id', 'name', 'role_id', 'org_unit_id', 'location_id', 'manager_id', 'fte', 'salary', 'hire_date', 'birth_year',
] as const;

const PART_TIME_FTE = [0.5, 0.6, 0.8];
/** Client ids are scattered like a real HRIS numbering: i -> (i * prime + offset) mod range is
 *  a bijection, so they stay unique for any company under 900,000 people. */
const CLIENT_ID_RANGE = 900_000;
const CLIENT_ID_STEP = 7919;

export class PeopleGenerator {
  tenureYears = 0;
  hireDay = 0;
  private readonly asOfYear: number;
  private readonly clientIdOffset: number;

  constructor(
    private readonly s: Structure,
    private readonly w: Workforce,
    private readonly rng: Rng,
    private readonly days: DayCache,
    private readonly asOfDay: number,
    asOfDate: string,
    seed: number,
  ) {
    this.asOfYear = Number(asOfDate.slice(0, 4));
    this.clientIdOffset = (seed * 104_729) % CLIENT_ID_RANGE;
  }

  write(out: BatchInsert, i: number): void {
    const { rng } = this;
    const role = this.s.roles[this.w.roleOf[i]];
    const spec = role.spec;
    const names = NAMES[role.location.key];

    // Age rises with level; tenure is exponential, longer in senior roles, and never reaches
    // back before the person turned 19 (then it is redrawn within the possible span).
    const age = Math.min(66, Math.max(20, Math.round(31 + 2.6 * (spec.level - 1) + 8.5 * rng.normal())));
    const maxTenure = Math.min(age - 19, 40);
    let tenure = -Math.log(1 - rng.next()) * (3 + 0.9 * spec.level);
    if (tenure > maxTenure) tenure = maxTenure * rng.next();
    this.tenureYears = tenure;
    this.hireDay = this.asOfDay - Math.round(tenure * 365.25);
    const birthYear = rng.chance(0.06) ? null : this.asOfYear - age;

    const partTimeShare = spec.manager ? 0.03 : spec.level <= 1 ? 0.18 : 0.07;
    const fte = rng.chance(partTimeShare) ? PART_TIME_FTE[rng.int(0, 2)] : 1;
    const tenureUplift = 0.9 + 0.025 * Math.min(tenure, 8);
    const noise = 1 + 0.05 * Math.max(-2.5, Math.min(2.5, rng.normal()));
    const fullTime = spec.salary * role.location.labourCostIndex * tenureUplift * noise;
    const salary = Math.round((fullTime * fte) / 10) * 10;

    // A manager with a higher number is not in the table yet: linked afterwards (linkManagers),
    // so foreign keys never point forward and SQLite never has to track pending violations.
    const manager = this.w.managerOf[i];
    out
      .put(i + 1)
      .put(`P${String(i + 1).padStart(6, '0')}`)
      .put(`HR-${100_000 + ((i * CLIENT_ID_STEP + this.clientIdOffset) % CLIENT_ID_RANGE)}`)
      .put(`${rng.pick(names.first)} ${rng.pick(names.last)}`)
      .put(role.id)
      .put(role.unitId)
      .put(role.locationId)
      .put(manager >= 0 && manager < i ? manager + 1 : null)
      .put(fte)
      .put(salary)
      .put(this.days.iso(this.hireDay))
      .put(birthYear)
      .end();
  }
}

/** Sets the line managers that could not be written with the employee row. */
export function linkManagers(db: WritableDB, w: Workforce): void {
  const update = db.prepare('UPDATE employees SET manager_id = ? WHERE id = ?');
  for (let i = 0; i < w.managerOf.length; i++) {
    const manager = w.managerOf[i];
    if (manager > i) update.run(manager + 1, i + 1);
  }
}
