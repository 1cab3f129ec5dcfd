// The editor that replaces a cell while it is edited. The typed value is checked against the
// same zod schema the API uses (instant feedback), then saved; a refusal from the API (the
// authoritative check: references, uniqueness, reporting loops) shows in the same place.
// Enter or Tab saves, Escape cancels.
import { useEffect, useId, useRef, useState } from 'react';
import { EditorError, validateAndSave, type EditorProps } from './VirtualTableEditorParts';
import { VirtualTableReferenceEditor } from './VirtualTableReferenceEditor';
import { parseDraft } from './VirtualTableValues';

export function VirtualTableEditor<R>(props: EditorProps<R>) {
  const { edit } = props;
  if (edit.kind === 'reference') return <VirtualTableReferenceEditor {...props} />;
  if (edit.kind === 'enum' || edit.kind === 'boolean') return <ChoiceEditor {...props} />;
  return <TextEditor {...props} />;
}

function TextEditor<R>(p: EditorProps<R>) {
  const [text, setText] = useState(p.initial);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const errorId = useId();
  useEffect(() => {
    input.current?.focus();
    // Started by typing a character: keep it and put the caret after it; else select all.
    if (p.typed && input.current) input.current.setSelectionRange(p.initial.length, p.initial.length);
    else input.current?.select();
  }, [p.initial, p.typed]);

  async function commit(move?: 'next' | 'previous') {
    if (saving) return;
    const parsed = parseDraft(p.edit.kind, text, p.edit.nullable ?? false, p.locale);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    setSaving(true);
    const message = await validateAndSave(p, parsed.value);
    setSaving(false);
    if (message) {
      setError(message);
      input.current?.focus();
    } else p.close(move);
  }

  return (
    <span className="vt__editor">
      <input
        ref={input}
        className={`input vt__input${p.edit.kind === 'number' ? ' vt__input--number' : ''}`}
        value={text}
        aria-label={p.label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        aria-busy={saving || undefined}
        inputMode={p.edit.kind === 'number' ? 'decimal' : undefined}
        placeholder={p.edit.kind === 'date' ? 'YYYY-MM-DD' : p.edit.nullable ? 'empty' : undefined}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => {
          setText(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter') {
            e.preventDefault();
            void commit();
          } else if (e.key === 'Tab') {
            e.preventDefault();
            void commit(e.shiftKey ? 'previous' : 'next');
          } else if (e.key === 'Escape') {
            e.preventDefault();
            p.close();
          }
        }}
        onBlur={(e) => {
          // Clicking elsewhere cancels an unsaved edit rather than saving something half-typed.
          if (!saving && !e.currentTarget.parentElement?.contains(e.relatedTarget as Node)) p.close();
        }}
      />
      <EditorError id={errorId} message={error} />
    </span>
  );
}

function ChoiceEditor<R>(p: EditorProps<R>) {
  const [error, setError] = useState<string | null>(null);
  const select = useRef<HTMLSelectElement>(null);
  // A choice made with the pointer saves at once; arrow keys only move through the choices
  // (a closed select changes value on each arrow press) until Enter or Tab.
  const pointer = useRef(false);
  const errorId = useId();
  useEffect(() => select.current?.focus(), []);
  const options = p.edit.kind === 'boolean' ? [{ value: 'true', label: 'Yes' }, { value: 'false', label: 'No' }] : (p.edit.options ?? []);
  const current = p.edit.value(p.row);

  async function choose(text: string, move?: 'next' | 'previous') {
    const value = p.edit.kind === 'boolean' ? text === 'true' : text === '' && p.edit.nullable ? null : text;
    const message = await validateAndSave(p, value);
    if (message) setError(message);
    else p.close(move);
  }

  return (
    <span className="vt__editor">
      <select
        ref={select}
        className="select vt__input"
        aria-label={p.label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        defaultValue={current === null || current === undefined ? '' : String(current)}
        onMouseDown={() => (pointer.current = true)}
        onChange={(e) => {
          setError(null);
          if (pointer.current) void choose(e.target.value);
        }}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Escape') {
            e.preventDefault();
            p.close();
          } else if (e.key === 'Enter' || e.key === 'Tab') {
            e.preventDefault();
            void choose(e.currentTarget.value, e.key === 'Tab' ? (e.shiftKey ? 'previous' : 'next') : undefined);
          }
        }}
        onBlur={(e) => {
          if (!e.currentTarget.parentElement?.contains(e.relatedTarget as Node)) p.close();
        }}
      >
        {p.edit.nullable && <option value="">— none —</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <EditorError id={errorId} message={error} />
    </span>
  );
}
