// A combobox for reference cells (role, org unit, location, manager, skill): type to search the
// host's records, arrows to move, Enter to pick, Escape to cancel. Only the matches travel, so
// choosing a manager among 100,000 people stays quick.
import { useEffect, useId, useRef, useState } from 'react';
import type { Option } from '../../shared/edit-types';
import { call } from '../api/client';
import { useDebounced } from '../lib/use-debounced';
import { EditorError, validateAndSave, type EditorProps } from './VirtualTableEditorParts';

const NONE: Option = { value: '', label: '— none —' };

export function VirtualTableReferenceEditor<R>(p: EditorProps<R>) {
  const current = p.edit.value(p.row);
  const [text, setText] = useState(p.typed ? p.initial : '');
  const [options, setOptions] = useState<Option[]>([]);
  const [more, setMore] = useState(false);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const search = useDebounced(text, 150);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const errorId = useId();

  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    let live = true;
    const include = typeof current === 'number' ? [current] : undefined;
    call('listOptions', { kind: p.edit.reference!, search: search.trim() || undefined, include, limit: 30 })
      .then((r) => {
        if (!live) return;
        const list = p.edit.nullable ? [NONE, ...r.options] : r.options;
        setOptions(list);
        setMore(r.more);
        const at = search.trim() ? list.findIndex((o) => o !== NONE) : list.findIndex((o) => o.value === (current ?? ''));
        setActive(Math.max(0, at));
      })
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [search, p.edit.reference, p.edit.nullable, current]);

  async function pick(o: Option | undefined, move?: 'next' | 'previous') {
    if (!o) return;
    const value = o === NONE ? null : o.value;
    if (value === (current ?? null)) return p.close(move);
    const message = await validateAndSave(p, value);
    if (message) setError(message);
    else p.close(move);
  }

  const optionId = (i: number) => `${listId}-o${i}`;
  return (
    <span className="vt__editor vt__editor--combo">
      <input
        ref={input}
        className="input vt__input"
        role="combobox"
        aria-label={p.label}
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={options.length ? optionId(active) : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        placeholder={p.edit.label?.(p.row) ?? 'Search…'}
        value={text}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          setText(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.min(options.length - 1, Math.max(0, a + (e.key === 'ArrowDown' ? 1 : -1))));
          } else if (e.key === 'Enter' || e.key === 'Tab') {
            e.preventDefault();
            void pick(options[active], e.key === 'Tab' ? (e.shiftKey ? 'previous' : 'next') : undefined);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            p.close();
          }
        }}
        onBlur={(e) => {
          if (!e.currentTarget.parentElement?.contains(e.relatedTarget as Node)) p.close();
        }}
      />
      <ul id={listId} role="listbox" className="vt__options" aria-label={`${p.label}: choices`}>
        {options.map((o, i) => (
          <li
            key={`${o.value}`}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className="vt__option"
            onMouseDown={(e) => {
              e.preventDefault(); // keep focus in the input
              void pick(o);
            }}
          >
            <span>{o.label}</span>
            {o.hint && <span className="muted vt__option-hint">{o.hint}</span>}
          </li>
        ))}
        {more && <li className="vt__option vt__option--more muted">Type to narrow the list…</li>}
        {options.length === 0 && <li className="vt__option muted">No match</li>}
      </ul>
      <EditorError id={errorId} message={error} />
    </span>
  );
}
