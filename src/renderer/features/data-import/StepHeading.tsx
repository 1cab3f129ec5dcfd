import { useEffect, useRef, type ReactNode } from 'react';

/** A step's heading: it takes focus when the step appears, so keyboard and screen-reader users start there. */
export function StepHeading({ children, description }: { children: ReactNode; description?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, []);
  return (
    <div className="wizard-step__head">
      <h3 ref={ref} tabIndex={-1} className="wizard-step__title" data-testid="step-heading">
        {children}
      </h3>
      {description && <p className="wizard-step__description">{description}</p>}
    </div>
  );
}
