// Scenario results (issue 5): deterministic run of a saved version (cached until the data or the
// version changes), live preview of an unsaved body, Monte Carlo as a background task with
// progress events and cancel, uncertainty distributions, levers, tornado, goal-seek, career
// paths, explanations and the side-by-side comparison; and the transitions/moves import.
import { AppError } from '../../../shared/result';
import type { ScenarioRunResult } from '../../../shared/scenario-types';
import { importFlows } from '../../io/flows/run-import';
import { explainOf, goalSeekOf, leversOf, tornadoOf } from '../../scenarios/analysis';
import { careersView } from '../../scenarios/careers-view';
import { compareScenarios } from '../../scenarios/compare';
import { cancelMonteCarlo, monteCarloStatus, startMonteCarlo } from '../../scenarios/monte-carlo-tasks';
import { runSections, settingsOf } from '../../scenarios/views';
import { applyRunOptions, resolveTarget, runBody, runTarget, workbench, type ResolvedTarget, type Run } from '../../scenarios/workbench';
import { describeUncertainty, periodOf, resolveUncertainty } from '../../engine/scenario';
import { importService } from '../../io/import/service';
import type { ApiContext } from '../context';
import { summarize } from '../engagement-files';
import type { Handlers } from '../registry';

const dbOf = (ctx: ApiContext) => ctx.session.require().db;

function resultOf(scenario: Pick<ResolvedTarget, 'id' | 'name' | 'version'>, run: Run, cached: boolean, view: Parameters<typeof runSections>[2], t0: number): ScenarioRunResult {
  return {
    scenario: { id: scenario.id, name: scenario.name, version: scenario.version },
    settings: settingsOf(run.cs),
    dates: run.cs.meta.dates,
    ...runSections(run.cs, run.p, view),
    assumptions: run.cs.body.assumptions,
    warnings: run.cs.meta.warnings,
    cached,
    computeMs: Math.round((performance.now() - t0) * 100) / 100,
  };
}

export const scenarioAnalysisHandlers = {
  scenarioRun: ({ scenarioId, version, options, view }, ctx) => {
    const t0 = performance.now();
    const { target, run, cached } = runTarget(dbOf(ctx), { scenarioId, version, options });
    return resultOf(target, run, cached, view, t0);
  },

  /** The builder's live what-if: the edited body is compiled and run over the cached baseline. */
  scenarioPreview: ({ scenarioId, body, options, view }, ctx) => {
    const t0 = performance.now();
    const wb = workbench(dbOf(ctx));
    const run = runBody(wb, applyRunOptions(body, options));
    const label = scenarioId === undefined ? { id: null, name: 'Preview', version: null } : { ...resolveTarget(dbOf(ctx), wb, { scenarioId }), version: null };
    return resultOf(label, run, false, view, t0);
  },

  scenarioMonteCarloStart: ({ runs, seed, targetPeriod, targetDate, ...t }, ctx) => {
    const db = dbOf(ctx);
    const { wb, target, run } = runTarget(db, t);
    const k = targetDate !== undefined ? periodOf(run.cs.meta.dates, targetDate) : Math.min(targetPeriod ?? run.cs.model.T, run.cs.model.T);
    return startMonteCarlo({
      run,
      runs,
      seed,
      targetPeriod: k,
      cache: target.key === null ? undefined : { cache: wb.cache, key: target.key },
      label: `Monte Carlo: ${target.name} (${runs.toLocaleString('en')} runs)`,
      emit: (e) => ctx.emit('progress', e),
    });
  },

  scenarioMonteCarloResult: ({ taskId, roleIds, totalsOnly }) => monteCarloStatus(taskId, { roleIds, totalsOnly }),

  scenarioMonteCarloCancel: ({ taskId }) => ({ cancelled: cancelMonteCarlo(taskId) }),

  scenarioUncertainty: (t, ctx) => {
    const db = dbOf(ctx);
    return describeUncertainty(resolveUncertainty(resolveTarget(db, workbench(db), t).body.uncertainty));
  },

  scenarioLevers: (t, ctx) => leversOf(dbOf(ctx), t),

  scenarioTornado: (input, ctx) => tornadoOf(dbOf(ctx), input),

  scenarioGoalSeek: (input, ctx) => goalSeekOf(dbOf(ctx), input),

  scenarioCareers: ({ roleIds, minProbability }, ctx) => careersView(workbench(dbOf(ctx)), { roleIds, minProbability }),

  scenarioExplain: (input, ctx) => explainOf(dbOf(ctx), input),

  scenarioCompare: ({ scenarios, options }, ctx) => compareScenarios(dbOf(ctx), scenarios, options),

  scenarioImportFlows: ({ kind, path, stagingId, sheet, mode }, ctx) => {
    const open = ctx.session.require();
    if (path !== undefined && ctx.host.transport === 'web') {
      throw new AppError('unsupported', 'In the browser, stage the file with importStage and pass its stagingId instead of a path.');
    }
    const source = stagingId !== undefined ? importService.staging.get(stagingId).spec : { path: path! };
    const report = importFlows(open.db, { kind, source, sheet, mode });
    if (report.committed) ctx.emit('engagementChanged', { summary: summarize(open.file, open.db) });
    return report;
  },
} satisfies Partial<Handlers>;
