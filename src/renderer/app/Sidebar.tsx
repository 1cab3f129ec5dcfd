// Section navigation: real links (`#/people`) so they work with the keyboard, middle-click is
// harmless and back/forward move between sections; arrow keys move along the list.
import { useRef } from 'react';
import type { Section } from '../../shared/events';
import { Icon } from '../components/Icon';
import { hashOf, sectionGroups, sectionLabels } from './sections';
import { useAppStore } from './store';

export function Sidebar() {
  const section = useAppStore((s) => s.section);
  const navigate = useAppStore((s) => s.navigate);
  const nav = useRef<HTMLElement>(null);

  function onKeyDown(e: React.KeyboardEvent) {
    const links = Array.from(nav.current?.querySelectorAll<HTMLAnchorElement>('a.nav__link') ?? []);
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    const target = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: links.length - 1 }[e.key];
    if (target === undefined) return;
    e.preventDefault();
    links[(target + links.length) % links.length].focus();
  }

  function go(e: React.MouseEvent, s: Section) {
    // Plain left clicks navigate in place; modified clicks keep the browser's behaviour.
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(s);
  }

  return (
    <nav ref={nav} className="sidebar" aria-label="Sections" onKeyDown={onKeyDown}>
      <div className="sidebar__brand">
        <span className="sidebar__logo">
          <Icon name="logo" size={20} />
        </span>
        <span className="sidebar__product">Skillshift</span>
      </div>
      {sectionGroups.map((group) => (
        <div key={group.label} className="nav__group">
          <p className="nav__group-label" id={`nav-group-${group.label}`}>
            {group.label}
          </p>
          <ul className="nav__list" aria-labelledby={`nav-group-${group.label}`}>
            {group.sections.map((s) => (
              <li key={s}>
                <a
                  href={hashOf(s)}
                  className="nav__link"
                  aria-current={s === section ? 'page' : undefined}
                  data-testid={`nav-${s}`}
                  onClick={(e) => go(e, s)}
                >
                  <Icon name={s} />
                  <span>{sectionLabels[s]}</span>
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
