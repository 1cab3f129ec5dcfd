// Shown when no engagement is open: recent files (desktop) or the data folder (browser),
// and the ways to start: new, open, or the demo company.
import { useShallow } from 'zustand/react/shallow';
import { Icon } from '../components/Icon';
import { useFormat } from '../lib/use-format';
import { useAppStore } from './store';

export function StartScreen() {
  const format = useFormat();
  const { files, appInfo, busy } = useAppStore(useShallow((s) => ({ files: s.files, appInfo: s.appInfo, busy: s.busy })));
  const { openFile, pickAndOpen, createDemo, setNewDialogOpen } = useAppStore.getState();
  const canPick = appInfo?.canPickFiles ?? false;
  const disabled = busy !== null;

  return (
    <main className="start" id="main" tabIndex={-1} data-testid="start-screen">
      <div className="start__hero">
        <span className="start__logo">
          <Icon name="logo" size={32} />
        </span>
        <h1 className="start__title">Skillshift</h1>
        <p className="start__tagline">Strategic workforce planning: find the skills gaps, model the scenarios, defend the plan.</p>
      </div>
      <div className="start__grid">
        <section className="card start__actions" aria-labelledby="start-new">
          <h2 id="start-new" className="card__title">
            Start
          </h2>
          <button type="button" className="start-action" disabled={disabled} onClick={() => setNewDialogOpen(true)}>
            <Icon name="plus" />
            <span>
              <span className="start-action__title">New engagement</span>
              <span className="start-action__text">An empty engagement for a new client; then bring in their HRIS export and skills sheets with Import data.</span>
            </span>
          </button>
          {canPick && (
            <button type="button" className="start-action" disabled={disabled} onClick={() => void pickAndOpen()}>
              <Icon name="folder" />
              <span>
                <span className="start-action__title">Open…</span>
                <span className="start-action__text">An existing .skillshift file.</span>
              </span>
            </button>
          )}
          <button type="button" className="start-action" disabled={disabled} onClick={() => void createDemo()}>
            <Icon name="spark" />
            <span>
              <span className="start-action__title">Create demo engagement</span>
              <span className="start-action__text">A fictional company of about 2,000 people to explore.</span>
            </span>
          </button>
        </section>
        <section className="card start__files" aria-labelledby="start-files">
          <h2 id="start-files" className="card__title">
            {canPick ? 'Recent engagements' : 'Engagements in the data folder'}
          </h2>
          {appInfo?.dataDir && !canPick && (
            <p className="start__folder">
              Folder: <code>{appInfo.dataDir}</code>
            </p>
          )}
          {files.length === 0 ? (
            <p className="start__empty">No engagement files yet. Create one or start with the demo.</p>
          ) : (
            <ul className="file-list">
              {files.map((f) => (
                <li key={f.file}>
                  <button type="button" className="file-button" disabled={disabled} onClick={() => void openFile(f.file)}>
                    <span className="file-button__name">{f.name ?? f.fileName}</span>
                    <span className="file-button__meta">
                      {f.fileName} · {format.dateTime(f.modifiedAt)} · {format.bytes(f.sizeBytes)}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </main>
  );
}
