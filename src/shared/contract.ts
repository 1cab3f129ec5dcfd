// The API contract: the only coupling between the renderer and the main process.
// Each method has a zod input schema (validated by the registry on every call, whatever the
// transport) and an output type. Adding a method = one entry here + one handler + one test.
import { z } from 'zod';
import type * as T from './api-types';
import { EngagementMeta, SettingsPatch } from './domain/settings';
import type * as EX from './export-types';
import { csvDelimiters, exportFormats } from './export-types';
import type * as GX from './gap-types';
import { GapInputs } from './gap-inputs';
import type * as IM from './import-types';
import * as ImportInputs from './import-types';
import type * as TX from './taxonomy-types';
import type * as DQ from './data-quality-types';
import type * as ER from './edit-read-models';
import type * as ED from './edit-types';
import * as EditInputs from './edit-types';
import { exposureSources, nameClashPolicies } from './taxonomy-types';
import { PickPathInput } from './pick-types';
import type * as SC from './scenario-types';
import { ScenarioInputs as SI } from './scenario-types';
import type * as PX from './plan-types';
import * as PlanInputs from './plan-types';

/** A method whose input is validated by `input` and whose value has type `O`. */
export interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type, never read at run time. */
  output: O;
}
const method =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input, output: undefined as O });

const Empty = z.object({}).strict();
/** An engagement file: absolute path on the desktop, a file name in the data folder on the web. */
const FileRef = z.string().trim().min(1, 'file is required').max(4096);

const PageQuery = z
  .object({
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(100),
    search: z.string().max(200).optional(),
    sortBy: z.string().max(40).optional(),
    sortDir: z.enum(['asc', 'desc']).default('asc'),
  })
  .strict();
export type PageQuery = z.input<typeof PageQuery>;

export const contract = {
  appInfo: method<T.AppInfo>()(Empty),

  // Engagement files
  listEngagementFiles: method<T.EngagementFile[]>()(Empty),
  pickEngagementFile: method<string | null>()(
    z.object({ mode: z.enum(['open', 'save']), suggestedName: z.string().max(200).optional() }).strict(),
  ),
  /** Native dialog for any file the app reads or writes (see pick-types.ts); null when cancelled.
   *  Fails with 'unsupported' where the host has none (the browser: upload/download instead). */
  pickPath: method<string | null>()(PickPathInput),
  createEngagement: method<T.EngagementSummary>()(
    z
      .object({
        file: FileRef,
        name: EngagementMeta.shape.name,
        currency: EngagementMeta.shape.currency.default('EUR'),
        locale: EngagementMeta.shape.locale.default('en-GB'),
      })
      .strict(),
  ),
  createDemoEngagement: method<T.EngagementSummary>()(
    z
      .object({
        file: FileRef,
        employees: z.number().int().min(10).max(200_000).default(2000),
        seed: z.number().int().min(0).max(2 ** 31 - 1).default(42),
      })
      .strict(),
  ),
  openEngagement: method<T.EngagementSummary>()(z.object({ file: FileRef }).strict()),
  restoreBackup: method<T.EngagementSummary>()(z.object({ file: FileRef }).strict()),
  closeEngagement: method<null>()(Empty),
  currentEngagement: method<T.EngagementSummary | null>()(Empty),

  // Settings
  getSettings: method<T.SettingsView>()(Empty),
  updateSettings: method<T.SettingsView>()(
    z
      .object({
        meta: EngagementMeta.partial().strict().optional(),
        settings: SettingsPatch.optional(),
      })
      .strict(),
  ),

  // Read models for the screens
  getOverview: method<T.Overview>()(Empty),
  // People, Roles and Skills: windowed for the editable tables, with filters (editing block below).
  listEmployees: method<T.Page<ER.PersonRow>>()(PageQuery.extend({ filters: EditInputs.PeopleFilters.optional() }).strict()),
  listRoles: method<T.Page<ER.RoleGridRow>>()(PageQuery.extend({ filters: EditInputs.RoleFilters.optional() }).strict()),
  listSkills: method<T.Page<ER.SkillGridRow>>()(PageQuery.extend({ filters: EditInputs.SkillFilters.optional() }).strict()),
  listScenarios: method<T.ScenarioRow[]>()(Empty),
  listPrograms: method<T.ProgramRow[]>()(Empty),
  listObjectives: method<T.ObjectiveRow[]>()(Empty),

  // Official taxonomies, exposure indices and privacy-safe export (issue 3). Paths are absolute
  // paths on the machine running the main process (the desktop app, or the local browser host).
  importOnet: method<TX.OnetImportReport>()(
    z
      .object({
        dir: FileRef,
        /** O*NET importance (1-5) a skill needs to become a requirement; 3 is O*NET's "important". */
        minImportance: z.number().min(1).max(5).default(3),
        nameClash: z.enum(nameClashPolicies).default('adopt'),
      })
      .strict(),
  ),
  importEsco: method<TX.EscoImportReport>()(
    z.object({ dir: FileRef, nameClash: z.enum(nameClashPolicies).default('adopt') }).strict(),
  ),
  importExposureIndex: method<TX.ExposureImportReport>()(
    z
      .object({
        file: FileRef,
        source: z.enum(exposureSources),
        crosswalk: FileRef.optional(),
        /** Eloundou et al. only: which exposure measure and whose ratings (default beta, human). */
        measure: z.enum(['alpha', 'beta', 'gamma']).optional(),
        rater: z.enum(['human', 'model']).optional(),
        /** Make this index the engagement's preferred source of role exposure. */
        prefer: z.boolean().default(false),
      })
      .strict(),
  ),
  getExposureSources: method<TX.ExposureOverview>()(Empty),
  setPreferredExposureSource: method<TX.ExposureOverview>()(
    z.object({ source: z.enum(exposureSources).nullable() }).strict(),
  ),
  listExportTables: method<EX.ExportTableInfo[]>()(Empty),
  /** Desktop and CLI: `path` is where the host's save dialog said to write. Browser: `download`
   *  returns the bytes (base64, at most MAX_DOWNLOAD_BYTES) for the page to save. */
  exportTable: method<EX.ExportResult>()(
    z
      .object({
        what: z.string().trim().min(1).max(60),
        format: z.enum(exportFormats),
        identified: z.boolean().default(false),
        delimiter: z.enum(csvDelimiters).default(','),
        destination: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('path'), path: FileRef }).strict(),
          z.object({ kind: z.literal('download') }).strict(),
        ]),
      })
      .strict(),
  ),

  // Import of a client's data (CSV, XLSX), shaped for a wizard: stage a file, preview it with
  // a guessed mapping, validate (report + merge diff), commit; validate and commit run off the
  // main thread with progress events (taskId) and can be cancelled. Mapping presets are saved
  // in the engagement.
  importStage: method<IM.StagedImport>()(ImportInputs.ImportStageInput),
  importPreview: method<IM.ImportPreview>()(ImportInputs.ImportPreviewInput),
  importValidate: method<IM.ImportReport>()(ImportInputs.ImportRunInput),
  importCommit: method<IM.ImportReport>()(ImportInputs.ImportRunInput),
  importCancel: method<{ cancelled: boolean }>()(ImportInputs.ImportCancelInput),
  importReportPage: method<T.Page<IM.ImportIssue | IM.DiffEntry>>()(ImportInputs.ImportReportPageInput),
  importDiscard: method<null>()(ImportInputs.ImportDiscardInput),
  listImportPresets: method<IM.ImportPresetView[]>()(ImportInputs.ListImportPresetsInput),
  saveImportPreset: method<IM.ImportPresetView>()(ImportInputs.SaveImportPresetInput),
  deleteImportPreset: method<null>()(ImportInputs.DeleteImportPresetInput),

  // Skills gap analysis (issue 4): KPIs now vs future, roll-ups, heatmaps with drill-down to
  // people, person profiles, upskill and reskill lists, role adjacency, manager roles, and "why"
  // for every figure. Inputs in gap-inputs.ts, outputs in gap-types.ts. Answers come from the gap model cached
  // per open engagement and reloaded when the data changes (src/main/api/gaps/cache.ts). In
  // privacy mode roll-ups of fewer than minGroupSize people come back suppressed, and opening or
  // explaining one fails with kind 'unauthorized'.
  getGapOptions: method<GX.GapOptions>()(GapInputs.options),
  getGapSummary: method<GX.GapSummary>()(GapInputs.summary),
  getGapGroups: method<GX.GapGroups>()(GapInputs.groups),
  getGapHeatmap: method<GX.GapHeatmap>()(GapInputs.heatmap),
  getGapCellPeople: method<GX.GapCellPeople>()(GapInputs.cellPeople),
  getGapPerson: method<GX.GapPersonProfile>()(GapInputs.person),
  getGapUpskill: method<GX.GapUpskillPage>()(GapInputs.upskill),
  getGapReskill: method<GX.GapReskill>()(GapInputs.reskill),
  getGapAdjacency: method<GX.GapAdjacency>()(GapInputs.adjacency),
  getGapManagers: method<GX.GapManagerRoles>()(GapInputs.managers),
  explainGap: method<GX.GapExplanation>()(GapInputs.explain),

  // Editing (issue 3): windowed tables for requirements and programs, reference pickers, the
  // person and program detail views, record edits that answer with the change record undo
  // inverts (every one audited in its transaction), the audit log, and the data-quality panel.
  listRequirements: method<T.Page<ER.RequirementRow>>()(PageQuery.extend({ filters: EditInputs.RequirementFilters.optional() }).strict()),
  listProgramRows: method<T.Page<ER.ProgramGridRow>>()(PageQuery.extend({ filters: EditInputs.ProgramFilters.optional() }).strict()),
  listOptions: method<ED.OptionList>()(EditInputs.ListOptionsInput),
  getPersonSkills: method<ER.PersonSkills>()(z.object({ employeeId: z.number().int().positive() }).strict()),
  listProgramSkills: method<ER.ProgramSkillRow[]>()(z.object({ programId: z.number().int().positive() }).strict()),
  createRecord: method<ED.ChangeRecord>()(EditInputs.CreateRecordInput),
  updateRecord: method<ED.ChangeRecord>()(EditInputs.UpdateRecordInput),
  deleteRecord: method<ED.ChangeRecord>()(EditInputs.RecordRef),
  previewDelete: method<ED.DeletePreview>()(EditInputs.RecordRef),
  /** Puts back what an edit deleted (its audit row keeps the record and its cascaded rows). */
  restoreRecord: method<ED.ChangeRecord>()(z.object({ auditId: z.number().int().positive() }).strict()),
  listAuditLog: method<T.Page<ER.AuditRow>>()(
    z
      .object({
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(100),
        search: z.string().max(200).optional(),
        entity: z.string().max(40).optional(),
        entityId: z.string().max(40).optional(),
      })
      .strict(),
  ),
  getDataQuality: method<DQ.DataQualityReport>()(Empty),

  // What-if scenarios (issue 5). Documents: every save is a new version (restore appends an old
  // one as the newest); 'baseline' is built in and read-only. Results are derived, never edited:
  // a run of a saved version is cached until any write to the engagement (data_version +
  // total_changes); preview runs an unsaved body (the builder's sliders). Monte Carlo runs on
  // worker threads: start returns a taskId, `progress` events follow (the last with finished),
  // then scenarioMonteCarloResult. Inputs and output types in scenario-types.ts.
  scenarioList: method<SC.ScenarioSummary[]>()(Empty),
  scenarioGet: method<SC.ScenarioDocument>()(SI.get),
  scenarioCreate: method<SC.ScenarioDocument>()(SI.create),
  scenarioSave: method<SC.ScenarioDocument>()(SI.save),
  scenarioRename: method<SC.ScenarioSummary>()(SI.rename),
  scenarioClone: method<SC.ScenarioDocument>()(SI.clone),
  scenarioDelete: method<{ id: number; name: string }>()(SI.remove),
  scenarioRestore: method<SC.ScenarioDocument>()(SI.restore),
  scenarioDiff: method<SC.ScenarioDiff>()(SI.diff),
  scenarioExport: method<SC.ScenarioExport>()(SI.exportJson),
  scenarioImport: method<SC.ScenarioImportResult>()(SI.importJson),
  scenarioRun: method<SC.ScenarioRunResult>()(SI.run),
  scenarioPreview: method<SC.ScenarioRunResult>()(SI.preview),
  scenarioMonteCarloStart: method<{ taskId: string; cached: boolean }>()(SI.monteCarloStart),
  scenarioMonteCarloResult: method<SC.MonteCarloTask>()(SI.monteCarloResult),
  scenarioMonteCarloCancel: method<{ cancelled: boolean }>()(SI.monteCarloCancel),
  scenarioUncertainty: method<SC.DistributionRow[]>()(SI.target),
  scenarioLevers: method<SC.LeverView[]>()(SI.target),
  scenarioTornado: method<SC.TornadoView & { cached: boolean }>()(SI.tornado),
  scenarioGoalSeek: method<SC.GoalSeekView>()(SI.goalSeek),
  scenarioCareers: method<SC.CareersView>()(SI.careers),
  scenarioExplain: method<SC.ExplanationView>()(SI.explain),
  scenarioCompare: method<SC.ScenarioComparison>()(SI.compare),
  /** `import --kind transitions|moves` for the wizard: a staged file (stagingId) or a path. */
  scenarioImportFlows: method<SC.FlowsImportReport>()(SI.flowsImport),

  // Workforce plan (issue 6): the least-cost mix of build (upskill, reskill), buy, borrow, bot and
  // release covering a scenario's demand, per person and per role and period, with the learning
  // timeline, program ROI and objectives (plan vs actual). Inputs and outputs in plan-types.ts.
  // Plans are cached per query and data version (src/main/plan/cache.ts): a what-if on budget,
  // seats or min fit re-solves on prepared inputs; paging people reuses the computed plan.
  runPlan: method<PX.PlanResult>()(PlanInputs.PlanQuery),
  getPlanPeople: method<PX.PlanPeoplePage>()(PlanInputs.PlanPeopleQuery),
  listPlanCostOverrides: method<PX.CostOverrideRow[]>()(Empty),
  /** Sets one cost parameter for a scenario, role and/or location; value null removes it. */
  setPlanCostOverride: method<PX.CostOverrideRow[]>()(PlanInputs.SetCostOverrideInput),
  listObjectiveOutcomes: method<PX.ObjectiveOutcomeRow[]>()(z.object({ objectiveId: z.number().int().positive().optional() }).strict()),
  recordObjectiveOutcome: method<PX.ObjectiveOutcomeRow>()(PlanInputs.RecordOutcomeInput),
  deleteObjectiveOutcome: method<null>()(z.object({ id: z.number().int().positive() }).strict()),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type Output<M extends MethodName> = Contract[M]['output'];

export const methodNames = Object.keys(contract) as MethodName[];
export const isMethodName = (name: string): name is MethodName =>
  Object.prototype.hasOwnProperty.call(contract, name);

/** IPC channel of a method; the preload and the main-process binding both derive it from here. */
export const channelOf = (m: MethodName): string => `skillshift:${m}`;
