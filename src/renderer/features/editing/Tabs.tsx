// Tabs inside a section (People: list, data quality, history; the scenario workspace; Plan).
// Arrow keys, Home and End move between tabs.
import { useRef } from 'react';

export interface TabSpec<T extends string> {
  id: T;
  label: string;
  badge?: string | null;
}

export const tabId = (scope: string, id: string) => `${scope}-tab-${id}`;
export const panelId = (scope: string, id: string) => `${scope}-panel-${id}`;

export function Tabs<T extends string>({ scope, label, tabs, value, onChange, className }: { scope: string; label: string; tabs: TabSpec<T>[]; value: T; onChange(id: T): void; className?: string }) {
  const list = useRef<HTMLDivElement>(null);
  function onKeyDown(e: React.KeyboardEvent) {
    const at = tabs.findIndex((t) => t.id === value);
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const t = tabs[(next + tabs.length) % tabs.length];
    onChange(t.id);
    list.current?.querySelector<HTMLButtonElement>(`#${tabId(scope, t.id)}`)?.focus();
  }
  return (
    <div ref={list} className={className ? `tabs ${className}` : 'tabs'} role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((t) => (
        <button
          key={t.id}
          id={tabId(scope, t.id)}
          type="button"
          role="tab"
          className="tabs__tab"
          aria-selected={t.id === value}
          aria-controls={panelId(scope, t.id)}
          tabIndex={t.id === value ? 0 : -1}
          data-testid={`tab-${scope}-${t.id}`}
          onClick={() => onChange(t.id)}
        >
          {t.label}
          {t.badge && <span className="tabs__badge">{t.badge}</span>}
        </button>
      ))}
    </div>
  );
}

export function TabPanel({ scope, id, children }: { scope: string; id: string; children: React.ReactNode }) {
  return (
    <div role="tabpanel" id={panelId(scope, id)} aria-labelledby={tabId(scope, id)} className="page">
      {children}
    </div>
  );
}
