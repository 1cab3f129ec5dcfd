// One section of the last report (problems, added, changed, removed), paged from the host with
// importReportPage: the report keeps every entry there, the page holds only what is shown.
import { useEffect, useState } from 'react';
import type { Page } from '../../../shared/api-types';
import type { DiffEntry, ImportIssue, ReportSection } from '../../../shared/import-types';
import type { ApiError } from '../../../shared/result';
import { asApiError, call } from '../../api/client';

export const REPORT_PAGE_SIZES = [10, 25, 100] as const;

export function useReportPage<T extends ImportIssue | DiffEntry>(stagingId: string, section: ReportSection, version: unknown) {
  const [offset, setOffset] = useState(0);
  const [limit, setLimit] = useState<number>(REPORT_PAGE_SIZES[0]);
  const [page, setPage] = useState<Page<T> | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);

  // A new report starts at its first page.
  useEffect(() => setOffset(0), [version]);

  useEffect(() => {
    let live = true;
    setLoading(true);
    call('importReportPage', { stagingId, section, offset, limit })
      .then((p) => live && (setPage(p as Page<T>), setError(null)))
      .catch((e) => live && setError(asApiError(e)))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [stagingId, section, offset, limit, version]);

  return { page, error, loading, offset, limit, setOffset, setLimit: (l: number) => (setLimit(l), setOffset(0)) };
}
