// "Why this number": every figure can show the formula and inputs behind it (DESIGN.md section 2).
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface WhyButtonProps {
  /** What the number is, e.g. "Annual cost"; names the button for screen readers. */
  label: string;
  children: ReactNode;
}

export function WhyButton({ label, children }: WhyButtonProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onPointer);
    return () => document.removeEventListener('mousedown', onPointer);
  }, [open]);

  return (
    <div
      className="why"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className="why__button"
        aria-label={`Why this number: ${label}`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">?</span>
      </button>
      {open && (
        <div id={panelId} role="note" aria-label={`How ${label} is calculated`} className="why__panel">
          <p className="why__title">{label}</p>
          {children}
        </div>
      )}
    </div>
  );
}

/** A labelled list of the inputs a figure was computed from. */
export function WhyInputs({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="why__inputs">
      {items.map(([k, v]) => (
        <div key={k} className="why__input">
          <dt>{k}</dt>
          <dd className="num">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
