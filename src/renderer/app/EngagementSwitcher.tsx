// The engagement switcher in the header: other files to open, plus new / demo / open / close.
import { useEffect, useId, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Icon } from '../components/Icon';
import { useFormat } from '../lib/use-format';
import { useAppStore } from './store';

export function EngagementSwitcher() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const format = useFormat();
  const { files, summary, appInfo, busy } = useAppStore(
    useShallow((s) => ({ files: s.files, summary: s.summary, appInfo: s.appInfo, busy: s.busy })),
  );
  const { openFile, pickAndOpen, createDemo, closeEngagement, setNewDialogOpen } = useAppStore.getState();
  const others = files.filter((f) => f.file !== summary?.file && f.fileName !== summary?.fileName);

  useEffect(() => {
    if (!open) return;
    void useAppStore.getState().refreshFiles();
    const onPointer = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onPointer);
    return () => document.removeEventListener('mousedown', onPointer);
  }, [open]);

  const act = (fn: () => unknown) => () => {
    setOpen(false);
    void fn();
  };

  return (
    <div
      className="switcher"
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
        className="button button--secondary switcher__button"
        aria-expanded={open}
        aria-controls={panelId}
        disabled={busy !== null}
        onClick={() => setOpen((o) => !o)}
      >
        Switch engagement
        <Icon name="chevron" size={16} />
      </button>
      {open && (
        <div id={panelId} className="switcher__panel" role="group" aria-label="Switch engagement">
          <p className="switcher__heading">{appInfo?.canPickFiles ? 'Recent engagements' : 'Engagements in the data folder'}</p>
          {others.length === 0 ? (
            <p className="switcher__empty">No other engagement files yet.</p>
          ) : (
            <ul className="switcher__list">
              {others.map((f) => (
                <li key={f.file}>
                  <button type="button" className="file-button" onClick={act(() => openFile(f.file))}>
                    <span className="file-button__name">{f.name ?? f.fileName}</span>
                    <span className="file-button__meta">
                      {f.fileName} · {format.dateTime(f.modifiedAt)}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="switcher__actions">
            {appInfo?.canPickFiles && (
              <button type="button" className="button button--ghost" onClick={act(pickAndOpen)}>
                Open…
              </button>
            )}
            <button type="button" className="button button--ghost" onClick={act(() => setNewDialogOpen(true))}>
              {appInfo?.canPickFiles ? 'New…' : 'New engagement'}
            </button>
            <button type="button" className="button button--ghost" onClick={act(createDemo)}>
              Create demo engagement
            </button>
            <button type="button" className="button button--ghost" onClick={act(closeEngagement)}>
              Close engagement
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
