import type { ReactNode } from 'react';
import { WhyButton } from './WhyButton';

interface KpiCardProps {
  id: string;
  label: string;
  value: string;
  detail?: ReactNode;
  why: ReactNode;
}

/** One headline figure. `data-testid="kpi-<id>"` lets end-to-end tests read it. */
export function KpiCard({ id, label, value, detail, why }: KpiCardProps) {
  const labelId = `kpi-${id}-label`;
  return (
    <section className="kpi card" aria-labelledby={labelId} data-testid={`kpi-${id}`}>
      <div className="kpi__head">
        <h2 id={labelId} className="kpi__label">
          {label}
        </h2>
        <WhyButton label={label}>{why}</WhyButton>
      </div>
      <p className="kpi__value num" data-testid={`kpi-${id}-value`}>
        {value}
      </p>
      {detail && <p className="kpi__detail">{detail}</p>}
    </section>
  );
}
