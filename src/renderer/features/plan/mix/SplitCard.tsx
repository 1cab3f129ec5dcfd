// The question HR asks: how much of the build is upskilling people in their role, and how much
// reskilling them into another? FTE, cost and cost per FTE side by side, the people behind them,
// and the roles people are reskilled into.
import type { PlanResult } from '../../../../shared/plan-types';
import { WhyButton } from '../../../components/WhyButton';
import type { Formatter } from '../../../format';
import { FigureLines } from '../FigureWhy';
import { mixTotals, reskillTargets } from './mix-data';

function Bar({ label, upskill, reskill, show }: { label: string; upskill: number; reskill: number; show(v: number): string }) {
  const total = upskill + reskill;
  const share = total > 0 ? upskill / total : 0;
  return (
    <div className="plan-split__row">
      <div className="plan-split__row-head">
        <span>{label}</span>
        <span className="num muted">{show(total)}</span>
      </div>
      <div className="plan-split__track" aria-hidden="true">
        <div className="plan-split__up" style={{ width: `${share * 100}%` }} />
        <div className="plan-split__re" style={{ width: `${(1 - share) * 100}%` }} />
      </div>
    </div>
  );
}

export function SplitCard({ result, cell, cellLabel, format: f }: { result: PlanResult; cell: string | null; cellLabel: string; format: Formatter }) {
  const t = mixTotals(result, cell);
  const upFte = t.fte.upskill;
  const reFte = t.fte.reskill;
  const share = upFte + reFte > 0 ? upFte / (upFte + reFte) : null;
  const perFte = (cost: number, n: number) => (n > 1e-9 ? f.money(cost / n) : '—');
  const targets = cell === null ? reskillTargets(result) : [];
  const ps = result.peopleSummary;
  return (
    <section className="card plan-split" aria-labelledby="plan-split-title" data-testid="plan-split">
      <header className="card__header">
        <h2 id="plan-split-title" className="card__title">
          Upskill or reskill?
        </h2>
        <div className="card__tools">
          <WhyButton label="Upskill or reskill">
            <FigureLines
              format={f}
              formula="share upskilled = upskill FTE / (upskill FTE + reskill FTE)"
              inputs={[
                { name: 'upskill FTE', value: upFte, text: f.decimal(upFte, 1) },
                { name: 'reskill FTE', value: reFte, text: f.decimal(reFte, 1) },
                { name: 'upskill cost', value: t.cost.upskill },
                { name: 'reskill cost', value: t.cost.reskill },
              ]}
              result={share === null ? 'no build' : f.percent(share, 0)}
              intro="Upskilling deepens skills for the person's own role (its profile changes); reskilling prepares them for another role, one they fit at least at the minimum fit."
            />
          </WhyButton>
        </div>
      </header>
      <p className="plan-split__lead" data-testid="split-share">
        {share === null ? (
          <>No build for {cellLabel}.</>
        ) : (
          <>
            <span className="plan-split__big num">{f.percent(share, 0)}</span> of the build FTE for {cellLabel} is <strong>upskilling</strong> in role, {f.percent(1 - share, 0)}{' '}
            <strong>reskilling</strong> into another role.
          </>
        )}
      </p>
      <Bar label="FTE" upskill={upFte} reskill={reFte} show={(v) => `${f.decimal(v, 1)} FTE`} />
      <Bar label="Cost" upskill={t.cost.upskill} reskill={t.cost.reskill} show={(v) => f.money(v)} />
      <dl className="plan-split__facts">
        <div>
          <dt>
            <span className="plan-swatch plan-swatch--upskill" aria-hidden="true" /> Upskill
          </dt>
          <dd className="num" data-testid="split-upskill">
            {f.decimal(upFte, 1)} FTE · {f.money(t.cost.upskill)} · {perFte(t.cost.upskill, upFte)} per FTE
            {cell === null && ` · ${f.integer(ps.upskill)} people`}
          </dd>
        </div>
        <div>
          <dt>
            <span className="plan-swatch plan-swatch--reskill" aria-hidden="true" /> Reskill
          </dt>
          <dd className="num" data-testid="split-reskill">
            {f.decimal(reFte, 1)} FTE · {f.money(t.cost.reskill)} · {perFte(t.cost.reskill, reFte)} per FTE
            {cell === null && ` · ${f.integer(ps.reskill)} people`}
          </dd>
        </div>
      </dl>
      {targets.length > 0 && (
        <div className="plan-split__targets">
          <h3 className="plan-subtitle">Reskilled into</h3>
          <ol className="bar-list">
            {targets.map((x) => (
              <li key={x.label}>
                <span>{x.label}</span>
                <span className="num">{f.decimal(x.fte, 1)} FTE</span>
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
