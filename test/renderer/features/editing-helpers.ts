// Editing stores are module singletons too: back to their initial state between tests.
import { useDataQualityStore } from '../../../src/renderer/features/data-quality/store';
import { useHistoryStore } from '../../../src/renderer/features/editing/HistoryPanel';
import { usePeopleView } from '../../../src/renderer/features/people/store';
import { usePlanView } from '../../../src/renderer/features/plan/view';
import { useProgramsStore } from '../../../src/renderer/features/programs/store';
import { useRequirementsStore } from '../../../src/renderer/features/requirements/store';
import { useRolesView } from '../../../src/renderer/features/roles/store';
import { useUndoStore } from '../../../src/renderer/lib/undo-store';

export function resetEditingStores() {
  for (const store of [useUndoStore, usePeopleView, useRolesView, usePlanView, useProgramsStore, useRequirementsStore, useHistoryStore, useDataQualityStore]) {
    (store as { setState(s: unknown, replace: true): void; getInitialState(): unknown }).setState(store.getInitialState(), true);
  }
}
