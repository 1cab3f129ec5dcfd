// The list's actions on scenario documents: create (from a template or empty), rename, clone,
// delete, export as a JSON download and import from a JSON file. Each reloads the list.
import type { ScenarioDocument, ScenarioId, ScenarioImportResult } from '../../../../shared/scenario-types';
import { call } from '../../../api/client';
import { useScenarioView, reloadScenarios } from '../store';

export type Template = 'automation' | 'new-market' | 'blank';

export async function createScenario(name: string, template: Template, description: string): Promise<ScenarioDocument> {
  const doc = await call('scenarioCreate', template === 'blank' ? { name, kind: 'custom', description, from: 'empty' } : { name, kind: template, description, from: 'template' });
  await reloadScenarios();
  return doc;
}

export async function renameScenario(id: ScenarioId, name: string, description: string): Promise<void> {
  await call('scenarioRename', { scenarioId: id, name, description });
  await reloadScenarios();
}

export async function cloneScenario(id: ScenarioId, name: string): Promise<ScenarioDocument> {
  const doc = await call('scenarioClone', { scenarioId: id, name });
  await reloadScenarios();
  return doc;
}

export async function deleteScenario(id: ScenarioId): Promise<void> {
  await call('scenarioDelete', { scenarioId: id });
  const view = useScenarioView.getState();
  view.setCompareIds(view.compareIds.filter((x) => x !== id));
  await reloadScenarios();
}

/** Asks the host for the JSON and hands it to the browser as a download. */
export async function exportScenario(id: ScenarioId): Promise<string> {
  const { fileName, json } = await call('scenarioExport', { scenarioId: id });
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.rel = 'noopener';
    document.body.appendChild(a);
    a.click();
    a.remove();
  } finally {
    // Give the browser a moment to start the download before the URL goes.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
  return fileName;
}

/** A file's text (FileReader works in every WebView, and in jsdom). */
export function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsText(file);
  });
}

export async function importScenario(file: File): Promise<ScenarioImportResult> {
  const json = await readText(file);
  const result = await call('scenarioImport', { json });
  await reloadScenarios();
  return result;
}
