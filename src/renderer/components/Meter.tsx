/** A labelled share 0-1 as a bar, e.g. assessment coverage. */
export function Meter({ label, share, text }: { label: string; share: number; text: string }) {
  const pct = Math.max(0, Math.min(1, share)) * 100;
  return (
    <div className="meter">
      <div className="meter__label">
        <span>{label}</span>
        <span className="num">{text}</span>
      </div>
      <div className="meter__track" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(pct)} aria-valuetext={text}>
        <div className="meter__fill" style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}
