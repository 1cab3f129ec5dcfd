// A folder or file on this computer for the taxonomy imports. The desktop opens a native
// dialog. The browser host runs on this same machine and reads the path directly: the import
// API takes paths, not uploads, for these multi-file releases, so the browser asks for the path
// (nothing is uploaded or sent anywhere).
import { useId, useState } from 'react';
import { call, asApiError } from '../../../api/client';
import { useAppStore } from '../../../app/store';

interface PathFieldProps {
  label: string;
  purpose: 'taxonomy-folder' | 'taxonomy-file';
  value: string;
  onChange(path: string): void;
  dialogTitle: string;
  hint: string;
  required?: boolean;
  testId?: string;
}

export function PathField({ label, purpose, value, onChange, dialogTitle, hint, required = true, testId }: PathFieldProps) {
  const id = useId();
  const canPick = useAppStore((s) => s.appInfo?.canPickFiles ?? false);
  const [error, setError] = useState<string | null>(null);
  const what = purpose === 'taxonomy-folder' ? 'folder' : 'file';

  async function pick() {
    try {
      const path = await call('pickPath', { purpose, title: dialogTitle });
      if (path) onChange(path);
      setError(null);
    } catch (e) {
      setError(asApiError(e).message);
    }
  }

  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {!required && <span className="muted"> (optional)</span>}
      </label>
      <div className="field__control">
        <input
          id={id}
          className="input mono"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          placeholder={purpose === 'taxonomy-folder' ? '/home/me/Downloads/db_29_2_excel' : '/home/me/Downloads/index.csv'}
          aria-describedby={`${id}-h`}
          spellCheck={false}
          autoComplete="off"
          data-testid={testId}
        />
        {canPick && (
          <button type="button" className="button button--secondary" onClick={() => void pick()}>
            Choose {what}…
          </button>
        )}
      </div>
      <p id={`${id}-h`} className="field__hint">
        {hint}{' '}
        {canPick
          ? `Choose the ${what}, or paste its full path.`
          : `Type the ${what}'s full path on this computer: the Skillshift host runs here and reads it in place; nothing is uploaded. (Browsers cannot hand over a folder's path, and these imports read several files by name.)`}
      </p>
      {error && <p className="field__error">{error}</p>}
    </div>
  );
}
