// What the wizard does, all of it through the import API (the command line's code path): stage
// a file, preview it with the options and mapping chosen, validate, commit with progress and
// cancel, page the report, manage presets; and discard the staged file when the wizard closes.
import type { ColumnMapping, ImportKind, ImportOptions, ImportPresetView, ImportReport } from '../../../shared/import-types';
import { MAX_UPLOAD_BYTES } from '../../../shared/import-types';
import type { ApiError } from '../../../shared/result';
import { asApiError, call } from '../../api/client';
import { useAppStore } from '../../app/store';
import { fileToBase64, newTaskId, uploadLimitMb } from './files';
import { isFlowKind, type WizardKind } from './kinds';
import { initialImportState, stepsFor, useImportStore, type RunChoices, type StepId } from './store';

const get = useImportStore.getState;
const set = useImportStore.setState;

const fail = (e: unknown) => set({ error: asApiError(e), busy: null });

/** Opens the wizard afresh, optionally on a kind (e.g. from the People page). */
export function openImportWizard(kind?: WizardKind): void {
  set({ ...initialImportState, open: true, kind: kind ?? initialImportState.kind });
}

/** Removes the staged copy on the host; a file already gone is fine. */
async function discardStaged(): Promise<void> {
  const staged = get().staged;
  if (!staged) return;
  try {
    await call('importDiscard', { stagingId: staged.stagingId });
  } catch {
    // Staged copies also expire and are swept when the host stops; closing must not fail.
  }
}

/** Closes the wizard and discards the staged file. Refused while a commit runs: cancel it first. */
export async function closeImportWizard(): Promise<void> {
  if (get().busy === 'committing') return;
  if (get().busy === 'validating') await cancelRun();
  set({ busy: 'discarding' });
  await discardStaged();
  set({ ...initialImportState });
}

/** Escape or the close button: ask first when there is work that would be lost. */
export function requestClose(): void {
  const { staged, step, busy } = get();
  if (busy === 'committing') return;
  if (staged && step !== 'result') set({ confirmingClose: true });
  else void closeImportWizard();
}

export const keepWorking = (): void => set({ confirmingClose: false });

export function goTo(step: StepId): void {
  const { kind, staged } = get();
  if (!stepsFor(kind).includes(step) || (step !== 'source' && !staged)) return;
  set({ step, error: null, notice: null });
  if (step === 'format' || (step === 'mapping' && !get().preview)) void loadPreview(true);
  if (step === 'mapping') void loadPresets();
  if (step === 'check') void (isFlowKind(kind) ? runFlows('validate') : validate());
}

export function setKind(kind: WizardKind): void {
  if (kind === get().kind) return;
  // A different kind has different fields: the mapping and any report no longer apply.
  set({ kind, preview: null, mapping: null, confirmed: [], report: null, flows: null, options: {}, error: null });
}

async function stage(input: { path: string } | { fileName: string; contentBase64: string }): Promise<void> {
  set({ busy: 'staging', error: null, notice: null });
  try {
    const staged = await call('importStage', input);
    await discardStaged();
    set({ staged, preview: null, mapping: null, confirmed: [], report: null, flows: null, options: {}, busy: null });
  } catch (e) {
    fail(e);
  }
}

/** Browser: upload the chosen file (base64, within the upload limit). */
export async function stageUpload(file: File): Promise<void> {
  if (file.size > MAX_UPLOAD_BYTES) {
    const error: ApiError = {
      kind: 'validation',
      message: `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; uploads from the browser are limited to ${uploadLimitMb} MB. Use the desktop app or the command line (npm run cli -- import) for larger files.`,
    };
    set({ error });
    return;
  }
  set({ busy: 'staging', error: null });
  let contentBase64: string;
  try {
    contentBase64 = await fileToBase64(file);
  } catch (e) {
    set({ busy: null, error: { kind: 'io', message: `${file.name} could not be read by the browser: ${(e as Error).message}` } });
    return;
  }
  await stage({ fileName: file.name, contentBase64 });
}

/** Desktop: the native open dialog, then stage the file by path. */
export async function pickAndStage(): Promise<void> {
  let path: string | null;
  try {
    path = await call('pickPath', { purpose: 'import' });
  } catch (e) {
    fail(e);
    return;
  }
  if (path) await stage({ path });
}

let previewSeq = 0;

/** Reads the first rows with the current options; keepMapping sends the user's mapping, else the guess comes back. */
export async function loadPreview(keepMapping: boolean): Promise<void> {
  const { staged, kind, options, mapping } = get();
  if (!staged || isFlowKind(kind)) return;
  const seq = ++previewSeq;
  set({ busy: 'previewing', error: null });
  try {
    const preview = await call('importPreview', {
      stagingId: staged.stagingId,
      kind,
      options,
      ...(keepMapping && mapping ? { mapping } : {}),
      rows: 20,
    });
    if (seq !== previewSeq) return;
    set({ preview, mapping: preview.mapping, busy: null, ...(keepMapping && mapping ? {} : { confirmed: [] }) });
  } catch (e) {
    if (seq === previewSeq) fail(e);
  }
}

/** Options that change how the table is read (sheet, encoding, delimiter, header row, shape) bring fresh guesses. */
const REREAD: (keyof ImportOptions)[] = ['sheet', 'encoding', 'delimiter', 'headerRow', 'shape'];

export function setOptions(patch: Partial<ImportOptions>): void {
  const options = { ...get().options, ...patch };
  for (const [k, v] of Object.entries(patch)) if (v === undefined) delete options[k as keyof ImportOptions];
  set({ options, report: null });
  void loadPreview(!Object.keys(patch).some((k) => REREAD.includes(k as keyof ImportOptions)));
}

export function setFieldColumn(field: string, column: string | null): void {
  const mapping = get().mapping;
  if (!mapping) return;
  const fields = { ...mapping.fields };
  if (column) fields[field] = column;
  else delete fields[field];
  set({ mapping: { ...mapping, fields }, confirmed: [...new Set([...get().confirmed, field])], report: null });
  void loadPreview(true);
}

export function confirmGuess(field: string): void {
  set({ confirmed: [...new Set([...get().confirmed, field])] });
}

/** Skills matrix: a column read as the named skill, or left out (null). */
export function setSkillColumn(header: string, skill: string | null): void {
  const mapping = get().mapping;
  if (!mapping) return;
  const skillColumns = { ...(mapping.skillColumns ?? {}) };
  if (skill === null) delete skillColumns[header];
  else skillColumns[header] = skill;
  set({ mapping: { ...mapping, skillColumns }, report: null });
}

export async function loadPresets(): Promise<void> {
  const { kind } = get();
  if (isFlowKind(kind)) return;
  try {
    set({ presets: await call('listImportPresets', { kind }) });
  } catch (e) {
    fail(e);
  }
}

/** Applies a saved preset: its columns that this file has, and its options. */
export function applyPreset(preset: ImportPresetView): string[] {
  const { preview } = get();
  if (!preview) return [];
  const headers = new Set(preview.headers);
  const fields = Object.fromEntries(Object.entries(preset.mapping.fields).filter(([, col]) => headers.has(col)));
  const missing = Object.values(preset.mapping.fields).filter((col) => !headers.has(col));
  const skillColumns = preset.mapping.skillColumns
    ? Object.fromEntries(Object.entries(preset.mapping.skillColumns).filter(([col]) => headers.has(col)))
    : preview.mapping.skillColumns;
  const mapping: ColumnMapping = { fields, ...(skillColumns ? { skillColumns } : {}) };
  set({
    mapping,
    options: { ...get().options, ...(preset.options ?? {}) },
    confirmed: Object.keys(fields),
    notice: missing.length > 0 ? `Preset “${preset.name}” applied; this file has no column ${missing.map((m) => `“${m}”`).join(', ')}.` : `Preset “${preset.name}” applied.`,
    report: null,
  });
  void loadPreview(true);
  return missing;
}

export async function savePreset(name: string): Promise<boolean> {
  const { kind, mapping, options } = get();
  if (!mapping || isFlowKind(kind)) return false;
  const { sheet: _sheet, ...rest } = options;
  try {
    const saved = await call('saveImportPreset', { name, kind: kind as ImportKind, mapping, options: rest });
    set({ notice: `Preset “${saved.name}” saved.` });
    await loadPresets();
    return true;
  } catch (e) {
    fail(e);
    return false;
  }
}

export async function deletePreset(preset: ImportPresetView): Promise<void> {
  try {
    await call('deleteImportPreset', { id: preset.id });
    set({ notice: `Preset “${preset.name}” deleted.` });
    await loadPresets();
  } catch (e) {
    fail(e);
  }
}

function runInput(taskId: string) {
  const { staged, kind, options, mapping, choices } = get();
  return { stagingId: staged!.stagingId, kind: kind as ImportKind, options, ...(mapping ? { mapping } : {}), ...choices, taskId };
}

const cancelledNotice = (what: string) => `${what} was cancelled: nothing was changed.`;

/** Checks the whole file: the report with every problem, the merge diff and what would be created. */
export async function validate(): Promise<void> {
  const { staged, kind } = get();
  if (!staged || isFlowKind(kind)) return;
  const taskId = newTaskId('import-check');
  // The previous report stays on screen (marked busy) so a toggled choice keeps its place and focus.
  set({ busy: 'validating', taskId, error: null, notice: null });
  try {
    const report = await call('importValidate', runInput(taskId));
    if (get().taskId === taskId) set({ report, busy: null, taskId: null });
  } catch (e) {
    if (get().taskId !== taskId) return;
    const error = asApiError(e);
    set(error.kind === 'cancelled' ? { busy: null, taskId: null, notice: cancelledNotice('The check') } : { error, busy: null, taskId: null });
  }
}

export function setChoice<K extends keyof RunChoices>(key: K, value: RunChoices[K]): void {
  set({ choices: { ...get().choices, [key]: value } });
  // Removals are applied only on commit; the other choices change what the check reports.
  if (key !== 'confirmRemovals') void validate();
}

/** Commits: the file lands whole or not at all; progress arrives as events under taskId. */
export async function commit(): Promise<void> {
  const { staged, kind } = get();
  if (!staged) return;
  if (isFlowKind(kind)) return runFlows('commit');
  const taskId = newTaskId('import');
  set({ step: 'import', busy: 'committing', taskId, error: null, notice: null });
  let report: ImportReport;
  try {
    report = await call('importCommit', runInput(taskId));
  } catch (e) {
    const error = asApiError(e);
    set({ step: 'check', busy: null, taskId: null, ...(error.kind === 'cancelled' ? { notice: cancelledNotice('The import') } : { error }) });
    return;
  }
  if (!report.committed) {
    set({ step: 'check', busy: null, taskId: null, report, notice: 'Nothing was imported: the file still has invalid rows. Fix them in the file, or skip them.' });
    return;
  }
  set({ step: 'result', busy: null, taskId: null, result: report, report });
  await refreshFrame();
}

export async function cancelRun(): Promise<void> {
  const taskId = get().taskId;
  if (!taskId) return;
  try {
    await call('importCancel', { taskId });
  } catch (e) {
    fail(e);
  }
}

/** Transitions and moves: validate or commit through scenarioImportFlows (all or nothing, no mapping). */
export async function runFlows(mode: 'validate' | 'commit'): Promise<void> {
  const { staged, kind, options } = get();
  if (!staged || !isFlowKind(kind)) return;
  set({ busy: mode === 'validate' ? 'validating' : 'committing', error: null, ...(mode === 'commit' ? { step: 'import' as StepId } : { flows: null }) });
  try {
    const flows = await call('scenarioImportFlows', { kind, stagingId: staged.stagingId, mode, ...(options.sheet ? { sheet: options.sheet } : {}) });
    if (mode === 'validate' || !flows.committed) {
      set({ flows, busy: null, step: 'check', ...(mode === 'commit' ? { notice: 'Nothing was imported: fix the rows listed (the import is all or nothing).' } : {}) });
      return;
    }
    set({ flows, result: flows, busy: null, step: 'result' });
    await refreshFrame();
  } catch (e) {
    set({ error: asApiError(e), busy: null, step: 'check' });
  }
}

export function setFlowsSheet(sheet: string): void {
  set({ options: { ...get().options, sheet } });
  void runFlows('validate');
}

/** The header counts changed: refresh them even where the engagementChanged event is late. */
async function refreshFrame(): Promise<void> {
  try {
    useAppStore.getState().engagementChanged(await call('currentEngagement', {}));
  } catch {
    // The import itself succeeded; the frame catches up on the next event.
  }
}

/** Starts over with another file, discarding the current one. */
export async function importAnother(): Promise<void> {
  const kind = get().kind;
  await discardStaged();
  set({ ...initialImportState, open: true, kind });
}
