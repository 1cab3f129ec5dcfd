// Editing handlers (issue 3): the editable tables' read models, reference pickers, detail views,
// record edits with their change records, restore, and the audit log.
import { createRecord, deleteRecord, previewDelete, restoreRecord, updateRecord } from '../../db/repos/edit/changes';
import { listAuditLog } from '../../db/repos/edit/audit-log';
import { listProgramRows, listRequirements } from '../../db/repos/edit/list-catalogue';
import { listOptions } from '../../db/repos/edit/options';
import { getPersonSkills, listProgramSkills } from '../../db/repos/edit/profiles';
import type { Handlers } from '../registry';

export const editHandlers = {
  listRequirements: (query, ctx) => listRequirements(ctx.session.require().db, query),
  listProgramRows: (query, ctx) => listProgramRows(ctx.session.require().db, query),
  listOptions: (input, ctx) => listOptions(ctx.session.require().db, input),
  getPersonSkills: ({ employeeId }, ctx) => getPersonSkills(ctx.session.require().db, employeeId),
  listProgramSkills: ({ programId }, ctx) => listProgramSkills(ctx.session.require().db, programId),
  createRecord: (input, ctx) => createRecord(ctx.session.require().db, input),
  updateRecord: (input, ctx) => updateRecord(ctx.session.require().db, input),
  deleteRecord: ({ entity, id }, ctx) => deleteRecord(ctx.session.require().db, entity, id),
  previewDelete: ({ entity, id }, ctx) => previewDelete(ctx.session.require().db, entity, id),
  restoreRecord: ({ auditId }, ctx) => restoreRecord(ctx.session.require().db, auditId),
  listAuditLog: (query, ctx) => listAuditLog(ctx.session.require().db, query),
} satisfies Partial<Handlers>;
