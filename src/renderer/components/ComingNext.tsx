import type { ReactNode } from 'react';

interface ComingNextProps {
  /** What the finished section will do, item by item. */
  items: ReactNode[];
  children?: ReactNode;
}

/** Says plainly what an unbuilt section will hold, so nobody mistakes it for missing data. */
export function ComingNext({ items, children }: ComingNextProps) {
  return (
    <section className="card coming-next" aria-label="What this section will hold" data-testid="coming-next">
      <div className="coming-next__badge">Coming next</div>
      <h2 className="card__title">What this section will hold</h2>
      <ul className="coming-next__list">
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
      {children}
    </section>
  );
}
