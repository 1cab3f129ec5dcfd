import { useEffect, useId, useRef, useState } from 'react';
import { useDebounced } from '../lib/use-debounced';

interface SearchBoxProps {
  label: string;
  placeholder?: string;
  value: string;
  /** Called once typing pauses, not on every key. */
  onSearch(value: string): void;
  delay?: number;
}

export const SEARCH_DELAY_MS = 300;

export function SearchBox({ label, placeholder, value, onSearch, delay = SEARCH_DELAY_MS }: SearchBoxProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const settled = useDebounced(text, delay);
  const reported = useRef(value);

  useEffect(() => {
    if (settled === reported.current) return;
    reported.current = settled;
    onSearch(settled);
  }, [settled, onSearch]);

  return (
    <div className="search">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <span className="search__icon" aria-hidden="true">
        <svg viewBox="0 0 20 20" width="16" height="16">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <path d="M12.7 12.7 17 17" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
      </span>
      <input
        id={id}
        type="search"
        className="input search__input"
        placeholder={placeholder}
        value={text}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && text) {
            e.preventDefault();
            setText('');
          }
        }}
      />
    </div>
  );
}
