// Read models for the screens: the Overview dashboard and the browsing tables.
import * as browse from '../../db/repos/browse';
import { overview } from '../../db/repos/overview';
import type { Handlers } from '../registry';

export const browseHandlers = {
  getOverview: (_input, ctx) => overview(ctx.session.require().db),
  listEmployees: (query, ctx) => browse.listEmployees(ctx.session.require().db, query),
  listRoles: (query, ctx) => browse.listRoles(ctx.session.require().db, query),
  listSkills: (query, ctx) => browse.listSkills(ctx.session.require().db, query),
  listScenarios: (_input, ctx) => browse.listScenarios(ctx.session.require().db),
  listPrograms: (_input, ctx) => browse.listPrograms(ctx.session.require().db),
  listObjectives: (_input, ctx) => browse.listObjectives(ctx.session.require().db),
} satisfies Partial<Handlers>;
