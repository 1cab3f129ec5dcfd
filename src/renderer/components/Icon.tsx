// Small line icons drawn inline (no icon font or image requests; the CSP allows only 'self').
import type { Section } from '../../shared/events';

const paths: Record<Section | 'logo' | 'chevron' | 'folder' | 'plus' | 'spark', string> = {
  overview: 'M3 13h6V3H3zm8 4h6V3h-6zM3 17h6v-2H3z',
  people: 'M7 9a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm6 0a2.5 2.5 0 1 0 0-5M1.5 17c.5-3 2.8-5 5.5-5s5 2 5.5 5M14 12c2 .3 3.8 2 4.3 5',
  roles: 'M3 6h14v10H3zM7 6V4h6v2M3 10h14',
  skills: 'M10 2l2.4 5 5.4.6-4 3.7 1.1 5.3L10 14l-4.9 2.6 1.1-5.3-4-3.7L7.6 7z',
  gaps: 'M3 3h4v4H3zm5 0h4v4H8zm5 0h4v4h-4zM3 8h4v4H3zm5 0h4v4H8zM3 13h4v4H3z',
  scenarios: 'M4 16V9m6 7V4m6 12v-5M2 16h16',
  plan: 'M4 3h12v14H4zM7 7h6M7 10h6M7 13h3',
  reports: 'M5 2h7l4 4v12H5zM12 2v4h4M8 11h5M8 14h5',
  settings: 'M10 12.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM10 2v2m0 12v2M2 10h2m12 0h2M4.3 4.3l1.4 1.4m8.6 8.6 1.4 1.4m0-11.4-1.4 1.4m-8.6 8.6-1.4 1.4',
  logo: 'M3 14l4-5 3 3 4-6 3 4M3 17h14',
  chevron: 'M6 8l4 4 4-4',
  folder: 'M2 5h6l2 2h8v9H2z',
  plus: 'M10 4v12M4 10h12',
  spark: 'M10 2v4m0 8v4M2 10h4m8 0h4M4.5 4.5l2.5 2.5m6 6 2.5 2.5m0-11-2.5 2.5m-6 6-2.5 2.5',
};

export function Icon({ name, size = 18 }: { name: keyof typeof paths; size?: number }) {
  return (
    <svg viewBox="0 0 20 20" width={size} height={size} aria-hidden="true" focusable="false" className="icon">
      <path d={paths[name]} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
