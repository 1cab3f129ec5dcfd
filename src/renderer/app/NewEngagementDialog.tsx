// Creates an empty engagement. In the browser the file goes into the data folder under the name
// typed here; in Electron a native save dialog asks where to put it after this form.
import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../shared/result';
import { Dialog } from '../components/Dialog';
import { useAppStore, withExtension } from './store';

const currencies = ['EUR', 'GBP', 'USD', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'CAD', 'AUD', 'JPY', 'INR', 'SGD'];
const locales = ['en-GB', 'en-US', 'de-DE', 'fr-FR', 'nl-NL', 'es-ES', 'it-IT', 'sv-SE', 'da-DK', 'pl-PL', 'de-CH', 'fr-CH', 'ja-JP'];

/** A file name from the engagement name: "Acme Retail 2025" -> "acme-retail-2025". */
export const slugOf = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

export function NewEngagementDialog() {
  const canPickFiles = useAppStore((s) => s.appInfo?.canPickFiles ?? false);
  const busy = useAppStore((s) => s.busy);
  const close = () => useAppStore.getState().setNewDialogOpen(false);
  const [name, setName] = useState('');
  const [currency, setCurrency] = useState('EUR');
  const [locale, setLocale] = useState(navigator.language && /^[a-z]{2}-[A-Z]{2}$/.test(navigator.language) ? navigator.language : 'en-GB');
  const [fileName, setFileName] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const suggestedFile = slugOf(name) || 'engagement';

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const store = useAppStore.getState();
    const ok = await store.createEngagement({
      name: name.trim(),
      currency: currency.trim().toUpperCase(),
      locale: locale.trim(),
      fileName: canPickFiles ? undefined : fileName.trim() || suggestedFile,
    });
    if (ok) {
      close();
      return;
    }
    // Keep the form open with the reason next to it rather than behind the modal.
    const banner = useAppStore.getState().banner;
    if (banner) {
      setError(banner.error);
      store.dismissBanner();
    }
  }

  const fieldError = (path: string) =>
    Array.isArray(error?.details) ? (error.details as { path: string; message: string }[]).find((d) => d.path === path)?.message : undefined;

  return (
    <Dialog
      title="New engagement"
      description={canPickFiles ? 'You will choose where to save the file next.' : 'The file is created in the data folder.'}
      onClose={close}
      footer={
        <>
          <button type="button" className="button button--ghost" onClick={close}>
            Cancel
          </button>
          <button type="submit" form="new-engagement-form" className="button button--primary" disabled={busy !== null}>
            {canPickFiles ? 'Choose location and create' : 'Create engagement'}
          </button>
        </>
      }
    >
      <form id="new-engagement-form" className="form" onSubmit={submit} noValidate>
        {error && (
          <div className="notice notice--error" role="alert">
            <p className="notice__message">{error.message}</p>
          </div>
        )}
        <div className="field">
          <label htmlFor="new-name">Client or engagement name</label>
          <input id="new-name" className="input" data-autofocus required value={name} onChange={(e) => setName(e.target.value)} aria-invalid={Boolean(fieldError('name')) || undefined} />
          {fieldError('name') && <p className="field__error">{fieldError('name')}</p>}
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="new-currency">Currency</label>
            <input id="new-currency" className="input" list="new-currency-list" value={currency} maxLength={3} onChange={(e) => setCurrency(e.target.value)} aria-describedby="new-currency-hint" />
            <datalist id="new-currency-list">{currencies.map((c) => <option key={c} value={c} />)}</datalist>
            <p id="new-currency-hint" className="field__hint">ISO code, e.g. EUR</p>
            {fieldError('currency') && <p className="field__error">{fieldError('currency')}</p>}
          </div>
          <div className="field">
            <label htmlFor="new-locale">Number and date format</label>
            <input id="new-locale" className="input" list="new-locale-list" value={locale} onChange={(e) => setLocale(e.target.value)} aria-describedby="new-locale-hint" />
            <datalist id="new-locale-list">{locales.map((l) => <option key={l} value={l} />)}</datalist>
            <p id="new-locale-hint" className="field__hint">Locale, e.g. en-GB or de-DE</p>
            {fieldError('locale') && <p className="field__error">{fieldError('locale')}</p>}
          </div>
        </div>
        {!canPickFiles && (
          <div className="field">
            <label htmlFor="new-file">File name</label>
            <input id="new-file" className="input" value={fileName} placeholder={withExtension(suggestedFile)} onChange={(e) => setFileName(e.target.value)} aria-describedby="new-file-hint" />
            <p id="new-file-hint" className="field__hint">Saved in the data folder; “.skillshift” is added if missing.</p>
            {fieldError('file') && <p className="field__error">{fieldError('file')}</p>}
          </div>
        )}
      </form>
    </Dialog>
  );
}
