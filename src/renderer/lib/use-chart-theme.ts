// Recharts draws SVG with explicit colours, so the palette is read from the CSS tokens and
// re-read when the OS switches between light and dark: charts follow the theme like the rest.
import { useEffect, useState } from 'react';

export interface ChartTheme {
  series: string[];
  grid: string;
  axis: string;
  text: string;
  tooltipBg: string;
  tooltipBorder: string;
  cursor: string;
}

const fallback: ChartTheme = {
  series: ['#2f5fd0', '#13907f', '#c9772b', '#8a4fc7', '#c2456b', '#4f7a28', '#5a6b82'],
  grid: '#e3e7ee',
  axis: '#c9d0db',
  text: '#5a6478',
  tooltipBg: '#ffffff',
  tooltipBorder: '#d5dbe5',
  cursor: 'rgba(47, 95, 208, 0.08)',
};

export function readChartTheme(root: Element | null = typeof document === 'undefined' ? null : document.documentElement): ChartTheme {
  if (!root || typeof getComputedStyle === 'undefined') return fallback;
  const style = getComputedStyle(root);
  const v = (name: string, dflt: string) => style.getPropertyValue(name).trim() || dflt;
  return {
    series: fallback.series.map((c, i) => v(`--chart-${i + 1}`, c)),
    grid: v('--chart-grid', fallback.grid),
    axis: v('--chart-axis', fallback.axis),
    text: v('--color-text-muted', fallback.text),
    tooltipBg: v('--color-surface-raised', fallback.tooltipBg),
    tooltipBorder: v('--color-border', fallback.tooltipBorder),
    cursor: v('--chart-cursor', fallback.cursor),
  };
}

export function useChartTheme(): ChartTheme {
  const [theme, setTheme] = useState(readChartTheme);
  useEffect(() => {
    if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return;
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const update = () => setTheme(readChartTheme());
    media.addEventListener?.('change', update);
    return () => media.removeEventListener?.('change', update);
  }, []);
  return theme;
}
