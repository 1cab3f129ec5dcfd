// The import wizard's state: which step is shown, the staged file, the options and mapping the
// user settled on, the last report, and what is running. Everything that calls the API lives
// in actions.ts; this file holds the state and what can be derived from it.
import { create } from 'zustand';
import type {
  ColumnMapping,
  ImportOptions,
  ImportPresetView,
  ImportPreview,
  ImportReport,
  StagedImport,
} from '../../../shared/import-types';
import type { ApiError } from '../../../shared/result';
import type { FlowsImportReport } from '../../../shared/scenario-types';
import { isFlowKind, type WizardKind } from './kinds';

export type StepId = 'source' | 'format' | 'mapping' | 'check' | 'import' | 'result';

export const stepLabels: Record<StepId, string> = {
  source: 'File and kind',
  format: 'Format',
  mapping: 'Columns',
  check: 'Check',
  import: 'Import',
  result: 'Done',
};

export interface RunChoices {
  skipInvalid: boolean;
  createMissing: boolean;
  confirmRemovals: boolean;
}

export type Busy = 'staging' | 'previewing' | 'validating' | 'committing' | 'discarding' | null;

export interface ImportState {
  open: boolean;
  step: StepId;
  kind: WizardKind;
  staged: StagedImport | null;
  /** What the user chose over the detected values (sent with every call). */
  options: ImportOptions;
  preview: ImportPreview | null;
  mapping: ColumnMapping | null;
  /** Fields whose uncertain guess the user confirmed (or set themselves). */
  confirmed: string[];
  presets: ImportPresetView[];
  choices: RunChoices;
  report: ImportReport | null;
  flows: FlowsImportReport | null;
  result: ImportReport | FlowsImportReport | null;
  busy: Busy;
  taskId: string | null;
  error: ApiError | null;
  /** A short message about the last thing that happened, e.g. a cancelled import. */
  notice: string | null;
  confirmingClose: boolean;
}

export const initialImportState: ImportState = {
  open: false,
  step: 'source',
  kind: 'employees',
  staged: null,
  options: {},
  preview: null,
  mapping: null,
  confirmed: [],
  presets: [],
  choices: { skipInvalid: false, createMissing: false, confirmRemovals: false },
  report: null,
  flows: null,
  result: null,
  busy: null,
  taskId: null,
  error: null,
  notice: null,
  confirmingClose: false,
};

export const useImportStore = create<ImportState>()(() => initialImportState);

/** The steps this kind goes through: flow files are read by column name, so no format or mapping step. */
export function stepsFor(kind: WizardKind): StepId[] {
  return isFlowKind(kind) ? ['source', 'check', 'import', 'result'] : ['source', 'format', 'mapping', 'check', 'import', 'result'];
}

/** A guess below this confidence is shown for the user to confirm before going on. */
export const SURE = 0.9;

export interface FieldStatus {
  key: string;
  label: string;
  required: boolean;
  column: string | null;
  /** Required and neither it nor an alternative is mapped. */
  missing: boolean;
  guess: { confidence: number; reason: string } | null;
  /** A guess the user still has to confirm. */
  unconfirmed: boolean;
}

/** Each target field with its column, whether it is required and covered, and its guess. */
export function fieldStatuses(s: Pick<ImportState, 'preview' | 'mapping' | 'confirmed'>): FieldStatus[] {
  const { preview, mapping } = s;
  if (!preview || !mapping) return [];
  const wide = preview.options.shape === 'wide';
  const longProficiency = preview.kind === 'proficiencies' && !wide;
  // A skills matrix has no skill or level column: its skill columns carry the levels.
  const fields = wide ? preview.fields.filter((f) => f.key !== 'skill' && f.key !== 'level') : preview.fields;
  return fields.map((f) => {
    const column = mapping.fields[f.key] ?? null;
    const required = f.required || (longProficiency && (f.key === 'skill' || f.key === 'level'));
    const covered = column !== null || preview.fields.some((o) => o.alternativeTo === f.key && mapping.fields[o.key]);
    const g = preview.guesses.find((x) => x.field === f.key && x.column === column);
    const guess = g ? { confidence: g.confidence, reason: g.reason } : null;
    return {
      key: f.key,
      label: f.label,
      required,
      column,
      missing: required && !covered,
      guess,
      unconfirmed: guess !== null && guess.confidence < SURE && !s.confirmed.includes(f.key),
    };
  });
}

/** Why the mapping step cannot go on yet, or null when it can. */
export function mappingBlocker(s: Pick<ImportState, 'preview' | 'mapping' | 'confirmed'>): string | null {
  const statuses = fieldStatuses(s);
  const missing = statuses.filter((f) => f.missing);
  if (missing.length > 0) return `Map a column to ${missing.map((f) => `“${f.label}”`).join(', ')}.`;
  const unsure = statuses.filter((f) => f.unconfirmed);
  if (unsure.length > 0) return `Confirm or change the guessed column for ${unsure.map((f) => `“${f.label}”`).join(', ')}.`;
  if (s.preview?.options.shape === 'wide' && Object.keys(s.mapping?.skillColumns ?? {}).length === 0) {
    return 'Choose at least one skill column.';
  }
  return null;
}
