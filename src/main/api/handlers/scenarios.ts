// Scenario documents (issue 5): list, open, create from a template, save a version, rename,
// clone, delete, restore a version, diff two versions, export and import as JSON. The built-in
// baseline can be read and cloned but not changed. Results live in scenario-analysis.ts.
import { AppError } from '../../../shared/result';
import type { ScenarioDocument } from '../../../shared/scenario-types';
import { diffBodies } from '../../scenarios/diff';
import { exportScenario, importScenario } from '../../scenarios/exchange';
import {
  baselineSummary,
  createScenario,
  deleteScenario,
  getDocument,
  getVersionBody,
  listScenarioDocuments,
  renameScenario,
  restoreVersion,
  saveVersion,
  storedId,
} from '../../scenarios/repository';
import { templateBody } from '../../scenarios/templates';
import { builtInBaseline, workbench } from '../../scenarios/workbench';
import type { ApiContext } from '../context';
import type { Handlers } from '../registry';

const dbOf = (ctx: ApiContext) => ctx.session.require().db;

export const scenarioHandlers = {
  scenarioList: (_input, ctx) => listScenarioDocuments(dbOf(ctx)),

  scenarioGet: ({ scenarioId, version }, ctx): ScenarioDocument => {
    const db = dbOf(ctx);
    if (scenarioId === 'baseline') {
      if (version !== undefined) throw new AppError('validation', 'The built-in baseline has no versions.');
      return { scenario: baselineSummary(), version: null, body: builtInBaseline(workbench(db)) };
    }
    return getDocument(db, scenarioId, version);
  },

  scenarioCreate: ({ name, kind, description, from, body }, ctx) => {
    const db = dbOf(ctx);
    const start = body ?? templateBody(workbench(db), kind, from);
    return createScenario(db, { name, kind, description, body: start, note: body ? 'Created' : from === 'template' && kind !== 'custom' ? `Created from the ${kind} template` : 'Created empty' });
  },

  scenarioSave: ({ scenarioId, body, note, baseVersion }, ctx) => saveVersion(dbOf(ctx), storedId(scenarioId, 'saved'), body, note, baseVersion),

  scenarioRename: ({ scenarioId, name, description }, ctx) => renameScenario(dbOf(ctx), storedId(scenarioId, 'renamed'), name, description),

  scenarioClone: ({ scenarioId, version, name }, ctx) => {
    const db = dbOf(ctx);
    if (scenarioId === 'baseline') {
      if (version !== undefined) throw new AppError('validation', 'The built-in baseline has no versions.');
      return createScenario(db, { name, kind: 'custom', description: 'Copy of the built-in baseline.', body: builtInBaseline(workbench(db)), note: 'Cloned from the baseline' });
    }
    const source = getVersionBody(db, scenarioId, version);
    const summary = getDocument(db, scenarioId, source.version).scenario;
    return createScenario(db, { name, kind: source.kind, description: summary.description, body: source.body, note: `Cloned from ${source.name} version ${source.version}` });
  },

  scenarioDelete: ({ scenarioId }, ctx) => deleteScenario(dbOf(ctx), storedId(scenarioId, 'deleted')),

  scenarioRestore: ({ scenarioId, version }, ctx) => restoreVersion(dbOf(ctx), storedId(scenarioId, 'restored'), version),

  scenarioDiff: ({ scenarioId, from, to }, ctx) => {
    const db = dbOf(ctx);
    const id = storedId(scenarioId, 'compared version by version (it has no versions)');
    const a = getVersionBody(db, id, from);
    const b = getVersionBody(db, id, to);
    return { scenarioId: id, from, to, ...diffBodies(a.body, b.body) };
  },

  scenarioExport: ({ scenarioId, version }, ctx) => {
    const { fileName, json } = exportScenario(dbOf(ctx), storedId(scenarioId, 'exported; it is part of every engagement'), version);
    return { fileName, json };
  },

  scenarioImport: ({ json, name }, ctx) => importScenario(dbOf(ctx), json, { name }),
} satisfies Partial<Handlers>;
