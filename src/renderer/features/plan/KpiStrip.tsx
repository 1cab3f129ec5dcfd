// Headline figures of the plan: what it costs in all and by option (build split into upskill and
// reskill, buy, borrow, bot, release), what it does to people (upskilled, reskilled, hired,
// released, at risk) and what the optimiser saved against the greedy reference. Each explains
// itself from the plan's own figures; during a what-if each shows its change from the plan as run.
import type { ReactNode } from 'react';
import type { PlanResult } from '../../../shared/plan-types';
import { WhyButton } from '../../components/WhyButton';
import type { Formatter } from '../../format';
import { FigureLines } from './FigureWhy';
import { signed } from './plan-labels';

interface Kpi {
  id: string;
  label: string;
  value: number;
  show(v: number): string;
  detail: string;
  why: ReactNode;
}

/** The plan's own sentence about an option ("Build = ..."), when it has one. */
export const assumptionFor = (r: PlanResult, prefix: string): string | undefined => r.assumptions.find((a) => a.startsWith(`${prefix} =`));

export function planKpis(r: PlanResult, f: Formatter): { money: Kpi[]; people: Kpi[] } {
  const t = r.totals;
  const ps = r.peopleSummary;
  const T = r.periods.length;
  const horizon = `${T} ${r.scenario.periodUnit}${T === 1 ? '' : 's'}`;
  const money = (v: number) => f.moneyCompact(v);
  const count = (v: number) => f.integer(v);
  const fteShow = (v: number) => f.decimal(v, 1);
  // Inputs are amounts unless named in FTE or people.
  const inputText = (name: string, v: number) => (/FTE/.test(name) ? f.decimal(v, 1) : /^(at risk|of whom|no action)/.test(name) ? f.integer(v) : f.money(v));
  const lines = (formula: string, inputs: [string, number][], result: string, intro?: string) => (
    <FigureLines intro={intro} formula={formula} inputs={inputs.map(([name, value]) => ({ name, value, text: inputText(name, value) }))} result={result} format={f} />
  );
  const option = (id: 'buy' | 'borrow' | 'bot' | 'release', label: string, prefix: string, detail: string, fteName: string): Kpi => ({
    id,
    label,
    value: t.byOption[id],
    show: money,
    detail,
    why: lines(`${label} cost = sum over roles and periods of the ${label.toLowerCase()} cost`, [[fteName, t.fte[id]]], f.money(t.byOption[id]), assumptionFor(r, prefix)),
  });
  const saving = t.greedyCost - t.cost;
  return {
    money: [
      {
        id: 'total',
        label: 'Total cost',
        value: t.cost,
        show: money,
        detail: `over ${horizon}`,
        why: lines(
          'total = build + buy + borrow + bot + release',
          [
            ['build (upskill + reskill)', t.byOption.build],
            ['buy (hire)', t.byOption.buy],
            ['borrow (contractors)', t.byOption.borrow],
            ['bot (automation investment)', t.byOption.bot],
            ['release (severance)', t.byOption.release],
          ],
          f.money(t.cost),
          r.assumptions.find((a) => a.startsWith('Costs are')),
        ),
      },
      {
        id: 'build',
        label: 'Build',
        value: t.byOption.build,
        show: money,
        detail: `upskill ${f.moneyCompact(t.upskill)} · reskill ${f.moneyCompact(t.reskill)}`,
        why: lines(
          'build = upskill in role + reskill to another role',
          [
            ['upskill cost', t.upskill],
            ['reskill cost', t.reskill],
            ['FTE upskilled', t.fte.upskill],
            ['FTE reskilled', t.fte.reskill],
            ['program fees (learning spend)', t.learningSpend],
          ],
          f.money(t.byOption.build),
          assumptionFor(r, 'Build'),
        ),
      },
      option('buy', 'Buy', 'Buy', `${fteShow(t.fte.buy)} FTE hired`, 'FTE hired'),
      option('borrow', 'Borrow', 'Borrow', `${fteShow(t.fte.borrow)} FTE on average`, 'contractor FTE on average over the periods'),
      option('bot', 'Bot', 'Bot', `${fteShow(t.fte.bot)} FTE automated by the end`, 'FTE of demand automated at the horizon'),
      option('release', 'Release', 'Release', `${fteShow(t.fte.release)} FTE released`, 'FTE released'),
    ],
    people: [
      {
        id: 'upskilled',
        label: 'Upskilled',
        value: ps.upskill,
        show: count,
        detail: `people, ${fteShow(t.fte.upskill)} FTE`,
        why: lines('people whose recommendation is to upskill in their role', [['FTE made effective by upskilling', t.fte.upskill], ['upskill cost', t.upskill]], `${count(ps.upskill)} people`),
      },
      {
        id: 'reskilled',
        label: 'Reskilled',
        value: ps.reskill,
        show: count,
        detail: `people, ${fteShow(t.fte.reskill)} FTE into other roles`,
        why: lines('people whose recommendation is to reskill to another role', [['FTE made effective by reskilling', t.fte.reskill], ['reskill cost', t.reskill]], `${count(ps.reskill)} people`, r.assumptions.find((a) => a.startsWith('A reskilled'))),
      },
      {
        id: 'hired',
        label: 'Hired',
        value: t.fte.buy,
        show: fteShow,
        detail: `FTE from outside, ${f.moneyCompact(t.byOption.buy)}`,
        why: lines('FTE hired = sum over roles and periods of the hires arriving', [['buy cost', t.byOption.buy]], `${fteShow(t.fte.buy)} FTE`, assumptionFor(r, 'Buy')),
      },
      {
        id: 'released',
        label: 'Released',
        value: ps.release,
        show: count,
        detail: `people, ${fteShow(t.fte.release)} FTE`,
        why: lines('people recommended for release (natural attrition absorbs surplus first)', [['FTE released', t.fte.release], ['severance', t.byOption.release]], `${count(ps.release)} people`, assumptionFor(r, 'Release')),
      },
      {
        id: 'at-risk',
        label: 'At risk',
        value: ps.atRisk,
        show: count,
        detail: `people; ${count(ps.none)} need no action`,
        why: lines('people whose role profile changes or shrinks with no cheaper move for them', [['at risk', ps.atRisk], ['of whom released', ps.release], ['no action', ps.none]], `${count(ps.atRisk)} people`),
      },
      {
        id: 'saving',
        label: 'Saved vs greedy',
        value: saving,
        show: money,
        detail: `plan ${f.moneyCompact(t.cost)} · greedy ${f.moneyCompact(t.greedyCost)}`,
        why: lines(
          'saving = greedy reference cost − optimised plan cost',
          [
            ['optimised plan (LP, rounded)', t.cost],
            ['greedy reference', t.greedyCost],
            ['LP lower bound (no plan can cost less)', t.lpBound],
            ['FTE the greedy plan leaves uncovered', t.greedyShortfallFte],
          ],
          f.money(saving),
          t.greedyShortfallFte > 0 ? 'The greedy reference leaves some demand uncovered; its cost excludes that shortfall, so the true saving is larger.' : 'The greedy reference takes the cheapest option cell by cell, period by period; the optimiser weighs them all at once.',
        ),
      },
    ],
  };
}

interface KpiStripProps {
  result: PlanResult;
  /** The plan as run, when the shown one is a what-if. */
  base: PlanResult | null;
  updating: boolean;
  format: Formatter;
}

export function KpiStrip({ result, base, updating, format: f }: KpiStripProps) {
  const shown = planKpis(result, f);
  const ref = base ? planKpis(base, f) : null;
  const row = (kpis: Kpi[], refs: Kpi[] | undefined, label: string) => (
    <div className="plan-kpis" role="list" aria-label={label}>
      {kpis.map((k, i) => {
        const delta = refs ? k.value - refs[i].value : null;
        return (
          <div role="listitem" key={k.id}>
            <section className="kpi card plan-kpi" aria-labelledby={`plan-kpi-${k.id}-label`} data-testid={`plan-kpi-${k.id}`}>
              <div className="kpi__head">
                <h3 id={`plan-kpi-${k.id}-label`} className="kpi__label">
                  {k.label}
                </h3>
                <WhyButton label={k.label}>{k.why}</WhyButton>
              </div>
              <p className="kpi__value num plan-kpi__value" data-testid={`plan-kpi-${k.id}-value`}>
                {k.show(k.value)}
              </p>
              <p className="kpi__detail">{k.detail}</p>
              {delta !== null && k.show(Math.abs(delta)) !== k.show(0) && (
                <p className={`plan-kpi__delta num ${delta > 0 ? 'is-up' : 'is-down'}`} data-testid={`plan-kpi-${k.id}-delta`}>
                  {signed(delta, k.show)} vs plan as run
                </p>
              )}
            </section>
          </div>
        );
      })}
    </div>
  );
  return (
    <div className="plan-kpi-block" aria-busy={updating || undefined} data-testid="plan-kpis">
      {row(shown.money, ref?.money, 'Cost of the plan')}
      {row(shown.people, ref?.people, 'People in the plan')}
    </div>
  );
}
