// The frame: skip link, sidebar, header with the engagement, the current section, and the
// banner / progress / dialogs that can appear over any of them. No engagement: the start screen.
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Section } from '../../shared/events';
import { Loading } from '../components/Loading';
import { ImportWizard } from '../features/data-import/ImportWizard';
import { BusyBar } from './BusyBar';
import { ErrorBanner } from './ErrorBanner';
import { Header } from './Header';
import { NewEngagementDialog } from './NewEngagementDialog';
import { SectionView } from './SectionView';
import { sectionFromHash, sectionLabels } from './sections';
import { Sidebar } from './Sidebar';
import { StartScreen } from './StartScreen';
import { useAppStore } from './store';

function useHashRouting() {
  useEffect(() => {
    const sync = () => {
      const s = sectionFromHash(window.location.hash);
      if (s && s !== useAppStore.getState().section) useAppStore.getState().navigate(s, { updateHash: false });
    };
    sync();
    window.addEventListener('hashchange', sync);
    window.addEventListener('popstate', sync);
    return () => {
      window.removeEventListener('hashchange', sync);
      window.removeEventListener('popstate', sync);
    };
  }, []);
}

/** The window title names the section and engagement (task switchers, history); a new section starts at the top. */
function useSectionChrome(section: Section, engagement: string | null) {
  useEffect(() => {
    document.title = engagement ? `${sectionLabels[section]} · ${engagement} · Skillshift` : 'Skillshift';
  }, [section, engagement]);
  useEffect(() => {
    document.documentElement.scrollTop = 0;
  }, [section]);
}

function skipToMain(e: React.MouseEvent) {
  // A plain `#main` link would replace the route in the hash, so focus the region directly.
  e.preventDefault();
  document.getElementById('main')?.focus();
}

export function App() {
  const { status, engagement, section, newDialogOpen } = useAppStore(
    useShallow((s) => ({ status: s.status, engagement: s.summary?.name ?? null, section: s.section, newDialogOpen: s.newDialogOpen })),
  );
  const open = engagement !== null;
  useHashRouting();
  useSectionChrome(section, engagement);
  useEffect(() => {
    void useAppStore.getState().init();
  }, []);

  return (
    <div className="app">
      <a href="#main" className="skip-link" onClick={skipToMain}>
        Skip to content
      </a>
      {status !== 'ready' ? (
        <main id="main" className="app__starting">
          <Loading label="Starting Skillshift…" />
        </main>
      ) : open ? (
        <div className="frame">
          <Sidebar />
          <div className="frame__content">
            <Header />
            <BusyBar />
            <ErrorBanner />
            <main id="main" className="main" tabIndex={-1} data-section={section}>
              <SectionView section={section} />
            </main>
          </div>
          <ImportWizard />
        </div>
      ) : (
        <div className="frame frame--start">
          <BusyBar />
          <ErrorBanner />
          <StartScreen />
        </div>
      )}
      {newDialogOpen && <NewEngagementDialog />}
    </div>
  );
}
