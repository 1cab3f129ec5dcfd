// A person's profile: readiness today and at the future date (with how much of it rests on
// assessments), hours and months to close the future gap, required vs current level per skill,
// the programs that cover the gap (upskill), and the best other roles (reskill). Every figure
// explains itself through the host's explainGap.
import { lazy, Suspense } from 'react';
import type { GapAlternative, GapPersonProfile, GapProfileSkill, GapProgramPlan } from '../../../shared/gap-types';
import { DataTable, type Column } from '../../components/DataTable';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import type { Formatter } from '../../format';
import { categoryLabel } from '../../labels';
import { Explain } from './Explain';
import { useGapQuery } from './use-gap-query';

const ProfileChart = lazy(() => import('./ProfileChart'));

interface PersonProfileProps {
  id: number;
  future: { futureMonths?: number; futureDate?: string };
  format: Formatter;
  onClose(): void;
}

export function PersonProfile({ id, future, format: f, onClose }: PersonProfileProps) {
  const { data, error, loading } = useGapQuery('getGapPerson', { employee: id, ...future });
  const p = data;
  const title = p ? `${p.ref}${p.name ? ` · ${p.name}` : ''}` : 'Person profile';
  return (
    <Dialog title={title} description={p ? describe(p) : undefined} onClose={onClose} width="wide">
      <div className="person-profile" data-testid="person-profile">
        {error && <ErrorNotice error={error} />}
        {!p && loading && <Loading label="Loading the profile…" />}
        {p && <ProfileBody p={p} f={f} />}
      </div>
    </Dialog>
  );
}

function describe(p: GapPersonProfile): string {
  const parts = [p.role ? p.role.title : 'No role', p.unit, p.location];
  if (p.directReports > 0) parts.push(`${p.directReports} direct report${p.directReports === 1 ? '' : 's'}`);
  return parts.filter(Boolean).join(' · ');
}

function ProfileBody({ p, f }: { p: GapPersonProfile; f: Formatter }) {
  if (!p.now || !p.future || !p.role) return <p className="muted">This person has no role, so there is no profile to measure a gap against.</p>;
  const nowDate = p.now.asOfDate;
  const futureDate = p.future.asOfDate;
  const on = (d: string) => (d === nowDate ? {} : { asOf: d });
  const later = `on ${f.date(futureDate)}`;
  const readiness = (x: number | null) => (x === null ? 'unknown' : f.percent(x, 0));
  return (
    <>
      <div className="profile-kpis" role="list" aria-label="Readiness and time to close">
        <ProfileKpi
          id="readiness-now"
          label="Readiness today"
          value={readiness(p.now.readiness)}
          detail={`${f.percent(p.now.coverage, 0)} of the profile assessed`}
          why={<Explain label="Readiness today" requests={[{ request: { target: { kind: 'readiness', employee: p.id } } }]} />}
        />
        <ProfileKpi
          id="readiness-future"
          label={`Readiness ${later}`}
          value={readiness(p.future.readiness)}
          detail={`${f.percent(p.future.coverage, 0)} assessed · ${f.integer(p.future.required)} requirements`}
          why={<Explain label={`Readiness ${later}`} requests={[{ request: { ...on(futureDate), target: { kind: 'readiness', employee: p.id } } }]} />}
        />
        <ProfileKpi
          id="hours"
          label="Hours to close"
          value={`${f.integer(p.future.gapHours)} h`}
          detail={`today ${f.integer(p.now.gapHours)} h`}
          why={<Explain label="Hours to close" requests={[{ request: { ...on(futureDate), target: { kind: 'gapHours', employee: p.id } } }]} />}
        />
        <ProfileKpi
          id="months"
          label="Months to close"
          value={f.fixed(p.future.months, 1)}
          detail={`at ${f.integer(p.learningHoursPerMonth)} learning hours a month`}
          why={<Explain label="Months to close" requests={[{ request: { ...on(futureDate), target: { kind: 'months', employee: p.id } } }]} />}
        />
      </div>
      <section className="profile-section" aria-labelledby="profile-skills">
        <h3 id="profile-skills" className="profile-section__title">
          Required vs current level
        </h3>
        <div className="profile-chart" role="img" aria-label={`Required level today and ${later} against ${p.ref}'s current level for ${p.skills.length} skills; skills not assessed have no current bar.`}>
          <Suspense fallback={<Loading label="Drawing the chart…" />}>
            <ProfileChart skills={p.skills} format={f} futureLabel={later} />
          </Suspense>
        </div>
        <DataTable caption={`Skills of ${p.ref}`} columns={skillColumns(f, later)} rows={p.skills} rowKey={(s) => s.skillId} singleLine testId="profile-skills" />
      </section>
      <section className="profile-section" aria-labelledby="profile-programs">
        <h3 id="profile-programs" className="profile-section__title">
          Upskilling in the current role: programs for the gap {later}
        </h3>
        <Programs plan={p.programs} f={f} />
      </section>
      <section className="profile-section" aria-labelledby="profile-alternatives">
        <h3 id="profile-alternatives" className="profile-section__title">
          Best other roles (today&rsquo;s role profiles)
        </h3>
        <DataTable
          caption={`Best other roles for ${p.ref}`}
          columns={alternativeColumns(f, p.id)}
          rows={p.alternatives}
          rowKey={(a) => a.roleId}
          testId="profile-alternatives"
          empty="No other role has at least half of its profile assessed for this person."
        />
      </section>
    </>
  );
}

function ProfileKpi({ id, label, value, detail, why }: { id: string; label: string; value: string; detail: string; why: React.ReactNode }) {
  return (
    <div role="listitem" className="profile-kpi card" data-testid={`profile-${id}`}>
      <div className="kpi__head">
        <span className="kpi__label">{label}</span>
        {why}
      </div>
      <p className="profile-kpi__value num">{value}</p>
      <p className="kpi__detail">{detail}</p>
    </div>
  );
}

function level(x: number | null, f: Formatter, unknown = '—') {
  return x === null ? <span className="muted">{unknown}</span> : f.decimal(x, 1);
}

function skillColumns(f: Formatter, later: string): Column<GapProfileSkill>[] {
  return [
    { id: 'skill', header: 'Skill', cell: (s) => s.name, truncate: true, text: (s) => s.name },
    { id: 'category', header: 'Category', cell: (s) => categoryLabel(s.category) },
    { id: 'now', header: 'Required today', numeric: true, cell: (s) => level(s.requiredNow, f, 'not required') },
    {
      id: 'future',
      header: `Required ${later}`,
      numeric: true,
      cell: (s) => (
        <>
          {s.futureFrom && (
            <span className="tag" title="A future-dated requirement: a forecast">
              from {f.date(s.futureFrom)}
            </span>
          )}
          {level(s.requiredFuture, f, 'not required')}
        </>
      ),
    },
    { id: 'current', header: 'Current', numeric: true, cell: (s) => level(s.proficiency, f, 'not assessed') },
    { id: 'gapNow', header: 'Gap today', numeric: true, cell: (s) => (s.requiredNow === null ? '—' : level(s.gapNow, f, 'unknown')) },
    { id: 'gapFuture', header: `Gap ${later}`, numeric: true, cell: (s) => (s.requiredFuture === null ? '—' : level(s.gapFuture, f, 'unknown')) },
  ];
}

export function programNames(plan: GapProgramPlan): string {
  return plan.programs.map((x) => x.name).join(', ');
}

function Programs({ plan, f }: { plan: GapProgramPlan; f: Formatter }) {
  if (plan.programs.length === 0 && plan.uncovered.length === 0) return <p className="muted">No gap to close.</p>;
  return (
    <div className="programs" data-testid="profile-programs">
      {plan.programs.length > 0 && (
        <ul className="programs__list">
          {plan.programs.map((x) => (
            <li key={x.id}>
              <strong>{x.name}</strong> · {f.decimal(x.durationMonths, 1)} months · {f.money(x.costPerPerson)}
              <span className="muted"> — covers {x.covers.map((c) => `${c.skill} (+${f.decimal(c.levels, 1)})`).join(', ')}</span>
            </li>
          ))}
        </ul>
      )}
      {plan.uncovered.length > 0 && (
        <p className="muted">No program covers: {plan.uncovered.map((u) => `${u.skill} (${f.decimal(u.levels, 1)} levels)`).join(', ')}.</p>
      )}
    </div>
  );
}

function alternativeColumns(f: Formatter, employee: number): Column<GapAlternative>[] {
  return [
    { id: 'role', header: 'Role', cell: (a) => a.title, truncate: true, text: (a) => a.title },
    {
      id: 'fit',
      header: 'Fit',
      numeric: true,
      cell: (a) => (
        <span className="cell-why">
          {a.fit === null ? 'unknown' : f.percent(a.fit, 0)}
          <Explain label={`Fit for ${a.title}`} requests={[{ request: { target: { kind: 'fit', employee, roleId: a.roleId } } }]} />
        </span>
      ),
    },
    { id: 'coverage', header: 'Assessed', numeric: true, cell: (a) => f.percent(a.coverage, 0) },
    { id: 'hours', header: 'Hours', numeric: true, cell: (a) => f.integer(a.gapHours) },
    {
      id: 'months',
      header: 'Months',
      numeric: true,
      cell: (a) => (
        <span className="cell-why">
          {f.fixed(a.months, 1)}
          <Explain label={`Months to proficiency as ${a.title}`} requests={[{ request: { target: { kind: 'months', employee, roleId: a.roleId } } }]} />
        </span>
      ),
    },
    { id: 'programs', header: 'Programs', cell: (a) => programNames(a.programs) || <span className="muted">{a.gapHours > 0 ? 'none cover the gap' : '—'}</span> },
  ];
}
