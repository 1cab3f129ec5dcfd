import { useAppStore } from '../app/store';
import { formatterFor, type Formatter } from '../format';

/** The formatter for the open engagement's locale and currency (the OS locale before one is open). */
export function useFormat(): Formatter {
  const locale = useAppStore((s) => s.summary?.locale);
  const currency = useAppStore((s) => s.summary?.currency);
  return formatterFor(locale ?? (typeof navigator === 'undefined' ? undefined : navigator.language), currency);
}
