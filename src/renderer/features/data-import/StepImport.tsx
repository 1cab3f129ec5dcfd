// Step 5: the commit running off the main thread, with its progress and a Cancel that rolls
// the whole import back (nothing is half-imported).
import { useShallow } from 'zustand/react/shallow';
import { cancelRun } from './actions';
import { isFlowKind } from './kinds';
import { StepHeading } from './StepHeading';
import { TaskProgress } from './TaskProgress';
import { useImportStore } from './store';

export function StepImport() {
  const { staged, taskId, kind } = useImportStore(useShallow((s) => ({ staged: s.staged, taskId: s.taskId, kind: s.kind })));
  const flows = isFlowKind(kind);
  return (
    <div className="wizard-step">
      <StepHeading description="The import lands whole or not at all: cancelling, or closing the app, leaves the engagement as it was.">Importing {staged?.fileName}</StepHeading>
      {flows ? (
        <TaskProgress taskId={null} label={`Importing ${staged?.fileName ?? ''}`} />
      ) : (
        <TaskProgress taskId={taskId} label={`Importing ${staged?.fileName ?? ''}`} onCancel={() => void cancelRun()} cancelLabel="Cancel import" />
      )}
      {flows && <p className="field__hint">Transitions and moves files are small and are written in one step; this cannot be cancelled part-way.</p>}
    </div>
  );
}
