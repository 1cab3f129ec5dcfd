// Public surface of the gap-analysis engine (issue 4). Pure functions over plain data.
export * from './types';
export { isoToDay, dayToIso, addMonths } from './dates';
export { modelFromRecords, indexModel, indexOfId, withRequirementChange, categoryIndex, hoursPerLevelArray } from './model';
export type { GapRecords, RequirementChange } from './model';
export { resolveProfiles, lensMask, slotOf, profileChanges } from './profiles';
export type { ProfileChange } from './profiles';
export { analyzeGaps, eligibility } from './analyze';
export type { AnalyzeOptions } from './analyze';
export { applyRequirementChange, recomputeRole } from './incremental';
export { groupRows, compareGroups, employeeRows, sumsFor } from './aggregates';
export type { GroupDelta, EmployeeGapRow } from './aggregates';
export { roleSkillMatrix, unitCategoryMatrix, cellEmployees, roleSkillPairs, managerRoles } from './matrix';
export type { PairRow, ManagerRoleRow } from './matrix';
export { fitFor, bestRolesFor, programPlan, roleAdjacency, adjacencyPair, compareFit, monthsFor } from './fit';
export type { FitOptions, BestRolesOptions, Adjacency } from './fit';
export { upskillList, reskillLists } from './lists';
export type { UpskillOptions, ReskillOptions, ReskillList } from './lists';
export {
  explainReadiness,
  explainGapHours,
  explainFit,
  explainMonths,
  explainAdjacency,
  explainAggregate,
} from './explain';
export type { AggregateMetric } from './explain';
