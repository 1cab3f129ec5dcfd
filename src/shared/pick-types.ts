// Native file dialogs for everything the desktop app reads or writes besides the engagement:
// an import source (CSV/XLSX), an export destination (save with the right extension) and the
// official taxonomy releases (an O*NET or ESCO folder, an exposure-index file). The browser
// host has no native dialog: it uploads and downloads instead (see features/data-import).
import { z } from 'zod';

export const pickPurposes = ['engagement', 'import', 'export', 'taxonomy-folder', 'taxonomy-file'] as const;
export type PickPurpose = (typeof pickPurposes)[number];

export const PickPathInput = z
  .object({
    purpose: z.enum(pickPurposes),
    /** Engagement files are opened or saved; the other purposes have one mode each (export saves). */
    mode: z.enum(['open', 'save']).optional(),
    /** Save dialogs: the file name offered. */
    suggestedName: z.string().max(200).optional(),
    /** Export: the format written, which sets the filter and the extension. */
    format: z.enum(['csv', 'xlsx']).optional(),
    /** Shown as the dialog's title (e.g. "Choose the O*NET database folder"). */
    title: z.string().trim().min(1).max(120).optional(),
  })
  .strict()
  .refine((v) => v.purpose !== 'export' || v.format !== undefined, { message: 'an export destination needs its format (csv or xlsx)', path: ['format'] })
  .refine((v) => v.mode !== 'save' || v.purpose === 'engagement' || v.purpose === 'export', {
    message: 'only engagement files and exports are saved; imports and taxonomies are opened',
    path: ['mode'],
  });
export type PickPathRequest = z.output<typeof PickPathInput>;
